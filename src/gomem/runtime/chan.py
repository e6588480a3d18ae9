"""Channels and select, with Go's semantics (runtime/chan.go, runtime/select.go).

A channel value is a ``Chan`` (nil is None). ``buf`` is the FIFO of buffered values (always
empty for an unbuffered channel), ``recvq``/``sendq`` the goroutines waiting on it, in arrival
order. A waiting entry is the goroutine itself (a ``sched.G``) for a plain send or receive, or a
``Sudog`` for a case of a blocked select; both carry ``elem`` (the value handed over), ``ok``
(False when the channel was closed under the waiter) and ``sel`` (the select's shared ``Sel``
record, None for a plain operation).

Operations follow Go's order of checks: a receive takes from the buffer first (refilling it from
the first waiting sender), then directly from a waiting sender, then sees a closed channel;
a send hands its value to a waiting receiver, else buffers it, else blocks. Waking a goroutine
uses ``Scheduler.ready``, so the woken goroutine runs next once the waker blocks or yields, as
with Go's ``goready``.

A blocked operation also holds one of Go's sudogs, the heap object runtime/sudog.py accounts
(taken from its caches before parking, given back after; a blocked select holds one per case on
a non-nil channel), so that MemStats count them as Go does.

A select that blocks queues one ``Sudog`` per case. The first partner to reach any of them marks
the ``Sel`` done; the other entries become stale. They are skipped when reached and counted in
``Chan.stale``; a queue made mostly of stale entries is compacted, so loops of selects on a
channel that never becomes ready do not grow its queue.

Entry points for compiled code: ``make_chan(cap, zero)``, ``send(ch, v)``, ``recv(ch)``,
``recv2(ch)`` (the comma-ok form), ``close(ch)``, ``chan_len(ch)``, ``chan_cap(ch)``,
``select(cases, has_default)``, ``chan_iter(ch)`` (``for v := range ch``).
"""

from __future__ import annotations

from collections import deque
from typing import Any, Iterator

from gomem.runtime import barrier as _barrier
from gomem.runtime import sched as _sched
from gomem.runtime import sudog as _sudog
from gomem.runtime.panic import go_panic_plain

SEND = "send"
RECV = "recv"

_COMPACT_MIN = 32

# the P's cache of sudogs (the wait records a blocked operation holds: runtime/sudog.py)
_SUDOGS = _sudog.local
_SUDOG_CACHE_CAP = _sudog.PER_P_CAP


class Chan:
    """A channel. ``zero`` is the element type's zero value (received from a closed channel)."""

    __slots__ = ("cap", "buf", "recvq", "sendq", "closed", "zero", "zcopy", "stale", "timer", "_addr")

    def __init__(self, cap: int = 0, zero: Any = None):
        self.cap = cap
        self.buf: deque = deque()
        self.recvq: deque = deque()
        self.sendq: deque = deque()
        self.closed = False
        self.zero = zero
        # struct and array zero values are objects: hand out copies
        self.zcopy = hasattr(zero, "_cp") or isinstance(zero, (list, bytearray))
        self.stale = 0  # stale select entries left in recvq/sendq
        self.timer: Any = None  # the sched.Timer of a timer channel (time.NewTimer, ...)

    def zero_value(self) -> Any:
        return _copy_zero(self.zero) if self.zcopy else self.zero

    def __repr__(self) -> str:
        return f"<chan cap={self.cap} len={len(self.buf)}{' closed' if self.closed else ''}>"


class Sel:
    """The shared state of one blocked select: done once a case fired; fired is its Sudog."""

    __slots__ = ("done", "fired")

    def __init__(self):
        self.done = False
        self.fired: Sudog | None = None


class Sudog:
    """A select case waiting in a channel queue."""

    __slots__ = ("g", "elem", "ok", "sel", "idx")

    def __init__(self, g: Any, elem: Any, sel: Sel, idx: int):
        self.g = g
        self.elem = elem
        self.ok = False
        self.sel = sel
        self.idx = idx


def _copy_zero(z: Any) -> Any:
    if hasattr(z, "_cp"):
        return z._cp()
    if isinstance(z, bytearray):
        return bytearray(z)
    if isinstance(z, list):
        return [_copy_zero(x) for x in z]
    return z


def make_chan(cap: int, zero: Any = None) -> Chan:
    """make(chan T, cap); zero is T's zero value."""
    if cap < 0 or cap > 1 << 48:
        go_panic_plain("makechan: size out of range")
    return Chan(cap, zero)


def _block_forever(reason: str) -> None:
    s = _sched.current
    while True:
        s.park(reason)


def _poll_timer(ch: Chan) -> bool:
    """A timer channel about to be found empty: fire its timer if it is due (Go 1.23 does this
    lazily on receive). True if it fired."""
    t = ch.timer
    if t is not None and t.active and t.when <= _sched._monotonic_ns():
        _sched.current._run_timers()
        return True
    return False


def _forget(ch: Chan) -> None:
    """One more stale select entry in ch's queues; compact them when stale entries dominate."""
    ch.stale += 1
    if ch.stale > _COMPACT_MIN and 2 * ch.stale > len(ch.recvq) + len(ch.sendq):
        for q in (ch.recvq, ch.sendq):
            live = [w for w in q if w.sel is None or not w.sel.done]
            q.clear()
            q.extend(live)
        ch.stale = 0


# ---------------------------------------------------------------------------------------
# send and receive


def send(ch: Chan | None, v: Any) -> None:
    """ch <- v"""
    if ch is None:
        _block_forever("chan send (nil chan)")
    if ch.closed:
        go_panic_plain("send on closed channel")
    rq = ch.recvq
    while rq:
        w = rq.popleft()
        sel = w.sel
        if sel is not None:
            if sel.done:
                ch.stale -= 1
                continue
            sel.done = True
            sel.fired = w
        w.elem = v
        w.ok = True
        s = _sched.current
        if s.runnext is None:  # (Scheduler.ready's common case, inlined)
            s.runnext = w.g
        else:
            s.ready(w.g)
        return
    buf = ch.buf
    if len(buf) < ch.cap:
        buf.append(v)
        return
    s = _sched.current
    g = s.cur
    cache = _SUDOGS  # (sudog.acquire and sudog.release, inlined on this path)
    sd = cache.pop() if cache else _sudog.acquire()
    g.elem = v
    ch.sendq.append(g)
    s.park("chan send")
    g.elem = None
    if len(cache) < _SUDOG_CACHE_CAP:
        cache.append(sd)
    else:
        _sudog.release(sd)
    if not g.ok:
        go_panic_plain("send on closed channel")


def _take_sender(ch: Chan, sq: deque) -> Any:
    """Pop the first live waiting sender; return it (readied) or None."""
    while sq:
        w = sq.popleft()
        sel = w.sel
        if sel is not None:
            if sel.done:
                ch.stale -= 1
                continue
            sel.done = True
            sel.fired = w
        w.ok = True
        s = _sched.current
        if s.runnext is None:  # (Scheduler.ready's common case, inlined)
            s.runnext = w.g
        else:
            s.ready(w.g)
        return w
    return None


def recv(ch: Chan | None) -> Any:
    """<-ch"""
    if ch is None:
        _block_forever("chan receive (nil chan)")
    buf = ch.buf
    sq = ch.sendq
    if buf:
        v = buf.popleft()
        if _barrier.marking:  # (the value leaves a heap object: the deletion barrier)
            _barrier.shade_deleted(v)
        if sq:
            w = _take_sender(ch, sq)
            if w is not None:
                buf.append(w.elem)
        return v
    if sq:
        w = _take_sender(ch, sq)
        if w is not None:
            return w.elem
    if ch.closed:
        return _copy_zero(ch.zero) if ch.zcopy else ch.zero
    if ch.timer is not None and _poll_timer(ch):
        return recv(ch)
    s = _sched.current
    g = s.cur
    cache = _SUDOGS  # (sudog.acquire and sudog.release, inlined on this path)
    sd = cache.pop() if cache else _sudog.acquire()
    ch.recvq.append(g)
    s.park("chan receive")
    if len(cache) < _SUDOG_CACHE_CAP:
        cache.append(sd)
    else:
        _sudog.release(sd)
    v = g.elem
    g.elem = None
    return v


def recv2(ch: Chan | None) -> tuple[Any, bool]:
    """v, ok := <-ch"""
    if ch is None:
        _block_forever("chan receive (nil chan)")
    buf = ch.buf
    sq = ch.sendq
    if buf:
        v = buf.popleft()
        if _barrier.marking:  # (the value leaves a heap object: the deletion barrier)
            _barrier.shade_deleted(v)
        if sq:
            w = _take_sender(ch, sq)
            if w is not None:
                buf.append(w.elem)
        return v, True
    if sq:
        w = _take_sender(ch, sq)
        if w is not None:
            return w.elem, True
    if ch.closed:
        return (_copy_zero(ch.zero) if ch.zcopy else ch.zero), False
    if ch.timer is not None and _poll_timer(ch):
        return recv2(ch)
    s = _sched.current
    g = s.cur
    cache = _SUDOGS  # (sudog.acquire and sudog.release, inlined on this path)
    sd = cache.pop() if cache else _sudog.acquire()
    ch.recvq.append(g)
    s.park("chan receive")
    if len(cache) < _SUDOG_CACHE_CAP:
        cache.append(sd)
    else:
        _sudog.release(sd)
    v = g.elem
    g.elem = None
    return v, g.ok


def chan_iter(ch: Chan | None) -> Iterator[Any]:
    """for v := range ch"""
    while True:
        v, ok = recv2(ch)
        if not ok:
            return
        yield v


def close(ch: Chan | None) -> None:
    """close(ch): wake every waiting receiver (zero value, ok=false) and sender (they panic)."""
    if ch is None:
        go_panic_plain("close of nil channel")
    if ch.closed:
        go_panic_plain("close of closed channel")
    ch.closed = True
    s = _sched.current
    for q, give_zero in ((ch.recvq, True), (ch.sendq, False)):
        while q:
            w = q.popleft()
            sel = w.sel
            if sel is not None:
                if sel.done:
                    continue
                sel.done = True
                sel.fired = w
            if give_zero:
                w.elem = _copy_zero(ch.zero) if ch.zcopy else ch.zero
            w.ok = False
            s.ready(w.g)
    ch.stale = 0


def chan_len(ch: Chan | None) -> int:
    """len(ch). Timer channels report 0, as in Go 1.23 (they look unbuffered)."""
    if ch is None or ch.timer is not None:
        return 0
    return len(ch.buf)


def chan_cap(ch: Chan | None) -> int:
    """cap(ch). Timer channels report 0, as in Go 1.23."""
    if ch is None or ch.timer is not None:
        return 0
    return ch.cap


# ---------------------------------------------------------------------------------------
# select


def _live(ch: Chan, q: deque) -> bool:
    """Whether q has a waiter whose operation can still happen (dropping stale heads)."""
    while q:
        w = q[0]
        sel = w.sel
        if sel is not None and sel.done:
            q.popleft()
            ch.stale -= 1
            continue
        return True
    return False


def _can_recv(ch: Chan) -> bool:
    return bool(ch.buf) or ch.closed or _live(ch, ch.sendq)


def _can_send(ch: Chan) -> bool:
    return ch.closed or len(ch.buf) < ch.cap or _live(ch, ch.recvq)


def select(cases: list[tuple[str, Chan | None, Any]], has_default: bool) -> tuple[int, Any, bool]:
    """A select statement. cases: (kind, ch, value) with kind "send" or "recv" (value is the
    value to send, ignored for receives); ch may be None (a nil channel: never ready).

    Returns (index of the case that ran, received value, ok); index -1 means default. For a
    send case the value is None and ok True. Among several ready cases one is chosen uniformly
    at random (from the scheduler's seeded generator).
    """
    n = len(cases)
    if n == 1 and not has_default:
        # gc compiles a one-case select to the plain operation (and its wait reason)
        kind, ch, v = cases[0]
        if kind == RECV:
            v, ok = recv2(ch)
            return 0, v, ok
        send(ch, v)
        return 0, None, True
    ready = None
    for i in range(n):
        kind, ch, _ = cases[i]
        if ch is None:
            continue
        if kind == RECV:
            ok = _can_recv(ch) or (ch.timer is not None and _poll_timer(ch) and _can_recv(ch))
        else:
            ok = _can_send(ch)
        if ok:
            if ready is None:
                ready = [i]
            else:
                ready.append(i)
    s = _sched.current
    if ready is not None:
        i = ready[0] if len(ready) == 1 else ready[int(s.rng.random() * len(ready))]
        kind, ch, v = cases[i]
        if kind == RECV:
            v, ok = recv2(ch)
            return i, v, ok
        send(ch, v)
        return i, None, True
    if has_default:
        return -1, None, False
    if n == 0:
        _block_forever("select (no cases)")
    # block on every case
    g = s.cur
    sel = Sel()
    waits = []
    for i in range(n):
        kind, ch, v = cases[i]
        if ch is None:
            continue
        sd = Sudog(g, v if kind != RECV else None, sel, i)
        if kind == RECV:
            ch.recvq.append(sd)
        else:
            ch.sendq.append(sd)
        waits.append((sd, ch))
    if not waits:
        _block_forever("select")
    # one sudog per case (sudog.acquire_n and release_all, inlined: taken from the top of the
    # P's cache one after the other, given back in the same order)
    k = len(waits)
    cache = _SUDOGS
    if len(cache) >= k:
        held = cache[:-k - 1:-1]
        del cache[-k:]
    else:
        held = _sudog.acquire_n(k)
    s.park("select")
    if len(cache) + k <= _SUDOG_CACHE_CAP:
        cache.extend(held)
    else:
        _sudog.release_all(held)
    fired = sel.fired
    for sd, ch in waits:
        if sd is not fired:
            _forget(ch)
    i = fired.idx
    if cases[i][0] == RECV:
        return i, fired.elem, fired.ok
    if not fired.ok:
        go_panic_plain("send on closed channel")
    return i, None, True
