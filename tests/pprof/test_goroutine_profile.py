"""runtime/pprof's goroutine and threadcreate profiles against real Go (docs/profiling.md): the
debug=1 and debug=2 texts of programs/goroutines.go equal Go's (normalized by goroutinetext.py;
golden from tests/pprof/regen.py), and the real `go tool pprof` reads the debug=0 files."""

from __future__ import annotations

import sys
from pathlib import Path

from gomem.pprof import decode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from goroutinetext import normalize  # noqa: E402
from test_heap_profile import gomem_run, needs_go, pprof  # noqa: E402


def test_goroutine_texts_equal_real_gos(tmp_path: Path) -> None:
    out = gomem_run(HERE / "programs" / "goroutines.go", tmp_path).stdout.decode()
    got = normalize(out, str(HERE / "programs"))
    assert got == (HERE / "golden" / "goroutines.txt").read_text()
    # the records' PCs are the frames' return PCs (one more than the frame lines' PCs)
    rec = out.split("--- debug=1\n")[1].split("\n\n")[0].splitlines()
    assert rec[1].startswith("3 @ 0x")
    assert int(rec[2].split("\t")[1], 16) + 1 in [int(pc, 16) for pc in rec[1].split(" @ ")[1].split()]


@needs_go
def test_go_tool_pprof_reads_the_goroutine_profile(tmp_path: Path) -> None:
    gomem_run(HERE / "programs" / "goroutines.go", tmp_path)
    prof = str(tmp_path / "goroutine.prof")
    for view in ("-top", "-raw", "-traces"):
        r = pprof(view, prof)
        assert r.returncode == 0 and r.stderr == b"", r.stderr.decode()
    raw = pprof("-raw", prof).stdout.decode()
    assert raw.startswith("PeriodType: goroutine count\nPeriod: 1\n")
    traces = pprof("-traces", prof).stdout.decode()
    # a parked goroutine's stack starts in the runtime, as Go's (runtime.goexit left out)
    assert "         3   runtime.gopark\n             runtime.chanrecv\n             runtime.chanrecv1\n" \
           "             main.waiter\n" in traces, traces
    assert "runtime.goexit" not in traces
    p = decode((tmp_path / "goroutine.prof").read_bytes())
    assert sorted(s.value[0] for s in p.sample) == [1, 1, 3]


@needs_go
def test_threadcreate_is_gos_minimal_program(tmp_path: Path) -> None:
    r = gomem_run("", tmp_path, source="""package main

import (
	"os"
	"runtime/pprof"
)

func main() {
	p := pprof.Lookup("threadcreate")
	p.WriteTo(os.Stdout, 1)
	f, _ := os.Create("tc.prof")
	p.WriteTo(f, 0)
	f.Close()
}
""")
    # (Go 1.23 records its threads without stacks: 32 zero PCs)
    assert r.stdout.decode() == "threadcreate profile: total 4\n4 @ " + " ".join(["0x0"] * 32) + "\n#\t0x0\n\n"
    raw = pprof("-raw", str(tmp_path / "tc.prof"))
    assert raw.returncode == 0 and raw.stderr == b"", raw.stderr.decode()
    assert "          4: " + "1 " * 32 + "\nLocations\n     1: 0xffffffffffffffff  :0:0 s=0\n" in raw.stdout.decode()
