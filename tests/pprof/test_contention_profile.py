"""runtime/pprof's block and mutex profiles (gomem/runtime/blockprof.py, docs/profiling.md):
the debug=1 texts of programs/contention.go equal real Go's (normalized: goroutinetext.py;
golden from tests/pprof/regen.py), the delays are the waits' lengths, and the real
`go tool pprof` reads the proto files without a warning."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from gomem.pprof import decode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from goroutinetext import normalize_contention  # noqa: E402
from test_heap_profile import gomem_run, needs_go, pprof  # noqa: E402


@pytest.fixture(scope="module")
def contention(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    d = tmp_path_factory.mktemp("contention")
    return gomem_run(HERE / "programs" / "contention.go", d).stdout.decode(), d


def test_texts_equal_real_gos(contention: tuple[str, Path]) -> None:
    got = normalize_contention(contention[0], str(HERE / "programs"))
    assert got == (HERE / "golden" / "contention.txt").read_text()
    # gomem's cycles are nanoseconds: the waits of about 59, 30 and 10 ms (longer on a busy
    # machine); the mutex record: the Lock's wait, seen from the Unlock
    cycles = [int(m) for m in re.findall(r"^(\d+) 1 @", contention[0], re.M)]
    assert 50e6 <= cycles[0] < 2e9 and 25e6 <= cycles[1] and 8e6 <= cycles[2], cycles
    assert abs(cycles[3] - cycles[0]) < 5e6, cycles
    assert "cycles/second=1000000000\n" in contention[0]


@needs_go
@pytest.mark.parametrize("name", ["block", "mutex"])
def test_go_tool_pprof_reads_them(contention: tuple[str, Path], name: str) -> None:
    prof = str(contention[1] / f"{name}.prof")
    for view in ("-top", "-raw", "-traces"):
        r = pprof(view, prof)
        assert r.returncode == 0 and r.stderr == b"", r.stderr.decode()
    raw = pprof("-raw", prof).stdout.decode()
    assert raw.startswith("PeriodType: contentions count\nPeriod: 1\n")
    assert "contentions/count delay/nanoseconds\n" in raw
    assert "Type: delay" in pprof("-top", prof).stdout.decode()
    p = decode((contention[1] / f"{name}.prof").read_bytes())
    delays = [s.value[1] for s in p.sample]
    assert delays == sorted(delays, reverse=True) and len(delays) == (3 if name == "block" else 1)


def test_profiles_off_by_default(tmp_path: Path) -> None:
    out = gomem_run("", tmp_path, source="""package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	<-c
	fmt.Println(pprof.Lookup("block").Count(), pprof.Lookup("mutex").Count())
	pprof.Lookup("mutex").WriteTo(os.Stdout, 1)
}
""").stdout.decode()
    assert out == "0 0\n--- mutex:\ncycles/second=1000000000\nsampling period=0\n"
