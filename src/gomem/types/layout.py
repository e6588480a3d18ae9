"""Memory layout of Go types on linux/amd64, computed as the gc compiler computes it.

Size and alignment follow the spec's rules for gc: a struct places each field at the next
multiple of its alignment, its alignment is the largest field alignment, and its size is
rounded up to that alignment; a struct whose last field has size zero (and that is not itself
empty) gets one byte of padding first, so that a pointer to that field cannot point past the
object. ``ptrdata`` is the length of the prefix that holds pointers: the GC scans an object
only that far, and an object with ptrdata 0 is "noscan".
"""

from __future__ import annotations

from gomem.types.types import (
    Array,
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Named,
    Pointer,
    Signature,
    Slice,
    Struct,
    Tuple,
    Type,
)

PTR_SIZE = 8

_BASIC_SIZE = {
    Kind.BOOL: 1, Kind.INT8: 1, Kind.UINT8: 1, Kind.INT16: 2, Kind.UINT16: 2,
    Kind.INT32: 4, Kind.UINT32: 4, Kind.FLOAT32: 4,
    Kind.INT: 8, Kind.UINT: 8, Kind.INT64: 8, Kind.UINT64: 8, Kind.UINTPTR: 8, Kind.FLOAT64: 8,
}


def _round_up(n: int, a: int) -> int:
    return (n + a - 1) // a * a


def compute_layout(t: Type) -> None:
    """Fill in t._size, t._align and t._ptrdata (and struct offsets)."""
    if isinstance(t, Named):
        u = t.underlying()
        t._size, t._align, t._ptrdata = u.size, u.align, u.ptrdata
        return
    if isinstance(t, Basic):
        k = t.kind
        if k in _BASIC_SIZE:
            size = _BASIC_SIZE[k]
            t._size, t._align, t._ptrdata = size, size, 0
        elif k in (Kind.STRING, Kind.UNTYPED_STRING):
            t._size, t._align, t._ptrdata = 16, 8, 8
        elif k == Kind.UNSAFE_POINTER or k == Kind.UNTYPED_NIL:
            t._size, t._align, t._ptrdata = 8, 8, 8
        else:  # other untyped constants take their default type's layout
            t._size, t._align, t._ptrdata = 8, 8, 0
        return
    if isinstance(t, (Pointer, Map, Chan, Signature)):
        t._size, t._align, t._ptrdata = 8, 8, 8
        return
    if isinstance(t, Slice):
        t._size, t._align, t._ptrdata = 24, 8, 8
        return
    if isinstance(t, Interface):
        t._size, t._align, t._ptrdata = 16, 8, 16
        return
    if isinstance(t, Array):
        e = t.elem
        t._align = e.align
        t._size = e.size * t.length
        t._ptrdata = 0 if (t.length == 0 or e.ptrdata == 0) else (t.length - 1) * e.size + e.ptrdata
        return
    if isinstance(t, Struct):
        off = 0
        align = 1
        offsets = []
        ptrdata = 0
        for f in t.fields:
            fa = f.type.align
            off = _round_up(off, fa)
            offsets.append(off)
            if f.type.ptrdata:
                ptrdata = off + f.type.ptrdata
            off += f.type.size
            align = max(align, fa)
        if t.fields and t.fields[-1].type.size == 0 and off > 0:
            off += 1
        t.offsets = tuple(offsets)
        t._size = _round_up(off, align)
        t._align = align
        t._ptrdata = ptrdata
        return
    if isinstance(t, Tuple):
        t._size, t._align, t._ptrdata = 0, 1, 0
        return
    raise TypeError(f"no layout for {t!r}")


def pointer_mask(t: Type) -> list[bool]:
    """The pointer bitmap: one entry per word of the first ptrdata bytes."""
    words = [False] * (t.ptrdata // PTR_SIZE)
    _mark_pointers(t, 0, words)
    return words


def _mark_pointers(t: Type, base: int, words: list[bool]) -> None:
    if t.ptrdata == 0:
        return
    u = t.underlying()
    if isinstance(u, (Pointer, Map, Chan, Signature, Slice)) or (
        isinstance(u, Basic) and u.kind in (Kind.STRING, Kind.UNSAFE_POINTER)
    ):
        words[base // PTR_SIZE] = True
    elif isinstance(u, Interface):
        # Only the data word. The first word (itab or *_type) points to persistentalloc'd
        # itabs or to read-only type data, never into the heap, so gc leaves it out of the
        # bitmap (cmd/compile/internal/typebits.Set) -- although ptrdata still covers it.
        words[base // PTR_SIZE + 1] = True
    elif isinstance(u, Array):
        for i in range(u.length):
            _mark_pointers(u.elem, base + i * u.elem.size, words)
    elif isinstance(u, Struct):
        u.size  # noqa: B018 - make sure offsets are computed
        for f, off in zip(u.fields, u.offsets):
            _mark_pointers(f.type, base + off, words)
