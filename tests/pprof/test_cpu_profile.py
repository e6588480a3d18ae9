"""runtime/pprof's CPU profile (gomem/runtime/cpuprof.py, docs/profiling.md): two functions
burning CPU in a 3:1 ratio show 3:1 (±20%) in the real `go tool pprof -top`, the file has Go's
sample types, period and duration, and pprof reads it (-top, -raw, -traces) without a warning."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from gomem.pprof import decode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from test_heap_profile import gomem_run, needs_go, pprof  # noqa: E402


@pytest.fixture(scope="module")
def cpu(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    d = tmp_path_factory.mktemp("cpu")
    r = gomem_run(HERE / "programs" / "cpu.go", d)
    return r.stdout.decode(), d / "cpu.prof"


def _stacks(path: Path) -> dict[tuple[str, ...], int]:
    p = decode(path.read_bytes())
    st = p.string_table
    funcs = {f.id: st[f.name] for f in p.function}
    # (a Location's Lines are the frames at its PC, leaf first: inlined calls, then their caller)
    locs = {loc.id: tuple(funcs[ln.function_id] for ln in loc.line) for loc in p.location}
    out: dict[tuple[str, ...], int] = {}
    for s in p.sample:
        names = tuple(name for i in s.location_id for name in locs[i])
        out[names] = out.get(names, 0) + s.value[0]
        assert s.value[1] == s.value[0] * 10_000_000
    return out


def test_second_start_is_refused(cpu: tuple[str, Path]) -> None:
    assert cpu[0] == "cpu profiling already in use\ndone\n"


def test_proto_is_gos_cpu_profile(cpu: tuple[str, Path]) -> None:
    p = decode(cpu[1].read_bytes())
    st = p.string_table
    assert [(st[v.type], st[v.unit]) for v in p.sample_type] == [("samples", "count"), ("cpu", "nanoseconds")]
    assert (st[p.period_type.type], st[p.period_type.unit], p.period) == ("cpu", "nanoseconds", 10_000_000)
    assert p.time_nanos > 0 and p.duration_nanos > 0
    stacks = _stacks(cpu[1])
    # leaf first; the main goroutine's stacks end at runtime.main, the others' at runtime.goexit
    assert ("main.spin", "main.heavy", "main.main", "runtime.main") in stacks
    assert ("main.spin", "main.worker", "runtime.goexit") in stacks
    # gc inlines spin into heavy and heavy into main: one Location, as in Go's profile
    st_funcs = {f.id: st[f.name] for f in p.function}
    assert [["main.spin", "main.heavy", "main.main"]] == [
        [st_funcs[ln.function_id] for ln in loc.line] for loc in p.location
        if st_funcs[loc.line[0].function_id] == "main.spin" and len(loc.line) == 3
        and st_funcs[loc.line[1].function_id] == "main.heavy"][:1]
    # CPU time only: never more than the wall time between start and stop (less on a busy
    # machine, where the program waits for a core); the workload takes about a second of CPU
    total = sum(stacks.values()) * 10_000_000
    assert 300_000_000 < total <= p.duration_nanos + 20_000_000


@needs_go
def test_go_tool_pprof_shows_the_3_to_1_ratio(cpu: tuple[str, Path]) -> None:
    prof = str(cpu[1])
    top = pprof("-top", prof)
    assert top.returncode == 0 and top.stderr == b"", top.stderr.decode()
    out = top.stdout.decode()
    assert "Type: cpu" in out and re.search(r"Duration: [\d.]+m?s, Total samples = ", out), out
    cum = {}
    for line in out.splitlines():
        m = re.match(r"\s*\S+\s+\S+%\s+\S+%\s+([\d.]+)(m?s)\s+\S+%\s+(\S+)(?: \(inline\))?$", line)
        if m:
            cum[m.group(3)] = float(m.group(1)) / (1000 if m.group(2) == "ms" else 1)
    ratio = cum["main.heavy"] / cum["main.light"]
    assert 2.4 <= ratio <= 3.6, (ratio, out)
    for view in ("-raw", "-traces"):
        r = pprof(view, prof)
        assert r.returncode == 0 and r.stderr == b"", r.stderr.decode()
    raw = pprof("-raw", prof).stdout.decode()
    assert raw.startswith("PeriodType: cpu nanoseconds\nPeriod: 10000000\n")
    assert "samples/count cpu/nanoseconds\n" in raw
