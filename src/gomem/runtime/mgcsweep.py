"""Sweeping: free the slots the last mark left white, span by span (Go's mgcsweep.go).

Mark termination advances ``mheap.sweepgen`` by 2, which makes every span unswept at once
(mcentral keys its swept/unswept sets by it). Then spans are swept:

- lazily, by allocation: ``mcentral.cache_span`` sweeps an unswept span of the class it needs
  before taking a new one from the heap (``sweep_span(s, preserve=True)``: an empty span is
  kept for the allocation, as Go's cacheSpan does);
- in proportion to allocation (Go's proportional sweep): at mark termination
  (``mark_terminated``) the sweeper is paced so that every span is swept by the time the heap
  reaches the next trigger, ``pages_per_byte`` = unswept pages / (trigger − heapLive − 1 MiB);
  each span refill and large allocation first sweeps that many pages per byte the heap grew
  since (``deduct_sweep_credit``, from mcentral.cache_span and mcache.alloc_large);
- in the background (``bgsweep``, the goroutine Go's gcenable starts, id 3): when no goroutine
  of the program can run, it sweeps ten spans at a time until all are swept, and parks as soon
  as the program has something to run, so it never takes time from the program;
- all at once by ``sweep_all``: runtime.GC sweeps to completion before it returns, and the
  next cycle's sweep termination finishes whatever the three others did not sweep (nothing,
  normally: the proportional sweep finishes before the trigger).

Sweeping one span (``sweep_span``): ``MSpan.sweep`` makes the mark bits the allocation bits;
the objects freed (allocated before, unmarked now) are added to the per-class free counters
(MemStats Frees, HeapAlloc, HeapObjects, BySize), a large object's span is freed when its one
object is unmarked, and a small span left empty goes back to the page heap (HeapInuse →
HeapIdle). After a full sweep, ``forget_freed`` drops the collector's dependent-object entries
whose slot was freed (malloc's address table prunes itself by reference counts).

Poison mode (``GOMEM_GCPOISON=1``, docs/gc.md): objects whose slots are freed are made unusable,
so that a use of an object the collector wrongly freed fails loudly instead of silently
sharing an address with a newer object.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from gomem.runtime import malloc, mgcwork, mprof, mstats
from gomem.runtime.mheap import ARENA_BASE
from gomem.runtime.mspan import SPAN_IN_USE, MSpan
from gomem.runtime.panic import FatalError
from gomem.types.sizeclasses import PAGE_SIZE

POISON = os.environ.get("GOMEM_GCPOISON", "") not in ("", "0")


class SweepStats:
    spans_swept = 0
    spans_freed = 0
    objects_freed = 0
    pages_swept_credit = 0      # pages the proportional sweep swept (deduct_sweep_credit)
    pages_swept_bg = 0          # pages the background sweeper swept
    spans_left_at_termination = 0  # spans finish_sweep found unswept, over all cycles


stats = SweepStats()
survivor_hook: Any = None  # (span) -> None, before its mark bits become its allocation bits


class Sweeper:
    """The state of the current sweep (Go's sweep and mheap's sweep-pacing fields). ``gen``
    is the mheap.sweepgen the fields belong to; a new generation (mark termination advanced
    sweepgen) starts unswept."""

    def __init__(self) -> None:
        self.gen = 0                # heap.sweepgen these fields are for
        self.done = True            # every span of this generation is swept
        self.pages_swept = 0        # pages swept in this generation
        self.heap_live_basis = 0    # heapLive when the ratio (heap.sweep_pages_per_byte) was set
        self.pages_swept_basis = 0  # pages_swept then
        self.next_class = 0         # the span class sweep_some looks at first

    def new_generation(self, heap: Any) -> None:
        self.gen = heap.sweepgen
        self.done = False
        self.pages_swept = 0
        self.next_class = 0
        heap.sweep_pages_per_byte = 0.0


sweeper = Sweeper()


def _current(heap: Any) -> Sweeper:
    sw = sweeper
    if sw.gen != heap.sweepgen:
        sw.new_generation(heap)
    return sw


def sweep_done() -> bool:
    """Whether every span is swept in the current sweep generation (Go's isSweepDone)."""
    sw = sweeper
    return sw.gen == malloc.heap.sweepgen and sw.done


def mark_terminated() -> None:
    """Mark termination made every span unswept: pace the proportional sweep so that the
    sweep ends before heapLive reaches the next trigger (Go's gcPaceSweeper), and the
    scavenger (gcPaceScavenger), both from the pacer's new goal and trigger."""
    from gomem.runtime import mgcpacer, mgcscavenge
    mprof.next_cycle()  # a new heap profile cycle (Go's mProf_NextCycle and mProf_Flush)
    heap = malloc.heap
    sw = _current(heap)
    pacer = mgcpacer.controller
    trigger, goal = pacer.trigger_and_goal()
    live = mstats.counters.heap_live
    distance = max(trigger - live - SWEEP_MARGIN, PAGE_SIZE)
    unswept = heap.pages_in_use - sw.pages_swept
    if unswept > 0:
        heap.sweep_pages_per_byte = unswept / distance
        sw.heap_live_basis = live
        sw.pages_swept_basis = sw.pages_swept
    mgcscavenge.pace(heap, goal, pacer.last_heap_goal)


# Go leaves 1 MiB between the end of the proportional sweep and the trigger
SWEEP_MARGIN = 1 << 20


def deduct_sweep_credit(span_bytes: int, caller_pages: int = 0) -> None:
    """Before the allocator takes a span of span_bytes: sweep as many pages as the heap's
    growth since mark termination (and this span) owes (Go's deductSweepCredit). caller_pages
    are pages the caller will sweep itself. Cheap when there is nothing to owe."""
    sw = sweeper
    heap = malloc.heap
    if heap.sweep_pages_per_byte == 0.0 or sw.gen != heap.sweepgen:
        return
    grown = span_bytes
    live = mstats.counters.heap_live
    if live > sw.heap_live_basis:
        grown += live - sw.heap_live_basis
    target = int(heap.sweep_pages_per_byte * grown) - caller_pages
    owed = target - (sw.pages_swept - sw.pages_swept_basis)
    if owed > 0:
        swept = sweep_some(owed)
        stats.pages_swept_credit += swept
        if swept < owed:
            heap.sweep_pages_per_byte = 0.0  # all swept


def sweep_some(n_pages: int) -> int:
    """Sweep unswept spans worth up to n_pages pages (at least one span when any is left),
    in span class order as Go's sweepone takes them; returns the pages swept. When none is
    left, the sweep generation is done (and the scavenger has new work)."""
    heap = malloc.heap
    sw = _current(heap)
    if sw.done:
        return 0
    central = malloc.central
    swept_pages = 0
    k = sw.next_class
    n = len(central)
    while k < n:
        c = central[k]
        swept = c._swept()
        for unswept in (c.partial[1 - swept], c.full[1 - swept]):
            while unswept:
                if swept_pages >= n_pages > 0:
                    sw.next_class = k
                    return swept_pages
                s = unswept.pop()
                swept_pages += s.npages
                _sweep_into(c, s, heap, swept)
        k += 1
    sw.next_class = k
    _sweep_finished(sw, heap)
    return swept_pages


def _sweep_into(c: Any, s: MSpan, heap: Any, swept: int) -> int:
    """Sweep s, an unswept span of mcentral c, and file it with the swept ones (or free it);
    returns the objects freed."""
    freed, gone = sweep_span(s, heap)
    if not gone:
        if s.spanclass >= 2 and s.next_free_run():
            c.partial[swept].append(s)
        else:
            c.full[swept].append(s)
    return freed


def _sweep_finished(sw: Sweeper, heap: Any) -> None:
    if not sw.done:
        sw.done = True
        heap.sweep_pages_per_byte = 0.0
        from gomem.runtime import mgcscavenge
        mgcscavenge.sweep_finished()


class BackgroundSweeper:
    """The background sweeper goroutine (Go's bgsweep; sched.start_runtime_goroutines makes
    it, parked in "GC sweep wait"). The scheduler runs it only when nothing of the program
    can run (Scheduler._background_work): it sweeps SWEEP_BATCH spans at a time and parks as
    soon as the program has something to run or everything is swept."""

    BATCH = 10  # spans between two looks at the scheduler (Go's sweepBatchSize)

    def __init__(self) -> None:
        self.g: Any = None
        self.sched: Any = None
        self.parked = True

    def start(self, sched: Any) -> None:
        self.sched = sched
        self.parked = True
        self.g = sched.system_goroutine(self._run, "runtime.bgsweep", parked="GC sweep wait")

    def has_work(self) -> bool:
        return not sweep_done() or bool(mgcwork.spans)

    def _run(self) -> None:
        s = self.sched
        while True:
            while not sweep_done():
                for _ in range(self.BATCH):
                    pages = sweep_some(1)
                    stats.pages_swept_bg += pages
                    if not pages:
                        break
                if s.busy():
                    break
            # the sweep is done: the mark's work buffers go back to the heap (freeSomeWbufs)
            while sweep_done() and mgcwork.free_some() and not s.busy():
                pass
            self.parked = True
            s.park("GC sweep wait")


bg = BackgroundSweeper()


def sweep_span(s: MSpan, heap: Any, preserve: bool = False) -> tuple[int, bool]:
    """Sweep s; returns (objects freed, whether the span went back to the heap). With
    preserve, an empty small span is kept (the allocator is about to use it)."""
    from gomem.runtime import mfinal  # (mfinal imports the allocator, which imports this)
    counters = mstats.counters
    stats.spans_swept += 1
    sw = sweeper
    if sw.gen == heap.sweepgen:
        sw.pages_swept += s.npages
    if mfinal.specials:  # unmarked objects with a finalizer survive, their finalizers are queued
        table = mfinal.specials.get(s)
        if table:
            mfinal.sweep_specials(s, table)
    if mprof.specials:  # sampled objects left unmarked are freed in the heap profile
        table = mprof.specials.get(s)
        if table:
            mprof.sweep_specials(s, table)
    if survivor_hook is not None:  # the generational policy ages the survivors (mgcgen)
        survivor_hook(s)
    if s.spanclass < 2:  # a large object: one slot
        marks = s.gcmark_bits
        s.sweepgen = heap.sweepgen
        if marks is not None and marks[0] & 1:
            s.gcmark_bits = None
            return 0, False
        if POISON:
            _poison_span(s, (0,))
        counters.large_free += s.npages * PAGE_SIZE
        counters.large_free_count += 1
        heap.free_span(s)
        stats.spans_freed += 1
        stats.objects_freed += 1
        return 1, True
    before = _allocated_slots(s) if POISON and _candidates else None
    freed = s.sweep()
    s.sweepgen = heap.sweepgen
    if freed:
        counters.small_free_count[s.spanclass >> 1] += freed
        stats.objects_freed += freed
        if before is not None:
            bits = s.alloc_bits
            _poison_span(s, [i for i in before if not (bits is not None and bits[i >> 3] >> (i & 7) & 1)])
    if s.alloc_count == 0 and not preserve:
        heap.free_span(s)
        stats.spans_freed += 1
        return freed, True
    return freed, False


def sweep_all(heap: Any, central: list, after_finalizers: Any = None) -> int:
    """Sweep every span not swept yet in this cycle; returns the objects freed.
    after_finalizers() is called after a span whose sweep queued finalizers (runtime.GC lets
    the finalizer goroutine run them there)."""
    from gomem.runtime import mfinal
    total = 0
    sw = _current(heap)
    if sw.done:
        return 0
    queued = mfinal.finq.queued_total
    for c in central[sw.next_class:]:
        swept = c._swept()
        for unswept in (c.partial[1 - swept], c.full[1 - swept]):
            while unswept:
                s = unswept.pop()
                stats.spans_left_at_termination += 1
                total += _sweep_into(c, s, heap, swept)
                if after_finalizers is not None and mfinal.finq.queued_total != queued:
                    queued = mfinal.finq.queued_total
                    sweepgen = heap.sweepgen
                    after_finalizers()
                    if heap.sweepgen != sweepgen:  # a finalizer ran a cycle: it swept this one
                        _candidates.clear()
                        return total
    sw.next_class = len(central)
    _sweep_finished(sw, heap)
    _candidates.clear()
    return total


def forget_freed(heap: Any) -> None:
    """Drop what refers to freed slots: the dependent-object entries of freed maps and
    channels. (malloc's address table lets go of the objects only it still holds by itself,
    when it is pruned: see malloc.register.)"""
    from gomem.runtime import malloc, mgcmark
    span_of = heap.span_of
    mc = malloc.mcache
    for spc in range(len(mc.alloc)):  # (slots the fast path handed out count as allocated)
        s = mc._sync(spc)
        s.sync()

    def freed(addr: int) -> bool:
        if addr < ARENA_BASE:
            return False  # zerobase and the like
        s = span_of(addr)
        if s is None:
            return True
        if s.state != SPAN_IN_USE:
            return False  # stack addresses
        return not s.is_allocated((addr - s.base) // s.elemsize)

    deps = mgcmark.dependents
    for a in [a for a in deps if freed(a)]:
        del deps[a]


def _allocated_slots(s: MSpan) -> list[int]:
    s.sync()
    return [i for i in range(s.nelems) if s.is_allocated(i)]


# ---------------------------------------------------------------------------------------------
# Poison mode

# span -> [(slot, object)] for the Python objects of slots left unmarked by the last mark
_candidates: dict[MSpan, list[tuple[int, Any]]] = {}


def collect_poison_candidates(heap: Any) -> None:
    """Mark termination in poison mode: find every live Python object whose heap slot is
    unmarked (the slot → object map of this mode), to poison it when its slot is swept."""
    import gc

    from gomem.runtime import malloc
    _candidates.clear()
    address_of = malloc.address_of_heap
    poisoned = set(_poison_classes.values())
    poisoned.add(_Poisoned)
    for obj in gc.get_objects():
        if type(obj) in poisoned:
            continue
        try:
            a = address_of(obj)
        except Exception:  # noqa: BLE001 - foreign objects with odd attribute machinery
            continue
        if not a or type(a) is not int:
            continue
        s = heap.span_of(a)
        if s is None or s.state != SPAN_IN_USE:
            continue
        i = (a - s.base) // s.elemsize
        marks = s.gcmark_bits
        if marks is None or not marks[i >> 3] >> (i & 7) & 1:
            _candidates.setdefault(s, []).append((i, obj))


def _poison_span(s: MSpan, slots: Any) -> None:
    entries = _candidates.pop(s, None)
    if not entries:
        return
    freed = set(slots)
    for i, obj in entries:
        if i in freed:
            poison(obj)


class PoisonError(FatalError):
    pass


def _use_of_freed(obj: Any) -> None:
    if os.environ.get("GOMEM_GCPOISON_WHERE"):  # (debugging the collector: which frames used it)
        f = sys._getframe(1)
        while f is not None:
            if f.f_code.co_filename.startswith("<gomem"):
                sys.stderr.write(f"poisoned use in {f.f_code.co_name} line {f.f_lineno}\n")
            f = f.f_back
    raise FatalError("gomem: use of an object the garbage collector freed (GOMEM_GCPOISON): "
                     f"{object.__getattribute__(obj, '__class__').__poisoned__}")


class _Poisoned:
    """What the elements of a freed array become: any use of one fails, naming the array."""

    __slots__ = ("what",)

    def __init__(self, what: str) -> None:
        self.what = what

    def __getattr__(self, name: str) -> Any:
        _use_of_freed_value(self)

    def __repr__(self) -> str:
        return "<freed>"

    def __bool__(self) -> bool:
        _use_of_freed_value(self)
        return False

    def __eq__(self, other: Any) -> bool:
        _use_of_freed_value(self)
        return False

    __hash__ = None  # type: ignore[assignment]

    def _fail(self, *a: Any) -> Any:
        _use_of_freed_value(self)

    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __lt__ = __gt__ = __le__ = __ge__ = _fail
    __int__ = __index__ = __float__ = __len__ = __iter__ = _fail


def _use_of_freed_value(p: _Poisoned) -> None:
    raise FatalError("gomem: use of an element of an array the garbage collector freed (GOMEM_GCPOISON): "
                     + object.__getattribute__(p, "what"))


_poison_classes: dict[type, type] = {}


def _poison_class(cls: type) -> type:
    pc = _poison_classes.get(cls)
    if pc is None:
        def fail(self: Any, *a: Any, **k: Any) -> Any:
            _use_of_freed(self)

        ns: dict[str, Any] = {"__slots__": (), "__getattribute__": fail, "__setattr__": fail,
                              "__poisoned__": str(getattr(cls, "_gotype", cls.__name__))}
        if issubclass(cls, dict):
            for name in ("__getitem__", "__setitem__", "__delitem__", "__len__", "__iter__",
                         "__contains__", "get", "items", "keys", "values", "pop", "setdefault"):
                ns[name] = fail
        pc = type(f"freed_{cls.__name__}", (cls,), ns)
        _poison_classes[cls] = pc
    return pc


def poison(obj: Any) -> None:
    """Make obj unusable: struct objects, boxes, maps and channels change class to one whose
    every attribute access is a fatal error; arrays are filled with a poisoned value."""
    tv = type(obj)
    if tv is list:
        from gomem.runtime import malloc
        what = f"[{len(obj)}] at {malloc.address_of_heap(obj):#x}"
        if obj:
            what += f" of {type(obj[0]).__qualname__}"
        obj[:] = [_Poisoned(what)] * len(obj)
        return
    if tv is bytearray or tv is bytes or tv in _poison_classes.values():
        return
    try:
        obj.__class__ = _poison_class(tv)
    except TypeError:  # a layout that cannot change class (functions, builtins): left alone
        pass
