"""Spans: runs of 8 KiB pages holding objects of one span class (Go 1.23's mspan).

A span is the unit the heap hands out: one size class's slots (small objects), one large
object (span class 0/1), or pages lent to something that is not heap (stacks: "manual").
The fields are the ones the allocator and the collector of the next issue use (see
docs/memory.md and go-runtime.md §1.4, §5.8):

- ``base``/``npages``/``limit``: where the span is; ``elemsize``/``nelems``: its slots.
- ``freeindex``: every slot below it is allocated; the next free slot is searched from it.
- ``alloc_bits``: slots allocated as of the last sweep (``None``: all zero, a fresh span);
  ``gcmark_bits``: marks of the current cycle (``None``: nothing marked). Sweeping makes the
  mark bits the new allocation bits (``sweep``), as Go does.
- ``free_limit``: the end of the run of free slots that starts at ``freeindex`` (the whole
  span for a fresh one), so that the allocation fast path is one comparison and one bump.
- ``alloc_count``: allocated slots. Slots handed out by the fast path are added in batches
  (``sync``), as Go adds them to its per-class counters when a span leaves the mcache.
- ``sweepgen`` relative to ``mheap.sweepgen`` (h): h-2 needs sweeping, h-1 being swept,
  h swept, h+1 cached before the sweep began, h+3 swept and cached.
"""

from __future__ import annotations

from gomem.types.sizeclasses import CLASS_OBJECTS, CLASS_SIZE, CLASS_SPAN_BYTES, PAGE_SIZE

# span states
SPAN_DEAD = 0
SPAN_IN_USE = 1     # heap objects
SPAN_MANUAL = 2     # pages lent out of the heap (goroutine stacks)

NUM_SIZE_CLASSES = len(CLASS_SIZE)        # 68, class 0 = large objects
NUM_SPAN_CLASSES = 2 * NUM_SIZE_CLASSES   # 136: size class x (scan, noscan)


def span_class(size_class: int, noscan: bool) -> int:
    return size_class << 1 | noscan


def class_nelems(size_class: int, noscan: bool) -> int:
    """Objects per span. Scan spans of objects up to 512 bytes keep their pointer bitmap in
    the span's last bytes (spanBytes/64), which leaves room for fewer objects."""
    span_bytes = CLASS_SPAN_BYTES[size_class]
    size = CLASS_SIZE[size_class]
    if not noscan and size <= 512:
        return (span_bytes - span_bytes // 64) // size
    return CLASS_OBJECTS[size_class]


class MSpan:
    """One span (see the module docstring for the fields)."""

    __slots__ = ("base", "npages", "limit", "spanclass", "elemsize", "nelems", "freeindex",
                 "free_limit", "run_start", "alloc_count", "alloc_bits", "gcmark_bits", "sweepgen",
                 "state", "needzero", "large_type", "cached_count")

    def __init__(self, base: int, npages: int, spanclass: int, elemsize: int, nelems: int, state: int):
        self.base = base
        self.npages = npages
        self.spanclass = spanclass
        self.elemsize = elemsize
        self.nelems = nelems
        self.limit = base + elemsize * nelems
        self.freeindex = 0
        self.free_limit = nelems
        self.run_start = 0
        self.alloc_count = 0
        self.alloc_bits: bytearray | None = None
        self.gcmark_bits: bytearray | None = None
        self.sweepgen = 0
        self.state = state
        self.needzero = False
        self.large_type = None
        self.cached_count = 0  # alloc_count when the span entered the mcache

    @property
    def size_class(self) -> int:
        return self.spanclass >> 1

    @property
    def noscan(self) -> bool:
        return bool(self.spanclass & 1)

    @property
    def span_bytes(self) -> int:
        return self.npages * PAGE_SIZE

    def sync(self) -> None:
        """Count the slots the fast path handed out since the last sync."""
        self.alloc_count += self.freeindex - self.run_start
        self.run_start = self.freeindex

    def is_allocated(self, i: int) -> bool:
        """Whether slot i holds an object (Go: below freeindex, or its alloc bit is set)."""
        if i < self.freeindex:
            return True
        bits = self.alloc_bits
        return bits is not None and bool(bits[i >> 3] >> (i & 7) & 1)

    def next_free_run(self) -> bool:
        """Move freeindex to the next free slot at or after it and free_limit to the end of
        that run of free slots; False when the span is full."""
        self.sync()
        bits = self.alloc_bits
        i, n = self.freeindex, self.nelems
        if bits is not None:
            while i < n and bits[i >> 3] >> (i & 7) & 1:
                i += 1
        if i >= n:
            self.freeindex = self.run_start = self.free_limit = n
            return False
        j = i + 1
        if bits is not None:
            while j < n and not bits[j >> 3] >> (j & 7) & 1:
                j += 1
        else:
            j = n
        self.freeindex = self.run_start = i
        self.free_limit = j
        return True

    def object_index(self, addr: int) -> int:
        return (addr - self.base) // self.elemsize

    def mark(self, i: int) -> bool:
        """Set slot i's mark bit for this cycle; True if it was not set yet."""
        bits = self.gcmark_bits
        if bits is None:
            bits = self.gcmark_bits = bytearray((self.nelems + 7) // 8)
        byte, bit = i >> 3, 1 << (i & 7)
        if bits[byte] & bit:
            return False
        bits[byte] |= bit
        return True

    def sweep(self) -> int:
        """Go's sweep of this span's bits: the mark bits become the allocation bits, a fresh
        mark bitmap starts the next cycle, and the search restarts at slot 0. Returns the
        number of objects freed (allocated before, unmarked now)."""
        self.sync()
        marks = self.gcmark_bits
        live = 0 if marks is None else sum(bin(b).count("1") for b in marks)
        freed = self.alloc_count - live
        self.alloc_bits = marks if marks is not None else bytearray((self.nelems + 7) // 8)
        self.gcmark_bits = None
        self.alloc_count = live
        self.cached_count = live
        self.freeindex = self.run_start = 0
        self.free_limit = 0  # the next allocation searches the new bits
        if freed:
            self.needzero = True
        return freed

    def __repr__(self) -> str:
        return (f"MSpan({self.base:#x} pages={self.npages} class={self.spanclass >> 1}"
                f"{'n' if self.spanclass & 1 else 's'} elem={self.elemsize} {self.freeindex}/{self.nelems})")
