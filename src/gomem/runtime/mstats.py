"""runtime.MemStats: the heap's counters and how ReadMemStats derives every field from them.

The allocator keeps Go's counters: objects and bytes per size class (added when a span
leaves the mcache, as Go does), large objects, tiny sub-allocations, and (for the collector
of the next issue) frees per class. ``read_mem_stats`` flushes the mcache (Go's ReadMemStats
does: it also forgets the tiny block) and computes the fields with Go's invariants:
Alloc == HeapAlloc; HeapObjects == Mallocs - Frees; HeapSys == HeapIdle + HeapInuse;
HeapReleased <= HeapIdle; Sys == the sum of the seven *Sys fields.

The figures that do not come from the heap model are Go 1.23's own at the start of a program
(linux/amd64, one P, measured by a program that calls ReadMemStats first thing in main):
MCache*, BuckHashSys, OtherSys, the base of GCSys and MSpan*; the stacks come from
``gomem.runtime.stack`` when it provides them. The collector's fields come from the pacer
(NextGC: mgcpacer) and the cycles recorded so far (NumGC, PauseNs, LastGC, ...: gctrace).
"""

from __future__ import annotations

from gomem.types.sizeclasses import CLASS_SIZE, PAGE_SIZE

NUM_SIZE_CLASSES = len(CLASS_SIZE)
BY_SIZE_ENTRIES = 61  # MemStats.BySize reports classes 0..60 (up to 18432 bytes)

# Go 1.23's runtime at the start of main (GOMAXPROCS=1, linux/amd64, a program importing
# only runtime): the allocations the runtime made before main, per size class (BySize), and
# the tiny sub-allocations among them (counted in both Mallocs and Frees). The standard
# packages' own initialization (fmt, os, errors.New of their error values, ...) is counted
# by gomem's packages as they initialize, as in Go.
STARTUP_BY_CLASS = {1: 2, 2: 17, 3: 8, 4: 8, 5: 5, 6: 6, 7: 2, 8: 2, 9: 1, 10: 1, 14: 1, 15: 1, 22: 1,
                    24: 11, 29: 1, 31: 1, 33: 8, 37: 3, 52: 1}
STARTUP_TINY_IN_BLOCK = 4
# classes whose start-up objects sit in both a scan and a noscan span (Go's HeapInuse at start
# is 30 pages; class 33 needs two spans for its 8 objects); which ones is not observable
STARTUP_BOTH_KINDS = (2, 3, 4)
STARTUP_STACK_BYTES = 262144    # StackInuse == StackSys at start
STARTUP_IDLE_RETAINED = 0       # idle pages not yet returned to the OS at start
MSPAN_SIZE = 160                # bytes per mspan structure (MSpanInuse / span count)
MSPAN_CHUNK = 16320             # MSpanSys grows by this (102 mspans per 16 KiB chunk)
STARTUP_MSPAN_INUSE = 13280
MCACHE_INUSE = 1200             # one mcache (one P)
MCACHE_SYS = 15600
BUCK_HASH_SYS = 2360
STARTUP_GC_SYS = 1499008
GC_SYS_PER_HEAP_KIB = 1         # GC metadata grows about one byte per KiB of heap mapped
OTHER_SYS = 390824


class Counters:
    """Cumulative allocation and free counts (Go's consistent heap stats)."""

    def __init__(self) -> None:
        self.small_alloc_count = [0] * NUM_SIZE_CLASSES
        self.small_free_count = [0] * NUM_SIZE_CLASSES
        self.large_alloc = 0        # bytes (whole pages)
        self.large_alloc_count = 0
        self.large_free = 0
        self.large_free_count = 0
        self.tiny_allocs = 0        # sub-allocations that fit an existing tiny block
        self.heap_live = 0          # bytes in cached spans and allocated objects (for the pacer)
        # the pacer's scannable heap allocated since the last mark (Go's heapScan less its
        # lastHeapScan): the slots of the scan spans cached, each counted as the object whose
        # allocation needed the span (its bytes up to its last pointer: a span's objects are
        # not known when it is cached), and large scan objects
        self.scan_alloc = 0
        self.startup_spans = 0      # mspans the start-up heap uses (MSpanInuse's base)
        self.startup_mapped = 0


counters = Counters()


def _stack_figures() -> tuple[int, int]:
    """(StackInuse, StackSys) from the goroutine stack model when there is one."""
    try:
        from gomem.runtime import stack
        return stack.stack_inuse(), stack.stack_sys()
    except (ImportError, AttributeError):
        return STARTUP_STACK_BYTES, STARTUP_STACK_BYTES


def totals(unflushed: tuple[int, int, int] = (0, 0, 0)) -> tuple[int, int, int, int]:
    """(Mallocs, Frees, TotalAlloc, bytes freed), with what the mcache has not flushed yet."""
    c = counters
    objects, nbytes, tiny = unflushed
    tiny += c.tiny_allocs
    mallocs = sum(c.small_alloc_count) + c.large_alloc_count + tiny + objects
    frees = sum(c.small_free_count) + c.large_free_count + tiny
    total_alloc = sum(n * s for n, s in zip(c.small_alloc_count, CLASS_SIZE)) + c.large_alloc + nbytes
    freed = sum(n * s for n, s in zip(c.small_free_count, CLASS_SIZE)) + c.large_free
    return mallocs, frees, total_alloc, freed


def heap_sys(heap) -> int:
    """HeapSys: the heap's mapped memory less the pages lent to goroutine stacks."""
    return heap.sys_bytes - _lent(heap, _stack_figures()[0])


def _lent(heap, stack_inuse: int) -> int:
    """Heap pages lent out: to goroutine stacks (at least what they use) and to the
    collector's work buffers."""
    workbufs = heap.pages_workbuf * PAGE_SIZE
    return max(heap.pages_manual * PAGE_SIZE - workbufs, stack_inuse) + workbufs


def read_mem_stats(heap, mcache) -> dict:
    """Every MemStats field (name -> value; BySize as (size, mallocs, frees) triples)."""
    mcache.release_all()
    fields = memory_figures(heap)
    fields.update(gc_fields(fields))
    return fields


def gc_fields(memory: dict) -> dict:
    """The collector's MemStats fields: NextGC from the pacer (with the memory just
    measured, which a memory limit or GOGC=off makes part of the goal), the rest from the
    cycles recorded by gctrace."""
    from gomem.runtime import gctrace, mgcpacer
    fields = gctrace.stats.mem_stats_fields()
    fields["NextGC"] = mgcpacer.controller.heap_goal(mgcpacer.figures_from_mem_stats(memory))
    return fields


def memory_figures(heap, unflushed: tuple[int, int, int] = (0, 0, 0)) -> dict:
    """The MemStats fields of memory (all but the collector's), with what the mcache has
    not flushed yet."""
    c = counters
    mallocs, frees, total_alloc, freed = totals(unflushed)
    heap_alloc = total_alloc - freed
    stack_inuse, stack_sys = _stack_figures()
    lent = _lent(heap, stack_inuse)
    heap_inuse = heap.pages_in_use * PAGE_SIZE
    if heap.sys_bytes - lent < heap_inuse:  # stacks grew beyond the pages mapped: map more
        heap._grow(-(-(heap_inuse + lent - heap.sys_bytes) // PAGE_SIZE))
    heap_sys = heap.sys_bytes - lent
    heap_idle = heap_sys - heap_inuse
    heap_released = min(heap.released_pages * PAGE_SIZE, heap_idle)
    nspans = c.startup_spans and heap.spans_allocated - c.startup_spans
    mspan_inuse = STARTUP_MSPAN_INUSE + MSPAN_SIZE * nspans
    mspan_sys = max(MSPAN_CHUNK, -(-(mspan_inuse // MSPAN_SIZE) // (MSPAN_CHUNK // MSPAN_SIZE)) * MSPAN_CHUNK)
    gc_sys = (STARTUP_GC_SYS + max(0, heap.sys_bytes - c.startup_mapped) // 1024 * GC_SYS_PER_HEAP_KIB
              + heap.pages_workbuf * PAGE_SIZE)  # (the mark's work buffers: mgcwork)
    sys_total = heap_sys + stack_sys + mspan_sys + MCACHE_SYS + BUCK_HASH_SYS + gc_sys + OTHER_SYS
    by_size = [(CLASS_SIZE[i], c.small_alloc_count[i], c.small_free_count[i]) for i in range(BY_SIZE_ENTRIES)]
    return {
        "Alloc": heap_alloc, "TotalAlloc": total_alloc, "Sys": sys_total, "Lookups": 0,
        "Mallocs": mallocs, "Frees": frees, "HeapAlloc": heap_alloc, "HeapSys": heap_sys,
        "HeapIdle": heap_idle, "HeapInuse": heap_inuse, "HeapReleased": heap_released,
        "HeapObjects": mallocs - frees, "StackInuse": stack_inuse, "StackSys": stack_sys,
        "MSpanInuse": mspan_inuse, "MSpanSys": mspan_sys, "MCacheInuse": MCACHE_INUSE,
        "MCacheSys": MCACHE_SYS, "BuckHashSys": BUCK_HASH_SYS, "GCSys": gc_sys, "OtherSys": OTHER_SYS,
        "BySize": by_size,
    }
