"""The garbage collector's cycle, readable from one place (Go 1.23's mgc.go; docs/gc.md).

A non-moving, non-generational tri-color mark-and-sweep over gomem's heap model
(mheap/mspan), as Go's. One cycle goes through the phases of ``phase``:

    OFF ──(heap_live ≥ pacer trigger, or runtime.GC)──▶
    1. sweep termination (stop the world)  ``gc_start``: finish sweeping the previous cycle
       (mgcsweep.sweep_all), the pacer's start_cycle, clear the mark state;
    2. mark (write barrier on)             barrier.set_marking(True) with Go's hybrid barrier
       (mgcmark.write_barrier: shade old and new); roots (globals, every goroutine's frames,
       pending go calls, timers: Marker.scan_roots) grey; then ``mark_some(n)`` drains n grey
       objects at a time, resumable; objects allocated meanwhile are black;
    3. mark termination (stop the world)   ``gc_mark_termination``: drain what is left, blacken
       what was allocated during mark, barrier off, heap_live := bytes marked, optional
       gccheckmark verification, the pacer's end_mark, mheap.sweepgen += 2 (every span is
       unswept now), the cycle's record (gctrace, MemStats' GC fields);
    4. sweep (OFF again)                   spans are swept lazily by the allocation that needs
       them (mcentral.cache_span), the rest by the next cycle's sweep termination; runtime.GC
       sweeps all before returning (mgcsweep). An unmarked object with a finalizer survives
       its sweep and its finalizer is queued for the finalizer goroutine (mfinal).

``GC()`` is runtime.GC: it finishes a cycle in progress, runs a full blocking cycle (counted
as forced) and sweeps to completion. Automatic cycles start on the allocator's slow paths only
(span refill, large objects: ``mcache.before_span_hooks``), never per object; they are off unless
``GOMEM_GCAUTO=1`` (docs/gc.md says why and what they cost).

Verification: ``GODEBUG=gccheckmark=1`` re-marks from scratch after every mark with a bitmap
of its own and ends the program with a fatal error naming any reachable object the cycle left
unmarked; ``GOMEM_GCPOISON=1`` poisons the objects of freed slots (mgcsweep).
"""

from __future__ import annotations

import os
import time
from typing import Any, Callable

from gomem.runtime import barrier, gctrace, godebug, malloc, mgcgen, mgcmark, mgcpacer, mgcsweep, mstats
from gomem.runtime import mcache as mcache_mod
from gomem.runtime.mgcmark import Marker
from gomem.runtime.mspan import SPAN_IN_USE, MSpan
from gomem.runtime.panic import FatalError

# gcphase
OFF, MARK, MARK_TERMINATION = 0, 1, 2


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
        self.t_start = 0                # monotonic ns at sweep termination
        self.t_mark = 0                 # monotonic ns at the start of mark
        self.sweep_term_ns = 0
        self.last_mark_term_ns = 0
        self.black_from: dict[MSpan, int] = {}  # span -> freeindex when it started allocating black
        self.checkmark = godebug.value("gccheckmark") == "1"
        self.auto = os.environ.get("GOMEM_GCAUTO", "") not in ("", "0")
        self.running = False            # a cycle step is in progress (no reentry from the hooks)
        self.roots: Callable[[Marker], None] | None = None  # the root scan of this cycle (None: the program's)
        self.stack_bytes = 0
        self.globals_bytes = 0


work = Work()


# ---------------------------------------------------------------------------------------------
# The pacer (mgcpacer.py) and the cycle record (gctrace.py)

pacer = mgcpacer.controller


class LocalStats:
    marked_last = 0                 # objects marked by the last cycle (tests, benchmarks)


def _record_cycle(number: int, sweep_term_ns: int, mark_ns: int, mark_term_ns: int) -> None:
    # the mark runs on the program's one thread, blocking: its wall time is the workers' CPU
    rec = gctrace.CycleRecord(
        number=number, start_ns=gctrace.since_start_ns() - sweep_term_ns - mark_ns - mark_term_ns,
        sweep_term_ns=sweep_term_ns, mark_ns=mark_ns, mark_term_ns=mark_term_ns,
        background_cpu_ns=mark_ns,
        heap_before=work.heap_before, heap_after=work.heap_after, heap_live=work.heap_marked,
        goal=pacer.last_heap_goal, stacks=work.stack_bytes, globals=work.globals_bytes,
        procs=_procs(), forced=work.forced)
    gctrace.record_cycle(rec)


def _procs() -> int:
    """GOMAXPROCS as the program sees it (gctrace's "N P")."""
    from gomem.runtime import sched
    s = sched.current
    return s.gomaxprocs if s is not None else 1


# ---------------------------------------------------------------------------------------------
# The cycle


def gc_start(forced: bool, roots: Callable[[Marker], None] | None = None) -> None:
    """Sweep termination and the start of mark (Go's gcStart). roots replaces the root scan
    (tests: a mutator of their own)."""
    t0 = time.perf_counter_ns()
    heap, central = malloc.heap, malloc.central
    finish_sweep()
    work.cycles += 1
    work.forced = forced
    work.t_start = t0
    work.heap_before = mstats.counters.heap_live
    pacer.start_cycle(time.monotonic_ns(), work.heap_before, forced)
    m = work.marker = Marker()
    # objects allocated from now on are black: the spans the mcache holds allocate black from
    # their current position, the spans it takes later from where they stand then
    mc = malloc.mcache
    work.black_from = {}
    for spc, s in enumerate(mc.alloc):
        if s.state == SPAN_IN_USE:
            mc._sync(spc)
            work.black_from[s] = s.freeindex
    if mc.tiny:  # the current tiny block is black (Go's gcMarkTinyAllocs)
        m.mark_address(mc.tiny)
    mcache_mod.new_span_hook = _allocated_during_mark
    work.phase = MARK
    barrier.set_barrier(write_barrier)
    barrier.set_marking(True)
    t1 = time.perf_counter_ns()
    work.sweep_term_ns = t1 - t0
    work.t_mark = t1
    del heap, central
    work.roots = roots
    if roots is None:
        m.scan_roots()
    else:
        roots(m)


def mark_some(n: int) -> bool:
    """Do up to n units of marking (grey objects scanned); True while grey work remains. The
    unit a background worker or an assist takes when the scheduler interleaves marking with
    goroutines."""
    m = work.marker
    return m is not None and m.drain(n)


def gc_mark_termination() -> None:
    """Mark termination (STW) then the start of sweep (Go's gcMarkDone + gcMarkTermination)."""
    t0 = time.perf_counter_ns()
    m = work.marker
    assert m is not None
    m.drain()
    work.phase = MARK_TERMINATION
    _blacken_allocated_during_mark(m)
    m.drain()  # (nothing new: black objects are not scanned)
    barrier.set_marking(False)
    mcache_mod.new_span_hook = None
    heap = malloc.heap
    if work.checkmark:
        check_marks(m)
    work.heap_after = mstats.counters.heap_live  # (with what was allocated during mark)
    work.heap_marked = heap_marked = _marked_bytes(heap)
    if mgcsweep.POISON:
        mgcsweep.collect_poison_candidates(heap)
    malloc.mcache.release_all()  # every P's mcache is flushed before the sweep (prepareForSweep)
    mstats.counters.heap_live = heap_marked
    heap.sweepgen += 2  # every span is unswept now
    t1 = time.perf_counter_ns()
    pacer.end_mark(time.monotonic_ns(), heap_marked, *_stack_and_globals_bytes())
    work.phase = OFF
    work.marker = None
    work.black_from = {}
    work.last_mark_term_ns = t1 - t0
    _record_cycle(work.cycles, work.sweep_term_ns, t0 - work.t_mark, t1 - t0)


def _stack_and_globals_bytes() -> tuple[int, int]:
    """(stack bytes, global variable bytes) for the pacer's goal and gctrace: the stacks in
    use, and the size of the package variables of every program that hold pointers."""
    from gomem.runtime import stack
    try:
        stacks = stack.stack_inuse()
    except (AttributeError, RuntimeError):
        stacks = 0
    globals_bytes = 0
    for ns in barrier._namespaces:
        for _py, _go, t in ns.get("__globals__", ()):
            globals_bytes += t.size
    work.stack_bytes, work.globals_bytes = stacks, globals_bytes
    return stacks, globals_bytes


def finish_sweep() -> int:
    """Sweep every span the allocation has not swept yet (Go's finishsweep_m); objects freed."""
    heap = malloc.heap
    freed = mgcsweep.sweep_all(heap, malloc.central)
    mgcsweep.forget_freed(heap)
    return freed


def GC() -> None:
    """runtime.GC: a full blocking cycle, then sweep to completion (Go's runtime.GC)."""
    if mgcgen.active:  # GOMEM_GCPOLICY=generational: a major cycle of that policy
        return mgcgen.GC()
    if work.running:
        return
    work.running = True
    try:
        if work.phase != OFF:  # a cycle is marking: finish it first
            gc_mark_termination()
        gc_start(forced=True)
        mark_some(-1)
        gc_mark_termination()
        finish_sweep()
    finally:
        work.running = False
    # Go's caller waits for the mark while other goroutines run and yields while it sweeps:
    # the finalizer goroutine, woken by what the sweep queued, runs before runtime.GC returns,
    # and a goroutine looping on runtime.GC does not starve the others
    from gomem.runtime import sched
    s = sched.current
    if s is not None and s.cur is not None and s.running:
        s.gosched()


def _trigger_hook() -> None:
    """Before a span refill or a large allocation: start a cycle at the pacer's trigger."""
    if work.running or work.phase != OFF:
        return
    if mstats.counters.heap_live >= pacer.trigger():
        work.running = True
        try:
            gc_start(forced=False)
            mark_some(-1)
            gc_mark_termination()
        finally:
            work.running = False


def program_starts() -> None:
    """A program's main is about to run: pin the start-up heap (mgcmark.pin_startup_heap) and
    arm the automatic trigger when enabled."""
    mgcmark.pin_startup_heap()
    hooks = mcache_mod.before_span_hooks
    if _trigger_hook in hooks:
        hooks.remove(_trigger_hook)
    if mgcgen.program_starts():  # GOMEM_GCPOLICY=generational: that policy's triggers instead
        return
    if work.auto:
        hooks.append(_trigger_hook)


# ---------------------------------------------------------------------------------------------
# Allocate black; the write barrier


def _allocated_during_mark(s: MSpan) -> None:
    """mcache hook: s was just cached (or is a new large object's span) while marking."""
    if s.spanclass < 2:
        s.mark(0)
        return
    if s not in work.black_from:
        s.sync()
        work.black_from[s] = s.freeindex


def _blacken_allocated_during_mark(m: Marker) -> None:
    """Mark the slots allocated since mark start: every slot of a span the mcache allocated
    from during mark between where it stood then and where it stands now (no sweep runs during
    mark, so a span's freeindex only moves forward), not allocated before."""
    mc = malloc.mcache
    for spc, s in enumerate(mc.alloc):
        if s.state == SPAN_IN_USE:
            mc._sync(spc)
    for s, start in work.black_from.items():
        if s.state != SPAN_IN_USE:
            continue
        bits = s.alloc_bits
        for i in range(start, min(s.freeindex, s.nelems)):
            if bits is None or not bits[i >> 3] >> (i & 7) & 1:
                s.mark(i)


def write_barrier(old: Any, new: Any) -> None:
    """Go's hybrid barrier: shade the overwritten pointer (deletion) and the new one
    (insertion); installed through barrier.set_barrier, called only while marking."""
    m = work.marker
    if m is not None and work.phase == MARK:
        mgcmark.scan_dynamic(m, old)
        mgcmark.scan_dynamic(m, new)


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
        raise FatalError("found pointer to unmarked object",
                         f"runtime: checkmarks found unexpected unmarked object obj={addr:#x} "
                         f"({what}, span {s!r}, {len(missed)} unmarked)\n")


def stats() -> dict[str, int]:
    """Figures for tests and benchmarks."""
    return {"cycles": work.cycles, "num_gc": gctrace.stats.num_gc, "num_forced_gc": gctrace.stats.num_forced_gc,
            "objects_freed": mgcsweep.stats.objects_freed, "spans_freed": mgcsweep.stats.spans_freed}
