"""How Go values are represented in Python (read docs/values.md for the whole table).

    bool                    bool
    all integer types       int (kept in range by the compiled code: wrap-around is explicit)
    float32, float64        float (float32 values are rounded to float32 after every operation)
    string                  bytes (Go strings are immutable byte strings)
    [N]T                    list of N values (bytearray when T is byte/uint8)
    struct                  an instance of the struct's generated class (``struct_class``)
    []T                     Slice: an immutable header (backing list, offset, len, cap)
    map[K]V                 dict (NIL_MAP for a nil map); struct/array keys stored as tuples
    *T                      T struct or array: the struct object / list itself;
                            otherwise a Pointer (Box, ElemRef, FieldRef) with a ``v`` attribute
    chan T                  a gomem.runtime.chan.Chan; nil is None
    func                    a Python callable; nil is None
    interface               Iface(t, v): dynamic type (a gomem.types Type) and value; nil is None

Struct and array values have value semantics in Go; Python objects have reference semantics,
so the compiled code copies (``_cp``) whenever Go copies: assignment, argument passing, return,
and storing into another location. Because a struct object is never shared between two Go
locations, the struct object itself can serve as the pointer ``&s``.
"""

from __future__ import annotations

import keyword
from operator import attrgetter
from typing import Any

from gomem.types.types import (
    Array,
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Pointer,
    Signature,
    Struct,
    Type,
)
from gomem.types.types import (
    Slice as SliceType,
)

# ---------------------------------------------------------------------------
# Slices


class Slice:
    """A slice header. Immutable: append and reslicing make new headers, as in Go.

    ``a`` is the backing array (a list, or a bytearray for byte slices), None for a nil slice.
    The elements are ``a[off:off+len]``; ``cap`` counts from ``off`` to the end of the part of
    ``a`` this slice may reach (a three-index slice can make it smaller than ``len(a) - off``).
    """

    __slots__ = ("a", "off", "len", "cap")

    def __init__(self, a, off: int, length: int, cap: int):
        self.a = a
        self.off = off
        self.len = length
        self.cap = cap

    def elems(self):
        """The elements as a fresh list/bytearray (for the standard library, not hot paths)."""
        if self.a is None:
            return []
        return self.a[self.off:self.off + self.len]

    def __repr__(self) -> str:
        return f"Slice({self.elems()!r}, cap={self.cap})"


NIL_SLICE = Slice(None, 0, 0, 0)


class ZeroArray:
    """The backing array made by make() for elements of size zero (struct{}, [0]int): Go
    stores nothing for them, so any length (up to 2**63-1) costs the same here. Reads give
    the zero value, writes change nothing (all values of such a type are equal)."""

    __slots__ = ("zero", "n")

    def __init__(self, zero: Any, n: int):
        self.zero = zero
        self.n = n

    def __len__(self) -> int:
        return self.n

    def _item(self) -> Any:
        z = self.zero
        return z() if callable(z) else z

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return ZeroArray(self.zero, len(range(*i.indices(self.n))))
        if not -self.n <= i < self.n:
            raise IndexError("ZeroArray index out of range")
        return self._item()

    def __setitem__(self, i: Any, v: Any) -> None:
        if isinstance(i, slice):
            return
        if not -self.n <= i < self.n:
            raise IndexError("ZeroArray index out of range")

    def __iter__(self) -> Any:
        for _ in range(self.n):
            yield self._item()

    def extend(self, items: Any) -> None:
        self.n += sum(1 for _ in items)

    def __add__(self, other: Any) -> list:
        return list(self) + list(other)

    def __repr__(self) -> str:
        return f"ZeroArray(n={self.n})"


def slice_of(items, cap: int | None = None) -> Slice:
    """A slice owning a fresh backing array holding items."""
    n = len(items)
    return Slice(items, 0, n, n if cap is None else cap)


# ---------------------------------------------------------------------------
# Pointers to things that are not struct or array objects


class Box:
    """A variable that lives on its own: an escaped local or a new(T) of a non-aggregate T.
    ``_addr`` is its Go address, set when it is allocated (see address_of)."""

    __slots__ = ("v", "_addr")

    def __init__(self, v: Any):
        self.v = v

    def __repr__(self) -> str:
        return f"Box({self.v!r})"


class ElemRef:
    """&a[i]: a pointer to an element of an array or slice backing store."""

    __slots__ = ("a", "i")

    def __init__(self, a, i: int):
        if type(a) is ArrayView:  # an element of an array made from a slice: the slice's store
            a, i = a.a, a.off + i
        elif a is None:  # &p[i] through a nil *[N]T
            from gomem.runtime.panic import panic_nil_deref
            panic_nil_deref()
        self.a = a
        self.i = i

    @property
    def v(self):
        return self.a[self.i]

    @v.setter
    def v(self, x) -> None:
        self.a[self.i] = x

    def __eq__(self, other) -> bool:
        return type(other) is ElemRef and other.a is self.a and other.i == self.i

    def __hash__(self) -> int:
        return hash((id(self.a), self.i))


class FieldRef:
    """&s.f for a field that is not itself a struct or array."""

    __slots__ = ("o", "name")

    def __init__(self, o, name: str):
        if o is None:  # &p.f through a nil pointer
            from gomem.runtime.panic import panic_nil_deref
            panic_nil_deref()
        self.o = o
        self.name = name

    @property
    def v(self):
        return getattr(self.o, self.name)

    @v.setter
    def v(self, x) -> None:
        setattr(self.o, self.name, x)

    def __eq__(self, other) -> bool:
        return type(other) is FieldRef and other.o is self.o and other.name == self.name

    def __hash__(self) -> int:
        return hash((id(self.o), self.name))


# ---------------------------------------------------------------------------
# Maps


class NilMap(dict):
    """The nil map: reads find nothing, writes panic."""

    __slots__ = ()

    def __setitem__(self, k, v) -> None:
        from gomem.runtime.panic import go_panic_plain
        go_panic_plain("assignment to entry in nil map")

    def setdefault(self, k, v=None):  # pragma: no cover - compiled code never calls it
        from gomem.runtime.panic import go_panic_plain
        go_panic_plain("assignment to entry in nil map")

    def __repr__(self) -> str:
        return "NIL_MAP"


NIL_MAP = NilMap()


def needs_key_conversion(t: Type) -> bool:
    """True when map keys of type t must be stored as tuples (struct and array keys)."""
    return isinstance(t.underlying(), (Struct, Array))


def to_key(t: Type, v: Any) -> Any:
    """The hashable form of a Go value of type t used as a dict key."""
    fn = t.__dict__.get("key_fn", _UNSET)
    if fn is _UNSET:
        fn = t.key_fn = _make_key_fn(t)  # type: ignore[attr-defined]
    return v if fn is None else fn(v)


_UNSET = object()


def _float_key(v: float) -> float:
    return 0.0 if v == 0.0 else v  # +0 and -0 are the same key


def _make_key_fn(t: Type):
    """The function making t's key form, built once per type (None: a value is its own key):
    a struct of plain fields is one attrgetter, so a struct key costs no Python frame."""
    u = t.underlying()
    if isinstance(u, Struct):
        names = field_pynames(u)
        fns = [_make_key_fn(f.type) for f in u.fields]
        if all(f is None for f in fns):
            if len(names) == 1:
                return lambda v, n=names[0]: (getattr(v, n),)
            return attrgetter(*names) if names else (lambda v: ())
        parts = [(n, f) for n, f in zip(names, fns)]
        return lambda v: tuple(getattr(v, n) if f is None else f(getattr(v, n)) for n, f in parts)
    if isinstance(u, Array):
        fe = _make_key_fn(u.elem)
        return tuple if fe is None else (lambda v: tuple(map(fe, v)))
    if isinstance(u, Basic) and u.kind in (Kind.FLOAT32, Kind.FLOAT64):
        return _float_key
    return None


def from_key(t: Type, k: Any) -> Any:
    """Inverse of to_key: a fresh Go value from its dict-key form."""
    u = t.underlying()
    if isinstance(u, Struct):
        cls = struct_class(t)
        return cls(*[from_key(f.type, x) for f, x in zip(u.fields, k)])
    if isinstance(u, Array):
        items = [from_key(u.elem, x) for x in k]
        return bytearray(items) if is_byte_type(u.elem) else items
    return k


# ---------------------------------------------------------------------------
# Interfaces


class Iface:
    """A non-nil interface value: dynamic type t (a Type) and value v. ``_addr`` is set when
    making the interface value allocated a box for v (Go's convT: the data word points to a
    heap copy of v), unset otherwise."""

    __slots__ = ("t", "v", "_addr")

    def __init__(self, t: Type, v: Any):
        self.t = t
        self.v = v

    def __eq__(self, other) -> bool:
        if type(other) is not Iface or other.t is not self.t:
            return False
        if not is_comparable_at_runtime(self.t):
            from gomem.runtime.panic import go_panic_runtime
            go_panic_runtime(f"comparing uncomparable type {self.t}")
        return go_equal(self.t, self.v, other.v)

    def __ne__(self, other) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        if not is_comparable_at_runtime(self.t):
            from gomem.runtime.panic import go_panic_runtime
            go_panic_runtime(f"hash of unhashable type {self.t}")
        return hash((id(self.t), to_key(self.t, self.v)))

    def __repr__(self) -> str:
        return f"Iface({self.t}, {self.v!r})"


def is_comparable_at_runtime(t: Type) -> bool:
    u = t.underlying()
    if isinstance(u, (SliceType, Map, Signature)):
        return False
    if isinstance(u, Struct):
        return all(is_comparable_at_runtime(f.type) for f in u.fields)
    if isinstance(u, Array):
        return is_comparable_at_runtime(u.elem)
    return True


def go_equal(t: Type, a: Any, b: Any) -> bool:
    """Go's == for two values of type t (panics on uncomparable dynamic types in interfaces)."""
    u = t.underlying()
    if isinstance(u, Basic):
        return a == b
    if isinstance(u, Pointer):
        if isinstance(u.elem.underlying(), (Struct, Array)) or type(a) is Box:
            return a is b
        return a == b
    if isinstance(u, Interface):
        if a is None or b is None:
            return a is b
        if a.t is not b.t:
            return False
        if not is_comparable_at_runtime(a.t):
            from gomem.runtime.panic import go_panic_runtime
            go_panic_runtime(f"comparing uncomparable type {a.t}")
        return go_equal(a.t, a.v, b.v)
    if isinstance(u, Struct):
        for f, n in zip(u.fields, field_pynames(u)):
            if n.startswith("_blank"):
                continue
            if not go_equal(f.type, getattr(a, n), getattr(b, n)):
                return False
        return True
    if isinstance(u, Array):
        e = u.elem
        return all(go_equal(e, x, y) for x, y in zip(a, b))
    if isinstance(u, (Chan, Map, Signature, SliceType)):
        return a is b
    return a == b


# ---------------------------------------------------------------------------
# Structs


def field_pyname(name: str, index: int) -> str:
    """The Python attribute that holds a Go struct field."""
    if name == "_":
        return f"_blank{index}"
    if keyword.iskeyword(name) or name in ("None", "True", "False", "_addr") or name.startswith("__"):
        return name + "_"
    return name


def field_pynames(st: Struct) -> tuple[str, ...]:
    names = st.__dict__.get("pynames")
    if names is None:
        names = tuple(field_pyname(f.name, i) for i, f in enumerate(st.fields))
        st.pynames = names  # type: ignore[attr-defined]
    return names


class GoStruct:
    """Base of the generated struct classes (see struct_class). ``_addr`` is the Go address
    of a struct that is a heap object (set by the allocator), unset for values."""

    __slots__ = ("_addr",)
    _gotype: Type


def is_byte_type(t: Type) -> bool:
    u = t.underlying()
    return isinstance(u, Basic) and u.kind == Kind.UINT8


def is_aggregate(t: Type) -> bool:
    """Struct and array values are Python objects that must be copied to copy the Go value."""
    return isinstance(t.underlying(), (Struct, Array))


def struct_class(t: Type) -> type:
    """The Python class of struct values of type t (one per named or unnamed struct type)."""
    cls = t.__dict__.get("pyclass")
    if cls is not None:
        return cls
    st = t.underlying()
    assert isinstance(st, Struct)
    names = field_pynames(st)
    params = []
    body = []
    copies = []
    sets = []
    ns: dict[str, Any] = {"GoStruct": GoStruct}
    for i, (f, n) in enumerate(zip(st.fields, names)):
        zname = f"z{i}"
        if is_aggregate(f.type):
            ns[zname] = zero_maker(f.type)
            params.append(f"{n}=None")
            body.append(f"    self.{n} = {zname}() if {n} is None else {n}")
            ns[f"c{i}"] = lambda v, ft=f.type: copy_value(ft, v)
            copies.append(f"c{i}(self.{n})")
        else:
            ns[zname] = zero_value(f.type)
            params.append(f"{n}={zname}")
            body.append(f"    self.{n} = {n}")
            copies.append(f"self.{n}")
        sets.append(f"    self.{n} = c{i}(o.{n})" if is_aggregate(f.type) else f"    self.{n} = o.{n}")
    pyname = getattr(t, "name", "anon")
    src = [f"class {pyname}(GoStruct):", f"  __slots__ = {names!r}"]
    src.append(f"  def __init__(self, {', '.join(params)}):" if params else "  def __init__(self):")
    src.extend("  " + b for b in body) if body else src.append("    pass")
    src.append("  def _cp(self):")
    src.append(f"    return {pyname}({', '.join(copies)})")
    src.append("  def _set(self, o):")
    src.extend("  " + s for s in sets) if sets else src.append("    pass")
    src.append("  def __repr__(self):")
    src.append(f"    return '{pyname}(' + ', '.join(repr(getattr(self, n)) for n in {names!r}) + ')'")
    exec("\n".join(src), ns)
    cls = ns[pyname]
    cls._gotype = t
    cls.__qualname__ = str(t)
    t.pyclass = cls  # type: ignore[attr-defined]
    return cls


def copy_value(t: Type, v: Any) -> Any:
    """A copy of Go value v of type t (a no-op for everything but structs and arrays)."""
    u = t.underlying()
    if isinstance(u, Struct):
        return v._cp()
    if isinstance(u, Array):
        if is_aggregate(u.elem):
            return [copy_value(u.elem, x) for x in v]
        return v[:]
    return v


# ---------------------------------------------------------------------------
# Zero values


def zero_value(t: Type) -> Any:
    u = t.underlying()
    if isinstance(u, Basic):
        k = u.kind
        if k in (Kind.BOOL, Kind.UNTYPED_BOOL):
            return False
        if k in (Kind.STRING, Kind.UNTYPED_STRING):
            return b""
        if k in (Kind.FLOAT32, Kind.FLOAT64, Kind.UNTYPED_FLOAT):
            return 0.0
        if k == Kind.UNSAFE_POINTER or k == Kind.UNTYPED_NIL:
            return None
        return 0
    if isinstance(u, Struct):
        return struct_class(t)()
    if isinstance(u, Array):
        if is_byte_type(u.elem):
            return bytearray(u.length)
        if is_aggregate(u.elem):
            return [zero_value(u.elem) for _ in range(u.length)]
        return [zero_value(u.elem)] * u.length
    if isinstance(u, SliceType):
        return NIL_SLICE
    if isinstance(u, Map):
        return NIL_MAP
    return None  # pointers, chans, funcs, interfaces


def zero_maker(t: Type):
    """A function of no arguments returning a fresh zero value of t (fast for hot paths)."""
    u = t.underlying()
    if isinstance(u, Struct):
        return struct_class(t)
    if isinstance(u, Array):
        n = u.length
        if is_byte_type(u.elem):
            return lambda: bytearray(n)
        if not is_aggregate(u.elem):  # immutable elements: one shared zero
            ez = zero_value(u.elem)
            return lambda: [ez] * n
        return lambda: zero_value(t)
    z = zero_value(t)
    return lambda: z


# ---------------------------------------------------------------------------
# Method sets at run time and addresses


def implements(t: Type, iface: Type) -> bool:
    """Whether dynamic type t has every method of interface type iface.

    The compiler gives each type in its method set an attribute ``m_<Name>`` (a function of the
    receiver value) and a dict ``method_sigs`` (name → signature; types made by the standard
    packages in Python may lack it), so this is a run-time method-set check: names and
    signatures.
    """
    u = iface.underlying()
    assert isinstance(u, Interface)
    sigs = getattr(t, "method_sigs", None)
    if sigs is not None:
        # a method of the same name but another signature does not implement it
        return all(hasattr(t, "m_" + m.name) and sigs.get(m.name, m.sig) is m.sig for m in u.methods)
    return all(hasattr(t, "m_" + m.name) for m in u.methods)


def address_of(obj: Any) -> int:
    """The Go address of a pointer-like object: the heap address the allocator gave it
    (gomem.runtime.malloc), else (a variable that never went through the heap) a stack
    address, given the first time it is asked for and kept."""
    if obj is None:
        return 0
    a = getattr(obj, "_addr", None)
    if a is not None:
        return a
    from gomem.runtime import malloc
    a = malloc.address_of_heap(obj)
    if a:
        return a
    a = malloc.stack_address(obj)
    try:
        obj._addr = a
    except AttributeError:
        malloc.register(obj, a)
    return a


class ArrayView:
    """*[N]T made from a slice ((*[N]T)(s)): an array that lives inside a larger backing store.

    It behaves like the list an array normally is (indexing, assignment, len, iteration,
    ``[:]`` copies), reading and writing the slice's backing store, so the two alias as in Go.
    """

    __slots__ = ("a", "off", "n")

    def __init__(self, a, off: int, n: int):
        self.a = a
        self.off = off
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.a[self.off:self.off + self.n][i]
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.a[self.off + i]

    def __setitem__(self, i, v) -> None:
        if isinstance(i, slice):
            start, stop, _ = i.indices(self.n)
            self.a[self.off + start:self.off + stop] = v
            return
        if not 0 <= i < self.n:
            raise IndexError(i)
        self.a[self.off + i] = v

    def __iter__(self):
        a, off = self.a, self.off
        return (a[off + i] for i in range(self.n))


class GoMap(dict):
    """A non-nil Go map: a dict that also keeps Go's bucket state for allocation accounting.

    ``B`` is log2 of Go's bucket count (-1 before the first bucket array exists) and
    ``grow_at`` the length past which Go would grow the bucket array; compiled code checks
    ``len(m) > m.grow_at`` after storing a new key and calls ``gomem.runtime.malloc``'s map
    growth then. Python's dict grows on its own; this only mirrors what Go allocates.
    ``gcdeps`` lists the addresses of the objects only the map references (its current
    bucket array, mapextra, out-of-line keys and values), which the collector marks with it.
    """

    __slots__ = ("B", "grow_at", "t", "site", "_addr", "gcdeps")
