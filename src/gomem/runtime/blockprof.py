"""The block and mutex profiles (runtime.SetBlockProfileRate, runtime.SetMutexProfileFraction;
docs/profiling.md).

**Events.** A block event is a goroutine's wait in a channel operation, a select or a sync
wait (the park reasons in ``BLOCK_LEAF``), from its park to its resumption; its stack is the
goroutine's Go frames under the frame Go shows as the blocking call (``runtime.chanrecv1``,
``sync.(*Mutex).Lock``, ...). A mutex event is an Unlock of a sync.Mutex that hands the lock
to a waiting goroutine: its stack is the unlocker's, under ``sync.(*Mutex).Unlock``, its delay
how long that waiter waited. Sampling and up-scaling are Go's (blocksampled,
saveBlockEventStack): a block event shorter than the rate is kept with probability
cycles/rate and then counts rate/cycles events of ``rate`` cycles; a mutex event is kept with
probability 1/fraction and counts ``fraction`` events.

**Cycles.** Go measures delays in CPU ticks and prints ``cycles/second``; gomem measures them
with the monotonic clock in nanoseconds, so its cycles are nanoseconds
(``CYCLES_PER_SECOND`` = 1e9) and the proto's delay/nanoseconds equal the text's cycles.

**Cost.** Nothing when both are off: the hooks are the scheduler's ``park`` and ``wake_one``
replaced by timing versions (``_install``) only while a profile is on, so compiled code and
the scheduler run unchanged otherwise.
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any

from gomem.runtime import callers as _callers

CYCLES_PER_SECOND = 1_000_000_000

block_rate = 0  # in cycles (= ns); 0: off
mutex_fraction = 0  # 1/fraction of the events are kept; 0: off


def _rt(function: str, path: str, line: int, start: int) -> _callers.GoFrame:
    return _callers.GoFrame(function, f"{_callers.goroot()}/src/{path}", line, start, True)


# The frame Go's block event stack starts with, per park reason (Go 1.23); reasons not here
# (sleep, GC, nil channels: waits forever) are not block events
BLOCK_LEAF: dict[str, _callers.GoFrame] = {
    "chan receive": _rt("runtime.chanrecv1", "runtime/chan.go", 489, 488),
    "chan send": _rt("runtime.chansend1", "runtime/chan.go", 156, 155),
    "select": _rt("runtime.selectgo", "runtime/select.go", 519, 121),
    "sync.Mutex.Lock": _rt("sync.(*Mutex).Lock", "sync/mutex.go", 92, 83),
    "sync.RWMutex.RLock": _rt("sync.(*RWMutex).RLock", "sync/rwmutex.go", 72, 65),
    "sync.RWMutex.Lock": _rt("sync.(*RWMutex).Lock", "sync/rwmutex.go", 155, 142),
    "semacquire": _rt("sync.(*WaitGroup).Wait", "sync/waitgroup.go", 118, 93),
    "sync.Cond.Wait": _rt("sync.(*Cond).Wait", "sync/cond.go", 71, 67),
}
UNLOCK_LEAF = _rt("sync.(*Mutex).Unlock", "sync/mutex.go", 225, 212)

# (stack) -> [count, cycles], as Go's buckets (count a float: up-scaled events)
block_records: dict[tuple, list[float]] = {}
mutex_records: dict[tuple, list[float]] = {}

_rng = random.Random(0)
_park_start: dict[Any, tuple[int, str]] = {}  # a parked goroutine -> when (ns) and why it parked
_original: dict[str, Any] = {}


def set_block_rate(rate_ns: int) -> None:
    """runtime.SetBlockProfileRate (ns per sample; 1 every event; <= 0 off)."""
    global block_rate
    block_rate = max(0, rate_ns)
    _install()


def set_mutex_fraction(rate: int) -> int:
    """runtime.SetMutexProfileFraction: the previous fraction (rate < 0: only read it)."""
    global mutex_fraction
    old = mutex_fraction
    if rate >= 0:
        mutex_fraction = rate
        _install()
    return old


def _install() -> None:
    """Hook the scheduler's park and wake_one while a profile is on; unhook when none is."""
    from gomem.runtime.sched import Scheduler
    on = bool(block_rate or mutex_fraction)
    if on and not _original:
        _original["park"] = Scheduler.park
        _original["wake_one"] = Scheduler.wake_one
        Scheduler.park = _timed_park  # type: ignore[method-assign]
        Scheduler.wake_one = _profiled_wake_one  # type: ignore[method-assign]
    elif not on and _original:
        Scheduler.park = _original.pop("park")  # type: ignore[method-assign]
        Scheduler.wake_one = _original.pop("wake_one")  # type: ignore[method-assign]


def _stack(leaf: _callers.GoFrame, frame: Any, goid: int) -> tuple:
    frames = _callers.stack_frames(frame, 128)
    if not frames or frames[-1].function != "runtime.main":
        frames += _callers.goroutine_root_frames(goid == 1)
    return tuple(_callers.join_frames([leaf], frames, _callers.sites_of(frame)))


def _timed_park(self: Any, reason: str) -> None:
    g = self.cur
    t0 = time.monotonic_ns()
    _park_start[g] = (t0, reason)
    try:
        _original["park"](self, reason)
    finally:
        _park_start.pop(g, None)
    leaf = BLOCK_LEAF.get(reason)
    rate = block_rate
    if leaf is None or rate <= 0:
        return
    cycles = max(1, time.monotonic_ns() - t0)
    if rate > cycles and _rng.randrange(rate) > cycles:
        return
    rec = block_records.setdefault(_stack(leaf, sys._getframe(1), g.goid), [0.0, 0])
    if cycles < rate:
        rec[0] += rate / cycles
        rec[1] += rate
    else:
        rec[0] += 1
        rec[1] += cycles


def _profiled_wake_one(self: Any, obj: Any, key: str) -> Any:
    g = _original["wake_one"](self, obj, key)
    frac = mutex_fraction
    if g is None or frac <= 0:
        return g
    start = _park_start.get(g)
    if start is None or start[1] != "sync.Mutex.Lock" or (frac > 1 and _rng.randrange(frac) != 0):
        return g
    t0 = start[0]
    cycles = max(1, time.monotonic_ns() - t0)
    cur = self.cur
    rec = mutex_records.setdefault(_stack(UNLOCK_LEAF, sys._getframe(1), cur.goid if cur else 1), [0.0, 0])
    rec[0] += frac
    rec[1] += frac * cycles
    return g


def program_starts() -> None:
    """A new program: both profiles off and empty."""
    global block_rate, mutex_fraction
    block_rate = mutex_fraction = 0
    _install()
    block_records.clear()
    mutex_records.clear()
    _park_start.clear()
