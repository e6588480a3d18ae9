"""The records goroutines wait in (Go's sudogs) as heap objects, with Go 1.23's two caches.

In Go, a goroutine that blocks on a channel (a send or receive that cannot complete, each
non-nil case of a select that blocks), on a semaphore of package sync (a contended Mutex,
RWMutex, WaitGroup.Wait) or in Cond.Wait takes a ``runtime.sudog`` for the time it waits: 88
bytes with pointers, a 96-byte slot, allocated on Go's heap and so counted in Mallocs,
TotalAlloc and HeapAlloc like any object. Sudogs come from caches:

- the P's cache (at most ``PER_P_CAP``): a goroutine takes the most recently released one;
- when it is empty, a batch of up to half its capacity comes from the central cache; when that
  is empty too, one new sudog is allocated;
- a released sudog goes back to the P's cache; when that is full, its upper half moves to the
  central cache first;
- every GC cycle empties the central cache as it starts (Go's clearpools, called from gcStart,
  before the mark): what it held is unreachable in that cycle and freed by its sweep. The P's
  cache is kept (it is bounded).

gomem has one P, so ``local`` is the scheduler's P cache. The goroutine's wait-queue entry
stays a Python object (the G itself, or a ``chan.Sudog`` for a select case); this module only
accounts the heap object each wait holds, by address. Every sudog not dropped from the central
cache is reachable in Go (from the P, from the central list, or from the waiting goroutine),
so the collector marks all of ``live`` as roots (mgcmark.Marker.scan_permanent).

The blocking paths (chan.send/recv/recv2/select, Scheduler.wait_on) inline the common case of
``acquire`` and ``release`` (a pop and a push on ``local``, which stays the same list object):
a change to the caches' rules must be made there too.

When main starts, Go's P cache already holds one sudog: runtime.main waited for the background
sweeper and scavenger to start (gcenable) before the program's init. It is part of the start-up
heap gomem reproduces (malloc._seed_startup_heap, kept by every cycle), so it stands here as
``STARTUP`` (address 0) and is never allocated again.
"""

from __future__ import annotations

from gomem.runtime import malloc as _malloc
from gomem.types.types import UINT8, new_array, new_pointer

# Go's p.sudogbuf: the capacity of the P's cache
PER_P_CAP = 128
_HALF = PER_P_CAP // 2
# runtime.sudog as the allocator sees it (Go 1.23, amd64): 88 bytes, pointers up to its last
# word (the 96-byte size class)
SUDOG_TYPE = new_array(new_pointer(UINT8), 11)
SUDOG_SIZE = 88
_SITE = ("runtime.acquireSudog", "runtime/proc.go", 0)

# the sudog runtime.main used before the program's init (in the start-up heap): no address here
STARTUP = 0

# the P's cache (the end is the top) and the central cache (the end is the head of Go's list)
local: list[int] = [STARTUP]
central: list[int] = []
# addresses of every sudog in use or in either cache: the collector's roots
live: set[int] = set()


def acquire() -> int:
    """A sudog for a goroutine about to wait (Go's acquireSudog); its address."""
    if local:
        return local.pop()
    return _refill()


def _refill() -> int:
    """The P's cache is empty: a batch from the central cache, else a new sudog."""
    while central and len(local) < _HALF:
        local.append(central.pop())
    if local:
        return local.pop()
    # Go allocates it with the M locked, which keeps that allocation from starting a cycle or
    # assisting one (its bytes are still charged): the collector's no-reentry flag does that
    from gomem.runtime import mgc
    w = mgc.work
    was = w.running
    w.running = True
    try:
        a = _malloc.alloc(SUDOG_TYPE, SUDOG_SIZE, _SITE)
    finally:
        w.running = was
    live.add(a)
    return a


def release(a: int) -> None:
    """The waiting is over: sudog a goes back to the P's cache (Go's releaseSudog)."""
    if len(local) == PER_P_CAP:
        # the upper half moves to the central cache, the top of the P's cache at its head
        central.extend(local[_HALF:])
        del local[_HALF:]
    local.append(a)


def acquire_n(n: int) -> list[int]:
    """n sudogs (a select blocking on n channels: one per case)."""
    return [acquire() for _ in range(n)]


def release_all(addrs: list[int]) -> None:
    for a in addrs:
        release(a)


def clear_central_cache() -> None:
    """A GC cycle starts (Go's clearpools): the central cache is dropped, so its sudogs are
    garbage for this cycle. The P's cache stays."""
    if central:
        live.difference_update(central)
        central.clear()


def program_starts() -> None:
    """A program's main is about to start: the caches hold what Go's hold then (the start-up
    sudog only; the sudogs of an earlier run in this process are garbage)."""
    live.clear()
    central.clear()
    local[:] = [STARTUP]
