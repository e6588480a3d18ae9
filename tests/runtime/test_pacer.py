"""The pacer (runtime/mgcpacer.py) and gctrace (runtime/gctrace.py) against real Go 1.23.

- Goals: tests/runtime/gctrace/pacer_probe.json holds, for cycles of real Go programs (forced
  and automatic, GOGC 50/100/200/off, memory limits, debug.SetGCPercent after a cycle), the
  pacer's inputs (marked heap, stacks and globals scanned, the memory MemStats reported) and
  the goal Go derived (NextGC). Fed the same inputs, gomem's pacer must give the same goal,
  to the byte. (tools/gctrace_compare.py --regen writes the file.)
- gctrace lines: tests/runtime/gctrace/go_lines.txt holds lines real Go printed; each must be
  reproduced by format_gctrace from figures that Go would print so.
- The statistics: PauseNs ring, NumGC, NumForcedGC, LastGC, GCCPUFraction, ReadGCStats.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from gomem.runtime import gctrace, godebug, mgcpacer
from gomem.runtime.gcsettings import MAX_INT64, GCSettings
from gomem.runtime.gctrace import CycleRecord, GCStats, format_gctrace, format_ms
from gomem.runtime.mgcpacer import GCController, GCCPULimiter

DATA = Path(__file__).resolve().parent / "gctrace"
SRC = DATA.parent.parent.parent / "src"
PROBES = json.loads((DATA / "pacer_probe.json").read_text())


def _controller(gogc: int = 100, limit: int = MAX_INT64, figures=(0, 0, 0), sweep_done: bool = True):
    return GCController(GCSettings(gogc, limit), memory_figures=lambda: figures,
                        sweep_done=lambda: sweep_done, counters=SimpleNamespace(heap_live=0, scan_alloc=0))


def _figures(rec: dict) -> tuple[int, int, int]:
    """What the memory limit counts, from the MemStats Go reported in the same stop."""
    return rec["sys"] - rec["heap_released"], rec["heap_idle"] - rec["heap_released"], rec["heap_alloc"]


def test_probe_data_covers_the_settings() -> None:
    gogcs = {r["gogc"] for r in PROBES}
    assert {50, 100, 200, -1} <= gogcs
    assert any(r["limit"] < MAX_INT64 and r["gogc"] == -1 for r in PROBES)
    assert any(r["limit"] < MAX_INT64 and r["gogc"] == 100 for r in PROBES)
    assert any(r["label"].startswith("setgcpercent") for r in PROBES)
    assert len(PROBES) >= 100


@pytest.mark.parametrize("rec", PROBES, ids=[f"{r['scenario']}-{r['env']}-{r['label']}-{r['numgc']}".replace(" ", "")
                                             for r in PROBES])
def test_goal_after_go_cycle(rec: dict) -> None:
    """Given the live heap, stacks and globals of Go's cycle n (and its memory under a limit),
    the goal for cycle n+1 is the one Go computed."""
    figures = _figures(rec)
    c = _controller(rec["gogc"], rec["limit"], figures)
    c.heap_marked = rec["live"]
    c.last_stack_scan = rec["stack"]
    c.globals_scan = rec["globals"]
    # at mark termination sweeping has not finished (Go sweeps concurrently); SetGCPercent
    # after runtime.GC (which sweeps everything) commits with sweeping done
    c.commit_at(rec["live"], sweep_done=rec["label"].startswith("setgcpercent"))
    assert c.heap_goal(figures) == rec["next_gc"]


def test_first_trigger_is_gos() -> None:
    """Before the first cycle: goal 4 MiB, trigger 61/64 of it (Go's gcpacertrace: 3997696)."""
    c = _controller()
    assert c.heap_goal() == 4 << 20
    assert c.trigger() == 3997696
    assert _controller(50).trigger_and_goal() == ((2 << 20) // 64 * 61, 2 << 20)


def test_trigger_bounds_and_runway() -> None:
    c = _controller()
    c.heap_marked, c.last_heap_scan, c.globals_scan = 8 << 20, 8 << 20, 0
    c.commit_at(8 << 20, sweep_done=True)
    goal = c.heap_goal()
    assert goal == 16 << 20
    step = (goal - c.heap_marked) // 64
    # no runway (nothing measured): the latest trigger, 61/64 of the way (or goal - 4 MiB)
    assert c.trigger() == max(c.heap_marked + 61 * step, goal - (4 << 20))
    # a big cons/mark ratio: the runway is longer than the way, so the earliest, 45/64
    c.cons_mark = 10.0
    c.commit_at(8 << 20, sweep_done=True)
    assert c.trigger() == c.heap_marked + 45 * step
    # in between: goal - runway
    c.cons_mark = 0.05
    c.commit_at(8 << 20, sweep_done=True)
    assert c.runway == int(0.05 * 3 * (8 << 20))
    assert c.trigger() == goal - c.runway


def test_sweep_distance_and_min_runway() -> None:
    c = _controller(gogc=0)
    c.heap_marked = 5 << 20
    c.commit_at(5 << 20, sweep_done=False)  # GOGC=0: the goal is the marked heap plus 1 MiB
    assert c.heap_goal() == 6 << 20
    c.commit_at(5 << 20, sweep_done=True)
    assert c.heap_goal() == 5 << 20
    c.start_cycle(0, (5 << 20) + 100, forced=False, procs=1)  # during a cycle: 64 KiB past its start
    assert c.heap_goal() == (5 << 20) + 100 + (64 << 10)


def test_gogc_off_goal_is_the_limits() -> None:
    """GOGC=off without a limit: NextGC as Go reports it, about 0.97 x MaxInt64 (measured:
    Sys 6118416, HeapIdle 3661824, HeapAlloc 45144 gave 8946670875746793430)."""
    figures = (6118416 - 3629056, 3661824 - 3629056, 45144)
    c = _controller(-1, MAX_INT64, figures)
    assert c.heap_goal() == 8946670875746793430
    assert c.trigger() > 1 << 62
    c.heap_marked = 1 << 30  # the goal is never below the marked heap
    c.settings.memory_limit = 1 << 20
    assert c.heap_goal() == 1 << 30


def test_set_gc_percent_commits_at_once() -> None:
    c = _controller()
    c.heap_marked, c.globals_scan = 10 << 20, 0
    assert c.set_gc_percent(50) == 100
    assert c.heap_goal() == 15 << 20
    assert c.set_gc_percent(-7) == 50 and c.gc_percent == -1
    assert c.set_gc_percent(100) == -1 and c.heap_goal() == 20 << 20
    assert c.set_memory_limit(12 << 20) == MAX_INT64
    assert c.heap_goal() == 11 << 20  # the limit's goal: 12 MiB less 1 MiB of headroom
    c.heap_marked = 11_600_000
    assert c.heap_goal() == 11_600_000  # never below the marked heap
    assert c.set_memory_limit(-1) == 12 << 20 and c.memory_limit == 12 << 20


def test_end_mark_resets_heap_live_and_measures_cons_mark() -> None:
    c = _controller()
    c.counters.heap_live = 4_000_000
    c.start_cycle(1_000_000, 4_000_000, forced=False, procs=1)
    c.end_mark(2_000_000, heap_marked=1_000_000, stack_bytes=4096, globals_bytes=150_000,
               heap_live=4_500_000)
    assert c.last_heap_goal == 4 << 20
    assert c.counters.heap_live == 1_000_000 and c.heap_marked == 1_000_000
    assert c.triggered == mgcpacer.NO_TRIGGER
    # 500000 bytes allocated while 1154096 bytes were scanned at 25% utilization
    assert c.cons_mark == pytest.approx(500_000 * 0.25 / (1_154_096 * 0.75))
    assert c.runway == int(c.cons_mark * 3 * 1_154_096)
    assert c.heap_goal() == 4 << 20  # 1000000 + 1154096 is under the minimum


def test_mark_workers_as_go_plans_them() -> None:
    c = _controller()
    for procs, dedicated, fractional in [(1, 0, 0.25), (2, 0, 0.25), (4, 1, 0.0), (6, 1, 0.5 / 6), (8, 2, 0.0)]:
        c.start_cycle(0, 0, forced=True, procs=procs)
        assert (c.dedicated_mark_workers, c.fractional_utilization_goal) == (dedicated, pytest.approx(fractional))
        c.end_mark(1, 0, 0, 0)
        c.end_cycle(1)


def test_cpu_limiter_engages_past_half_the_cpu() -> None:
    lim = GCCPULimiter(nprocs=1, now=0)
    lim.add_assist_time(600_000_000)  # 0.6 s of GC in a 1 s window: net 0.2 s into the bucket
    lim.update(1_000_000_000)
    assert not lim.limiting() and lim.fill == 200_000_000
    for t in range(2, 8):
        lim.add_assist_time(1_000_000_000)  # all GC from now on
        lim.update(t * 1_000_000_000)
    assert lim.limiting() and lim.fill == lim.capacity
    lim.update(9_000_000_000)  # a second of the program's own time drains it
    assert not lim.limiting()


def test_assists_stop_while_the_limiter_is_on() -> None:
    c = _controller()
    c.start_cycle(0, 0, forced=False, procs=1)
    c.mark_started(0)
    assert c.assist_allowed(1_000_000)
    c.limiter.add_assist_time(2_000_000_000)  # more GC time than the window holds
    assert not c.assist_allowed(20_000_000)


def test_gogc_and_gomemlimit_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("GOGC", "50")
    monkeypatch.setenv("GOMEMLIMIT", "64MiB")
    mgcpacer.gcinit()
    c = mgcpacer.controller
    assert (c.gc_percent, c.memory_limit) == (50, 64 << 20)
    # the memory of a program that just started (this process's heap model has served other
    # tests): the limit's goal is far above GOGC=50's 2 MiB
    assert c.heap_goal((8 << 20, 4 << 20, 1 << 20)) == 2 << 20
    monkeypatch.delenv("GOGC")
    monkeypatch.delenv("GOMEMLIMIT")
    mgcpacer.gcinit()
    assert mgcpacer.controller is c and c.gc_percent == 100


# ----------------------------------------------------------------------------- gctrace lines

@pytest.mark.parametrize("ns,text", [
    (0, "0"), (999, "0"), (1000, "0.001"), (5000, "0.005"), (36_000, "0.036"), (89_999, "0.089"),
    (100_000, "0.10"), (360_000, "0.36"), (999_999, "0.99"), (1_000_000, "1.0"), (3_700_000, "3.7"),
    (9_999_999, "9.9"), (10_000_000, "10"), (12_345_678, "12"), (1_234_000_000, "1234"),
])
def test_milliseconds_as_go_prints_them(ns: int, text: str) -> None:
    assert format_ms(ns) == text


def _ns_range(text: str) -> tuple[int, int]:
    """The ns values Go prints as text (inclusive bounds)."""
    if text == "0":
        return 0, 999
    if "." not in text:
        return int(text) * 1_000_000, int(text) * 1_000_000 + 999_999
    whole, frac = text.split(".")
    unit = 10 ** (6 - len(frac))  # ns per last digit
    lo = (int(whole) * 10 ** len(frac) + int(frac)) * unit
    return lo, lo + unit - 1


def _solve(printed: str, scaled: str, k: int) -> int:
    """ns x such that x prints as printed and k*x as scaled."""
    lo, hi = _ns_range(printed)
    slo, shi = _ns_range(scaled)
    lo, hi = max(lo, -(-slo // k)), min(hi, shi // k)
    assert lo <= hi, (printed, scaled, k)
    return lo


_LINE = re.compile(r"gc (\d+) @(\d+)\.(\d{3})s (\d+)%: (\S+)\+(\S+)\+(\S+) ms clock, (\S+)\+(\S+)/(\S+)/(\S+)\+(\S+) ms cpu, "
                   r"(\d+)->(\d+)->(\d+) MB, (\d+) MB goal, (\d+) MB stacks, (\d+) MB globals, (\d+) P( \(forced\))?$")
GO_LINES = [ln for ln in (DATA / "go_lines.txt").read_text().splitlines() if ln]


def test_golden_lines_cover_the_format() -> None:
    assert len(GO_LINES) >= 20
    assert any(ln.endswith("(forced)") for ln in GO_LINES)


@pytest.mark.parametrize("line", GO_LINES)
def test_gctrace_line_like_go(line: str) -> None:
    m = _LINE.match(line)
    assert m, line
    g = m.groups()
    procs = int(g[18])
    sweep_term = _solve(g[4], g[7], procs)
    mark_term = _solve(g[6], g[11], procs)
    rec = CycleRecord(number=int(g[0]), start_ns=(int(g[1]) * 1000 + int(g[2])) * 1_000_000,
                      sweep_term_ns=sweep_term, mark_ns=_ns_range(g[5])[0], mark_term_ns=mark_term,
                      assist_cpu_ns=_ns_range(g[8])[0], background_cpu_ns=_ns_range(g[9])[0],
                      idle_cpu_ns=_ns_range(g[10])[0], heap_before=int(g[12]) << 20,
                      heap_after=(int(g[13]) << 20) + 12345, heap_live=int(g[14]) << 20,
                      goal=(int(g[15]) << 20) + (1 << 20) - 1, stacks=int(g[16]) << 20,
                      globals=(int(g[17]) << 20) + 153616, procs=procs, forced=bool(g[19]))
    assert format_gctrace(rec, cpu_fraction=(int(g[3]) + 0.5) / 100) == line


def test_record_cycle_prints_with_gctrace(monkeypatch, capfd) -> None:
    rec = CycleRecord(number=1, start_ns=1_500_000, sweep_term_ns=40_000, mark_ns=1_200_000, mark_term_ns=3000,
                      background_cpu_ns=300_000, heap_before=3997696, heap_after=4 << 20, heap_live=1 << 20,
                      goal=4 << 20, procs=1, forced=True)
    monkeypatch.setenv("GODEBUG", "gctrace=0,gctrace=1,gctrace=x")
    gctrace.reset()
    gctrace.record_cycle(rec)
    monkeypatch.setenv("GODEBUG", "madvdontneed=1")
    godebug.reset()
    gctrace.record_cycle(rec)
    err = capfd.readouterr().err
    # GC CPU: the pauses (43 µs) and the workers (300 µs) in 2.743 ms since the start
    assert err == ("gc 1 @0.001s 12%: 0.040+1.2+0.003 ms clock, 0.040+0/0.30/0+0.003 ms cpu, "
                   "3->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P (forced)\n")
    assert gctrace.stats.num_gc == 2 and gctrace.stats.num_forced_gc == 2
    gctrace.reset()


def test_godebug_like_the_runtime() -> None:
    fields = godebug.parse("gctrace=1,,x,gctrace=2,randautoseed=0,gctrace=bad")
    assert fields == {"gctrace": ["1", "2", "bad"], "randautoseed": ["0"]}


# ----------------------------------------------------------------------------- statistics

def _rec(k: int, forced: bool = False) -> CycleRecord:
    return CycleRecord(number=k, start_ns=k * 10_000_000, sweep_term_ns=k * 10, mark_ns=1_000_000,
                       mark_term_ns=k, procs=2, forced=forced, end_unix_ns=1_700_000_000_000_000_000 + k)


def test_pause_ring_wraps_after_256() -> None:
    st = GCStats()
    for k in range(1, 301):
        st.record(_rec(k, forced=k % 3 == 0))
    assert st.num_gc == 300 and st.num_forced_gc == 100
    # cycle k is in slot (k - 1) % 256: cycles 257..300 overwrote 1..44
    assert st.pause_ns[0] == 257 * 11 and st.pause_ns[43] == 300 * 11 and st.pause_ns[44] == 45 * 11
    assert st.pause_end[43] == 1_700_000_000_000_000_300 == st.last_gc
    assert st.pause_total_ns == sum(k * 11 for k in range(1, 301))
    pauses, ends = st.history()
    assert len(pauses) == 256 and pauses[0] == 300 * 11 and pauses[-1] == 45 * 11
    assert ends[0] == st.last_gc
    gc_cpu = sum(k * 11 * 2 for k in range(1, 301))
    assert st.gc_cpu_fraction == gc_cpu / (_rec(300).end_ns * 2)


_READ_GC_STATS = """package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
	var s debug.GCStats
	s.PauseQuantiles = make([]time.Duration, 5)
	for _, n := range []int{3, 300} {
		for i := 0; i < n; i++ {
			runtime.GC()
		}
		debug.ReadGCStats(&s)
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		fmt.Println(s.NumGC, m.NumGC, m.NumForcedGC, len(s.Pause), len(s.PauseEnd), s.Pause[0], s.Pause[len(s.Pause)-1])
		fmt.Println(s.PauseTotal, time.Duration(m.PauseTotalNs), s.PauseQuantiles)
		fmt.Println(s.LastGC.UnixNano() == int64(m.LastGC), s.PauseEnd[0].Equal(s.LastGC), m.PauseNs[(m.NumGC+255)%256])
	}
}
"""

# runtime.GC records a made-up cycle k with a pause of k microseconds (no collector needed)
_FAKE_GC = """
import sys
from gomem.runtime import gctrace
from gomem.stdlib import runtime
def GC():
    k = gctrace.stats.num_gc + 1
    gctrace.record_cycle(gctrace.CycleRecord(number=k, start_ns=k, sweep_term_ns=k * 1000, mark_ns=5,
        mark_term_ns=0, forced=True, end_unix_ns=1_700_000_000_000_000_000 + k))
runtime.GC = GC
from gomem.cli import entry
sys.argv = ["gomem", "run", sys.argv[1]]
entry()
"""


def test_read_gc_stats_as_go_computes_it(tmp_path: Path) -> None:
    prog = tmp_path / "gcstats.go"
    prog.write_text(_READ_GC_STATS)
    r = subprocess.run([sys.executable, "-c", _FAKE_GC, str(prog)], capture_output=True, timeout=300,
                       env=dict(os.environ, PYTHONPATH=str(SRC)))
    assert r.returncode == 0, r.stderr.decode()[-2000:]
    # after 3 cycles: pauses 3,2,1 µs; quantiles over the sorted history; after 303, the last
    # 256 (48..303 µs), most recent first
    assert r.stdout.decode().splitlines() == [
        "3 3 3 3 3 3µs 1µs",
        "6µs 6µs [1µs 1µs 2µs 3µs 3µs]",
        "true true 3000",
        "303 303 303 256 256 303µs 48µs",
        "46.056ms 46.056ms [48µs 112µs 176µs 240µs 303µs]",
        "true true 303000",
    ]


# ----------------------------------------------------------------------------- whole traces

TRACES = json.loads((DATA / "go_traces.json").read_text())
GLOBALS = 154032  # Go's globals for these programs (pacer_probe.json: "globals")
MIB = 1 << 20


def _goal_bounds(gogc: int, marked_mib: int, next_start_mib: int) -> tuple[int, int]:
    """The goal (MiB, as printed) gomem's pacer gives the next cycle when the last one marked
    marked_mib MiB (printed, so anywhere in that MiB) with stacks under 64 KiB, and the next
    one starts at next_start_mib: the lowest and highest it can be."""
    def goal(marked: int, stacks: int, start: int) -> int:
        c = _controller(gogc)
        c.heap_marked, c.last_stack_scan, c.globals_scan = marked, stacks, GLOBALS
        c.commit_at(marked, sweep_done=False)
        c.start_cycle(0, start, forced=False, procs=1)
        return c.heap_goal() >> 20
    return (goal(marked_mib * MIB, 0, next_start_mib * MIB),
            goal(marked_mib * MIB + MIB - 1, 64 << 10, next_start_mib * MIB + MIB - 1))


@pytest.mark.parametrize("case", [k for k, v in TRACES.items() if "GOMEMLIMIT" not in v["env"]])
def test_printed_goals_follow_from_printed_live_heaps(case: str) -> None:
    """Every goal real Go printed follows from the live heap it printed for the cycle before
    (and the next cycle's start, which can push the goal 64 KiB past it)."""
    gogc = int(TRACES[case]["env"]["GOGC"])
    checked = 0
    for run in TRACES[case]["runs"]:
        for prev, cur in zip(run, run[1:]):
            lo, hi = _goal_bounds(gogc, prev["heap"][2], cur["heap"][0])
            assert lo <= cur["goal"] <= hi, (case, prev, cur)
            checked += 1
    assert checked >= 10


def test_gcpacertrace_like_go(monkeypatch, capfd) -> None:
    """Go's gcpacertrace lines for a first cycle (real, go1.23.5, GOMAXPROCS=2):
    the assist ratio is the expected scan work (the globals) over the heap left to the goal."""
    monkeypatch.setenv("GODEBUG", "gcpacertrace=1")
    godebug.reset()
    c = _controller()
    c.globals_scan = 150896
    c.heap_scan = 1 << 20
    c.start_cycle(0, 3997696, forced=False, procs=2)
    c.end_mark(1_000_000, heap_marked=3 << 20, stack_bytes=7992, globals_bytes=150896, heap_live=5079040,
               heap_scan_work=619192, assist_ns=210_000)
    monkeypatch.delenv("GODEBUG")
    godebug.reset()
    assert capfd.readouterr().err.splitlines() == [
        "pacer: assist ratio=+7.674967e-001 (scan 1 MB in 3->4 MB) workers=0++2.500000e-001",
        "pacer: 35% CPU (25 exp.) for 619192+7992+150896 B work (150896 B exp.) in 3997696 B -> 5079040 B "
        "(\u2206goal 884736, cons/mark +0.000000e+000)",
    ]
