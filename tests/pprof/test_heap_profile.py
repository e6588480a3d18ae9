"""runtime/pprof's heap and allocs profiles against real Go (docs/profiling.md): the records of
a deterministic program at MemProfileRate = 1 equal Go's (golden/, from tests/pprof/regen.py),
the debug=1 text has Go's layout, and the real `go tool pprof` reads the gzipped
profile.proto files gomem writes (-top, -raw, -traces, -sample_index) without a warning."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gomem.pprof import decode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from heaptext import golden_text  # noqa: E402

GO_BIN = next((p for p in ("/usr/lib/go-1.23/bin/go", shutil.which("go") or "") if p and os.path.exists(p)), None)
needs_go = pytest.mark.skipif(GO_BIN is None, reason="needs Go 1.23 (go tool pprof)")


def gomem_run(prog: Path | str, cwd: Path, source: str | None = None) -> subprocess.CompletedProcess:
    if source is not None:
        prog = cwd / "prog.go"
        prog.write_text(source)
    r = subprocess.run([sys.executable, "-m", "gomem", "run", str(prog)], cwd=cwd, capture_output=True,
                       timeout=300, stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr.decode()
    return r


def pprof(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", HOME=os.environ.get("HOME", "/tmp"))
    return subprocess.run([GO_BIN, "tool", "pprof", *args], capture_output=True, timeout=120, env=env)


@pytest.fixture(scope="module")
def tutorial(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    d = tmp_path_factory.mktemp("tutorial")
    r = gomem_run(HERE / "programs" / "tutorial.go", d)
    return r.stdout.decode(), d / "mem.prof"


@pytest.mark.parametrize("name", ["tutorial", "lag", "methods"])
def test_records_equal_real_gos(name: str, tmp_path: Path) -> None:
    out = gomem_run(HERE / "programs" / f"{name}.go", tmp_path).stdout.decode()
    assert golden_text(out) == (HERE / "golden" / f"{name}.txt").read_text()


def test_text_layout_is_gos(tutorial: tuple[str, Path]) -> None:
    text = tutorial[0]
    lines = text.splitlines()
    # header: in-use and allocated totals, raw, then heap/<2*rate>
    assert re.fullmatch(r"heap profile: \d+: \d+ \[\d+: \d+\] @ heap/2", lines[0]), lines[0]
    # a record, its frames (tab-aligned as text/tabwriter does: the function column padded
    # to a tab stop), a blank line
    i = next(k for k, line in enumerate(lines) if line.startswith("250: 6000 [1000: 24000] @ 0x"))
    assert re.fullmatch(r"#\t0x[0-9a-f]+\tmain\.allocate\+0x[0-9a-f]+\t/\S+/tutorial\.go:23", lines[i + 1]), lines[i + 1]
    assert re.fullmatch(r"#\t0x[0-9a-f]+\tmain\.main\+0x[0-9a-f]+\t\t/\S+/tutorial\.go:43", lines[i + 2]), lines[i + 2]
    assert re.fullmatch(r"#\t0x[0-9a-f]+\truntime\.main\+0x[0-9a-f]+\t/\S+/src/runtime/proc\.go:272", lines[i + 3])
    assert lines[i + 4] == ""
    # the PCs of the record are the frames' return PCs: one more than the frame lines' PCs
    pcs = lines[i].split(" @ ")[1].split()
    assert [int(pc, 16) - 1 for pc in pcs[:3]] == [int(lines[i + k].split("\t")[1], 16) for k in (1, 2, 3)]
    # records ascending by in-use bytes; the trailer after a blank line
    inuse = [int(m.group(1)) for m in re.finditer(r"^\d+: (\d+) \[", text, re.M)]
    assert inuse == sorted(inuse)
    k = lines.index("# runtime.MemStats")
    assert lines[k - 1] == "" and lines[k + 1].startswith("# Alloc = ")
    assert re.fullmatch(r"# PauseNs = \[(\d+ ){255}\d+\]", lines[k + 21])


def test_proto_content(tutorial: tuple[str, Path]) -> None:
    p = decode(tutorial[1].read_bytes())
    st = p.string_table
    assert st[0] == ""
    assert [(st[v.type], st[v.unit]) for v in p.sample_type] == [
        ("alloc_objects", "count"), ("alloc_space", "bytes"), ("inuse_objects", "count"), ("inuse_space", "bytes")]
    assert (st[p.period_type.type], st[p.period_type.unit], p.period) == ("space", "bytes", 1)
    assert p.default_sample_type == 0 and p.time_nanos > 0
    funcs = {f.id: f for f in p.function}
    locs = {loc.id: loc for loc in p.location}
    assert all(st[f.name] == st[f.system_name] for f in funcs.values())
    stacks = {}
    for s in p.sample:
        # (each Location's Lines: main.allocate and main.buffer are inlined into main.main)
        names = tuple(st[funcs[ln.function_id].name] for i in s.location_id for ln in locs[i].line)
        stacks[names, tuple(s.value)] = {st[lab.key]: lab.num for lab in s.label}
    # leaf first, down to runtime.main; the allocation size as the bytes label; rate 1: no scaling
    assert stacks[("main.allocate", "main.main", "runtime.main"), (1000, 24000, 250, 6000)] == {"bytes": 24}
    assert stacks[("main.buffer", "main.main", "runtime.main"), (6, 61440, 3, 30720)] == {"bytes": 10240}
    assert all("runtime.goexit" not in names for names, _ in stacks)
    m = p.mapping[0]
    assert m.id == 1 and m.has_functions and st[m.filename].endswith("tutorial")
    assert all(loc.mapping_id == 1 and loc.address for loc in locs.values())
    fn = next(f for f in funcs.values() if st[f.name] == "main.allocate")
    assert st[fn.filename].endswith("tests/pprof/programs/tutorial.go") and fn.start_line == 21


@needs_go
def test_go_tool_pprof_reads_the_heap_profile(tutorial: tuple[str, Path]) -> None:
    prof = str(tutorial[1])
    top = pprof("-top", prof)
    assert top.returncode == 0 and top.stderr == b"", top.stderr.decode()
    out = top.stdout.decode()
    assert "File: tutorial" in out and "Type: inuse_space" in out
    # in use: 250 Persons (6000 B), 3 buffers (30720 B), the one live backing array of kept (2304 B);
    # gc inlines allocate and buffer into main: pprof says so, as for Go's file
    flat = {m.group(2): m.group(1) for m in re.finditer(r"^\s+([\d.]+k?B) .*%\s+(\S+(?: \(inline\))?)$", out, re.M)}
    assert flat["main.buffer (inline)"] == "30.09kB" and flat["main.allocate (inline)"] == "8.11kB", out
    alloc = pprof("-sample_index=alloc_space", "-top", prof)
    assert alloc.returncode == 0 and alloc.stderr == b"" and "Type: alloc_space" in alloc.stdout.decode()
    traces = pprof("-traces", prof)
    assert traces.returncode == 0 and traces.stderr == b""
    assert re.search(r"bytes:\s+24B\n\s+5.86kB\s+main.allocate \(inline\)\n\s+main.main\n\s+runtime.main\n",
                     traces.stdout.decode())
    raw = pprof("-raw", prof)
    assert raw.returncode == 0 and raw.stderr == b""
    text = raw.stdout.decode()
    assert "PeriodType: space bytes\nPeriod: 1\n" in text
    assert "alloc_objects/count alloc_space/bytes inuse_objects/count inuse_space/bytes\n" in text
    assert "       1000      24000        250       6000:" in text


@needs_go
def test_allocs_profile_defaults_to_alloc_space(tmp_path: Path) -> None:
    gomem_run("", tmp_path, source="""package main

import (
	"os"
	"runtime"
	"runtime/pprof"
)

var sink [][]int

func grow() {
	for i := 0; i < 3000; i++ {
		sink = append(sink, make([]int, 512))
	}
}

func main() {
	grow()
	runtime.GC() // (the profile is as of the last GC: this one publishes every allocation)
	f, _ := os.Create("allocs.prof")
	pprof.Lookup("allocs").WriteTo(f, 0)
	f.Close()
}
""")
    p = decode((tmp_path / "allocs.prof").read_bytes())
    assert p.string_table[p.default_sample_type] == "alloc_space" and p.period == 512 * 1024
    raw = pprof("-raw", str(tmp_path / "allocs.prof"))
    assert raw.returncode == 0 and raw.stderr == b"", raw.stderr.decode()
    assert "alloc_space/bytes[dflt]" in raw.stdout.decode()
    # 3000 x 4096 bytes sampled at 512 KiB and unscaled: about 12 MB (sampling is random: loose)
    top = pprof("-top", str(tmp_path / "allocs.prof")).stdout.decode()
    m = re.search(r"([\d.]+)MB\s+[\d.]+%\s+[\d.]+%\s+[\d.]+MB\s+[\d.]+%\s+main\.grow", top)
    assert m and 8 < float(m.group(1)) < 16, top


def test_memprofilerate_follows_gos_linker_rule(tmp_path: Path) -> None:
    # (outputs as real Go 1.23 prints them)
    src = """package main

import (
	"fmt"
	"os"
	"runtime"
	%s
)

func main() {
	fmt.Println(runtime.MemProfileRate)
	if len(os.Args) > 5 {
		%s
	}
}
"""
    # nothing can read a memory profile: Go's linker turns profiling off, even when the
    # program imports runtime/pprof without using it
    assert gomem_run("", tmp_path, source=src % ("", "")).stdout == b"0\n"
    assert gomem_run("", tmp_path, source=src % ('_ "runtime/pprof"', "")).stdout == b"0\n"
    # code that can write a profile (even one never run) keeps the default rate
    used = src % ('"runtime/pprof"', 'pprof.Lookup("goroutine").WriteTo(os.Stdout, 0)')
    assert gomem_run("", tmp_path, source=used).stdout == b"524288\n"
    assert gomem_run("", tmp_path, source=src % ("", "runtime.MemProfile(nil, true)")).stdout == b"524288\n"
    # GODEBUG=memprofilerate=N sets it, unless profiling is off
    env = dict(os.environ, GODEBUG="memprofilerate=7")
    for prog, want in ((used, b"7\n"), (src % ("", ""), b"0\n")):
        (tmp_path / "prog.go").write_text(prog)
        r = subprocess.run([sys.executable, "-m", "gomem", "run", "prog.go"], cwd=tmp_path, capture_output=True,
                           timeout=300, env=env, stdin=subprocess.DEVNULL)
        assert r.stdout == want, r.stderr.decode()


def test_tabwriter_lays_out_gos_text_as_go() -> None:
    # Go's own debug=1 text (tutorial.go-text.txt, from tests/pprof/regen.py), taken back to
    # its cells and laid out again by gomem's text/tabwriter equivalent: the same bytes
    from gomem.stdlib.runtime_pprof import tabwrite
    text = (HERE / "golden" / "tutorial.go-text.txt").read_text()
    cells = [re.split(r"\t+", line) for line in text.split("\n")[:-1]]
    assert tabwrite(cells) == text
