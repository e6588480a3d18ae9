"""The garbage collector's cycle, readable from one place (Go 1.23's mgc.go; docs/gc.md).

A non-moving, non-generational, concurrent tri-color mark-and-sweep over gomem's heap model
(mheap/mspan), as Go's. One cycle goes through the phases of ``work.phase``:

    OFF ──(heap_live ≥ pacer trigger on an allocation slow path, or runtime.GC)──▶
    1. sweep termination (stop the world)  ``gc_start``: the rest of the previous sweep is done
       before stopping (``finish_sweep``), then: the pacer's start_cycle (the worker plan and
       the assist ratio), a fresh Marker with its root jobs, allocate-black from here, the
       write barrier on (Go's hybrid barrier: ``write_barrier`` shades the overwritten
       pointer, and the stored one only while the stack is grey, which is never here: every
       stack is scanned by the cycle's first slice; ``shade_deleted`` for what the runtime's
       own code removes from heap objects). Nothing here grows with the heap.
    2. concurrent mark                     the program runs; marking is done by
       ``gc_bg_mark_worker`` (runtime goroutines, ``start_mark_workers``: slices of
       ``mark_some`` run by the scheduler at its points and on the allocator's slow paths
       whenever marking's share of the time since mark start is below the pacer's 25%, and as
       the idle worker when nothing is runnable) and by ``gc_assist_alloc`` (a goroutine that
       allocated during the mark pays its debt in scan work, after stealing the workers'
       credit). The root jobs come first: every goroutine's stack in the cycle's first worker
       slice, before any goroutine runs again, then the globals and the permanent objects.
       ``gc_mark_done`` sees when no work remains.
    3. mark termination (stop the world)   ``gc_mark_termination``: blacken what was allocated
       during the mark (bitmap operations on the spans cached during the mark), barrier off,
       heap_marked = the bytes the marker counted, the mcache flushed, mheap.sweepgen += 2
       (every span is unswept now), the pacer's end_mark, the cycle's record (gctrace, MemStats'
       GC fields). gccheckmark's re-mark runs here but outside the measured pause, as in Go.
    4. sweep (OFF again)                   spans are swept lazily by the allocation that needs
       them (mcentral.cache_span) and by the sweeper (mgcsweep); runtime.GC sweeps all before
       returning. An unmarked object with a finalizer survives its sweep and its finalizer is
       queued for the finalizer goroutine (mfinal).

``GC()`` is runtime.GC: it finishes a cycle in progress, runs a full cycle whose mark the
caller waits for (counted as forced) and sweeps to completion. Automatic cycles start on the
allocator's slow paths only (span refill, large objects: ``mcache.before_span_hooks``), never
per object; they are on unless ``GOMEM_GCAUTO=0``.

Verification: ``GODEBUG=gccheckmark=1`` re-marks from scratch after every mark with a bitmap
of its own and ends the program with a fatal error naming any reachable object the cycle left
unmarked; ``GOMEM_GCPOISON=1`` poisons the objects of freed slots (mgcsweep).
"""

from __future__ import annotations

import os
import time
from typing import Any, Callable

from greenlet import getcurrent

from gomem.runtime import (
    barrier,
    gcclock,
    gctrace,
    godebug,
    goglobals,
    malloc,
    mgcgen,
    mgcmark,
    mgcpacer,
    mgcsweep,
    mgcwork,
    mstats,
)
from gomem.runtime import mcache as mcache_mod
from gomem.runtime import sudog as sudog_cache
from gomem.runtime.mgcmark import Marker
from gomem.runtime.mspan import SPAN_IN_USE, MSpan
from gomem.runtime.panic import FatalError
from gomem.runtime.values import GoStruct

# gcphase
OFF, MARK, MARK_TERMINATION = 0, 1, 2

_now = time.perf_counter_ns

# A worker slice drains this many units between two looks at the clock.
SLICE_UNITS = 32
# Go's sysmon preempts a goroutine that has run this long without a scheduling point: the
# fractional worker's chance to run in a program that never blocks (GC clock ns)
SYSMON_PREEMPT_NS = 10_000_000
# A fractional worker stops when its share of the mark time passes 1.2 x its goal (Go's
# pollFractionalWorkerExit), and an idle worker slice lasts at most this long.
FRACTIONAL_OVERSHOOT = 1.2
IDLE_SLICE_NS = 2_000_000
# An assist does at least this much scan work (bytes: Go's gcOverAssistWork), so that a
# goroutine allocating during the mark does not stop for every span.
OVER_ASSIST_WORK = 64 << 10


def _env_int(name: str) -> int:
    try:
        return max(0, int(os.environ.get(name, "") or 0))
    except ValueError:
        return 0


class Work:
    """The collector's state (Go's work and gcphase)."""

    def __init__(self) -> None:
        self.phase = OFF
        self.cycles = 0                 # cycles started (Go's work.cycles)
        self.marker: Marker | None = None
        self.forced = False
        self.heap_before = 0
        self.heap_after = 0
        self.heap_marked = 0
        self.t_start = 0                # perf_counter ns at sweep termination
        self.t_mark = 0                 # perf_counter ns at the start of mark
        self.sweep_term_ns = 0
        self.last_mark_term_ns = 0
        self.black_from: dict[MSpan, int] = {}  # span -> freeindex when it started allocating black
        self.cached: list[MSpan | None] = []  # the span the mcache holds per class (since mark start)
        self.checkmark = godebug.value("gccheckmark") == "1"
        # GODEBUG=gcstoptheworld=1 (as Go's): the whole mark of an automatic cycle is done
        # with the world stopped, at the trigger
        self.stoptheworld = godebug.value("gcstoptheworld") not in (None, "0")
        self.auto = os.environ.get("GOMEM_GCAUTO", "1").strip() != "0"  # (GOMEM_GCAUTO=0: off)
        self.swept_clean = True         # forget_freed ran since the last sweep freed anything
        # GOMEM_GCSTRESS=N (verification): also a cycle at every Nth span refill or large
        # allocation, whatever the pacer says, so that small programs get many cycles
        self.stress = _env_int("GOMEM_GCSTRESS")
        self.stress_count = 0
        self.running = False            # a cycle step is in progress (no reentry from the hooks)
        self.roots: Callable[[Marker], None] | None = None  # the root scan of this cycle (None: the program's)
        self.stack_bytes = 0
        self.globals_bytes = 0
        # the concurrent mark: CPU (wall time of the one thread) of this cycle's background
        # worker slices, assists and idle worker (gctrace prints them); the same on the GC
        # clock (gcclock: what the pacer measures), with the fractional worker's part and the
        # clock when the other Ps' workers were last brought up to date and when the running
        # goroutine last passed a scheduling point; the workers' scan credit not yet taken by
        # assists (Go's bgScanCredit, bytes of scan work); each goroutine's assist debt
        # (bytes allocated during the mark not yet paid for; negative: credit)
        self.bg_ns = 0
        self.assist_ns = 0
        self.idle_ns = 0
        self.clk_mark_start = 0
        self.clk_bg = 0
        self.clk_fractional = 0
        self.clk_assist = 0
        self.clk_idle = 0
        self.clk_others = 0
        self.clk_scheduled = 0
        self.bg_credit = 0.0
        self.debt: dict[Any, float] = {}
        self.workers: list[Any] = []    # the mark worker goroutines (created at the first cycle)
        self.worker_caller: tuple[Any, Any] | None = None  # (greenlet, G) a worker slice returns to
        self.worker_kind = "bg"
        self.idle_deadline = 0
        self.cold = True                # the program's first mark work is still to come


work = Work()


# ---------------------------------------------------------------------------------------------
# The pacer (mgcpacer.py) and the cycle record (gctrace.py)

pacer = mgcpacer.controller


class LocalStats:
    marked_last = 0                 # objects marked by the last cycle (tests, benchmarks)
    longest_pause_ns = 0            # the longest stop-the-world phase so far (benchmarks)


def _record_cycle(number: int, sweep_term_ns: int, mark_ns: int, mark_term_ns: int) -> None:
    rec = gctrace.CycleRecord(
        number=number, start_ns=gctrace.since_start_ns() - sweep_term_ns - mark_ns - mark_term_ns,
        sweep_term_ns=sweep_term_ns, mark_ns=mark_ns, mark_term_ns=mark_term_ns,
        assist_cpu_ns=work.assist_ns, background_cpu_ns=work.bg_ns, idle_cpu_ns=work.idle_ns,
        heap_before=work.heap_before, heap_after=work.heap_after, heap_live=work.heap_marked,
        goal=pacer.last_heap_goal, stacks=work.stack_bytes, globals=work.globals_bytes,
        procs=_procs(), forced=work.forced)
    gctrace.record_cycle(rec)


def _procs() -> int:
    """GOMAXPROCS as the program sees it (gctrace's "N P")."""
    from gomem.runtime import sched
    s = sched.current
    return s.gomaxprocs if s is not None else 1


def _scheduler() -> Any:
    """The running scheduler, or None (collector tests driving cycles by hand)."""
    from gomem.runtime import sched
    s = sched.current
    return s if s is not None and s.running and s.hub is not None else None


# ---------------------------------------------------------------------------------------------
# The cycle


def gc_start(forced: bool, roots: Callable[[Marker], None] | None = None) -> None:
    """Sweep termination and the start of mark (Go's gcStart). roots replaces the root scan
    (tests: a mutator of their own)."""
    finish_sweep()  # (what the sweepers left: done before the world stops, as Go's gcStart)
    t0 = _now()
    finish_sweep()  # (Go's finishsweep_m: nothing left by now)
    sudog_cache.clear_central_cache()  # (Go's clearpools)
    work.cycles += 1
    work.forced = forced
    work.t_start = t0
    work.heap_before = mstats.counters.heap_live
    clk = gcclock.clock.ns
    pacer.start_cycle(clk, work.heap_before, forced,
                      heap_scan=pacer.last_heap_scan + mstats.counters.scan_alloc)
    m = work.marker = Marker()
    # objects allocated from now on are black: the spans the mcache holds allocate black from
    # their current position, the spans it takes later from where they stand then
    mc = malloc.mcache
    work.black_from = m.black_from  # (the marker sees the spans allocating black)
    work.cached = [None] * len(mc.alloc)
    for spc, s in enumerate(mc.alloc):
        if s.state == SPAN_IN_USE:
            mc._sync(spc)
            work.black_from[s] = s.freeindex
            work.cached[spc] = s
    if mc.tiny:  # the current tiny block is black (Go's gcMarkTinyAllocs)
        m.mark_address(mc.tiny)
    mcache_mod.new_span_hook = _allocated_during_mark
    work.bg_ns = work.assist_ns = work.idle_ns = 0
    work.clk_bg = work.clk_fractional = work.clk_assist = work.clk_idle = 0
    work.clk_mark_start = work.clk_others = work.clk_scheduled = clk
    work.bg_credit = 0.0
    work.debt = {}
    work.roots = roots
    if roots is None:
        m.queue_root_jobs(globals_bytes=goglobals.current_globals_bytes())
    else:
        m.jobs = [roots]
    work.phase = MARK
    barrier.set_barrier(write_barrier, shade_deleted)
    barrier.set_marking(True)
    t1 = _now()
    work.sweep_term_ns = t1 - t0
    work.t_mark = t1
    pacer.mark_started(clk)


def mark_some(n: int) -> bool:
    """Do up to n units of mark work (root jobs, grey objects scanned); True while work
    remains. The unit the background worker and the assists take."""
    m = work.marker
    return m is not None and m.drain(n)


def start_mark_workers() -> None:
    """Create the background mark workers (Go's gcBgMarkStartWorkers): GOMAXPROCS runtime
    goroutines, made at the first cycle, each running ``bg_mark_worker``. They take goroutine
    ids as Go's do; they wait parked ("GC worker (idle)") until the scheduler hands them a
    slice. (Go readies each and waits for it to park; here the run queues are left as they
    were, so that the program's scheduling order does not depend on when the first cycle
    starts.)"""
    s = _scheduler()
    if s is None or work.workers:
        return
    for _ in range(max(1, s.gomaxprocs)):
        old_next, n_runq = s.runnext, len(s.runq)
        w = s.system_goroutine(bg_mark_worker)
        if s.runnext is w:  # (system_goroutine readied it: undo, it is started below)
            s.runnext = old_next
            if len(s.runq) > n_runq:
                s.runq.pop()
        work.workers.append(w)
        here = getcurrent()
        cur = s.cur
        work.worker_caller = (here, cur)
        s.cur = w
        if here is s.hub:
            w.switch()
        else:
            s.hub.switch(w)  # (the hub starts new greenlets: see Scheduler._hub_loop)
        s.cur = cur


def bg_mark_worker() -> None:
    """A background mark worker goroutine's body (Go's gcBgMarkWorker): park; when the
    scheduler switches to it, run one slice (``gc_bg_mark_worker``), then switch back to
    whoever it interrupted."""
    from gomem.runtime import sched
    s = sched.current
    me = s.cur
    while True:
        caller = work.worker_caller
        work.worker_caller = None
        me.reason = "GC worker (idle)"
        if caller is not None:
            s.cur = caller[1]
            caller[0].switch()
        else:  # (nobody to return to: let the scheduler run something)
            s.hub.switch(None)
        me.reason = "running"
        gc_bg_mark_worker(work.worker_kind)


def _run_worker(kind: str) -> None:
    """Switch to a mark worker for one slice of kind "bg" (the fractional worker's 25%),
    "idle" (nothing else is runnable) or "first" (the stack job at mark start); back here
    when it is done."""
    s = _scheduler()
    if s is None or not work.workers:
        gc_bg_mark_worker(kind)
        return
    w = work.workers[0]
    cur = s.cur
    work.worker_caller = (getcurrent(), cur)
    work.worker_kind = kind
    s.cur = w
    w.switch()
    s.cur = cur


def gc_bg_mark_worker(kind: str = "bg") -> None:
    """One slice of a mark worker. "bg" (the fractional worker): drain in units of
    SLICE_UNITS until its share of the GC clock since mark start passes FRACTIONAL_OVERSHOOT x
    its goal; "idle": until IDLE_SLICE_NS of wall time pass or the idle deadline; "first":
    the stack job only. Its work advances the GC clock (the worker has the processor) and
    becomes credit for assists. When no work remains, mark termination runs from here
    (gc_mark_done)."""
    m = work.marker
    if m is None or work.phase != MARK:
        return
    work.running = True
    clock = gcclock.clock
    try:
        t0 = _now()
        scan0 = m.scan_work()
        goal = pacer.fractional_utilization_goal * FRACTIONAL_OVERSHOOT
        deadline = min(work.idle_deadline, t0 + IDLE_SLICE_NS) if kind == "idle" else 0
        while True:
            # (the cycle's first slice takes the stack job only, then lets the program run)
            first = kind == "first"
            more, cost = _costed(m, m.drain, 1 if first else SLICE_UNITS, cold=not first)
            clock.ns += cost
            if kind == "idle":
                work.clk_idle += cost
            else:
                work.clk_bg += cost
                work.clk_fractional += cost
            if not more or kind == "first":
                break
            if kind == "idle":
                if _now() >= deadline:
                    break
            elif work.clk_fractional > goal * (clock.ns - work.clk_mark_start):
                break
        dt = _now() - t0
        if kind == "idle":
            work.idle_ns += dt
        else:
            work.bg_ns += dt
        work.bg_credit += m.scan_work() - scan0
        _revise(m)
    finally:
        work.running = False
    if not more:
        gc_mark_done()


def _work_done(m: Marker) -> tuple[int, int, int]:
    """(objects marked and not queued, heap scan work, root scan work) so far."""
    return m.counts[2] - len(m.queue), m.heap_scan_done(), max(m.stack_scan, 0) + m.globals_scan


def _costed(m: Marker, drain: Callable[[int], bool], n: int, cold: bool = True) -> tuple[bool, int]:
    """drain(n) (a Marker's drain or drain_work): whether work remains, and the GC clock
    time of the mark work it did (with the program's first mark's cold cost, unless cold is
    False)."""
    before = _work_done(m)
    more = drain(n)
    objects, heap_scan, root_scan = _work_done(m)
    cost = gcclock.mark_ns(objects - before[0], heap_scan - before[1], root_scan - before[2])
    if work.cold and cold:
        work.cold = False
        cost += gcclock.FIRST_MARK_NS
    return more, cost


def _revise(m: Marker) -> None:
    """The assist ratio from the work done so far (Go's revise, after mark work and as
    heapLive moves)."""
    pacer.revise(mstats.counters.heap_live, m.scan_work())


def _other_procs_mark() -> None:
    """The dedicated workers and the idle workers of the Ps the program leaves idle mark in
    parallel with it (GOMAXPROCS > 1): their share of the GC clock since they were last
    brought up to date, as mark work done now (credit for assists)."""
    m = work.marker
    clock = gcclock.clock
    elapsed = clock.ns - work.clk_others
    work.clk_others = clock.ns
    if m is None or elapsed <= 0:
        return
    procs = max(pacer.procs, 1)
    dedicated = pacer.dedicated_mark_workers
    idle = max(0, procs - dedicated - _busy_procs(procs))
    if not dedicated and not idle:
        return
    budget = elapsed * (dedicated + idle)
    work.running = True
    try:
        scan0 = m.scan_work()
        spent = 0
        more = True
        while spent < budget and more:
            more, cost = _costed(m, m.drain, SLICE_UNITS)
            spent += cost
        on_dedicated = spent * dedicated // (dedicated + idle)
        work.clk_bg += on_dedicated
        work.clk_idle += spent - on_dedicated
        work.bg_credit += m.scan_work() - scan0
        _revise(m)
    finally:
        work.running = False
    if not more:
        gc_mark_done()


def _busy_procs(procs: int) -> int:
    """The Ps the program's goroutines keep busy: the running one and the runnable ones (the
    runtime's own goroutines run briefly and park: not counted), at most procs."""
    s = _scheduler()
    busy = 1
    if s is None:
        return busy
    system = s.system_names
    for q in ((s.runnext,), s.runq, s.globq):
        for g in q:
            if g is not None and g.goid not in system:
                busy += 1
                if busy >= procs:
                    return busy
    return busy


def gc_assist_alloc(g: Any, debt: float) -> None:
    """A goroutine that allocated debt bytes during the mark pays for them in scan work (Go's
    gcAssistAlloc): debt x assist_work_per_byte, at least OVER_ASSIST_WORK; the workers'
    credit first, the rest scanned here (a whole root job or object at a time, so it may do
    more). What it did beyond its debt is its credit. Its time is the assist time of the
    cycle on the GC clock."""
    m = work.marker
    if m is None or work.phase != MARK:
        return
    if not pacer.assist_allowed(gcclock.clock.ns):  # (the GC CPU limiter is on)
        return
    per_byte = pacer.assist_work_per_byte
    per_work = pacer.assist_bytes_per_work
    need = debt * per_byte
    debt_bytes = debt
    if need < OVER_ASSIST_WORK:
        need = OVER_ASSIST_WORK
        debt_bytes = per_work * need
    credit = work.bg_credit
    if credit > 0:
        if credit >= need:
            work.bg_credit -= need
            work.debt[g] = debt - debt_bytes
            return
        work.bg_credit = 0.0
        need -= credit
        debt -= per_work * credit
    work.running = True
    try:
        t0 = _now()
        scan0 = m.scan_work()
        more, cost = _costed(m, m.drain_work, int(need) + 1)
        gcclock.clock.ns += cost
        work.clk_assist += cost
        work.assist_ns += _now() - t0
        work.debt[g] = debt - per_work * (m.scan_work() - scan0)
        _revise(m)
    finally:
        work.running = False
    if not more:
        gc_mark_done()


def gc_mark_done() -> None:
    """No mark work remains (Go's gcMarkDone): to mark termination. The stack and globals
    figures of the cycle are taken here, before the world stops."""
    m = work.marker
    if m is None or work.phase != MARK or m.has_work() or work.running:
        return
    _stack_and_globals_bytes()
    work.running = True
    try:
        gc_mark_termination()
    finally:
        work.running = False


def gc_mark_termination() -> None:
    """Mark termination (STW) then the start of sweep (Go's gcMarkTermination). Its pause
    does not grow with the heap: the marked bytes were counted as marking went, and only the
    spans the mcache took during the mark are blackened. gccheckmark's re-mark and the poison
    mode's survey are not part of the pause (as Go's checkmark is not)."""
    t0 = _now()
    m = work.marker
    assert m is not None
    m.drain()  # (a cycle runtime.GC finishes, or what a barrier shaded since gc_mark_done)
    work.phase = MARK_TERMINATION
    _blacken_allocated_during_mark(m)
    barrier.set_marking(False)
    mcache_mod.new_span_hook = None
    _uninstall_sched_hooks()
    heap = malloc.heap
    work.heap_after = mstats.counters.heap_live  # (with what was allocated during mark)
    work.heap_marked = heap_marked = m.counts[0]
    LocalStats.marked_last = m.counts[2]
    verify_ns = 0
    if work.checkmark or mgcsweep.POISON:
        tv = _now()
        if work.checkmark:
            check_marks(m)
            if heap_marked != _marked_bytes(heap):
                raise FatalError("gomem: the marker's count of marked bytes is wrong",
                                 f"runtime: counted {heap_marked} bytes marked, the spans hold "
                                 f"{_marked_bytes(heap)}\n")
        if mgcsweep.POISON:
            mgcsweep.collect_poison_candidates(heap)
        verify_ns = _now() - tv
    malloc.mcache.release_all()  # every P's mcache is flushed before the sweep (prepareForSweep)
    mgcwork.reserve(max(m.peak_queue, len(m.queue)), _procs())  # (the work buffers it needed)
    heap.sweepgen += 2  # every span is unswept now
    work.swept_clean = False
    if not work.stack_bytes and not work.globals_bytes:
        _stack_and_globals_bytes()
    mstats.counters.scan_alloc = 0  # (what the mark found is the scannable heap now)
    gcclock.clock.ns += gcclock.MARK_PHASE_NS  # (the mark's own overhead, inside its duration)
    pacer.end_mark(gcclock.clock.ns, heap_marked, work.stack_bytes, work.globals_bytes,
                   heap_live=work.heap_after, heap_scan_work=m.counts[1] + m.runtime_scan,
                   assist_ns=work.clk_assist, idle_ns=work.clk_idle)
    mgcsweep.mark_terminated()  # pace the proportional sweep and the scavenger
    work.phase = OFF
    work.marker = None
    work.black_from = {}
    work.debt = {}
    t1 = _now()
    pause = t1 - t0 - verify_ns
    work.last_mark_term_ns = pause
    LocalStats.longest_pause_ns = max(LocalStats.longest_pause_ns, pause, work.sweep_term_ns)
    pacer.end_cycle(gcclock.clock.ns)
    _record_cycle(work.cycles, work.sweep_term_ns, t0 - work.t_mark, pause)
    work.stack_bytes = work.globals_bytes = 0


def _stack_and_globals_bytes() -> tuple[int, int]:
    """(stack bytes, global variable bytes) for the pacer's goal and gctrace: the stack bytes
    this cycle's stack scan covered (the stacks in use when there was none), and Go's data and
    BSS segments for the running program (runtime/goglobals.py)."""
    from gomem.runtime import stack
    m = work.marker
    if m is not None and m.stack_scan >= 0:
        stacks = m.stack_scan  # (what the cycle's stack scan covered, as Go's lastStackScan)
    else:
        try:
            stacks = stack.stack_inuse()
        except (AttributeError, RuntimeError):
            stacks = 0
    globals_bytes = goglobals.current_globals_bytes()
    work.stack_bytes, work.globals_bytes = stacks, globals_bytes
    return stacks, globals_bytes


def finish_sweep() -> int:
    """Sweep every span not swept yet (Go's finishsweep_m); objects freed. Near-free when
    everything is swept already (the second call of sweep termination)."""
    heap = malloc.heap
    freed = mgcsweep.sweep_all(heap, malloc.central)
    if freed or not work.swept_clean:
        mgcsweep.forget_freed(heap)
        work.swept_clean = True
    return freed


def GC() -> None:
    """runtime.GC: a full cycle whose mark the caller waits for, then sweep to completion
    (Go's runtime.GC)."""
    if mgcgen.active:  # GOMEM_GCPOLICY=generational: a major cycle of that policy
        return mgcgen.GC()
    if work.running:
        return
    start_mark_workers()  # (Go's gcStart makes them for any cycle, a forced one too)
    work.running = True
    try:
        if work.phase != OFF:  # a cycle is marking: finish it first
            gc_mark_termination()
        gc_start(forced=True)
        _mark_at_once()
        finish_sweep()
    finally:
        work.running = False
    # Go's caller waits for the mark while other goroutines run and yields while it sweeps:
    # the finalizer goroutine, woken by what the sweep queued, runs before runtime.GC returns,
    # and a goroutine looping on runtime.GC does not starve the others
    s = _scheduler()
    if s is not None and s.cur is not None and getcurrent() is not s.hub:
        s.gosched()


def _mark_at_once() -> None:
    """The whole mark of the cycle gc_start began, then mark termination (runtime.GC's caller
    waits for it; gcstoptheworld, GOMEM_GCSTRESS): its time is the workers' (they have the
    processor while the program waits)."""
    t0 = _now()
    m = work.marker
    if m is not None:
        _, cost = _costed(m, m.drain, -1)
        gcclock.clock.ns += cost
        work.clk_bg += cost
    work.bg_ns += _now() - t0
    _stack_and_globals_bytes()
    gc_mark_termination()


def _start_background_cycle(blocking: bool = False) -> None:
    """heap_live reached the trigger: start a cycle whose mark runs beside the program. Its
    first worker slice runs at once and scans every goroutine's stack before any goroutine
    runs again (so the stacks are one snapshot). Without a running scheduler (the collector's
    own tests), with GODEBUG=gcstoptheworld=1, or blocking (GOMEM_GCSTRESS: the whole cycle
    inside the allocation, the hardest test of the roots), the mark is done at once."""
    work.running = True
    try:
        gc_start(forced=False)
    finally:
        work.running = False
    s = _scheduler()
    if s is not None:
        start_mark_workers()  # (as Go's gcStart, for any cycle)
    if s is None or blocking or work.stoptheworld:
        work.running = True
        try:
            _mark_at_once()
        finally:
            work.running = False
        return
    _install_sched_hooks(s)
    _run_worker("first")


def _alloc_slow_hook() -> None:
    """Before a span refill or a large allocation (never on the fast path): start a cycle at
    the pacer's trigger; during a mark, make the allocating goroutine pay its assist debt and
    give the background worker its share of the time."""
    if work.running:
        return
    if work.phase == OFF:
        stressed = False
        if work.stress:  # (GOMEM_GCSTRESS=N: every Nth slow path starts a cycle too)
            work.stress_count += 1
            stressed = work.stress_count % work.stress == 0
        if stressed:
            _start_background_cycle(blocking=True)
        elif mstats.counters.heap_live >= pacer.trigger():
            _start_background_cycle()
        return
    if work.phase != MARK:
        return
    from gomem.runtime import sched
    g = sched.current.cur if sched.current is not None else None
    _revise(work.marker)  # (heapLive moved: Go's update)
    _other_procs_mark()
    debt = work.debt.get(g)
    if debt is not None and debt > 0 and work.phase == MARK:
        gc_assist_alloc(g, debt)


def _charge(nbytes: int, objects: int) -> None:
    """nbytes in objects allocated during the mark by the running goroutine: its assist
    debt, and the objects' extra cost on the GC clock (gcclock.MARK_ALLOC_NS_PER_OBJECT)."""
    from gomem.runtime import sched
    g = sched.current.cur if sched.current is not None else None
    debt = work.debt
    debt[g] = debt.get(g, 0.0) + nbytes
    gcclock.clock.ns += objects * gcclock.MARK_ALLOC_NS_PER_OBJECT


# ---------------------------------------------------------------------------------------------
# The scheduler's points: the worker's 25% and the idle worker


def _sched_point(switching: bool = True) -> None:
    """At a scheduling point during the mark (switching: the goroutine parks or yields;
    else its tick budget ran out and it goes on, a scheduling point only if Go's sysmon would
    have preempted it by now): bring the other Ps' workers up to date and run a fractional
    worker slice when its share of the GC clock since mark start is below its goal (Go's
    findRunnableGCWorker)."""
    if work.running or work.phase != MARK:
        return
    now = gcclock.clock.ns
    if not switching and now - work.clk_scheduled < SYSMON_PREEMPT_NS:
        return
    work.clk_scheduled = now
    _other_procs_mark()
    goal = pacer.fractional_utilization_goal
    if goal > 0 and work.phase == MARK and work.clk_fractional < goal * (now - work.clk_mark_start):
        _run_worker("bg")


def _idle_point(deadline_ns: int | None) -> bool:
    """Nothing is runnable: run the idle worker until the mark is done or deadline_ns
    (monotonic ns; None: no timer will wake anything). True if it ran."""
    if work.running or work.phase != MARK:
        return False
    now = _now()
    if deadline_ns is None:
        work.idle_deadline = now + IDLE_SLICE_NS
    else:
        work.idle_deadline = now + max(0, deadline_ns - time.monotonic_ns())
    if work.idle_deadline <= now:
        return False
    _run_worker("idle")
    return True


def _install_sched_hooks(s: Any) -> None:
    s.gc_point = _sched_point
    s.gc_idle = _idle_point


def _uninstall_sched_hooks() -> None:
    s = _scheduler()
    if s is not None:
        s.gc_point = None
        s.gc_idle = None


def program_starts() -> None:
    """A program's main is about to run: pin the start-up heap (mgcmark.pin_startup_heap) and
    arm the automatic trigger when enabled."""
    if work.phase != OFF:  # a program run earlier in this process ended during a mark
        barrier.set_marking(False)
        mcache_mod.new_span_hook = None
        work.phase = OFF
        work.marker = None
        work.black_from = {}
        work.debt = {}
        work.running = False
    mgcmark.pin_startup_heap()
    work.workers = []
    work.cold = True
    # the segments are known from the start, as Go's pacer knows them from its module data
    pacer.globals_scan = goglobals.current_globals_bytes()
    pacer.commit(True)
    hooks = mcache_mod.before_span_hooks
    if _alloc_slow_hook in hooks:
        hooks.remove(_alloc_slow_hook)
    if mgcgen.program_starts():  # GOMEM_GCPOLICY=generational: that policy's triggers instead
        return
    if work.auto or work.stress:
        hooks.append(_alloc_slow_hook)


# ---------------------------------------------------------------------------------------------
# Allocate black; the write barrier


def _allocated_during_mark(s: MSpan) -> None:
    """mcache hook: s was just cached (or is a new large object's span) while marking; the
    bytes it brings are the allocating goroutine's assist debt."""
    if s.spanclass < 2:
        m = work.marker
        if m is not None:
            m.mark_bits(s, 1)
        else:
            s.mark(0)
        _charge(s.npages << 13, 1)
        return
    # the span this one replaces in the mcache is full now: blacken what was allocated from
    # it during the mark at once, so that mark termination only has the cached spans left
    cached = work.cached
    old = cached[s.spanclass]
    if old is not None and old is not s and old in work.black_from and work.marker is not None:
        _blacken_span(work.marker, old)
    cached[s.spanclass] = s
    if s not in work.black_from:
        s.sync()
        work.black_from[s] = s.freeindex
    free = s.nelems - s.alloc_count
    _charge(free * s.elemsize, free)


def _blacken_allocated_during_mark(m: Marker) -> None:
    """Mark the slots allocated since mark start, span by span with bitmap operations: every
    slot of a span the mcache allocated from during the mark between where it stood then and
    where it stands now (no sweep runs during the mark, so a span's freeindex only moves
    forward) and not allocated before. The work is per span cached during the mark, not per
    object."""
    mc = malloc.mcache
    for spc, s in enumerate(mc.alloc):
        if s.state == SPAN_IN_USE:
            mc._sync(spc)
    for s in list(work.black_from):
        _blacken_span(m, s)


def _blacken_span(m: Marker, s: MSpan) -> None:
    """Mark s's slots allocated since it started allocating black (its freeindex then, in
    work.black_from); done as it leaves the mcache during the mark and at mark termination
    for the spans still cached. Bitmap operations, not a loop over slots."""
    start = work.black_from.pop(s)
    if s.state != SPAN_IN_USE:
        return
    s.sync()
    end = min(s.freeindex, s.nelems)
    if end > start:
        fresh = ((1 << end) - 1) ^ ((1 << start) - 1)
        bits = s.alloc_bits
        if bits is not None:
            fresh &= ~int.from_bytes(bits, "little")
        if fresh:
            m.mark_bits(s, fresh)
    if s in malloc.mcache.alloc:  # (still cached: the rest of it at termination)
        work.black_from[s] = end


def _shade_old(m: Marker, old: Any) -> None:
    """The deletion half of the barrier: shade the value leaving a heap location. A struct
    (or array) value overwritten in place (`*p = T{...}`, `s.inner = v`) also has the
    pointers it holds shaded now, before they are gone; for a pointer to a struct this scans
    its target early, which only keeps more. An object allocated during this mark is black
    in Go: it is left alone (and what it points to was shaded when it was stored)."""
    tv = type(old)
    if tv in mgcmark._IGNORED or m.allocated_black(old):
        return
    mgcmark.scan_dynamic(m, old)
    if isinstance(old, GoStruct):
        t = getattr(tv, "_gotype", None)
        scan = mgcmark.value_scanner(t) if t is not None else mgcmark.scan_dynamic_object
        if scan is not None:
            scan(m, old)
    elif tv is list:
        for x in old:
            if type(x) not in mgcmark._IGNORED:
                mgcmark.scan_dynamic(m, x)


def write_barrier(old: Any, new: Any) -> None:
    """Go's hybrid barrier, installed through barrier.set_barrier, called only while marking:
    shade the overwritten pointer (deletion) and, while the storing goroutine's stack is
    grey, the new one (insertion). Every stack is black here from the cycle's first slice on
    (all of them are scanned together, before any goroutine runs again, and new goroutines
    start black), so the insertion half never applies: what was reachable when the stacks
    were scanned is marked through the path it had then, or shaded when that path is cut."""
    m = work.marker
    if m is not None and old is not None and work.phase == MARK:
        _shade_old(m, old)


def shade_deleted(*values: Any) -> None:
    """The deletion barrier for pointers the runtime's own code removes from heap objects (a
    channel receive, copy, append into spare capacity, delete and clear)."""
    m = work.marker
    if m is not None and work.phase == MARK:
        for v in values:
            if v is not None:
                _shade_old(m, v)


# ---------------------------------------------------------------------------------------------
# Figures and verification


def _marked_bytes(heap: Any) -> int:
    """Bytes of the marked slots of every in-use span (Go's heapMarked)."""
    total = objects = 0
    seen: set[int] = set()
    for table in heap.span_table.values():
        for s in table:
            if s is None or s.state != SPAN_IN_USE or id(s) in seen:
                continue
            seen.add(id(s))
            bits = s.gcmark_bits
            if bits is not None:
                n = int.from_bytes(bits, "little").bit_count()
                objects += n
                total += n * s.elemsize
    LocalStats.marked_last = objects
    return total


def check_marks(m: Marker) -> None:
    """gccheckmark: re-mark everything from the roots with a bitmap of its own; a reachable
    object whose slot the cycle left unmarked is a fatal error naming it."""
    checkmarks: dict[MSpan, bytearray] = {}
    missed: list[tuple[Any, MSpan, int]] = []

    def check_slot(s: MSpan, i: int) -> bool:
        bits = checkmarks.get(s)
        if bits is None:
            bits = checkmarks[s] = bytearray((s.nelems + 7) // 8)
        byte, bit = i >> 3, 1 << (i & 7)
        if bits[byte] & bit:
            return False
        bits[byte] |= bit
        marks = s.gcmark_bits
        if marks is None or not marks[byte] & bit:
            missed.append((None, s, i))
        return True

    cm = Marker(check_slot)

    def note(obj: Any, s: MSpan, i: int) -> None:
        if missed and missed[-1][1] is s and missed[-1][2] == i and missed[-1][0] is None:
            missed[-1] = (obj, s, i)
    cm.on_mark = note
    if work.roots is None:
        cm.scan_roots()
    else:
        work.roots(cm)
    cm.drain()
    if missed:
        obj, s, i = missed[0]
        addr = s.base + i * s.elemsize
        what = type(obj).__qualname__ if obj is not None else "object"
        if callable(obj) and hasattr(obj, "__qualname__"):  # (a closure: which function)
            what += " " + obj.__qualname__
        raise FatalError("found pointer to unmarked object",
                         f"runtime: checkmarks found unexpected unmarked object obj={addr:#x} "
                         f"({what}, span {s!r}, {len(missed)} unmarked)\n")


def stats() -> dict[str, int]:
    """Figures for tests and benchmarks."""
    return {"cycles": work.cycles, "num_gc": gctrace.stats.num_gc, "num_forced_gc": gctrace.stats.num_forced_gc,
            "objects_freed": mgcsweep.stats.objects_freed, "spans_freed": mgcsweep.stats.spans_freed}
