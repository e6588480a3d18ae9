"""What the collector reports of each cycle: GODEBUG=gctrace=1 lines and MemStats' GC fields.

The collector (mgc.py) fills a ``CycleRecord`` at the end of each cycle and calls
``record_cycle``, which

- updates the statistics that runtime.ReadMemStats and debug.ReadGCStats read (``stats``):
  NumGC, NumForcedGC, the pause of each cycle (both stop-the-world phases) in a ring of the
  last 256 with the time each ended (PauseNs, PauseEnd), PauseTotalNs, LastGC and
  GCCPUFraction (the GC's share of the CPU since the program started, idle marking excluded);
- prints the cycle's line to standard error when GODEBUG has gctrace=1, in Go 1.23's format:

  gc 3 @0.012s 4%: 0.011+1.2+0.003 ms clock, 0.022+0.31/0.60/0+0.006 ms cpu, 4->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P

  (cycle number; start time since the program started; GC CPU percent; wall time of sweep
  termination, mark and mark termination; CPU time of the two pauses times the Ps that ran
  them and of the mark's assists / background workers / idle workers; heapLive when the
  cycle started and when marking ended, and the heap marked; the goal this cycle had; the
  stack bytes scanned, the globals, GOMAXPROCS; "(forced)" for runtime.GC).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from gomem.runtime import godebug, osio

PAUSE_HISTORY = 256  # len(MemStats.PauseNs)


@dataclass
class CycleRecord:
    """One GC cycle as gctrace and MemStats see it. Times in ns; heap figures in bytes
    (the line prints them in MiB, truncated)."""

    number: int                 # NumGC after this cycle (the first cycle is 1)
    start_ns: int               # when sweep termination began, ns since the program started
    sweep_term_ns: int          # wall time of the stop-the-world sweep termination
    mark_ns: int                # wall time of the concurrent mark
    mark_term_ns: int           # wall time of the stop-the-world mark termination
    assist_cpu_ns: int = 0      # CPU of mutator assists during the mark
    background_cpu_ns: int = 0  # CPU of the dedicated and fractional mark workers
    idle_cpu_ns: int = 0        # CPU of the idle mark workers
    heap_before: int = 0        # heapLive when the cycle started
    heap_after: int = 0         # heapLive when marking ended (with what was allocated meanwhile)
    heap_live: int = 0          # bytes marked: the live heap after this cycle
    goal: int = 0               # the heap goal of this cycle (pacer's last_heap_goal)
    stacks: int = 0             # stack bytes scanned
    globals: int = 0            # bytes of global variables
    procs: int = 1              # GOMAXPROCS
    stw_procs: int = 0          # Ps that ran the pauses, min(GOMAXPROCS, NCPU); 0: procs
    forced: bool = False        # runtime.GC / debug.FreeOSMemory
    pause_ns: int = -1          # stop-the-world time of the cycle; -1: both phases' wall time
    end_unix_ns: int = 0        # wall-clock time the cycle ended (PauseEnd, LastGC); 0: now
    kind: str = ""              # "minor" / "major" under the generational policy (mgcgen)

    @property
    def end_ns(self) -> int:
        """When the cycle ended, ns since the program started."""
        return self.start_ns + self.sweep_term_ns + self.mark_ns + self.mark_term_ns

    @property
    def pause(self) -> int:
        return self.sweep_term_ns + self.mark_term_ns if self.pause_ns < 0 else self.pause_ns


class GCStats:
    """The collector's statistics (Go's memstats GC fields)."""

    def __init__(self) -> None:
        self.num_gc = 0
        self.num_forced_gc = 0
        self.pause_ns = [0] * PAUSE_HISTORY
        self.pause_end = [0] * PAUSE_HISTORY
        self.pause_total_ns = 0
        self.last_gc = 0               # Unix ns at the end of the last cycle
        self.last_gc_mono = 0          # monotonic ns at the end of the last cycle (forcegc)
        self.gc_cpu_fraction = 0.0
        self.gc_cpu_ns = 0             # GC CPU since the program started, idle marking included
        self.idle_cpu_ns = 0

    def record(self, rec: CycleRecord) -> None:
        end_unix = rec.end_unix_ns or time.time_ns()
        slot = self.num_gc % PAUSE_HISTORY  # cycle k (from 1) goes to (k - 1) % 256
        self.pause_ns[slot] = rec.pause
        self.pause_end[slot] = end_unix
        self.pause_total_ns += rec.pause
        self.last_gc = end_unix
        self.last_gc_mono = time.monotonic_ns()
        procs = max(rec.procs, 1)
        # pauses count on every P (the world is stopped), as Go's CPU statistics do
        self.gc_cpu_ns += ((rec.sweep_term_ns + rec.mark_term_ns) * procs + rec.assist_cpu_ns
                           + rec.background_cpu_ns + rec.idle_cpu_ns)
        self.idle_cpu_ns += rec.idle_cpu_ns
        total = rec.end_ns * procs
        if total > 0:
            self.gc_cpu_fraction = (self.gc_cpu_ns - self.idle_cpu_ns) / total
        if rec.forced:
            self.num_forced_gc += 1
        self.num_gc += 1

    def mem_stats_fields(self) -> dict:
        """MemStats' GC fields except NextGC (the pacer's)."""
        return {"LastGC": self.last_gc, "PauseTotalNs": self.pause_total_ns,
                "PauseNs": list(self.pause_ns), "PauseEnd": list(self.pause_end),
                "NumGC": self.num_gc, "NumForcedGC": self.num_forced_gc,
                "GCCPUFraction": self.gc_cpu_fraction, "EnableGC": True, "DebugGC": False}

    def history(self) -> tuple[list[int], list[int]]:
        """(pauses, their end times), most recent first, at most 256 (debug.ReadGCStats)."""
        n = min(self.num_gc, PAUSE_HISTORY)
        slots = [(self.num_gc - 1 - i) % PAUSE_HISTORY for i in range(n)]
        return [self.pause_ns[j] for j in slots], [self.pause_end[j] for j in slots]


stats = GCStats()
_init_ns = time.monotonic_ns()  # the runtime's start (Go's runtimeInitTime)


def reset() -> None:
    """A program starts: no cycles yet; gctrace times count from now."""
    global _init_ns
    stats.__init__()  # in place: modules that imported it keep a valid reference
    _init_ns = time.monotonic_ns()
    godebug.reset()


def since_start_ns() -> int:
    """ns since the program started, for CycleRecord.start_ns."""
    return time.monotonic_ns() - _init_ns


# a collector policy's last word on a record before it counts (mgcgen: the kind of cycle, its
# pause: the whole cycle stops the world)
annotate: Callable[[CycleRecord], None] | None = None


def record_cycle(rec: CycleRecord) -> None:
    """A cycle ended: update the statistics and print its gctrace line if asked to."""
    if annotate is not None:
        annotate(rec)
    stats.record(rec)
    if godebug.runtime_setting("gctrace") > 0:
        osio.stderr_write(format_gctrace(rec).encode() + b"\n")


def _itoa_div(val: int, dec: int) -> str:
    """val with a decimal point dec digits from the right (at least one digit before it)."""
    digits = str(val).rjust(dec + 1, "0")
    return digits if dec == 0 else digits[:-dec] + "." + digits[-dec:]


def format_ms(ns: int) -> str:
    """ns as the runtime prints milliseconds: whole ms from 10 ms, else two significant
    digits with at most three decimals (truncated); under a microsecond "0"."""
    if ns >= 10_000_000:
        return str(ns // 1_000_000)
    x = ns // 1000
    if x == 0:
        return "0"
    dec = 3
    while x >= 100:
        x //= 10
        dec -= 1
    return _itoa_div(x, dec)


def format_gctrace(rec: CycleRecord, cpu_fraction: float | None = None) -> str:
    """The cycle's gctrace line, without the newline. cpu_fraction: GCCPUFraction after
    this cycle (default: the recorded statistics')."""
    fraction = stats.gc_cpu_fraction if cpu_fraction is None else cpu_fraction
    stw = rec.stw_procs or rec.procs
    clock = "+".join(format_ms(ns) for ns in (rec.sweep_term_ns, rec.mark_ns, rec.mark_term_ns))
    cpu = (f"{format_ms(stw * rec.sweep_term_ns)}+{format_ms(rec.assist_cpu_ns)}/"
           f"{format_ms(rec.background_cpu_ns)}/{format_ms(rec.idle_cpu_ns)}+{format_ms(stw * rec.mark_term_ns)}")
    line = (f"gc {rec.number} @{_itoa_div(rec.start_ns // 1_000_000, 3)}s {int(fraction * 100)}%: "
            f"{clock} ms clock, {cpu} ms cpu, "
            f"{rec.heap_before >> 20}->{rec.heap_after >> 20}->{rec.heap_live >> 20} MB, "
            f"{rec.goal >> 20} MB goal, {rec.stacks >> 20} MB stacks, {rec.globals >> 20} MB globals, "
            f"{rec.procs} P")
    if rec.forced:
        line += " (forced)"
    return line + f" ({rec.kind})" if rec.kind else line
