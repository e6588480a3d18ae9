"""One mcentral per span class (136): the spans of that class that are not in the mcache.

As in Go 1.23, spans are kept in two pairs of sets, ``partial`` (free slots left) and
``full``, each split into swept and unswept for the current sweep generation; the roles of
the two halves swap each GC cycle (``swept index = sweepgen/2 % 2``), so the collector of the
next issue only has to advance ``mheap.sweepgen`` by 2 to make every span unswept.
"""

from __future__ import annotations

from gomem.runtime.mheap import MHeap
from gomem.runtime.mspan import MSpan, class_nelems
from gomem.types.sizeclasses import CLASS_SIZE, CLASS_SPAN_BYTES, PAGE_SIZE

_sweep_module = None


def _mgcsweep():
    """runtime.mgcsweep, imported on first use (it imports the allocator, which imports this)."""
    global _sweep_module
    if _sweep_module is None:
        from gomem.runtime import mgcsweep
        _sweep_module = mgcsweep
    return _sweep_module


class MCentral:
    __slots__ = ("spanclass", "heap", "partial", "full", "npages", "elemsize", "nelems")

    def __init__(self, spanclass: int, heap: MHeap):
        self.spanclass = spanclass
        self.heap = heap
        size_class, noscan = spanclass >> 1, bool(spanclass & 1)
        self.partial: tuple[list[MSpan], list[MSpan]] = ([], [])
        self.full: tuple[list[MSpan], list[MSpan]] = ([], [])
        if size_class:
            self.npages = CLASS_SPAN_BYTES[size_class] // PAGE_SIZE
            self.elemsize = CLASS_SIZE[size_class]
            self.nelems = class_nelems(size_class, noscan)
        else:  # large objects: one per span, sized per allocation
            self.npages = self.elemsize = self.nelems = 0

    def _swept(self) -> int:
        return (self.heap.sweepgen >> 1) & 1

    def cache_span(self) -> MSpan:
        """A span with a free slot for the mcache: a partial swept one, else an unswept one
        that sweeping frees a slot in, else a fresh span from the heap."""
        if self.heap.sweep_pages_per_byte:  # the proportional sweep first (Go's deductSweepCredit)
            _mgcsweep().deduct_sweep_credit(self.npages * PAGE_SIZE)
        sg = self.heap.sweepgen
        swept = self._swept()
        partial_swept = self.partial[swept]
        if partial_swept:
            s = partial_swept.pop()
        else:
            s = None
            for unswept_set in (self.partial[1 - swept], self.full[1 - swept]):
                while unswept_set and s is None:
                    cand = unswept_set.pop()
                    self.sweep_span(cand)
                    if cand.next_free_run():
                        s = cand
                    else:
                        self.full[swept].append(cand)
            if s is None:
                s = self.grow()
        s.sweepgen = sg + 3  # swept and cached
        return s

    def sweep_span(self, s: MSpan) -> int:
        """Sweep a span of this class for the allocator (mgcsweep.sweep_span, an empty span
        kept); returns objects freed."""
        return _mgcsweep().sweep_span(s, self.heap, preserve=True)[0]

    def uncache_span(self, s: MSpan) -> None:
        """A span leaves the mcache: back to the partial or full swept set."""
        s.sweepgen = self.heap.sweepgen
        swept = self._swept()
        if s.freeindex < s.free_limit or s.next_free_run():
            self.partial[swept].append(s)
        else:
            self.full[swept].append(s)

    def grow(self) -> MSpan:
        return self.heap.alloc_span(self.npages, self.spanclass, self.elemsize, self.nelems)

    def add_large(self, s: MSpan) -> None:
        """Large-object spans are kept on class 0's full set, where the sweeper finds them."""
        self.full[self._swept()].append(s)
