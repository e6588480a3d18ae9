"""Escape analysis: -m output against real Go's (goldens from tests/escape/regen.py), the
results the code generator reads, and what they change at run time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gomem.compiler.driver import BuildOptions, load

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted((HERE / "programs").glob("*.go"))


def gomem(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gomem"] + args, cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("prog", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_m_output_matches_go(prog: Path) -> None:
    """`gomem build -gcflags='-m -l'` (or the program's `// flags:`) prints what `go build`
    prints, in its order."""
    first = prog.read_text().split("\n", 1)[0]
    flags = first[len("// flags:"):].strip() if first.startswith("// flags:") else "-m -l"
    res = gomem(["build", f"-gcflags={flags}", prog.name], prog.parent)
    assert res.returncode == 0, res.stderr
    lines = res.stderr.splitlines()
    assert lines[0] == "# command-line-arguments"
    assert "\n".join(lines[1:]) + "\n" == (HERE / "golden" / (prog.stem + ".txt")).read_text()


def test_no_diagnostics_unless_asked() -> None:
    res = gomem(["build", "leaks.go"], HERE / "programs")
    assert res.returncode == 0 and res.stderr == ""


def test_tool_compile_prints_on_stdout_without_header(tmp_path: Path) -> None:
    (tmp_path / "p.go").write_text("package p\n\nvar sink *int\n\nfunc f(p *int) { sink = p }\n")
    res = gomem(["tool", "compile", "-m", "-l", "-o", "p.o", "p.go"], tmp_path)
    assert (res.returncode, res.stdout, res.stderr) == (0, "p.go:5:8: leaking param: p\n", "")


def test_compile_errors_come_first(tmp_path: Path) -> None:
    (tmp_path / "p.go").write_text("package p\n\nfunc f(p *int) { x := 1 }\n")
    res = gomem(["tool", "compile", "-m", "-o", "p.o", "p.go"], tmp_path)
    assert res.returncode == 1 and res.stdout == "p.go:3:18: declared and not used: x\n"


def analyse(tmp_path: Path, src: str):
    f = tmp_path / "x.go"
    f.write_text(src)
    return load([str(f)], BuildOptions(want_main=True))


def test_results_recorded_for_codegen(tmp_path: Path) -> None:
    prog = analyse(tmp_path, """package main

var sink *int

func main() {
	a, b := 1, 2
	sink = &a
	p := &b
	q := new(int)
	r := new(int)
	sink = r
	println(*p, *q)
}
""")
    from gomem.check.objects import Var
    from gomem.frontend import ast
    vars_ = {n.name: n.obj for n in ast.walk(prog.files[0]) if isinstance(n, ast.Ident) and isinstance(n.obj, Var)}
    assert vars_["a"].esc_heap is True
    assert vars_["b"].esc_heap is False
    news = [n for n in ast.walk(prog.files[0]) if isinstance(n, ast.CallExpr) and n.call_kind == "builtin"
            and n.builtin == "new"]
    assert [n.esc_heap for n in news] == [False, True]


MALLOCS = """package main

import (
	"fmt"
	"runtime"
)

type P struct{ a, b int }

var sink *P

func local() int {
	p := &P{1, 2}
	q := new(int)
	*q = p.a
	return *q + p.b
}

func escapes() { sink = &P{3, 4} }

func main() {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	s := 0
	for i := 0; i < 1000; i++ {
		s += local()
	}
	runtime.ReadMemStats(&m1)
	fmt.Println(s, m1.Mallocs-m0.Mallocs)
	runtime.ReadMemStats(&m0)
	for i := 0; i < 1000; i++ {
		escapes()
	}
	runtime.ReadMemStats(&m1)
	fmt.Println(m1.Mallocs-m0.Mallocs, m1.TotalAlloc-m0.TotalAlloc)
}
"""


def test_values_on_the_stack_are_not_heap_allocations(tmp_path: Path) -> None:
    """As in Go 1.23: the non-escaping &P{} and new(int) cost no malloc; the escaping &P{}
    costs one 16-byte object per call."""
    (tmp_path / "m.go").write_text(MALLOCS)
    res = gomem(["run", "m.go"], tmp_path)
    assert (res.returncode, res.stdout) == (0, "3000 0\n1000 16000\n")


INLINED_PANIC = """package main

import (
	"fmt"
	"runtime"
)

type P struct{ age int }

func NewP(xs []int, i int) *P { return &P{age: xs[i]} }

func Wrap(xs []int, i int) int { return NewP(xs, i).age }

func main() {
	xs := []int{1, 2, 3}
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	s := 0
	for i := 0; i < 100; i++ {
		s += Wrap(xs, i%3)
	}
	runtime.ReadMemStats(&m1)
	fmt.Println(s, m1.Mallocs-m0.Mallocs)
	fmt.Println(Wrap(xs, 7))
}
"""


def test_inlined_copies_run_as_clones(tmp_path: Path) -> None:
    """gc inlines Wrap into main and NewP into both: &P{} stays in main's frame (Mallocs +0;
    with -l, one allocation per call). gomem calls a clone compiled with the copy's verdicts,
    one for both copies alike, and a panic inside it shows Go's traceback (inlined frames
    under their functions' names; Go adds +0x offsets to the last frame)."""
    (tmp_path / "x.go").write_text(INLINED_PANIC)
    res = gomem(["run", "x.go"], tmp_path)
    assert (res.returncode, res.stdout) == (2, "199 0\n")
    path = str(tmp_path / "x.go")
    assert res.stderr.splitlines()[:9] == [
        "panic: runtime error: index out of range [7] with length 3", "", "goroutine 1 [running]:",
        "main.NewP(...)", f"\t{path}:10", "main.Wrap(...)", f"\t{path}:12", "main.main()", f"\t{path}:24"]
    res = gomem(["run", "-gcflags=-l", "x.go"], tmp_path)
    assert (res.returncode, res.stdout) == (2, "199 100\n")
    src = gomem(["build", "-emit=python", "x.go"], tmp_path).stdout
    assert src.count("def F_NewP\u00b7") == 1 and src.count("def F_Wrap\u00b7") == 1
    assert "F_NewP\u00b7" not in gomem(["build", "-gcflags=-l", "-emit=python", "x.go"], tmp_path).stdout


def test_inlined_closure_keeps_its_functions_verdicts(tmp_path: Path) -> None:
    """adder is inlined into main and so is the call of its closure; walking that closure's
    body in main must not decide adder's own variables: n stays moved to heap in adder, as
    `go build -gcflags=-m` says (./x.go:3:12: moved to heap: n)."""
    prog = analyse(tmp_path, """package main

func adder(n int) func(int) int {
	p := &n
	return func(x int) int { *p += x; return n }
}

func main() {
	f := adder(1)
	println(f(2))
}
""")
    adder = next(d for f in prog.files for d in f.decls if getattr(d, "name", None) and d.name.name == "adder")
    assert adder.ftype.params[0].names[0].obj.esc_heap is True


def test_closures_of_inlined_copies_are_named_after_the_caller(tmp_path: Path) -> None:
    """gc copies adder's closure into main at each inlined call (main.main.adder.func1, then
    func2): a panic in the second copy names it as Go 1.23 does."""
    (tmp_path / "x.go").write_text("""package main

func adder(n int) func(int) int {
	p := &n
	return func(x int) int { *p += x; return 10 / (*p - 5) }
}

func main() {
	f := adder(1)
	println(f(2))
	g := adder(2)
	println(g(3))
}
""")
    res = gomem(["run", "x.go"], tmp_path)
    assert (res.returncode, res.stdout) == (2, "")
    assert res.stderr.splitlines()[:7] == [
        "-5", "panic: runtime error: integer divide by zero", "", "goroutine 1 [running]:",
        "main.main.adder.func2(...)", f"\t{tmp_path / 'x.go'}:5", "main.main()"]
