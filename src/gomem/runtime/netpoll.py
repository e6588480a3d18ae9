"""The network poller (Go's netpoll): goroutines wait on real non-blocking sockets.

A goroutine whose accept, read or write would block registers the socket here and parks with
Go's wait reason "IO wait"; the scheduler asks ``poll`` which sockets are ready at its
scheduling points (non-blocking, from ``preempt``) and, when nothing else can run, blocks in
``select`` until a socket is ready or the next timer is due (``Scheduler._idle``), instead of
reporting a deadlock. Everything runs on the scheduler's one OS thread, so the registry needs
no lock.
"""

from __future__ import annotations

import selectors
import socket
from typing import Any

from gomem.runtime import sched as _sched

READ = selectors.EVENT_READ
WRITE = selectors.EVENT_WRITE

_selector: selectors.BaseSelector | None = None
# fd -> (events, the parked goroutine, its scheduler) for every goroutine in "IO wait"
_waiters: dict[int, tuple[int, Any, Any]] = {}


def _sel() -> selectors.BaseSelector:
    global _selector
    if _selector is None:
        _selector = selectors.DefaultSelector()
    return _selector


def waiting() -> bool:
    """Whether any goroutine waits on the network (the scheduler then polls instead of
    declaring a deadlock)."""
    return bool(_waiters)


def wait(sock: socket.socket, events: int) -> None:
    """Park the running goroutine until sock is ready for events (Go's netpollblock)."""
    s = _sched.current
    g = s.cur
    fd = sock.fileno()
    _waiters[fd] = (events, g, s)
    _sel().register(fd, events)
    try:
        s.park("IO wait")
    finally:
        if _waiters.pop(fd, None) is not None:
            _sel().unregister(fd)


def poll(timeout: float | None) -> int:
    """Make the goroutines whose sockets are ready runnable; block at most timeout seconds
    (None: until one is). Returns how many goroutines were readied."""
    if not _waiters:
        return 0
    n = 0
    for key, _mask in _sel().select(timeout):
        w = _waiters.pop(key.fd, None)
        if w is None:
            continue
        _sel().unregister(key.fd)
        _events, g, s = w
        s.ready(g)
        n += 1
    return n


def forget(sock: socket.socket) -> None:
    """A socket being closed: drop any registration (its waiter is readied to see the close)."""
    try:
        fd = sock.fileno()
    except OSError:
        return
    w = _waiters.pop(fd, None)
    if w is not None:
        _sel().unregister(fd)
        w[2].ready(w[1])


def reset() -> None:
    """A new program run: forget the previous run's waiters."""
    global _selector
    if _selector is not None:
        _selector.close()
    _selector = None
    _waiters.clear()
