"""The mark's work buffers (Go 1.23's mgcwork.go), as memory.

Go keeps the grey objects of a mark in work buffers of 2 KiB (253 pointers each), carved from
32 KiB spans the collector takes from the page heap (``allocManual``): while held they leave
HeapSys and count in GCSys, and the memory limit's goal subtracts them with the rest of the
memory that is not heap objects. At mark termination the spans go to a free list the next
mark reuses; the background sweeper, once the sweep is done, frees them (64 spans per pass).

gomem's grey queue is a Python list (mgcmark.Marker.queue), so the buffers are accounted, not
used: at each mark termination the spans the cycle's longest grey queue would have needed
(plus the two buffers of each P's gcWork) are held, as Go holds them.
"""

from __future__ import annotations

from gomem.runtime.mspan import MSpan

WORKBUF_SIZE = 2048
WORKBUF_OBJS = 253          # (2048 - a 24-byte header) / 8
WORKBUF_ALLOC = 32 << 10    # a span of workbufs
WORKBUFS_PER_SPAN = WORKBUF_ALLOC // WORKBUF_SIZE
FREE_BATCH = 64             # spans freed per pass of the background sweeper

spans: list[MSpan] = []


def reserve(peak_grey: int, procs: int) -> None:
    """A mark whose grey objects peaked at peak_grey ended: hold the spans of work buffers it
    needed (never fewer than are held: Go reuses them until the sweeper frees them)."""
    from gomem.runtime import malloc
    need = -(-peak_grey // WORKBUF_OBJS) + 2 * max(procs, 1)
    nspans = -(-need // WORKBUFS_PER_SPAN)
    while len(spans) < nspans:
        spans.append(malloc.heap.alloc_manual(WORKBUF_ALLOC // 8192, workbuf=True))


def free_some() -> bool:
    """Free up to FREE_BATCH spans of work buffers (Go's freeSomeWbufs, called by the
    background sweeper when the sweep is done); True while some remain."""
    from gomem.runtime import malloc
    for _ in range(min(FREE_BATCH, len(spans))):
        malloc.heap.free_manual(spans.pop(), workbuf=True)
    return bool(spans)

