"""Inlined calls in stacks, as Go shows them (docs/profiling.md): a call gc inlines is a frame of
its own inside its caller's code. programs/inline.go's runtime.Callers/CallersFrames output, heap
profile texts (debug=1 and 2: the inlined frame's PC offset is from its caller's entry), goroutine
profile texts (a traceback prints an inlined frame as `f(...)`) and heap proto (one Location with
several Lines, leaf first) equal real Go's (goldens from tests/pprof/regen.py, normalized by
inlinetext.py); `go tool pprof` marks the inlined frames `(inline)`."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from gomem.pprof import decode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from inlinetext import inline_marks, normalize, proto_samples, traceback_text  # noqa: E402
from test_heap_profile import gomem_run, needs_go, pprof  # noqa: E402

PROG = HERE / "programs" / "inline.go"


def test_inline_texts_and_proto_equal_real_gos(tmp_path: Path) -> None:
    out = gomem_run(PROG, tmp_path).stdout.decode()
    assert normalize(out, str(PROG.parent)) == (HERE / "golden" / "inline.txt").read_text()
    got = proto_samples((tmp_path / "mem.prof").read_bytes(), str(PROG.parent))
    assert got == (HERE / "golden" / "inline.proto.txt").read_text()
    # an inlined frame's PC is its own (its line), in its caller's code: CallersFrames maps it back
    heap = out.split("--- heap debug=1\n")[1]
    rec = next(r for r in heap.split("\n\n") if "main.pair+" in r).splitlines()
    pcs = [int(pc, 16) for pc in rec[0].split(" @ ")[1].split()]
    frame_pcs = [int(line.split("\t")[1], 16) for line in rec[1:]]
    assert [pc - 1 for pc in pcs[:len(frame_pcs)]] == frame_pcs and len(set(frame_pcs)) == len(frame_pcs)


@needs_go
def test_go_tool_pprof_shows_inlined_frames(tmp_path: Path) -> None:
    gomem_run(PROG, tmp_path)
    prof = str(tmp_path / "mem.prof")
    traces = pprof("-traces", prof)
    assert traces.returncode == 0 and traces.stderr == b"", traces.stderr.decode()
    assert re.search(r"\n\s+160B\s+main\.newNode \(inline\)\n\s+main\.pair \(inline\)\n\s+main\.build\n"
                     r"\s+main\.main\n", traces.stdout.decode()), traces.stdout.decode()
    raw = pprof("-raw", prof)
    assert raw.returncode == 0 and raw.stderr == b""
    assert re.search(r"\n\s+\d+: 0x[0-9a-f]+ M=1 main\.newNode \S+/inline\.go:23:0 s=22\n"
                     r"\s+main\.pair \S+/inline\.go:2[78]:0 s=26\n\s+main\.build \S+/inline\.go:35:0 s=33\n",
                     raw.stdout.decode()), raw.stdout.decode()


def test_multiline_call_is_inlined_at_its_statement(tmp_path: Path) -> None:
    """gomem's frames have their statement's first line: a call gc inlines on a later line of
    the statement is still found inlined."""
    gomem_run("", tmp_path, source="""package main

import (
	"os"
	"runtime"
	"runtime/pprof"
)

type T struct{ a, b int }

var kept []*T

func mk(i int) *T { return &T{a: i} }

//go:noinline
func fill() {
	for i := 0; i < 4; i++ {
		kept = append(kept,
			mk(i))
	}
}

func main() {
	runtime.MemProfileRate = 1
	fill()
	runtime.GC()
	f, _ := os.Create("mem.prof")
	pprof.WriteHeapProfile(f)
	f.Close()
}
""")
    p = decode((tmp_path / "mem.prof").read_bytes())
    st = p.string_table
    funcs = {f.id: st[f.name] for f in p.function}
    lines = [[funcs[ln.function_id] for ln in loc.line] for loc in p.location]
    assert ["main.mk", "main.fill"] in lines, lines


def test_panic_traceback_shows_inlined_frames(tmp_path: Path) -> None:
    """A traceback prints an inlined frame `f(...)`, also a function without arguments;
    -gcflags=-l turns inlining off (`main.noargs()`), as in Go; an immediately called func
    literal is inlined too."""
    import subprocess
    for name, flags, golden in (("panic_inline", [], "panic_inline.txt"),
                                ("panic_inline", ["-gcflags=-l"], "panic_inline.l.txt"),
                                ("panic_closure", [], "panic_closure.txt")):
        prog = HERE / "programs" / f"{name}.go"
        r = subprocess.run([sys.executable, "-m", "gomem", "run", *flags, str(prog)], cwd=tmp_path,
                           capture_output=True, timeout=120)
        assert r.returncode == 2
        got = traceback_text(r.stderr.decode(), str(prog.parent), lines=name != "panic_closure")
        assert got == (HERE / "golden" / golden).read_text(), name


@needs_go
def test_goroutine_profile_marks_gos_inlined_frames(tmp_path: Path) -> None:
    """Go's own frames inside a parked goroutine, inlined as in Go: goparkunlock always (into
    semacquire1), sync.(*Mutex).Lock where gc inlines the program's call (into main.locker)."""
    gomem_run(HERE / "programs" / "goroutines.go", tmp_path)
    traces = pprof("-traces", str(tmp_path / "goroutine.prof")).stdout.decode()
    assert "runtime.gopark\n             runtime.goparkunlock (inline)\n             runtime.semacquire1\n" \
           "             sync.runtime_SemacquireMutex\n             sync.(*Mutex).lockSlow\n" \
           "             sync.(*Mutex).Lock (inline)\n             main.locker\n" in traces, traces


def test_block_and_mutex_records_inline_as_gos(tmp_path: Path) -> None:
    """programs/contention.go's block and mutex records: the program's functions gc inlines
    (recv, sel into main) and Go's own (sync.(*Mutex).Lock/Unlock into the program's) are
    inlined frames, as in Go's texts."""
    out = gomem_run(HERE / "programs" / "contention.go", tmp_path).stdout.decode()
    assert inline_marks(out) == (HERE / "golden" / "contention.inline.txt").read_text()
