"""The per-P allocation cache (Go 1.23's mcache; gomem runs one P, so there is one).

``alloc[spanclass]`` is the span small objects of that class come from; the allocation fast
path (``gomem.runtime.malloc``) bumps its ``freeindex``. When it is full, ``refill`` gives it
back to its mcentral and takes another, and the slots used from it are added to the per-class
malloc counters then, as Go does. ``tiny``/``tiny_offset`` are the 16-byte tiny block.
"""

from __future__ import annotations

from gomem.runtime import mstats
from gomem.runtime.mcentral import MCentral
from gomem.runtime.mheap import MHeap
from gomem.runtime.mspan import NUM_SPAN_CLASSES, SPAN_DEAD, MSpan
from gomem.types.sizeclasses import PAGE_SIZE

TINY_SIZE = 16
TINY_SPAN_CLASS = 2 << 1 | 1  # size class 2 (16 bytes), noscan


def _empty_span() -> MSpan:
    """The placeholder every class starts with: full, so the first allocation refills."""
    s = MSpan(0, 0, 0, 0, 0, SPAN_DEAD)
    s.free_limit = 0
    return s


EMPTY_SPAN = _empty_span()


class MCache:
    __slots__ = ("heap", "central", "alloc", "tiny", "tiny_offset", "tiny_allocs")

    def __init__(self, heap: MHeap, central: list[MCentral]):
        self.heap = heap
        self.central = central
        self.alloc: list[MSpan] = [EMPTY_SPAN] * NUM_SPAN_CLASSES
        self.tiny = 0          # address of the current tiny block (0: none)
        self.tiny_offset = 0
        self.tiny_allocs = 0   # sub-allocations placed in an existing block

    def _release(self, s: MSpan) -> None:
        s.sync()
        counters = mstats.counters
        sc = s.spanclass >> 1
        counters.small_alloc_count[sc] += s.alloc_count - s.cached_count
        # the free bytes the span brought to heapLive when cached were an overestimate
        counters.heap_live -= (s.nelems - s.alloc_count) * s.elemsize
        self.central[s.spanclass].uncache_span(s)

    def refill(self, spc: int) -> MSpan:
        """The current span of class spc is full: swap it for one with free slots."""
        old = self.alloc[spc]
        if old is not EMPTY_SPAN:
            self._release(old)
        s = self.central[spc].cache_span()
        s.sync()
        s.cached_count = s.alloc_count
        if s.freeindex >= s.free_limit:
            s.next_free_run()
        mstats.counters.heap_live += (s.nelems - s.alloc_count) * s.elemsize
        self.alloc[spc] = s
        return s

    def next_slot(self, spc: int) -> int:
        """The address of a free slot of span class spc (the slow path of the allocation)."""
        s = self.alloc[spc]
        if s.freeindex >= s.free_limit and (s is EMPTY_SPAN or not s.next_free_run()):
            s = self.refill(spc)
        i = s.freeindex
        s.freeindex = i + 1
        return s.base + i * s.elemsize

    def alloc_tiny(self, size: int) -> int:
        """A noscan object of 1..15 bytes, packed into the current 16-byte block."""
        off = self.tiny_offset
        if size & 7 == 0:
            off = (off + 7) & ~7
        elif size & 3 == 0:
            off = (off + 3) & ~3
        elif size & 1 == 0:
            off = (off + 1) & ~1
        if self.tiny and off + size <= TINY_SIZE:
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
        npages = -(-size // PAGE_SIZE)
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
        return s.base

    def release_all(self) -> None:
        """Give every cached span back and forget the tiny block (ReadMemStats and GC do)."""
        for spc, s in enumerate(self.alloc):
            if s is not EMPTY_SPAN:
                self._release(s)
                self.alloc[spc] = EMPTY_SPAN
        self.tiny = 0
        self.tiny_offset = 0
        mstats.counters.tiny_allocs += self.tiny_allocs
        self.tiny_allocs = 0

    def unflushed_counts(self) -> tuple[int, int, int]:
        """(objects, bytes, tiny sub-allocations) allocated from the cached spans and not yet
        added to the counters: what a flush would add."""
        objects = nbytes = 0
        for s in self.alloc:
            if s is not EMPTY_SPAN:
                n = s.alloc_count + s.freeindex - s.run_start - s.cached_count
                objects += n
                nbytes += n * s.elemsize
        return objects, nbytes, self.tiny_allocs
