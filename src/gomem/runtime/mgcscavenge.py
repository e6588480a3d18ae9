"""The scavenger: free heap pages returned to the OS (Go 1.23's mgcscavenge.go; docs/gc.md).

A free page is either *retained* (its memory still committed: counted in HeapIdle, not in
HeapReleased) or *released* (returned to the OS: HeapReleased). The page allocator
(mheap.py) keeps that state per free run; this module decides when retained pages are
released, as Go does:

- **Goals** (``pace``, at each mark termination: Go's gcPaceScavenger). The GOGC goal keeps
  the retained heap (HeapInuse + free retained pages) at 1.1 × the heap in use at the last
  mark termination, scaled by how the heap goal moved (new goal / last goal), rounded up to a
  page; none before the second cycle. The memory-limit goal is 0.95 × the
  memory limit, applied only while the memory mapped and not released exceeds it.
- **The background scavenger** (the bgscavenge goroutine, id 4, parked in "GC scavenge
  wait"): once sweeping is done it releases 64 KiB at a time from the highest addresses down
  while the retained heap is above a goal. Go paces it to 1% of one CPU; here it works only
  when the program has nothing to run (as the background sweeper), and after each step it
  waits 99 times the step's own time before the next, so it keeps to that share.
- **Eager scavenging** (``after_span_alloc``, from mheap's span allocation): a heap growth
  that pushes the retained heap above the GOGC goal releases that much elsewhere at once; an
  allocation that takes committed memory above the memory limit releases the excess.
- **debug.FreeOSMemory**: runtime.GC then every free page (``scavenge_all``).

GODEBUG=scavtrace=1 prints Go's line when a sweep finishes (what the background and eager
scavenging released since the last line, HeapReleased, and the heap's utilisation) and, with
" (forced)", after FreeOSMemory.
"""

from __future__ import annotations

import time
from typing import Any

from gomem.runtime import mgcpacer
from gomem.types.sizeclasses import PAGE_SIZE

NO_GOAL = (1 << 64) - 1
RETAIN_EXTRA_PERCENT = 10       # the GOGC goal keeps 10% above the heap in use
REDUCE_EXTRA_PERCENT = 5        # the memory-limit goal is 95% of the limit
SCAVENGE_UNIT_PAGES = (64 << 10) // PAGE_SIZE  # the background scavenger's step: 64 KiB
CPU_SHARE = 0.01                # Go's scavenger takes about 1% of one CPU
BURST_NS = 1_000_000            # it works at least 1 ms at a time before pausing


class Scavenger:
    """Go's scavenge goals and scavenger state."""

    def __init__(self) -> None:
        self.gc_percent_goal = NO_GOAL    # retained bytes the GOGC goal allows (NO_GOAL: none)
        self.memory_limit_goal = NO_GOAL  # mapped-ready bytes the memory limit allows
        self.released_bg = 0              # bytes released since the last scavtrace line
        self.released_eager = 0
        self.released_total_bg = 0        # bytes released by the background scavenger, ever
        self.g: Any = None
        self.sched: Any = None
        self.parked = True
        self.active = False               # woken by the end of a sweep, until its goal is met
        self.next_ns = 0                  # monotonic ns before which it does not work (pacing)

    # -- the goroutine -------------------------------------------------------------------

    def start(self, sched: Any) -> None:
        self.__init__()
        self.sched = sched
        _heap().after_alloc_hook = after_span_alloc
        self.g = sched.system_goroutine(self._run, "runtime.bgscavenge", parked="GC scavenge wait")

    def has_work(self) -> bool:
        """Whether the scavenger would work now (the scheduler runs it when idle)."""
        return self.active and time.monotonic_ns() >= self.next_ns and self._excess() > 0

    def next_step_ns(self, sched: Any) -> int | None:
        """When the paced scavenger wants to work next (None: it has nothing to do)."""
        if self.sched is not sched or not self.active or not self.parked or self._excess() <= 0:
            return None
        return self.next_ns

    def _run(self) -> None:
        s = self.sched
        while True:
            t0 = time.monotonic_ns()
            spent = 0
            # a burst of at least BURST_NS of work (Go's minScavWorkTime), then a pause that
            # keeps the scavenger at CPU_SHARE
            while self.active and spent < BURST_NS and not s.busy():
                excess = self._excess()
                if excess <= 0:
                    self.active = False
                    break
                released = _heap().scavenge(min(excess, SCAVENGE_UNIT_PAGES * PAGE_SIZE))
                self.released_bg += released
                self.released_total_bg += released
                spent = time.monotonic_ns() - t0
                if not released:  # nothing it may release (dense chunks) until the next cycle
                    self.active = False
                    break
            self.next_ns = t0 + int(spent / CPU_SHARE)
            self.parked = True
            s.park("GC scavenge wait")

    def _excess(self) -> int:
        """Bytes above the tighter of the two goals (0 when within both)."""
        heap = _heap()
        excess = 0
        if self.gc_percent_goal != NO_GOAL:
            excess = retained_bytes(heap) - self.gc_percent_goal
        if self.memory_limit_goal != NO_GOAL:
            excess = max(excess, mapped_ready_bytes(heap) - self.memory_limit_goal)
        return excess


bg = Scavenger()


def _heap() -> Any:
    from gomem.runtime import malloc
    return malloc.heap


def retained_bytes(heap: Any) -> int:
    """Go's heapRetained: heap pages in use plus free pages not released."""
    return (heap.pages_in_use + heap.free_retained_pages()) * PAGE_SIZE


def mapped_ready_bytes(heap: Any) -> int:
    """Go's mappedReady: the memory mapped and not released (MemStats Sys − HeapReleased)."""
    return mgcpacer.runtime_memory_figures()[0]


def pace(heap: Any, heap_goal: int, last_heap_goal: int) -> None:
    """Mark termination: the scavenger's goals for this cycle (Go's gcPaceScavenger), with
    the heap in use now (before the sweep frees anything) as Go's lastHeapInUse."""
    sc = bg
    heap.next_scav_gen()
    limit = mgcpacer.controller.memory_limit
    limit_goal = int(limit * (1 - REDUCE_EXTRA_PERCENT / 100))
    sc.memory_limit_goal = NO_GOAL
    if limit != mgcpacer.MAX_INT64 and mapped_ready_bytes(heap) > limit_goal:
        sc.memory_limit_goal = limit_goal
    if last_heap_goal == 0:  # before the second cycle
        sc.gc_percent_goal = NO_GOAL
        return
    # (with GOGC=off both goals are the memory limit's, about 0.97 x MaxInt64 without one, so
    # the ratio is about 1 and the goal 1.1 x the heap in use, as in Go)
    goal = int(heap.pages_in_use * PAGE_SIZE * (heap_goal / last_heap_goal))
    goal += goal // (100 // RETAIN_EXTRA_PERCENT)
    goal = -(-goal // 4096) * 4096  # a physical page
    retained = retained_bytes(heap)
    sc.gc_percent_goal = NO_GOAL if retained <= goal or retained - goal < 4096 else goal


def sweep_finished() -> None:
    """The sweep of a cycle is done: print the scavtrace line, wake the scavenger."""
    from gomem.runtime import godebug
    sc = bg
    if godebug.runtime_setting("scavtrace") > 0:
        _print_trace(sc.released_bg, sc.released_eager, False)
        sc.released_bg = sc.released_eager = 0
    sc.active = True


def after_span_alloc(heap: Any, grown_pages: int, recommitted_pages: int) -> None:
    """A span was allocated (mheap.alloc_span / alloc_manual) after the heap grew by
    grown_pages or re-committed released pages: release memory elsewhere as Go does then —
    the excess over the memory limit (forced), or down to the GOGC goal after a growth."""
    goal = bg.gc_percent_goal
    limit = mgcpacer.controller.memory_limit
    if goal == NO_GOAL and limit == mgcpacer.MAX_INT64:  # (nearly always: nothing to check)
        return
    todo = 0
    force = False
    if recommitted_pages and limit != mgcpacer.MAX_INT64:
        ready = mapped_ready_bytes(heap)
        if ready > limit:
            todo = ready - limit
            force = True
    if goal != NO_GOAL and grown_pages:
        growth = grown_pages * PAGE_SIZE
        retained = retained_bytes(heap)
        if retained + growth > goal:
            todo = max(todo, min(growth, retained + growth - goal))
    if todo > 0:
        bg.released_eager += heap.scavenge(todo, force)


def scavenge_all() -> int:
    """debug.FreeOSMemory's release of every free page (after its runtime.GC): bytes."""
    from gomem.runtime import godebug
    released = _heap().scavenge_all()
    if godebug.runtime_setting("scavtrace") > 0:
        _print_trace(0, released, True)
    return released


def _print_trace(released_bg: int, released_eager: int, forced: bool) -> None:
    from gomem.runtime import osio
    heap = _heap()
    retained = retained_bytes(heap)
    util = heap.pages_in_use * PAGE_SIZE * 100 // retained if retained else 0
    line = (f"scav {released_bg >> 10} KiB work (bg), {released_eager >> 10} KiB work (eager), "
            f"{heap.released_pages * PAGE_SIZE >> 10} KiB now, {util}% util")
    if forced:
        line += " (forced)"
    osio.stderr_write(line.encode() + b"\n")
