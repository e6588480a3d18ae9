"""Machine addresses for pointer-like values, and the order in which fmt prints map entries.

Addresses: gomem has no real heap addresses, so each pointer target gets a stable, Go-looking
one from gomem.runtime.values.address_of; a pointer into an array or a struct field is offset
from its container by the element size or field offset, as it would be in memory. Type
descriptors get addresses too (they order interface-typed map keys of different dynamic types).

Map order (fmt sorts map keys; the rules are Go's internal/fmtsort): numbers and strings in
their natural order, NaN before every other float; false before true; pointers and channels
by address (nil first); structs and arrays field by field / element by element; interface
values nil first, then by the address of the dynamic type's descriptor, then by value.
Each key type gets a Python sort-key function built once.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, Callable

from gomem.runtime.values import (
    ElemRef,
    FieldRef,
    NilMap,
    address_of,
    field_pynames,
    from_key,
    needs_key_conversion,
)
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
    Struct,
    Type,
)
from gomem.types.types import Slice as SliceType

# ---------------------------------------------------------------------------
# Addresses

_descriptor_addresses: dict[int, tuple[Type, int]] = {}

# Where each sort of type descriptor goes in the pretend read-only data section (an
# approximation of the linker's layout: pointer types, small basic ones, arrays, structs...).
_BASIC_SLOT = {
    Kind.STRING: 0, Kind.INT8: 1, Kind.UINT8: 2, Kind.INT16: 3, Kind.UINT16: 4, Kind.INT32: 5,
    Kind.UINT32: 6, Kind.INT64: 7, Kind.UINT64: 8, Kind.INT: 9, Kind.UINT: 10, Kind.UINTPTR: 11,
    Kind.FLOAT32: 12, Kind.FLOAT64: 13, Kind.BOOL: 14,
}


def _descriptor_region(t: Type) -> int:
    if isinstance(t, Pointer):
        return 0
    if isinstance(t, Named):
        return 30 if isinstance(t.underlying(), Struct) else 1
    if isinstance(t, Basic):
        return 2 + _BASIC_SLOT.get(t.kind, 15)
    if isinstance(t, Array):
        return 20
    if isinstance(t, Struct):
        return 25
    return 40


def type_address(t: Type) -> int:
    """The (stable, made-up) address of t's type descriptor."""
    known = _descriptor_addresses.get(id(t))
    if known is None:
        addr = 0x480000 + _descriptor_region(t) * 0x10000 + len(_descriptor_addresses) * 0x60
        known = _descriptor_addresses[id(t)] = (t, addr)  # holding t keeps its id unique
    return known[1]


_code_addresses: dict[int, tuple[Any, int]] = {}


def code_address(fn: Any) -> int:
    """The (stable, made-up) address of a function's code in the text segment: the same for
    every closure of one function literal, as Go's reflect.Value.Pointer of a func."""
    code = getattr(fn, "__code__", fn)
    known = _code_addresses.get(id(code))
    if known is None:
        known = _code_addresses[id(code)] = (code, 0x401000 + len(_code_addresses) * 0x40)
    return known[1]


def _size_of(t: Type) -> int:
    try:
        return t.size
    except Exception:  # no layout for a type still under construction (tests build such)
        return 8


def _offset_of_field(obj: Any, attr: str) -> int:
    st_type = getattr(type(obj), "_gotype", None)
    if st_type is None:
        return 0
    st = st_type.underlying()
    try:
        k = field_pynames(st).index(attr)
        if not st.offsets:
            _size_of(st_type)  # lays the struct out
        return st.offsets[k]
    except Exception:
        return 0


def pointer_value(t: Type, v: Any) -> int:
    """The address a value of pointer-like type t (pointer, slice, map, chan, func,
    unsafe.Pointer) holds; 0 for nil."""
    if v is None:
        return 0
    u = t.underlying()
    if isinstance(u, SliceType):
        if v.a is None:
            return 0
        return address_of(v.a) + v.off * _size_of(u.elem)
    if isinstance(u, Map):
        return 0 if isinstance(v, NilMap) else address_of(v)
    if isinstance(u, Signature):  # fmt shows a func's code pointer, not its closure
        return code_address(v)
    if isinstance(u, Pointer):
        kind = type(v)
        if kind is ElemRef:
            return address_of(v.a) + v.i * _size_of(u.elem)
        if kind is FieldRef:
            return address_of(v.o) + _offset_of_field(v.o, v.name)
    return address_of(v)


# ---------------------------------------------------------------------------
# Map order

_sort_keys: dict[Type, Callable[[Any], Any]] = {}


def _float_rank(x: float) -> tuple:
    return (True, x) if x == x else (False, 0.0)


def _identity(x: Any) -> Any:
    return x


def sort_key(t: Type) -> Callable[[Any], Any]:
    """A function from values of type t to Python values that sort in fmt's map order."""
    fn = _sort_keys.get(t)
    if fn is None:
        fn = _sort_keys[t] = _make_sort_key(t)
    return fn


def _make_sort_key(t: Type) -> Callable[[Any], Any]:
    u = t.underlying()
    if isinstance(u, Basic):
        if u.kind in (Kind.FLOAT32, Kind.FLOAT64, Kind.UNTYPED_FLOAT):
            return _float_rank
        if u.kind == Kind.UNSAFE_POINTER:
            return lambda v: pointer_value(t, v)
        return _identity
    if isinstance(u, Pointer):
        return lambda v: pointer_value(t, v)
    if isinstance(u, Chan):
        return address_of  # nil is 0, below every real address
    if isinstance(u, Struct):
        parts = [(name, sort_key(f.type)) for f, name in zip(u.fields, field_pynames(u))]
        return lambda v: tuple(key(getattr(v, name)) for name, key in parts)
    if isinstance(u, Array):
        elem_key = sort_key(u.elem)
        return lambda v: tuple(map(elem_key, v))
    if isinstance(u, Interface):
        return _interface_rank
    raise TypeError(f"fmt: values of type {t} cannot be map keys")


def _interface_rank(v: Any) -> tuple:
    if v is None:
        return (False,)
    return (True, type_address(v.t), sort_key(v.t)(v.v))


def compare_values(t: Type, a: Any, b: Any) -> int:
    """-1, 0 or 1 as a sorts before, with or after b among map keys of type t."""
    key = sort_key(t)
    ka, kb = key(a), key(b)
    return (ka > kb) - (ka < kb)


_first = itemgetter(0)


def sorted_map_items(t: Map, m: dict) -> list[tuple[Any, Any]]:
    """The (key, value) pairs of map m (of map type t) in the order fmt prints them."""
    kt = t.key
    if needs_key_conversion(kt):
        pairs = [(from_key(kt, k), v) for k, v in m.items()]
    else:
        pairs = list(m.items())
    key = sort_key(kt)
    if key is _identity:
        pairs.sort(key=_first)
    else:
        pairs.sort(key=lambda kv: key(kv[0]))
    return pairs
