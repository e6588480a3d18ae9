"""The per-P allocation cache (Go 1.23's mcache; gomem runs one P, so there is one).

``alloc[spanclass]`` is the span small objects of that class come from. The allocation fast
path (``gomem.runtime.malloc.new_object``) does not touch the span itself: it takes the next
address from the class's ``Cursor``, an iterator over the addresses of the span's current run
of free slots (a C-level bump: one ``next`` call), which stands for Go's freeindex/allocCache
pair; the span's ``freeindex`` is brought up to date from the cursor (``_sync``) whenever
anything else looks at the span. When the run is
used up, ``next_slot`` finds the next run or ``refill`` gives the span back to its mcentral
and takes another; the slots used from it are added to the per-class malloc counters then,
as Go does. ``tiny``/``tiny_offset`` are the 16-byte tiny block.
"""

from __future__ import annotations

from gomem.runtime import gcclock, mprof, mstats
from gomem.runtime.mcentral import MCentral, _mgcsweep
from gomem.runtime.mheap import MHeap
from gomem.runtime.mspan import NUM_SPAN_CLASSES, SPAN_DEAD, MSpan
from gomem.types.sizeclasses import MALLOC_HEADER_SIZE, MIN_SIZE_FOR_MALLOC_HEADER, PAGE_SIZE

TINY_SIZE = 16
TINY_SPAN_CLASS = 2 << 1 | 1  # size class 2 (16 bytes), noscan
# alignment (as a mask) of a tiny object by its size: 8 for multiples of 8, else 4, 2, 1
_TINY_ALIGN = [7 if n % 8 == 0 else 3 if n % 4 == 0 else 1 if n % 2 == 0 else 0 for n in range(TINY_SIZE)]


def _empty_span() -> MSpan:
    """The placeholder every class starts with: full, so the first allocation refills."""
    s = MSpan(0, 0, 0, 0, 0, SPAN_DEAD)
    s.free_limit = 0
    return s


EMPTY_SPAN = _empty_span()


_EXHAUSTED = iter(())

# Hooks on the allocation slow paths (never on the fast path). ``before_span_hooks`` run, in
# order, before a span refill or a large allocation: malloc folds its young address
# registrations (malloc.register), the collector starts a cycle when the heap reached the
# pacer's trigger (mgc). ``new_span_hook(span)`` runs after a span was cached or a large
# object's span made (objects allocated while a cycle marks are black); None when not needed.
before_span_hooks: list = []
new_span_hook = None
_profile_left = mprof.left  # per span class: allocations before the heap profile's next sample


def scan_size(size: int, t) -> int:
    """Of an object of size bytes of type t (or an array of t when size is a multiple of its
    size), the bytes up to the end of its last pointer word: what the pacer counts as
    scannable heap (Go's scanAlloc: PtrBytes, (n-1) x size + PtrBytes for an array)."""
    return size - t.size + t.ptrdata


class Cursor:
    """Where the next objects of one span class go: ``it`` yields their addresses (past the
    malloc header, for scan objects over 512 bytes) up to the end of the span's free run;
    when it is exhausted, the allocation takes the slow path."""

    __slots__ = ("it", "hdr", "start", "stop")

    def __init__(self, hdr: int = 0):
        self.it = _EXHAUSTED
        self.hdr = hdr
        self.start = 0  # the slot index ``it`` started at (or was last synced at)
        self.stop = 0  # the slot index ``it`` ends at: the run's end, or the next sampled slot


class MCache:
    __slots__ = ("heap", "central", "alloc", "cursors", "tiny", "tiny_offset", "tiny_allocs")

    def __init__(self, heap: MHeap, central: list[MCentral]):
        self.heap = heap
        self.central = central
        self.alloc: list[MSpan] = [EMPTY_SPAN] * NUM_SPAN_CLASSES
        self.cursors = [Cursor(MALLOC_HEADER_SIZE if not spc & 1 and c.elemsize > MIN_SIZE_FOR_MALLOC_HEADER
                               else 0) for spc, c in enumerate(central)]
        self.tiny = 0          # address of the current tiny block (0: none)
        self.tiny_offset = 0
        self.tiny_allocs = 0   # sub-allocations placed in an existing block

    def _sync(self, spc: int) -> MSpan:
        """Bring the cached span's freeindex up to date with the cursor (and the class's
        heap-profile countdown with what the cursor handed out)."""
        s = self.alloc[spc]
        if s is not EMPTY_SPAN:
            cur = self.cursors[spc]
            i = cur.stop - cur.it.__length_hint__()
            # (behind freeindex: the used-up cursor's span moved on to its next run, or found
            # none, in next_slot; the cursor is stale until _load)
            if i >= s.freeindex:
                s.freeindex = i
                _profile_left[spc] -= i - cur.start
                cur.start = i
        return s

    def _load(self, spc: int, s: MSpan) -> None:
        """Point the cursor at s's current free run, up to the class's next heap-profile
        sample (mprof: that allocation takes the slow path, next_slot, which records it)."""
        cur = self.cursors[spc]
        first = s.base + cur.hdr
        stop = min(s.free_limit, s.freeindex + _profile_left[spc])
        cur.start = s.freeindex
        cur.stop = stop
        cur.it = iter(range(first + s.freeindex * s.elemsize, first + stop * s.elemsize, s.elemsize))

    def reload_cursors(self) -> None:
        """Cut every cached span's cursor at its class's (new) sampling countdown."""
        for spc, s in enumerate(self.alloc):
            if s is not EMPTY_SPAN:
                self._sync(spc)
                self._load(spc, s)

    def _release(self, s: MSpan) -> None:
        s.sync()
        counters = mstats.counters
        sc = s.spanclass >> 1
        counters.small_alloc_count[sc] += s.alloc_count - s.cached_count
        # the free bytes the span brought to heapLive when cached were an overestimate
        counters.heap_live -= (s.nelems - s.alloc_count) * s.elemsize
        self.central[s.spanclass].uncache_span(s)

    def refill(self, spc: int, scan: int = 0) -> MSpan:
        """The current span of class spc is full: swap it for one with free slots. scan: the
        scan size (bytes up to the last pointer) of the object being allocated, if known: the
        span's free slots count that much each in the pacer's scannable heap."""
        for hook in before_span_hooks:
            hook()
        old = self._sync(spc)
        if old is not EMPTY_SPAN:
            self._release(old)
        s = self.central[spc].cache_span()
        s.sync()
        s.cached_count = s.alloc_count
        if s.freeindex >= s.free_limit:
            s.next_free_run()
        free = s.nelems - s.alloc_count
        counters = mstats.counters
        counters.heap_live += free * s.elemsize
        if not spc & 1:  # (an object of unknown type: whole slots)
            counters.scan_alloc += free * (scan or s.elemsize)
        gcclock.clock.ns += gcclock.span_alloc_ns(free, s.elemsize)
        self.alloc[spc] = s
        if new_span_hook is not None:
            new_span_hook(s)
        return s

    def next_slot(self, spc: int, scan: int = 0) -> int:
        """The address of a free slot of span class spc (past its malloc header if it has
        one): the slow path of the allocation, and the path of objects sized at run time."""
        cur = self.cursors[spc]
        a = next(cur.it, None)
        if a is not None:
            return a
        s = self._sync(spc)
        # (a cursor cut short by a sample leaves freeindex inside the span's free run)
        if s is EMPTY_SPAN or (s.freeindex >= s.free_limit and not s.next_free_run()):
            s = self.refill(spc, scan)
        if not _profile_left[spc]:  # this allocation is the heap profile's sample
            i = s.freeindex
            s.freeindex = i + 1
            left = _profile_left[spc] = mprof.sample_small(s, i, spc)
            if left:
                self._load(spc, s)
            else:  # the next one is sampled too (rate 1): the cursor stays empty, at freeindex
                cur.start = cur.stop = i + 1
            return s.base + cur.hdr + i * s.elemsize
        self._load(spc, s)
        return next(cur.it)

    def alloc_tiny(self, size: int) -> int:
        """A noscan object of 1..15 bytes, packed into the current 16-byte block."""
        mask = _TINY_ALIGN[size]
        off = (self.tiny_offset + mask) & ~mask
        if off + size <= TINY_SIZE and self.tiny:
            self.tiny_offset = off + size
            self.tiny_allocs += 1
            return self.tiny + off
        block = self.next_slot(TINY_SPAN_CLASS)
        # the new block becomes current only if it keeps more room than the old one
        if not self.tiny or size < self.tiny_offset:
            self.tiny = block
            self.tiny_offset = size
        return block

    def alloc_large(self, size: int, noscan: bool, t=None) -> int:
        """An object over 32760 bytes: a span of its own, whole pages."""
        for hook in before_span_hooks:
            hook()
        npages = -(-size // PAGE_SIZE)
        if self.heap.sweep_pages_per_byte:  # the proportional sweep first (Go's deductSweepCredit)
            _mgcsweep().deduct_sweep_credit(npages * PAGE_SIZE, npages)
        spc = int(noscan)
        s = self.heap.alloc_span(npages, spc, npages * PAGE_SIZE, 1)
        s.freeindex = s.run_start = s.free_limit = 1
        s.alloc_count = s.cached_count = 1
        s.large_type = None if noscan else t
        s.sweepgen = self.heap.sweepgen
        self.central[spc].add_large(s)
        counters = mstats.counters
        counters.large_alloc += npages * PAGE_SIZE
        counters.large_alloc_count += 1
        counters.heap_live += npages * PAGE_SIZE
        if not noscan:
            counters.scan_alloc += scan_size(size, t) if t is not None else size
        gcclock.clock.ns += gcclock.large_alloc_ns(size)
        if new_span_hook is not None:
            new_span_hook(s)
        if mprof.rate > 0:
            mprof.sample_large(s)
        return s.base

    def release_all(self) -> None:
        """Give every cached span back and forget the tiny block (ReadMemStats and GC do)."""
        for spc, s in enumerate(self.alloc):
            if s is not EMPTY_SPAN:
                self._sync(spc)
                self._release(s)
                self.alloc[spc] = EMPTY_SPAN
                self.cursors[spc].it = _EXHAUSTED
        self.tiny = 0
        self.tiny_offset = 0
        mstats.counters.tiny_allocs += self.tiny_allocs
        self.tiny_allocs = 0

    def unflushed_counts(self) -> tuple[int, int, int]:
        """(objects, bytes, tiny sub-allocations) allocated from the cached spans and not yet
        added to the counters: what a flush would add."""
        objects = nbytes = 0
        for spc, s in enumerate(self.alloc):
            if s is not EMPTY_SPAN:
                self._sync(spc)
                n = s.alloc_count + s.freeindex - s.run_start - s.cached_count
                objects += n
                nbytes += n * s.elemsize
        return objects, nbytes, self.tiny_allocs
