"""The GC clock: the time the pacer measures, in what the work would cost in Go.

Go's pacer reads the CPU clock: how long the mark workers and the assists ran, how long the
program ran between the trigger and the end of the mark. Those times set the cons/mark ratio
(how fast the program allocates against how fast the collector marks), hence the next trigger,
and they decide when the fractional mark worker runs and when the GC CPU limiter cuts in.
gomem's own times would give its pacer gomem's ratio — Python allocates slowly and marks
slowly, in other proportions than Go — and figures that move with the machine's load.

So the pacer runs on this clock instead: a count of nanoseconds that advances by what the
program and the collector did, each at a cost measured from Go 1.23 on amd64
(``benchmarks/gc_clock_calibrate.go``, GOMAXPROCS=1; docs/pacer.md "The GC clock"):

- allocating: per object, plus per byte (zeroing), charged when a span is cached for
  allocation (for its free slots, as heapLive counts them) and per large object;
- the program's own loops: per loop back-edge, charged when the tick budget of the compiled
  code runs out (sched.preempt);
- marking: per object marked, per byte of heap scan work, per byte of root scan work.

Cycle counts and goals are then a function of the program alone, as reproducible as Go's
own on one P. The times gctrace prints stay measured wall-clock and CPU times.
"""

from __future__ import annotations

# allocation: mallocgc of a small object, and its zeroing per byte (with the sweeping and the
# first touch of the memory that a program allocating steadily pays)
ALLOC_NS_PER_OBJECT = 20
ALLOC_NS_PER_BYTE = 0.08
# a large object: its span from the page heap, and zeroing
LARGE_ALLOC_NS = 500
LARGE_ALLOC_NS_PER_BYTE = 0.07
# one iteration of a loop's back-edge in compiled Go (a tight loop: about 1 ns)
BACKEDGE_NS = 1
# marking: greying and blackening one object, scanning a byte of its pointer words, scanning
# a byte of the data and BSS segments (their pointer bitmaps skip the scalar words)
MARK_NS_PER_OBJECT = 25
SCAN_NS_PER_BYTE = 0.35
ROOT_SCAN_NS_PER_BYTE = 0.2
# the concurrent mark beyond the marking itself, measured on Go 1.23 with one P (the mark's
# duration less its assists and the program's allocation, docs/pacer.md "The GC clock"):
# a fixed part per mark phase (waking the workers, the completion handshake), a part per
# object the program allocates during the mark (allocated black, its pointer stores through
# the write barrier and the barrier buffer's flushes), and the first mark of a process, which
# is slower (work buffers taken from the OS, the mark bitmaps and segments touched cold)
MARK_PHASE_NS = 20_000
MARK_ALLOC_NS_PER_OBJECT = 38
FIRST_MARK_NS = 100_000


class Clock:
    """The clock's state: ``ns`` only grows while a program runs."""

    __slots__ = ("ns",)

    def __init__(self) -> None:
        self.ns = 0


clock = Clock()


def now() -> int:
    return clock.ns


def reset() -> None:
    """A program starts."""
    clock.ns = 0


def span_alloc_ns(free_slots: int, elemsize: int) -> int:
    """What allocating the free slots of a span of elemsize objects costs."""
    return int(free_slots * (ALLOC_NS_PER_OBJECT + elemsize * ALLOC_NS_PER_BYTE))


def large_alloc_ns(nbytes: int) -> int:
    return LARGE_ALLOC_NS + int(nbytes * LARGE_ALLOC_NS_PER_BYTE)


def mark_ns(objects: int, heap_scan_bytes: int, root_scan_bytes: int) -> int:
    """What marking objects, scanning heap_scan_bytes of their pointer words and
    root_scan_bytes of roots costs."""
    return int(objects * MARK_NS_PER_OBJECT + heap_scan_bytes * SCAN_NS_PER_BYTE
               + root_scan_bytes * ROOT_SCAN_NS_PER_BYTE)
