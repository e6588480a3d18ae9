"""Package sort: the Python implementations of the body-less declarations in api.go.

Unstable sorts (Sort, Slice) run ``_pdq``, gomem's pattern-defeating quicksort, which makes
Go 1.23's sequence of less/Swap calls, so elements that compare equal end up in Go's order.
Where no program can tell the difference, faster equivalents are used:

- Ints and Strings (and Sort on an IntSlice or StringSlice, or Reverse of one): equal elements
  are indistinguishable, so Python's sort gives Go's result. Float64s too, unless the slice
  holds NaNs or zeros of both signs, which are equal but distinguishable (then pdqsort runs).
- Stable sorts (Stable, SliceStable): every correct stable sort gives the same result, so the
  permutation comes from Python's (stable) sort of the indices, comparing with the program's
  less on the untouched data; the elements are then moved (with Swap for Stable). Only the
  number and order of the less calls differ from Go's insertion-sort + SymMerge.
- The binary searches on ints and strings use bisect, which probes the same indices as Go.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cmp_to_key, partial
from typing import Any, Callable

from gomem.runtime import malloc as _malloc
from gomem.runtime.panic import GoPanic
from gomem.runtime.values import Iface, copy_value, is_aggregate
from gomem.runtime.values import Slice as GoSlice
from gomem.stdlib import errors as _errors
from gomem.stdlib.sort import _pdq
from gomem.types.types import (
    BOOL,
    FLOAT64,
    INT,
    STRING,
    UINT8,
    UINTPTR,
    Field,
    FuncInfo,
    Method,
    Named,
    Type,
    is_string,
    new_array,
    new_interface,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)
from gomem.types.types import Struct as StructType

_SIG_LEN = new_signature((), (INT,))
_SIG_LESS = new_signature((INT, INT), (BOOL,))
_SIG_SWAP = new_signature((INT, INT), ())

INTERFACE = Named("Interface", "sort", new_interface(
    [Method("Len", _SIG_LEN), Method("Less", _SIG_LESS), Method("Swap", _SIG_SWAP)]))
REVERSE = Named("reverse", "sort", new_struct((Field("Interface", INTERFACE, True, "sort"),)))
REVERSE_PTR = new_pointer(REVERSE)
INT_SLICE = Named("IntSlice", "sort", new_slice(INT))
FLOAT64_SLICE = Named("Float64Slice", "sort", new_slice(FLOAT64))
STRING_SLICE = Named("StringSlice", "sort", new_slice(STRING))

TYPES: dict[str, Named] = {"Interface": INTERFACE, "reverse": REVERSE, "IntSlice": INT_SLICE,
                           "Float64Slice": FLOAT64_SLICE, "StringSlice": STRING_SLICE}


def _elems(s: GoSlice) -> list:
    if s.a is None:
        return []
    return s.a[s.off:s.off + s.len]


def _swapper(a: Any, off: int, elem: Any = None) -> Callable[[int, int], None]:
    """Swap elements i and j of the backing array a (from off), with Go's value semantics:
    struct and array elements exchange their contents, so that pointers to the elements
    (which are the element objects themselves) keep pointing at the same slots, as in Go."""
    if elem is not None and is_aggregate(elem):
        if isinstance(elem.underlying(), StructType):
            def swap_struct(i: int, j: int) -> None:
                x = a[off + i]
                y = a[off + j]
                tmp = x._cp()
                x._set(y)
                y._set(tmp)
            return swap_struct

        def swap_array(i: int, j: int) -> None:
            x = a[off + i]
            y = a[off + j]
            tmp = copy_value(elem, x)
            _assign_array(elem, x, y)
            _assign_array(elem, y, tmp)
        return swap_array
    if off == 0:
        def swap0(i: int, j: int) -> None:
            a[i], a[j] = a[j], a[i]
        return swap0

    def swap(i: int, j: int) -> None:
        a[off + i], a[off + j] = a[off + j], a[off + i]
    return swap


def _assign_array(t: Any, dst: Any, src: Any) -> None:
    """dst = src for arrays of type t, in place (dst keeps its identity)."""
    elem = t.underlying().elem
    if is_aggregate(elem):
        if isinstance(elem.underlying(), StructType):
            for x, y in zip(dst, src):
                x._set(y)
        else:
            for x, y in zip(dst, src):
                _assign_array(elem, x, y)
    else:
        dst[:] = src


def _elem_type(x: Iface) -> Any:
    return x.t.underlying().elem


def _float_less(a: Any, off: int) -> Callable[[int, int], bool]:
    def less(i: int, j: int) -> bool:
        x = a[off + i]
        y = a[off + j]
        return x < y or (x != x and y == y)
    return less


def _sort_floats_in_place(s: GoSlice, reverse: bool = False) -> None:
    """Go's result for sorting a []float64 (NaNs first)."""
    n = s.len
    if n < 2:
        return
    a, off = s.a, s.off
    items = a[off:off + n]
    has_nan = any(x != x for x in items)
    zeros = [x for x in items if x == 0.0]
    mixed_zeros = len({str(z) for z in zeros}) > 1
    if has_nan or mixed_zeros:
        less = _float_less(a, off)
        if reverse:
            _pdq.pdqsort(lambda i, j: less(j, i), _swapper(a, off), n)
        else:
            _pdq.pdqsort(less, _swapper(a, off), n)
        return
    items.sort(reverse=reverse)
    a[off:off + n] = items


def _sort_in_place(s: GoSlice, reverse: bool = False) -> None:
    n = s.len
    if n < 2:
        return
    a, off = s.a, s.off
    items = a[off:off + n]
    items.sort(reverse=reverse)
    a[off:off + n] = items


# ---------------------------------------------------------------------------
# Sort, Stable, IsSorted, Reverse


def _fast_kind(data: Iface) -> tuple[Any, bool]:
    """(slice type, reversed) when data is an IntSlice/StringSlice/Float64Slice or its Reverse."""
    t = data.t
    rev = False
    if t is REVERSE_PTR and data.v is not None and data.v.Interface is not None:
        data = data.v.Interface
        t = data.t
        rev = True
    if t is INT_SLICE or t is STRING_SLICE or t is FLOAT64_SLICE:
        return (t, data.v), rev
    return None, False


def _methods(data: Iface) -> tuple[Callable, Callable, Callable]:
    t, v = data.t, data.v
    return partial(t.m_Len, v), partial(t.m_Less, v), partial(t.m_Swap, v)


def Sort(data: Any) -> None:
    if data is None:
        from gomem.runtime.panic import panic_nil_deref
        panic_nil_deref()
    fast, rev = _fast_kind(data)
    if fast is not None:
        t, s = fast
        if t is FLOAT64_SLICE:
            _sort_floats_in_place(s, rev)
        else:
            _sort_in_place(s, rev)
        return
    length, less, swap = _methods(data)
    _pdq.pdqsort(less, swap, length())


def _stable_perm(less: Callable[[int, int], bool], n: int) -> list[int]:
    """The stable sorted order of indices 0..n-1 under less (the data is not touched)."""
    key = cmp_to_key(lambda i, j: -1 if less(i, j) else 1)
    return sorted(range(n), key=key)


def _apply_perm_by_swaps(perm: list[int], swap: Callable[[int, int], None]) -> None:
    """Rearrange so that position k holds the element that was at perm[k], using swaps."""
    n = len(perm)
    pos = list(range(n))  # pos[e] = where original element e is now
    at = list(range(n))  # at[p] = which original element is at position p
    for k in range(n):
        e = perm[k]
        p = pos[e]
        if p != k:
            swap(k, p)
            other = at[k]
            at[k], at[p] = e, other
            pos[e], pos[other] = k, p


def Stable(data: Any) -> None:
    if data is None:
        from gomem.runtime.panic import panic_nil_deref
        panic_nil_deref()
    fast, rev = _fast_kind(data)
    if fast is not None and fast[0] is not FLOAT64_SLICE:
        _sort_in_place(fast[1], rev)  # equal ints/strings are indistinguishable
        return
    length, less, swap = _methods(data)
    n = length()
    if n < 2:
        return
    _apply_perm_by_swaps(_stable_perm(less, n), swap)


def IsSorted(data: Any) -> bool:
    length, less, _ = _methods(data)
    for i in range(length() - 1, 0, -1):
        if less(i, i - 1):
            return False
    return True


def reverse_Less(r: Any, i: int, j: int) -> bool:
    inner = r.Interface
    return inner.t.m_Less(inner.v, j, i)


def _reverse_Len(r: Any) -> int:
    inner = r.Interface
    return inner.t.m_Len(inner.v)


def _reverse_Swap(r: Any, i: int, j: int) -> None:
    inner = r.Interface
    inner.t.m_Swap(inner.v, i, j)


REVERSE.methods["Less"] = FuncInfo("Less", _SIG_LESS, False)
for _t in (REVERSE, REVERSE_PTR):
    _t.m_Less = reverse_Less  # type: ignore[attr-defined]
    _t.m_Len = _reverse_Len  # type: ignore[attr-defined]
    _t.m_Swap = _reverse_Swap  # type: ignore[attr-defined]


def Reverse(data: Any) -> Iface:
    from gomem.runtime.values import struct_class
    return Iface(REVERSE_PTR, struct_class(REVERSE)(data))


# ---------------------------------------------------------------------------
# Slice, SliceStable, SliceIsSorted


def _slice_arg(x: Any, method: str) -> GoSlice:
    """The slice held by the interface value x (panics like reflectlite.Swapper otherwise)."""
    from gomem.types.types import Slice as SliceType
    if x is None:
        raise GoPanic(_errors.New(f"reflect: call of {method} on zero Value".encode()))
    if not isinstance(x.t.underlying(), SliceType):
        kind = _kind_name(x.t)
        raise GoPanic(_errors.New(f"reflect: call of {method} on {kind} Value".encode()))
    return x.v


def _kind_name(t: Any) -> str:
    from gomem.types.types import Array, Basic, Chan, Interface, Map, Pointer, Signature, Struct
    u = t.underlying()
    if isinstance(u, Basic):
        return str(u)
    for cls, name in ((Array, "array"), (Chan, "chan"), (Signature, "func"), (Interface, "interface"),
                      (Map, "map"), (Pointer, "ptr"), (Struct, "struct")):
        if isinstance(u, cls):
            return name
    return str(u)


_SITE_SWAPPER = ("internal/reflectlite.Swapper", "internal/reflectlite/swapper.go", 0)
_SWAPPER_FAST = new_array(UINTPTR, 4)  # the closure of a fast-path swapper: code + slice header
_SWAPPER_GENERAL = new_array(new_pointer(UINT8), 5)  # code, slice, scratch value, type, size


def _account_swapper(elem: Type, n: int) -> None:
    """What Go's reflectlite.Swapper allocates for a slice of n elem values: nothing for 0 or
    1 elements, a closure over the slice for pointers, strings and pointer-free 8/4/2/1-byte
    elements, else a scratch value and a bigger closure."""
    if n < 2:
        return
    size = elem.size
    if (size == 8 and elem.ptrdata) or (elem.ptrdata == 0 and size in (8, 4, 2, 1)) or is_string(elem):
        _malloc.alloc(_SWAPPER_FAST, _SWAPPER_FAST.size, _SITE_SWAPPER)
        return
    if size:
        _malloc.alloc(elem, size, _SITE_SWAPPER)
    _malloc.alloc(_SWAPPER_GENERAL, _SWAPPER_GENERAL.size, _SITE_SWAPPER)


def Slice(x: Any, less: Callable[[int, int], bool]) -> None:
    s = _slice_arg(x, "Swapper")
    n = s.len
    _account_swapper(_elem_type(x), n)
    if n > 1:
        _pdq.pdqsort(less, _swapper(s.a, s.off, _elem_type(x)), n)


def SliceStable(x: Any, less: Callable[[int, int], bool]) -> None:
    s = _slice_arg(x, "Swapper")
    n = s.len
    _account_swapper(_elem_type(x), n)
    if n < 2:
        return
    perm = _stable_perm(less, n)
    a, off = s.a, s.off
    items = a[off:off + n]
    elem = _elem_type(x)
    if is_aggregate(elem):  # move values, not objects (pointers to elements keep their slots)
        vals = [copy_value(elem, items[p]) for p in perm]
        if isinstance(elem.underlying(), StructType):
            for obj, v in zip(items, vals):
                obj._set(v)
        else:
            for obj, v in zip(items, vals):
                _assign_array(elem, obj, v)
        return
    a[off:off + n] = [items[p] for p in perm]


def SliceIsSorted(x: Any, less: Callable[[int, int], bool]) -> bool:
    s = _slice_arg(x, "Len")
    for i in range(s.len - 1, 0, -1):
        if less(i, i - 1):
            return False
    return True


# ---------------------------------------------------------------------------
# Searching


def Search(n: int, f: Callable[[int], bool]) -> int:
    i, j = 0, n
    while i < j:
        h = (i + j) >> 1
        if not f(h):
            i = h + 1
        else:
            j = h
    return i


def Find(n: int, cmp: Callable[[int], int]) -> tuple[int, bool]:
    i, j = 0, n
    while i < j:
        h = (i + j) >> 1
        if cmp(h) > 0:
            i = h + 1
        else:
            j = h
    return i, i < n and cmp(i) == 0


def SearchInts(a: GoSlice, x: int) -> int:
    if a.a is None:
        return 0
    return bisect_left(a.a, x, a.off, a.off + a.len) - a.off


def SearchStrings(a: GoSlice, x: bytes) -> int:
    if a.a is None:
        return 0
    return bisect_left(a.a, x, a.off, a.off + a.len) - a.off


def SearchFloat64s(a: GoSlice, x: float) -> int:
    arr, off = a.a, a.off
    i, j = 0, a.len
    while i < j:
        h = (i + j) >> 1
        if not arr[off + h] >= x:
            i = h + 1
        else:
            j = h
    return i


# ---------------------------------------------------------------------------
# Ints, Float64s, Strings


def Ints(x: GoSlice) -> None:
    _sort_in_place(x)


def Strings(x: GoSlice) -> None:
    _sort_in_place(x)


def Float64s(x: GoSlice) -> None:
    _sort_floats_in_place(x)


def _is_sorted(x: GoSlice) -> bool:
    items = _elems(x)
    return all(not items[i] < items[i - 1] for i in range(len(items) - 1, 0, -1))


def IntsAreSorted(x: GoSlice) -> bool:
    return _is_sorted(x)


def StringsAreSorted(x: GoSlice) -> bool:
    return _is_sorted(x)


def Float64sAreSorted(x: GoSlice) -> bool:
    items = _elems(x)
    for i in range(len(items) - 1, 0, -1):
        a, b = items[i], items[i - 1]
        if a < b or (a != a and b == b):
            return False
    return True


# ---------------------------------------------------------------------------
# IntSlice, Float64Slice, StringSlice


def _len(x: GoSlice) -> int:
    return x.len


def _less(x: GoSlice, i: int, j: int) -> bool:
    a, off, n = x.a, x.off, x.len
    if not 0 <= i < n:
        from gomem.runtime.panic import panic_index
        panic_index(i, n)
    if not 0 <= j < n:
        from gomem.runtime.panic import panic_index
        panic_index(j, n)
    return a[off + i] < a[off + j]


def _swap(x: GoSlice, i: int, j: int) -> None:
    a, off, n = x.a, x.off, x.len
    if not 0 <= i < n:
        from gomem.runtime.panic import panic_index
        panic_index(i, n)
    if not 0 <= j < n:
        from gomem.runtime.panic import panic_index
        panic_index(j, n)
    a[off + i], a[off + j] = a[off + j], a[off + i]


IntSlice_Len = StringSlice_Len = Float64Slice_Len = _len
IntSlice_Less = StringSlice_Less = _less
IntSlice_Swap = StringSlice_Swap = Float64Slice_Swap = _swap


def Float64Slice_Less(x: GoSlice, i: int, j: int) -> bool:
    n = x.len
    if not 0 <= i < n:
        from gomem.runtime.panic import panic_index
        panic_index(i, n)
    if not 0 <= j < n:
        from gomem.runtime.panic import panic_index
        panic_index(j, n)
    a, b = x.a[x.off + i], x.a[x.off + j]
    return a < b or (a != a and b == b)


def IntSlice_Sort(x: GoSlice) -> None:
    _sort_in_place(x)


def StringSlice_Sort(x: GoSlice) -> None:
    _sort_in_place(x)


def Float64Slice_Sort(x: GoSlice) -> None:
    _sort_floats_in_place(x)


def IntSlice_Search(p: GoSlice, x: int) -> int:
    return SearchInts(p, x)


def StringSlice_Search(p: GoSlice, x: bytes) -> int:
    return SearchStrings(p, x)


def Float64Slice_Search(p: GoSlice, x: float) -> int:
    return SearchFloat64s(p, x)


for _t, _impls in ((INT_SLICE, (IntSlice_Len, IntSlice_Less, IntSlice_Swap, IntSlice_Sort, IntSlice_Search)),
                   (FLOAT64_SLICE, (Float64Slice_Len, Float64Slice_Less, Float64Slice_Swap, Float64Slice_Sort,
                                    Float64Slice_Search)),
                   (STRING_SLICE, (StringSlice_Len, StringSlice_Less, StringSlice_Swap, StringSlice_Sort,
                                   StringSlice_Search))):
    for _name, _impl in zip(("Len", "Less", "Swap", "Sort", "Search"), _impls):
        setattr(_t, "m_" + _name, _impl)
        setattr(new_pointer(_t), "m_" + _name, lambda p, *a, _f=_impl: _f(p.v, *a))
