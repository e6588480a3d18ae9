"""Package container/heap: the Python implementations of the functions declared in api.go.

A binary min-heap over the user's heap.Interface value (an Iface). The user's Len, Less, Swap,
Push and Pop are called in exactly the order Go's implementation calls them, since a program
can observe that order (by logging, or through an inconsistent Less).
"""

from __future__ import annotations

from typing import Any

from gomem.runtime.panic import panic_nil_deref


def _sift_up(h: Any, j: int) -> None:
    t, v = h.t, h.v
    less, swap = t.m_Less, t.m_Swap
    while True:
        parent = (j - 1) // 2 if j >= 1 else -((1 - j) // 2)  # Go's division truncates
        if parent == j or not less(v, j, parent):
            break
        swap(v, parent, j)
        j = parent


def _sift_down(h: Any, i0: int, n: int) -> bool:
    """Moves element i0 down among the first n; reports whether it moved."""
    t, v = h.t, h.v
    less, swap = t.m_Less, t.m_Swap
    i = i0
    while True:
        child = 2 * i + 1
        if child >= n or child < 0:  # a negative i0 (Fix(h, -1)) sifts nothing
            break
        right = child + 1
        if right < n and less(v, right, child):
            child = right
        if not less(v, child, i):
            break
        swap(v, i, child)
        i = child
    return i > i0


def _check(h: Any) -> None:
    if h is None:
        panic_nil_deref()


def Init(h: Any) -> None:
    _check(h)
    n = h.t.m_Len(h.v)
    for i in range(n // 2 - 1, -1, -1):
        _sift_down(h, i, n)


def Push(h: Any, x: Any) -> None:
    _check(h)
    h.t.m_Push(h.v, x)
    _sift_up(h, h.t.m_Len(h.v) - 1)


def Pop(h: Any) -> Any:
    _check(h)
    n = h.t.m_Len(h.v) - 1
    h.t.m_Swap(h.v, 0, n)
    _sift_down(h, 0, n)
    return h.t.m_Pop(h.v)


def Remove(h: Any, i: int) -> Any:
    _check(h)
    n = h.t.m_Len(h.v) - 1
    if n != i:
        h.t.m_Swap(h.v, i, n)
        if not _sift_down(h, i, n):
            _sift_up(h, i)
    return h.t.m_Pop(h.v)


def Fix(h: Any, i: int) -> None:
    _check(h)
    if not _sift_down(h, i, h.t.m_Len(h.v)):
        _sift_up(h, i)
