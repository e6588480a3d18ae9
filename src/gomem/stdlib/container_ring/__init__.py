"""Package container/ring: the Python implementations of the methods declared in api.go.

A *Ring is the ring element object itself. A zero Ring (next == nil) is a ring of one element:
the methods that walk the ring link it to itself first, as Go's do. Do calls f once per element
in ring order; what f does to the ring while Do runs has the effects it has in Go (the walk
follows the next links as they are when it reaches each element).
"""

from __future__ import annotations

from typing import Any, Callable

from gomem.runtime import malloc as _malloc
from gomem.runtime.panic import panic_nil_deref
from gomem.runtime.values import struct_class

_SITE_NEW = ("container/ring.New", "container/ring/ring.go", 0)

_Ring: Any = None


def _self_linked(r: Any) -> Any:
    r.next = r
    r.prev = r
    return r


def Ring_Next(r: Any) -> Any:
    if r is None:
        panic_nil_deref()
    return _self_linked(r) if r.next is None else r.next


def Ring_Prev(r: Any) -> Any:
    if r is None:
        panic_nil_deref()
    return _self_linked(r) if r.next is None else r.prev


def Ring_Move(r: Any, n: int) -> Any:
    if r is None:
        panic_nil_deref()
    if r.next is None:
        return _self_linked(r)
    while n < 0:
        r = r.prev
        n += 1
    while n > 0:
        r = r.next
        n -= 1
    return r


def New(n: int) -> Any:
    if n <= 0:
        return None
    t = _Ring._gotype
    _malloc.alloc(t, 32, _SITE_NEW)
    first = _Ring()
    last = first
    for _ in range(n - 1):
        _malloc.alloc(t, 32, _SITE_NEW)
        e = _Ring(prev=last)
        last.next = e
        last = e
    last.next = first
    first.prev = last
    return first


def Ring_Link(r: Any, s: Any) -> Any:
    after = Ring_Next(r)
    if s is not None:
        s_last = Ring_Prev(s)
        # r's successor becomes s; the old successor follows s's old last element
        r.next = s
        s.prev = r
        after.prev = s_last
        s_last.next = after
    return after


def Ring_Unlink(r: Any, n: int) -> Any:
    if n <= 0:
        return None
    return Ring_Link(r, Ring_Move(r, n + 1))


def Ring_Len(r: Any) -> int:
    if r is None:
        return 0
    n = 1
    p = Ring_Next(r)
    while p is not r:
        n += 1
        p = p.next
    return n


def Ring_Do(r: Any, f: Callable[[Any], Any]) -> None:
    if r is None:
        return
    f(r.Value)
    p = Ring_Next(r)
    while p is not r:
        f(p.Value)
        p = p.next


def gomem_bind(pkg: Any) -> None:
    global _Ring
    _Ring = struct_class(pkg.scope.names["Ring"].type)
