"""runtime/pprof's custom profiles (NewProfile, Add, Remove, Count, Lookup, Profiles;
docs/profiling.md): programs/custom.go prints what real Go prints (the panics of misuse, the
debug=1 text normalized by goroutinetext.py; golden from tests/pprof/regen.py), and the real
`go tool pprof` reads its proto."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from goroutinetext import normalize  # noqa: E402
from test_heap_profile import gomem_run, needs_go, pprof  # noqa: E402


def test_custom_profile_is_gos(tmp_path: Path) -> None:
    out = gomem_run(HERE / "programs" / "custom.go", tmp_path).stdout.decode()
    assert normalize(out, str(HERE / "programs")) == (HERE / "golden" / "custom.txt").read_text()


@needs_go
def test_go_tool_pprof_reads_a_custom_profile(tmp_path: Path) -> None:
    gomem_run(HERE / "programs" / "custom.go", tmp_path)
    prof = str(tmp_path / "custom.prof")
    for view in ("-top", "-raw", "-traces"):
        r = pprof(view, prof)
        assert r.returncode == 0 and r.stderr == b"", r.stderr.decode()
    raw = pprof("-raw", prof).stdout.decode()
    assert raw.startswith("PeriodType: example.com/conns count\nPeriod: 1\n")
    assert "runtime/pprof.(*Profile).Add" in raw and "main.openHere" in raw
