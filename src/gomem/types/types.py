"""Go's type system as one set of objects shared by the checker, the compiler and the runtime.

Every unnamed composite type is interned: asking twice for ``[]int`` gives the same object, so
type identity (the spec's "identical types") is Python identity (``is``). Named types are unique
by construction. The runtime uses these same objects as its type descriptors: an interface value
holds one of them as its dynamic type, ``%T`` prints ``str(t)``, and the allocator reads the
layout (``size``, ``align``, ``ptrdata``, ``ptrmask``) computed in :mod:`gomem.types.layout`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# ---------------------------------------------------------------------------
# Basic kinds


class Kind:
    INVALID = 0
    BOOL = 1
    INT = 2
    INT8 = 3
    INT16 = 4
    INT32 = 5
    INT64 = 6
    UINT = 7
    UINT8 = 8
    UINT16 = 9
    UINT32 = 10
    UINT64 = 11
    UINTPTR = 12
    FLOAT32 = 13
    FLOAT64 = 14
    STRING = 15
    UNSAFE_POINTER = 16
    # untyped kinds
    UNTYPED_BOOL = 20
    UNTYPED_INT = 21
    UNTYPED_RUNE = 22
    UNTYPED_FLOAT = 23
    UNTYPED_STRING = 24
    UNTYPED_NIL = 25


INTEGER_KINDS = frozenset(range(Kind.INT, Kind.UINTPTR + 1))
UNSIGNED_KINDS = frozenset(range(Kind.UINT, Kind.UINTPTR + 1))
FLOAT_KINDS = frozenset({Kind.FLOAT32, Kind.FLOAT64})
UNTYPED_KINDS = frozenset(range(Kind.UNTYPED_BOOL, Kind.UNTYPED_NIL + 1))

# bit width of each sized integer kind on linux/amd64
INT_BITS = {
    Kind.INT: 64, Kind.INT8: 8, Kind.INT16: 16, Kind.INT32: 32, Kind.INT64: 64,
    Kind.UINT: 64, Kind.UINT8: 8, Kind.UINT16: 16, Kind.UINT32: 32, Kind.UINT64: 64,
    Kind.UINTPTR: 64,
}


class Type:
    """Base of every Go type. Subclasses are plain records; layout is computed lazily."""

    _size: int | None = None
    _align: int | None = None
    _ptrdata: int | None = None
    _ptrmask: tuple[bool, ...] | None = None

    def underlying(self) -> Type:
        return self

    # layout (amd64) ---------------------------------------------------------
    @property
    def size(self) -> int:
        if self._size is None:
            from gomem.types.layout import compute_layout
            compute_layout(self)
        return self._size  # type: ignore[return-value]

    @property
    def align(self) -> int:
        if self._align is None:
            from gomem.types.layout import compute_layout
            compute_layout(self)
        return self._align  # type: ignore[return-value]

    @property
    def ptrdata(self) -> int:
        """Bytes from the start of a value to the end of its last pointer word (0: no pointers)."""
        if self._ptrdata is None:
            from gomem.types.layout import compute_layout
            compute_layout(self)
        return self._ptrdata  # type: ignore[return-value]

    @property
    def ptrmask(self) -> tuple[bool, ...]:
        """One flag per 8-byte word up to ptrdata: True where the word holds a pointer."""
        if self._ptrmask is None:
            from gomem.types.layout import pointer_mask
            self._ptrmask = tuple(pointer_mask(self))
        return self._ptrmask

    @property
    def has_pointers(self) -> bool:
        return self.ptrdata > 0

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self}>"


class Basic(Type):
    def __init__(self, kind: int, name: str):
        self.kind = kind
        self.name = name

    def __str__(self) -> str:
        return _spelling.get(self, self.name) if _spelling else self.name

    @property
    def is_untyped(self) -> bool:
        return self.kind in UNTYPED_KINDS


class Pointer(Type):
    def __init__(self, elem: Type):
        self.elem = elem

    def __str__(self) -> str:
        return "*" + str(self.elem)


class Slice(Type):
    def __init__(self, elem: Type):
        self.elem = elem

    def __str__(self) -> str:
        return "[]" + str(self.elem)


class Array(Type):
    def __init__(self, elem: Type, length: int):
        self.elem = elem
        self.length = length

    def __str__(self) -> str:
        return f"[{self.length}]{self.elem}"


class Map(Type):
    def __init__(self, key: Type, elem: Type):
        self.key = key
        self.elem = elem

    def __str__(self) -> str:
        return f"map[{self.key}]{self.elem}"


class ChanDir:
    BOTH = 0
    SEND = 1
    RECV = 2


class Chan(Type):
    def __init__(self, elem: Type, dir: int):
        self.elem = elem
        self.dir = dir

    def __str__(self) -> str:
        if self.dir == ChanDir.SEND:
            return f"chan<- {self.elem}"
        if self.dir == ChanDir.RECV:
            return f"<-chan {self.elem}"
        e = str(self.elem)
        if isinstance(self.elem, Chan) and self.elem.dir == ChanDir.RECV:
            e = f"({e})"
        return f"chan {e}"


@dataclass(frozen=True)
class Field:
    name: str
    type: Type
    embedded: bool = False
    pkg: str = "main"
    tag: bytes = b""  # the tag's value (part of the type's identity; conversions ignore it)

    @property
    def exported(self) -> bool:
        return self.name[:1].isupper()


class Struct(Type):
    def __init__(self, fields: tuple[Field, ...]):
        self.fields = fields
        self.offsets: tuple[int, ...] = ()
        self.index = {f.name: i for i, f in enumerate(fields)}

    def __str__(self) -> str:
        parts = []
        for f in self.fields:
            part = str(f.type) if f.embedded else f"{f.name} {f.type}"
            if f.tag:
                part += " " + _quote(f.tag)
            parts.append(part)
        if _unqualified[0] is not None:  # the compiler's spelling: struct{x int "tag"}
            return "struct{" + "; ".join(parts) + "}"
        if not parts:  # reflect's spelling (%T, panics): struct { x int "tag" }
            return "struct {}"
        return "struct { " + "; ".join(parts) + " }"


class Tuple(Type):
    """The result list of a call with several results (not a Go type a program can name)."""

    def __init__(self, types: tuple[Type, ...]):
        self.types = types

    def __str__(self) -> str:
        return "(" + ", ".join(str(t) for t in self.types) + ")"


class Signature(Type):
    def __init__(self, params: tuple[Type, ...], results: tuple[Type, ...], variadic: bool):
        self.params = params
        self.results = results
        self.variadic = variadic

    def params_str(self) -> str:
        ps = [str(p) for p in self.params]
        if self.variadic and ps:
            ps[-1] = "..." + str(self.params[-1].elem)  # type: ignore[attr-defined]
        return "(" + ", ".join(ps) + ")"

    def results_str(self) -> str:
        if not self.results:
            return ""
        if len(self.results) == 1:
            return " " + str(self.results[0])
        return " (" + ", ".join(str(r) for r in self.results) + ")"

    def __str__(self) -> str:
        return "func" + self.params_str() + self.results_str()

    @property
    def result(self) -> Type | None:
        """The type of a call expression: None, the single result, or a Tuple."""
        if not self.results:
            return None
        if len(self.results) == 1:
            return self.results[0]
        return new_tuple(self.results)


@dataclass(frozen=True)
class Method:
    """A method of an interface (name and signature without receiver)."""

    name: str
    sig: Signature


class Interface(Type):
    def __init__(self, methods: tuple[Method, ...], written: str | None = None):
        # methods: the complete, sorted method set (embedded interfaces already flattened)
        self.methods = methods
        self.method_index = {m.name: m for m in methods}
        self.written = written

    def __str__(self) -> str:
        methods = "; ".join(_method_name(m.name) + str(m.sig)[4:] for m in self.methods)
        if _unqualified[0] is not None:  # the compiler's spelling: interface{M()}
            return "interface{" + methods + "}"
        return "interface { " + methods + " }" if methods else "interface {}"

    @property
    def is_empty(self) -> bool:
        return not self.methods


class FuncInfo:
    """A declared method of a named type (for method sets and calls)."""

    def __init__(self, name: str, sig: Signature, pointer_recv: bool, decl: Any = None):
        self.name = name
        self.sig = sig
        self.pointer_recv = pointer_recv
        self.decl = decl
        self.pyname = ""  # name of the compiled Python function


class Named(Type):
    def __init__(self, name: str, pkg: str = "main", underlying_type: Type | None = None):
        self.name = name
        self.pkg = pkg
        self._underlying = underlying_type
        self.methods: dict[str, FuncInfo] = {}
        self.pyname = ""  # Python identifier the compiler uses for this type
        self.local_id = 0  # >0 for types declared inside functions (printed as main.T·1 by gc)

    def set_underlying(self, t: Type) -> None:
        self._underlying = t

    def underlying(self) -> Type:
        u = self._underlying
        while isinstance(u, Named):
            u = u._underlying
        assert u is not None, f"type {self.name} has no underlying type yet"
        return u

    def __str__(self) -> str:
        if self.pkg in ("", None) or self.pkg == _unqualified[0]:
            return self.name
        return f"{self.pkg}.{self.name}"


def _quote(b: bytes) -> str:
    """A struct tag as Go prints it in a type (strconv.Quote)."""
    from gomem.stdlib.gostrconv import quote
    return quote(b).decode("utf-8", "surrogateescape")


def _method_name(name: str) -> str:
    """An interface method's name as printed: at run time Go qualifies unexported names with
    their package (gomem's interfaces with unexported methods are all in package main)."""
    if _unqualified[0] is None and not name[0].isupper() and name[0] != "_":
        return "main." + name
    return name


# While the checker reports errors, types of the package being checked print unqualified
# (as gc does: "Square", not "main.Square"); at run time (%T, panics) they are qualified.
_unqualified: list[str | None] = [None]


# gc's messages name uint8 and int32 "byte" and "rune" where the source (or the language: string
# elements, rune literals) says so; gomem has one object per type, so while checking a program
# the spelling it uses (see compiler.driver) is chosen for both.
_spelling: dict[Basic, str] = {}


class unqualified:
    """Context manager: print the named types of package pkg without their package name, and
    the basic types in `spelling` (e.g. {UINT8: "byte"}) by those names."""

    def __init__(self, pkg: str, spelling: dict[Basic, str] | None = None):
        self.pkg = pkg
        self.spelling = spelling or {}

    def __enter__(self) -> None:
        self.saved = _unqualified[0], dict(_spelling)
        _unqualified[0] = self.pkg
        _spelling.clear()
        _spelling.update(self.spelling)

    def __exit__(self, *exc) -> None:
        _unqualified[0] = self.saved[0]
        _spelling.clear()
        _spelling.update(self.saved[1])


# ---------------------------------------------------------------------------
# Interning: one object per distinct unnamed type, so identity is `is`.

_interned: dict[tuple, Type] = {}


def _intern(key: tuple, make) -> Any:
    t = _interned.get(key)
    if t is None:
        t = make()
        _interned[key] = t
    return t


def new_pointer(elem: Type) -> Pointer:
    return _intern(("ptr", id(elem)), lambda: Pointer(elem))


def new_slice(elem: Type) -> Slice:
    return _intern(("slice", id(elem)), lambda: Slice(elem))


def new_array(elem: Type, length: int) -> Array:
    return _intern(("array", id(elem), length), lambda: Array(elem, length))


def new_map(key: Type, elem: Type) -> Map:
    return _intern(("map", id(key), id(elem)), lambda: Map(key, elem))


def new_chan(elem: Type, dir: int = ChanDir.BOTH) -> Chan:
    return _intern(("chan", id(elem), dir), lambda: Chan(elem, dir))


def new_struct(fields: tuple[Field, ...]) -> Struct:
    key = ("struct",) + tuple((f.name, id(f.type), f.embedded, f.tag) for f in fields)
    return _intern(key, lambda: Struct(fields))


def new_tuple(types: tuple[Type, ...]) -> Tuple:
    return _intern(("tuple",) + tuple(id(t) for t in types), lambda: Tuple(types))


def new_signature(params: tuple[Type, ...], results: tuple[Type, ...], variadic: bool = False) -> Signature:
    key = ("func", tuple(id(p) for p in params), tuple(id(r) for r in results), variadic)
    return _intern(key, lambda: Signature(params, results, variadic))


def new_interface(methods: list[Method] | tuple[Method, ...]) -> Interface:
    ms = tuple(sorted(methods, key=lambda m: m.name))
    key = ("iface",) + tuple((m.name, id(m.sig)) for m in ms)
    return _intern(key, lambda: Interface(ms))


def complete_interface(iface: Interface, methods: list[Method]) -> None:
    """Give an interface created without its methods (it embeds an interface that was still
    being declared) its method set; it becomes the interned interface of that method set
    unless an identical one was made before (then the two are equal objects, not one)."""
    iface.methods = tuple(sorted(methods, key=lambda m: m.name))
    iface.method_index = {m.name: m for m in iface.methods}
    _interned.setdefault(("iface",) + tuple((m.name, id(m.sig)) for m in iface.methods), iface)


# ---------------------------------------------------------------------------
# Predeclared types

BOOL = Basic(Kind.BOOL, "bool")
INT = Basic(Kind.INT, "int")
INT8 = Basic(Kind.INT8, "int8")
INT16 = Basic(Kind.INT16, "int16")
INT32 = Basic(Kind.INT32, "int32")
INT64 = Basic(Kind.INT64, "int64")
UINT = Basic(Kind.UINT, "uint")
UINT8 = Basic(Kind.UINT8, "uint8")
UINT16 = Basic(Kind.UINT16, "uint16")
UINT32 = Basic(Kind.UINT32, "uint32")
UINT64 = Basic(Kind.UINT64, "uint64")
UINTPTR = Basic(Kind.UINTPTR, "uintptr")
FLOAT32 = Basic(Kind.FLOAT32, "float32")
FLOAT64 = Basic(Kind.FLOAT64, "float64")
STRING = Basic(Kind.STRING, "string")
UNSAFE_POINTER = Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer")

UNTYPED_BOOL = Basic(Kind.UNTYPED_BOOL, "untyped bool")
UNTYPED_INT = Basic(Kind.UNTYPED_INT, "untyped int")
UNTYPED_RUNE = Basic(Kind.UNTYPED_RUNE, "untyped rune")
UNTYPED_FLOAT = Basic(Kind.UNTYPED_FLOAT, "untyped float")
UNTYPED_STRING = Basic(Kind.UNTYPED_STRING, "untyped string")
UNTYPED_NIL = Basic(Kind.UNTYPED_NIL, "untyped nil")
# the type of what an erroneous type expression denotes: messages naming it are not reported
# (they follow from the error reported first), as in gc
INVALID = Basic(Kind.INVALID, "invalid type")

# byte and rune are aliases: the same objects as uint8 and int32
BYTE = UINT8
RUNE = INT32

EMPTY_INTERFACE = new_interface(())
ERROR = Named("error", "")
ERROR.set_underlying(new_interface([Method("Error", new_signature((), (STRING,)))]))

PREDECLARED_TYPES: dict[str, Type] = {
    "bool": BOOL, "int": INT, "int8": INT8, "int16": INT16, "int32": INT32, "int64": INT64,
    "uint": UINT, "uint8": UINT8, "uint16": UINT16, "uint32": UINT32, "uint64": UINT64,
    "uintptr": UINTPTR, "float32": FLOAT32, "float64": FLOAT64, "string": STRING,
    "byte": BYTE, "rune": RUNE, "error": ERROR, "any": EMPTY_INTERFACE,
}

# the default type of an untyped constant (spec: "Constants")
DEFAULT_TYPE = {
    Kind.UNTYPED_BOOL: BOOL, Kind.UNTYPED_INT: INT, Kind.UNTYPED_RUNE: RUNE,
    Kind.UNTYPED_FLOAT: FLOAT64, Kind.UNTYPED_STRING: STRING,
}


def without_tags(t: Type) -> Type:
    """t with the tags of its unnamed struct types dropped, at any depth of unnamed types: two
    types convert to each other when these are identical (spec: Conversions)."""
    if isinstance(t, Struct):
        if not any(f.tag for f in t.fields) and all(without_tags(f.type) is f.type for f in t.fields):
            return t
        return new_struct(tuple(Field(f.name, without_tags(f.type), f.embedded, f.pkg) for f in t.fields))
    if isinstance(t, Pointer):
        return new_pointer(without_tags(t.elem))
    if isinstance(t, Slice):
        return new_slice(without_tags(t.elem))
    if isinstance(t, Array):
        return new_array(without_tags(t.elem), t.length)
    if isinstance(t, Map):
        return new_map(without_tags(t.key), without_tags(t.elem))
    if isinstance(t, Chan):
        return new_chan(without_tags(t.elem), t.dir)
    if isinstance(t, Signature):
        return new_signature(tuple(without_tags(p) for p in t.params), tuple(without_tags(r) for r in t.results),
                             t.variadic)
    return t  # named and basic types; interfaces have no struct tags of their own to drop


def identical_ignore_tags(a: Type, b: Type) -> bool:
    return a is b or without_tags(a) is without_tags(b)


def default_type(t: Type) -> Type:
    if isinstance(t, Basic) and t.kind in DEFAULT_TYPE:
        return DEFAULT_TYPE[t.kind]
    return t


# ---------------------------------------------------------------------------
# Predicates


def basic_kind(t: Type) -> int:
    u = t.underlying()
    return u.kind if isinstance(u, Basic) else Kind.INVALID


def is_integer(t: Type) -> bool:
    k = basic_kind(t)
    return k in INTEGER_KINDS or k in (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE)


def is_unsigned(t: Type) -> bool:
    return basic_kind(t) in UNSIGNED_KINDS


def is_float(t: Type) -> bool:
    k = basic_kind(t)
    return k in FLOAT_KINDS or k == Kind.UNTYPED_FLOAT


def is_numeric(t: Type) -> bool:
    return is_integer(t) or is_float(t)


def is_string(t: Type) -> bool:
    return basic_kind(t) in (Kind.STRING, Kind.UNTYPED_STRING)


def is_boolean(t: Type) -> bool:
    return basic_kind(t) in (Kind.BOOL, Kind.UNTYPED_BOOL)


def is_untyped(t: Type) -> bool:
    return isinstance(t, Basic) and t.kind in UNTYPED_KINDS


def is_interface(t: Type) -> bool:
    return isinstance(t.underlying(), Interface)


def is_named(t: Type) -> bool:
    return isinstance(t, (Named, Basic))


def comparable(t: Type) -> bool:
    """Spec: comparable types (== defined; may still panic at run time for interfaces)."""
    u = t.underlying()
    if isinstance(u, (Basic, Pointer, Chan, Interface)):
        return True
    if isinstance(u, Struct):
        return all(comparable(f.type) for f in u.fields)
    if isinstance(u, Array):
        return comparable(u.elem)
    return False


def int_range(t: Type) -> tuple[int, int]:
    """Inclusive value range of an integer type."""
    k = basic_kind(t)
    bits = INT_BITS[k]
    if k in UNSIGNED_KINDS:
        return 0, (1 << bits) - 1
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
