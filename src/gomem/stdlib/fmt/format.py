"""The formatting engine of package fmt: a port of Go 1.23's fmt/print.go and fmt/format.go.

Values arrive as gomem values (see gomem.runtime.values): an operand is an interface value
(``Iface(t, v)`` or ``None``), and below the top level a value is handled as the pair
``(t, v)`` of its static type and its Python representation (what reflect.Value is to Go).

Methods (String, Error, GoString, Format) are found on the dynamic type through the ``m_<Name>``
attributes that the compiler puts on type objects.
"""

from __future__ import annotations

import functools
from typing import Any, Callable

from gomem.runtime.panic import GoPanic, as_go_panic
from gomem.runtime.values import (
    ElemRef,
    FieldRef,
    Iface,
    NilMap,
    address_of,
    field_pynames,
    from_key,
    is_byte_type,
    needs_key_conversion,
)
from gomem.stdlib import gostrconv
from gomem.stdlib import utf8 as _utf8
from gomem.types.types import (
    BOOL,
    FLOAT32,
    FLOAT64,
    INT,
    INT8,
    INT16,
    INT32,
    INT64,
    STRING,
    UINT,
    UINT8,
    UINT16,
    UINT32,
    UINT64,
    UINTPTR,
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
    new_signature,
    new_slice,
)
from gomem.types.types import (
    Slice as SliceType,
)

MASK64 = (1 << 64) - 1
MAX_RUNE = 0x10FFFF
RUNE_ERROR = 0xFFFD

_BYTES_T = new_slice(UINT8)

# The signatures of the methods fmt looks for (an m_<Name> whose declared signature differs
# does not count).
SIG_STRING = new_signature((), (STRING,))

_SIGNED_KINDS = frozenset({Kind.INT, Kind.INT8, Kind.INT16, Kind.INT32, Kind.INT64})
_UNSIGNED_KINDS = frozenset({Kind.UINT, Kind.UINT8, Kind.UINT16, Kind.UINT32, Kind.UINT64, Kind.UINTPTR})
_FLOAT_KINDS = frozenset({Kind.FLOAT32, Kind.FLOAT64})
_UNTYPED_DEFAULT = {
    Kind.UNTYPED_BOOL: Kind.BOOL, Kind.UNTYPED_INT: Kind.INT, Kind.UNTYPED_RUNE: Kind.INT32,
    Kind.UNTYPED_FLOAT: Kind.FLOAT64, Kind.UNTYPED_STRING: Kind.STRING,
}


# ---------------------------------------------------------------------------
# Helpers on types and values


def method_info(t: Type, name: str, _depth: int = 0) -> Any:
    """The FuncInfo recording method `name` of t (declared on t or *t, or promoted through
    embedded fields), or None when no type records it."""
    n = t.elem if isinstance(t, Pointer) else t
    methods = getattr(n, "methods", None)
    if methods:
        info = methods.get(name)
        if info is not None:
            return info
    if _depth > 8:
        return None
    u = n.underlying() if isinstance(n, Named) else n
    if isinstance(u, Struct):
        for f in u.fields:
            if f.embedded:
                info = method_info(f.type, name, _depth + 1)
                if info is not None:
                    return info
    return None


_method_cache: dict[tuple[int, str], tuple[Type, bool]] = {}


def _method(t: Type, name: str, sig: Signature | None = None) -> Callable | None:
    """The run-time method `name` of dynamic type t, or None.

    When a type records the method's signature, it must be `sig` (a type with ``String() int``
    is not a Stringer).
    """
    f = getattr(t, "m_" + name, None)
    if f is None or sig is None:
        return f
    key = (id(t), name)
    e = _method_cache.get(key)
    if e is not None and e[0] is t:
        return f if e[1] else None
    info = method_info(t, name)
    ok = info is None or info.sig is None or info.sig is sig
    _method_cache[key] = (t, ok)
    return f if ok else None


def _formatter(t: Type) -> Callable | None:
    """The Format method of t if it is fmt.Formatter's Format(f fmt.State, verb rune)."""
    f = getattr(t, "m_Format", None)
    if f is None:
        return None
    info = method_info(t, "Format")
    if info is None or info.sig is None:
        return f
    sig = info.sig
    if (len(sig.params) == 2 and not sig.results and not sig.variadic and str(sig.params[0]) == "fmt.State"
            and sig.params[1] is INT32):
        return f
    return None


def _is_error_type(t: Type) -> bool:
    return _method(t, "Error", SIG_STRING) is not None


rune_count = _utf8.rune_count


def _encode_rune(r: int) -> bytes:
    return _utf8.encode_rune(r)


_type_addresses: dict[int, tuple[Type, int]] = {}
_basic_rank = {
    Kind.STRING: 0, Kind.INT8: 1, Kind.UINT8: 2, Kind.INT16: 3, Kind.UINT16: 4, Kind.INT32: 5,
    Kind.UINT32: 6, Kind.INT64: 7, Kind.UINT64: 8, Kind.INT: 9, Kind.UINT: 10, Kind.UINTPTR: 11,
    Kind.FLOAT32: 12, Kind.FLOAT64: 13, Kind.BOOL: 14,
}


def type_address(t: Type) -> int:
    """A stable, Go-looking address for the type descriptor of t (in the binary's rodata).

    The order approximates the linker's layout (descriptor size, then load order), which is
    what orders interface-typed map keys of different dynamic types in fmt's sorted maps.
    """
    e = _type_addresses.get(id(t))
    if e is not None:
        return e[1]
    if isinstance(t, Pointer):
        rank = 0
    elif isinstance(t, Named):
        rank = 30 if isinstance(t.underlying(), Struct) else 1
    elif isinstance(t, Basic):
        rank = 2 + _basic_rank.get(t.kind, 15)
    elif isinstance(t, Array):
        rank = 20
    elif isinstance(t, Struct):
        rank = 25
    else:
        rank = 40
    addr = 0x480000 + rank * 0x10000 + len(_type_addresses) * 0x60
    _type_addresses[id(t)] = (t, addr)
    return addr


def pointer_value(t: Type, v: Any) -> int:
    """The machine address a pointer-like value (pointer, chan, map, func, slice) stands for."""
    if v is None:
        return 0
    u = t.underlying()
    if isinstance(u, SliceType):
        if v.a is None:
            return 0
        return address_of(v.a) + v.off * _elem_size(u.elem)
    if isinstance(u, Map):
        if isinstance(v, NilMap):
            return 0
        return address_of(v)
    if isinstance(u, Pointer):
        cls = type(v)
        if cls is ElemRef:
            return address_of(v.a) + v.i * _elem_size(u.elem)
        if cls is FieldRef:
            return address_of(v.o) + _field_offset(v.o, v.name)
    return address_of(v)


def _elem_size(t: Type) -> int:
    try:
        return t.size
    except Exception:  # layout unavailable (a type being built in a test)
        return 8


def _field_offset(o: Any, name: str) -> int:
    t = getattr(type(o), "_gotype", None)
    if t is None:
        return 0
    st = t.underlying()
    try:
        idx = field_pynames(st).index(name)
        if not st.offsets:
            t.size  # computes the offsets
        return st.offsets[idx]
    except Exception:
        return 0


def _is_nil_map(v: Any) -> bool:
    return v is None or isinstance(v, NilMap)


# ---------------------------------------------------------------------------
# Sorting map keys as internal/fmtsort does


def _cmp(a: Any, b: Any) -> int:
    # cmp.Compare: NaN sorts before everything, and NaN == NaN
    if a != a:
        return 0 if b != b else -1
    if b != b:
        return 1
    return -1 if a < b else (1 if a > b else 0)


def compare_values(t: Type, a: Any, b: Any) -> int:
    """fmtsort.compare for two values of type t."""
    u = t.underlying()
    if isinstance(u, Basic):
        k = u.kind
        if k == Kind.BOOL:
            return 0 if a == b else (1 if a else -1)
        if k == Kind.UNSAFE_POINTER:
            return _cmp(pointer_value(t, a), pointer_value(t, b))
        return _cmp(a, b)
    if isinstance(u, Pointer):
        return _cmp(pointer_value(t, a), pointer_value(t, b))
    if isinstance(u, Chan):
        if a is None or b is None:
            return (0 if b is None else -1) if a is None else 1
        return _cmp(address_of(a), address_of(b))
    if isinstance(u, Struct):
        for f, n in zip(u.fields, field_pynames(u)):
            c = compare_values(f.type, getattr(a, n), getattr(b, n))
            if c:
                return c
        return 0
    if isinstance(u, Array):
        for x, y in zip(a, b):
            c = compare_values(u.elem, x, y)
            if c:
                return c
        return 0
    if isinstance(u, Interface):
        if a is None or b is None:
            return (0 if b is None else -1) if a is None else 1
        if a.t is not b.t:
            return _cmp(type_address(a.t), type_address(b.t))
        return compare_values(a.t, a.v, b.v)
    raise TypeError(f"bad type in compare: {t}")


def sorted_map_items(t: Map, m: dict) -> list[tuple[Any, Any]]:
    """The (key, value) pairs of map m of type t, keys in fmtsort order."""
    kt = t.key
    if needs_key_conversion(kt):
        items = [(from_key(kt, k), v) for k, v in m.items()]
    else:
        items = list(m.items())
    ku = kt.underlying()
    if isinstance(ku, Basic) and ku.kind != Kind.UNSAFE_POINTER:
        if ku.kind in _FLOAT_KINDS:
            items.sort(key=lambda kv: (kv[0] == kv[0], kv[0] if kv[0] == kv[0] else 0.0))
        else:
            items.sort(key=lambda kv: kv[0])
        return items
    key = functools.cmp_to_key(lambda x, y: compare_values(kt, x[0], y[0]))
    items.sort(key=key)
    return items


# ---------------------------------------------------------------------------
# The printer


def _wrap_state_iface(p: Printer) -> Any:
    from gomem.stdlib.fmt import state_iface
    return state_iface(p)


class Printer:
    """Go's pp and fmt structs in one: one formatting operation's buffer, flags and state."""

    __slots__ = (
        "buf", "arg", "value", "reordered", "good_arg_num", "panicking", "erroring", "wrap_errs",
        "wrapped_errs", "wid_present", "prec_present", "minus", "plus", "sharp", "space", "zero",
        "plus_v", "sharp_v", "wid", "prec",
    )

    def __init__(self) -> None:
        self.buf = bytearray()
        self.arg: Any = None
        self.value: tuple[Type, Any] | None = None
        self.reordered = False
        self.good_arg_num = True
        self.panicking = False
        self.erroring = False
        self.wrap_errs = False
        self.wrapped_errs: list[int] = []
        self.clearflags()

    # -- flags (fmt.clearflags) ------------------------------------------------
    def clearflags(self) -> None:
        self.wid_present = False
        self.prec_present = False
        self.minus = False
        self.plus = False
        self.sharp = False
        self.space = False
        self.zero = False
        self.plus_v = False
        self.sharp_v = False
        self.wid = 0
        self.prec = 0

    def _save_flags(self) -> tuple:
        return (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp, self.space,
                self.zero, self.plus_v, self.sharp_v)

    def _restore_flags(self, f: tuple) -> None:
        (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp, self.space,
         self.zero, self.plus_v, self.sharp_v) = f

    # -- State interface (for Formatter implementations) -------------------------
    def state_write(self, b: bytes | bytearray) -> int:
        self.buf += b
        return len(b)

    def state_width(self) -> tuple[int, bool]:
        return self.wid, self.wid_present

    def state_precision(self) -> tuple[int, bool]:
        return self.prec, self.prec_present

    def state_flag(self, c: int) -> bool:
        if c == 0x2D:  # '-'
            return self.minus
        if c == 0x2B:  # '+'
            return self.plus or self.plus_v
        if c == 0x23:  # '#'
            return self.sharp or self.sharp_v
        if c == 0x20:  # ' '
            return self.space
        if c == 0x30:  # '0'
            return self.zero
        return False

    # -- padding (format.go) -------------------------------------------------------
    def write_padding(self, n: int) -> None:
        if n <= 0:
            return
        if self.zero and not self.minus:
            self.buf += b"0" * n
        else:
            self.buf += b" " * n

    def pad(self, b: bytes | bytearray) -> None:
        if not self.wid_present or self.wid == 0:
            self.buf += b
            return
        width = self.wid - rune_count(b)
        if not self.minus:
            self.write_padding(width)
            self.buf += b
        else:
            self.buf += b
            self.write_padding(width)

    pad_string = pad

    def fmt_boolean(self, v: bool) -> None:
        self.pad(b"true" if v else b"false")

    def fmt_unicode(self, u: int) -> None:
        prec = 4
        if self.prec_present and self.prec > 4:
            prec = self.prec
        tail = b""
        if self.sharp and u <= MAX_RUNE and gostrconv.is_print(u):
            tail = b" '" + _encode_rune(u) + b"'"
        digits = format(u, "X")
        if len(digits) < prec:
            digits = "0" * (prec - len(digits)) + digits
        old_zero = self.zero
        self.zero = False
        self.pad(b"U+" + digits.encode() + tail)
        self.zero = old_zero

    def fmt_integer_raw(self, u: int, base: int, is_signed: bool, verb: str, upper: bool) -> None:
        """fmt.fmtInteger: u is the value as a uint64 bit pattern."""
        negative = is_signed and u >= 1 << 63
        if negative:
            u = (1 << 64) - u
        prec = 0
        if self.prec_present:
            prec = self.prec
            if prec == 0 and u == 0:
                old_zero = self.zero
                self.zero = False
                self.write_padding(self.wid)
                self.zero = old_zero
                return
        elif self.zero and not self.minus and self.wid_present:
            prec = self.wid
            if negative or self.plus or self.space:
                prec -= 1
        if base == 10:
            s = str(u)
        elif base == 16:
            s = format(u, "X" if upper else "x")
        elif base == 8:
            s = format(u, "o")
        else:
            s = format(u, "b")
        if len(s) < prec:
            s = "0" * (prec - len(s)) + s
        if self.sharp:
            if base == 2:
                s = "0b" + s
            elif base == 8:
                if s[0] != "0":
                    s = "0" + s
            elif base == 16:
                s = ("0X" if upper else "0x") + s
        if verb == "O":
            s = "0o" + s
        if negative:
            s = "-" + s
        elif self.plus:
            s = "+" + s
        elif self.space:
            s = " " + s
        old_zero = self.zero
        self.zero = False
        self.pad(s.encode())
        self.zero = old_zero

    def truncate(self, s: bytes) -> bytes:
        if self.prec_present:
            n = self.prec
            if s.isascii():
                return s[:n] if n < len(s) else s
            i = 0
            end = len(s)
            while i < end:
                n -= 1
                if n < 0:
                    return s[:i]
                if s[i] < 0x80:
                    i += 1
                else:
                    i += _utf8.decode_rune(s, i)[1]
        return s

    def fmt_s(self, s: bytes) -> None:
        s = self.truncate(s)
        self.pad(s)

    fmt_bs = fmt_s

    def fmt_sbx(self, b: bytes, upper: bool) -> None:
        length = len(b)
        if self.prec_present and self.prec < length:
            length = self.prec
        width = 2 * length
        if width > 0:
            if self.space:
                if self.sharp:
                    width *= 2
                width += length - 1
            elif self.sharp:
                width += 2
        else:
            if self.wid_present:
                self.write_padding(self.wid)
            return
        if self.wid_present and self.wid > width and not self.minus:
            self.write_padding(self.wid - width)
        hx = b[:length].hex()
        if upper:
            hx = hx.upper()
        prefix = "0X" if upper else "0x"
        if self.space:
            sep = " " + prefix if self.sharp else " "
            text = sep.join(hx[i:i + 2] for i in range(0, len(hx), 2))
            if self.sharp:
                text = prefix + text
        elif self.sharp:
            text = prefix + hx
        else:
            text = hx
        self.buf += text.encode()
        if self.wid_present and self.wid > width and self.minus:
            self.write_padding(self.wid - width)

    def fmt_q(self, s: bytes) -> None:
        s = self.truncate(s)
        if self.sharp and gostrconv.can_backquote(s):
            self.pad(b"`" + s + b"`")
            return
        if self.plus:
            self.pad(gostrconv.quote_to_ascii(s))
        else:
            self.pad(gostrconv.quote(s))

    def fmt_c(self, c: int) -> None:
        r = c if c <= MAX_RUNE else RUNE_ERROR
        self.pad(_encode_rune(r))

    def fmt_qc(self, c: int) -> None:
        r = c if c <= MAX_RUNE else RUNE_ERROR
        if self.plus:
            self.pad(gostrconv.quote_rune_to_ascii(r))
        else:
            self.pad(gostrconv.quote_rune(r))

    def fmt_float_raw(self, v: float, size: int, verb: str, prec: int) -> None:
        """fmt.fmtFloat: verb is a strconv format byte."""
        if self.prec_present:
            prec = self.prec
        num = bytearray(gostrconv.format_float(v, verb, prec, size))
        if num[0] == 0x2D or num[0] == 0x2B:  # '-' or '+'
            pass
        else:
            num[0:0] = b"+"
        if self.space and num[0] == 0x2B and not self.plus:
            num[0] = 0x20
        if num[1] == 0x49 or num[1] == 0x4E:  # 'I'nf or 'N'aN
            old_zero = self.zero
            self.zero = False
            if num[1] == 0x4E and not self.space and not self.plus:
                num = num[1:]
            self.pad(num)
            self.zero = old_zero
            return
        if self.sharp and verb != "b":
            digits = 0
            if verb in ("v", "g", "G", "x"):
                digits = prec
                if digits == -1:
                    digits = 6
            tail = b""
            has_decimal_point = False
            saw_nonzero_digit = False
            i = 1
            while i < len(num):
                c = num[i]
                if c == 0x2E:  # '.'
                    has_decimal_point = True
                elif c in (0x70, 0x50):  # 'p', 'P'
                    tail = bytes(num[i:])
                    num = num[:i]
                elif c in (0x65, 0x45) and verb not in ("x", "X"):  # 'e', 'E'
                    tail = bytes(num[i:])
                    num = num[:i]
                else:
                    if c != 0x30:
                        saw_nonzero_digit = True
                    if saw_nonzero_digit:
                        digits -= 1
                i += 1
            if not has_decimal_point:
                if len(num) == 2 and num[1] == 0x30:
                    digits -= 1
                num += b"."
            if digits > 0:
                num += b"0" * digits
            num += tail
        if self.plus or num[0] != 0x2B:
            if self.zero and not self.minus and self.wid_present and self.wid > len(num):
                self.buf.append(num[0])
                self.write_padding(self.wid - len(num))
                self.buf += num[1:]
                return
            self.pad(num)
            return
        self.pad(num[1:])

    # -- print.go ------------------------------------------------------------------
    def bad_verb(self, verb: str) -> None:
        self.erroring = True
        self.buf += b"%!"
        self.buf += verb.encode("utf-8", "surrogatepass")
        self.buf += b"("
        if self.arg is not None:
            self.buf += str(self.arg.t).encode()
            self.buf += b"="
            self.print_arg(self.arg, "v")
        elif self.value is not None:
            t, v = self.value
            self.buf += str(t).encode()
            self.buf += b"="
            self.print_value(t, v, "v", 0, False)
        else:
            self.buf += b"<nil>"
        self.buf += b")"
        self.erroring = False

    def fmt_bool(self, v: bool, verb: str) -> None:
        if verb == "t" or verb == "v":
            self.fmt_boolean(v)
        else:
            self.bad_verb(verb)

    def fmt_0x64(self, v: int, leading0x: bool) -> None:
        sharp = self.sharp
        self.sharp = leading0x
        self.fmt_integer_raw(v, 16, False, "v", False)
        self.sharp = sharp

    def fmt_integer(self, v: int, is_signed: bool, verb: str) -> None:
        """pp.fmtInteger: v is the Go value (a Python int in the type's range)."""
        u = v & MASK64
        if verb == "v":
            if self.sharp_v and not is_signed:
                self.fmt_0x64(u, True)
            else:
                self.fmt_integer_raw(u, 10, is_signed, verb, False)
        elif verb == "d":
            self.fmt_integer_raw(u, 10, is_signed, verb, False)
        elif verb == "b":
            self.fmt_integer_raw(u, 2, is_signed, verb, False)
        elif verb == "o" or verb == "O":
            self.fmt_integer_raw(u, 8, is_signed, verb, False)
        elif verb == "x":
            self.fmt_integer_raw(u, 16, is_signed, verb, False)
        elif verb == "X":
            self.fmt_integer_raw(u, 16, is_signed, verb, True)
        elif verb == "c":
            self.fmt_c(u)
        elif verb == "q":
            self.fmt_qc(u)
        elif verb == "U":
            self.fmt_unicode(u)
        else:
            self.bad_verb(verb)

    def fmt_float(self, v: float, size: int, verb: str) -> None:
        if verb == "v":
            self.fmt_float_raw(v, size, "g", -1)
        elif verb in ("b", "g", "G", "x", "X"):
            self.fmt_float_raw(v, size, verb, -1)
        elif verb in ("f", "e", "E"):
            self.fmt_float_raw(v, size, verb, 6)
        elif verb == "F":
            self.fmt_float_raw(v, size, "f", 6)
        else:
            self.bad_verb(verb)

    def fmt_string(self, v: bytes, verb: str) -> None:
        if verb == "v":
            if self.sharp_v:
                self.fmt_q(v)
            else:
                self.fmt_s(v)
        elif verb == "s":
            self.fmt_s(v)
        elif verb == "x":
            self.fmt_sbx(v, False)
        elif verb == "X":
            self.fmt_sbx(v, True)
        elif verb == "q":
            self.fmt_q(v)
        else:
            self.bad_verb(verb)

    def fmt_bytes(self, v: bytes | None, verb: str, type_string: str, t: Type | None = None) -> None:
        """pp.fmtBytes; v is None for a nil slice."""
        if verb == "v" or verb == "d":
            if self.sharp_v:
                self.buf += type_string.encode()
                if v is None:
                    self.buf += b"(nil)"
                    return
                self.buf += b"{"
                for i, c in enumerate(v):
                    if i > 0:
                        self.buf += b", "
                    self.fmt_0x64(c, True)
                self.buf += b"}"
            else:
                self.buf += b"["
                for i, c in enumerate(v or b""):
                    if i > 0:
                        self.buf += b" "
                    self.fmt_integer_raw(c, 10, False, verb, False)
                self.buf += b"]"
        elif verb == "s":
            self.fmt_bs(bytes(v or b""))
        elif verb == "x":
            self.fmt_sbx(bytes(v or b""), False)
        elif verb == "X":
            self.fmt_sbx(bytes(v or b""), True)
        elif verb == "q":
            self.fmt_q(bytes(v or b""))
        else:
            from gomem.runtime.values import NIL_SLICE, slice_of
            bt = t if t is not None else _BYTES_T
            sv = NIL_SLICE if v is None else slice_of(bytearray(v))
            self.print_value(bt, sv, verb, 0, False)

    def fmt_pointer(self, t: Type, v: Any, verb: str) -> None:
        u = t.underlying()
        if isinstance(u, (Chan, Signature, Map, Pointer, SliceType)) or (
            isinstance(u, Basic) and u.kind == Kind.UNSAFE_POINTER
        ):
            p = pointer_value(t, v)
        else:
            self.bad_verb(verb)
            return
        if verb == "v":
            if self.sharp_v:
                self.buf += b"("
                self.buf += str(t).encode()
                self.buf += b")("
                if p == 0:
                    self.buf += b"nil"
                else:
                    self.fmt_0x64(p, True)
                self.buf += b")"
            else:
                if p == 0:
                    self.pad(b"<nil>")
                else:
                    self.fmt_0x64(p, not self.sharp)
        elif verb == "p":
            self.fmt_0x64(p, not self.sharp)
        elif verb in ("b", "o", "d", "x", "X"):
            self.fmt_integer(p, False, verb)
        else:
            self.bad_verb(verb)

    def _catch_panic(self, exc: BaseException, arg: Iface, verb: str, method: str) -> None:
        """catchPanic: called with the exception a method call raised."""
        gp = as_go_panic(exc)
        if not isinstance(gp, GoPanic):
            raise gp from (None if gp is exc else exc)
        u = arg.t.underlying()
        if isinstance(u, Pointer) and arg.v is None:
            self.buf += b"<nil>"
            return
        if self.panicking:
            raise gp
        # Go saves and restores only the flags: width and precision stay cleared.
        old = self._save_flags()
        self.clearflags()
        self.buf += b"%!"
        self.buf += verb.encode("utf-8", "surrogatepass")
        self.buf += b"(PANIC="
        self.buf += method.encode()
        self.buf += b" method: "
        self.panicking = True
        self.print_arg(gp.value, "v")
        self.panicking = False
        self.buf += b")"
        self._restore_flags(old)

    def handle_methods(self, verb: str) -> bool:
        if self.erroring:
            return False
        arg = self.arg
        t = arg.t
        if verb == "w":
            if not _is_error_type(t) or not self.wrap_errs:
                self.bad_verb(verb)
                return True
            verb = "v"
        fm = _formatter(t)
        if fm is not None:
            try:
                fm(arg.v, _wrap_state_iface(self), ord(verb))
            except Exception as exc:
                self._catch_panic(exc, arg, verb, "Format")
            return True
        if self.sharp_v:
            gs = _method(t, "GoString", SIG_STRING)
            if gs is not None:
                try:
                    self.fmt_s(gs(arg.v))
                except Exception as exc:
                    self._catch_panic(exc, arg, verb, "GoString")
                return True
            return False
        if verb in ("v", "s", "x", "X", "q"):
            m = _method(t, "Error", SIG_STRING)
            name = "Error"
            if m is None:
                m = _method(t, "String", SIG_STRING)
                name = "String"
            if m is not None:
                try:
                    self.fmt_string(m(arg.v), verb)
                except Exception as exc:
                    self._catch_panic(exc, arg, verb, name)
                return True
        return False

    def print_arg(self, arg: Any, verb: str) -> None:
        self.arg = arg
        self.value = None
        if arg is None:
            if verb == "T" or verb == "v":
                self.pad(b"<nil>")
            else:
                self.bad_verb(verb)
            return
        t = arg.t
        if verb == "T":
            self.fmt_s(str(t).encode())
            return
        if verb == "p":
            self.fmt_pointer(t, arg.v, "p")
            return
        if type(t) is Basic:
            k = t.kind
            v = arg.v
            if k in _SIGNED_KINDS:
                self.fmt_integer(v, True, verb)
            elif k == Kind.STRING:
                self.fmt_string(v, verb)
            elif k in _UNSIGNED_KINDS:
                self.fmt_integer(v, False, verb)
            elif k == Kind.FLOAT64:
                self.fmt_float(v, 64, verb)
            elif k == Kind.FLOAT32:
                self.fmt_float(v, 32, verb)
            elif k == Kind.BOOL:
                self.fmt_bool(v, verb)
            else:
                self.print_value(t, v, verb, 0, False)
            return
        if t is _BYTES_T:
            v = arg.v
            self.fmt_bytes(None if v.a is None else v.elems(), verb, "[]byte")
            return
        if not self.handle_methods(verb):
            self.print_value(t, arg.v, verb, 0, False)

    def print_value(self, t: Type, v: Any, verb: str, depth: int, ro: bool) -> None:
        """printValue: v is a value of (static) type t; ro: reached through an unexported field."""
        u = t.underlying()
        if depth > 0 and not ro and type(t) is not Basic:  # unnamed basic types have no methods
            if isinstance(u, Interface):
                if v is not None:
                    self.arg = v
                    if self.handle_methods(verb):
                        return
            else:
                self.arg = Iface(t, v)
                if self.handle_methods(verb):
                    return
        self.arg = None
        self.value = (t, v)

        if isinstance(u, Basic):
            k = u.kind
            if k in _UNTYPED_DEFAULT:
                k = _UNTYPED_DEFAULT[k]
            if k in _SIGNED_KINDS:
                self.fmt_integer(v, True, verb)
            elif k == Kind.STRING:
                self.fmt_string(v, verb)
            elif k in _UNSIGNED_KINDS:
                self.fmt_integer(v, False, verb)
            elif k == Kind.FLOAT64:
                self.fmt_float(v, 64, verb)
            elif k == Kind.FLOAT32:
                self.fmt_float(v, 32, verb)
            elif k == Kind.BOOL:
                self.fmt_bool(v, verb)
            elif k == Kind.UNSAFE_POINTER:
                self.fmt_pointer(t, v, verb)
            elif k == Kind.UNTYPED_NIL:
                self.buf += b"<nil>"
            else:
                self.buf += b"?" + str(t).encode() + b"?"
            return
        if isinstance(u, Map):
            if self.sharp_v:
                self.buf += str(t).encode()
                if _is_nil_map(v):
                    self.buf += b"(nil)"
                    return
                self.buf += b"{"
            else:
                self.buf += b"map["
            if v:
                kt, et = u.key, u.elem
                for i, (k, e) in enumerate(sorted_map_items(u, v)):
                    if i > 0:
                        self.buf += b", " if self.sharp_v else b" "
                    self.print_value(kt, k, verb, depth + 1, ro)
                    self.buf += b":"
                    self.print_value(et, e, verb, depth + 1, ro)
            self.buf += b"}" if self.sharp_v else b"]"
            return
        if isinstance(u, Struct):
            if self.sharp_v:
                self.buf += str(t).encode()
            self.buf += b"{"
            names = field_pynames(u)
            for i, f in enumerate(u.fields):
                if i > 0:
                    self.buf += b", " if self.sharp_v else b" "
                if (self.plus_v or self.sharp_v) and f.name:
                    self.buf += f.name.encode()
                    self.buf += b":"
                ft = f.type
                fv = getattr(v, names[i])
                fro = ro or not f.exported
                if fv is not None and isinstance(ft.underlying(), Interface):
                    ft, fv = fv.t, fv.v
                self.print_value(ft, fv, verb, depth + 1, fro)
            self.buf += b"}"
            return
        if isinstance(u, Interface):
            if v is None:
                if self.sharp_v:
                    self.buf += str(t).encode()
                    self.buf += b"(nil)"
                else:
                    self.buf += b"<nil>"
            else:
                self.print_value(v.t, v.v, verb, depth + 1, ro)
            return
        if isinstance(u, (Array, SliceType)):
            is_slice = isinstance(u, SliceType)
            if verb in ("s", "q", "x", "X") and is_byte_type(u.elem):
                if is_slice:
                    data = None if v.a is None else bytes(v.elems())
                else:
                    data = bytes(v)
                self.fmt_bytes(data, verb, str(t), t)
                return
            items = v.elems() if is_slice else v
            et = u.elem
            if (verb == "v" or verb == "d" or verb == "s") and type(et) is Basic and not (
                    self.wid_present or self.prec_present or self.plus or self.space or self.sharp
                    or self.sharp_v or self.zero or self.minus):
                k = _PLAIN_KIND.get(et)
                if k == 1 and verb != "s":
                    self.buf += b"[" + " ".join(map(str, items)).encode() + b"]"
                    return
                if k == 2 and verb != "d":
                    self.buf += b"[" + b" ".join(items) + b"]"
                    return
            if self.sharp_v:
                self.buf += str(t).encode()
                if is_slice and v.a is None:
                    self.buf += b"(nil)"
                    return
                self.buf += b"{"
                sep = b", "
            else:
                self.buf += b"["
                sep = b" "
            for i, e in enumerate(items):
                if i > 0:
                    self.buf += sep
                self.print_value(et, e, verb, depth + 1, ro)
            self.buf += b"}" if self.sharp_v else b"]"
            return
        if isinstance(u, Pointer):
            if depth == 0 and v is not None:
                eu = u.elem.underlying()
                if isinstance(eu, (Array, Struct)):
                    self.buf += b"&"
                    self.print_value(u.elem, v, verb, depth + 1, ro)
                    return
                if isinstance(eu, (SliceType, Map)):
                    self.buf += b"&"
                    self.print_value(u.elem, v.v, verb, depth + 1, ro)
                    return
            self.fmt_pointer(t, v, verb)
            return
        if isinstance(u, (Chan, Signature)):
            self.fmt_pointer(t, v, verb)
            return
        self.buf += b"?" + str(t).encode() + b"?"

    # -- argument parsing ----------------------------------------------------------
    def arg_number(self, arg_num: int, fmt: bytes, i: int, num_args: int) -> tuple[int, int, bool]:
        if len(fmt) <= i or fmt[i] != 0x5B:  # '['
            return arg_num, i, False
        self.reordered = True
        index, wid, ok = _parse_arg_number(fmt[i:])
        if ok and 0 <= index < num_args:
            return index, i + wid, True
        self.good_arg_num = False
        return arg_num, i + wid, ok

    def do_printf(self, fmt: bytes, a: list) -> None:
        end = len(fmt)
        arg_num = 0
        after_index = False
        self.reordered = False
        buf = self.buf
        nargs = len(a)
        i = 0
        while i < end:
            self.good_arg_num = True
            j = fmt.find(b"%", i)
            if j < 0:
                buf += fmt[i:]
                break
            if j > i:
                buf += fmt[i:j]
            i = j + 1
            self.clearflags()
            simple = False
            while i < end:
                c = fmt[i]
                if c == 0x23:  # '#'
                    self.sharp = True
                elif c == 0x30:  # '0'
                    self.zero = True
                elif c == 0x2B:  # '+'
                    self.plus = True
                elif c == 0x2D:  # '-'
                    self.minus = True
                elif c == 0x20:  # ' '
                    self.space = True
                else:
                    if 0x61 <= c <= 0x7A and arg_num < nargs:
                        if i == j + 1 and (c == 0x76 or c == 0x64 or c == 0x73):  # no flags; v d s
                            arg = a[arg_num]
                            if arg is not None and self._plain(arg, c):
                                arg_num += 1
                                i += 1
                                simple = True
                                break
                        if c == 0x77:  # 'w'
                            self.wrapped_errs.append(arg_num)
                        if c == 0x76 or c == 0x77:  # 'v', 'w'
                            self.sharp_v = self.sharp
                            self.sharp = False
                            self.plus_v = self.plus
                            self.plus = False
                        self.print_arg(a[arg_num], chr(c))
                        arg_num += 1
                        i += 1
                        simple = True
                    break
                i += 1
            if simple:
                continue

            arg_num, i, after_index = self.arg_number(arg_num, fmt, i, nargs)

            if i < end and fmt[i] == 0x2A:  # '*'
                i += 1
                self.wid, self.wid_present, arg_num = _int_from_arg(a, arg_num)
                if not self.wid_present:
                    buf += b"%!(BADWIDTH)"
                if self.wid < 0:
                    self.wid = -self.wid
                    self.minus = True
                    self.zero = False
                after_index = False
            else:
                self.wid, self.wid_present, i = _parsenum(fmt, i, end)
                if after_index and self.wid_present:
                    self.good_arg_num = False

            if i + 1 < end and fmt[i] == 0x2E:  # '.'
                i += 1
                if after_index:
                    self.good_arg_num = False
                arg_num, i, after_index = self.arg_number(arg_num, fmt, i, nargs)
                if i < end and fmt[i] == 0x2A:
                    i += 1
                    self.prec, self.prec_present, arg_num = _int_from_arg(a, arg_num)
                    if self.prec < 0:
                        self.prec = 0
                        self.prec_present = False
                    if not self.prec_present:
                        buf += b"%!(BADPREC)"
                    after_index = False
                else:
                    self.prec, self.prec_present, i = _parsenum(fmt, i, end)
                    if not self.prec_present:
                        self.prec = 0
                        self.prec_present = True

            if not after_index:
                arg_num, i, after_index = self.arg_number(arg_num, fmt, i, nargs)

            if i >= end:
                buf += b"%!(NOVERB)"
                break

            c = fmt[i]
            if c < 0x80:
                verb = chr(c)
                size = 1
            else:
                r, size = _utf8.decode_rune(fmt, i)
                verb = chr(r) if not 0xD800 <= r <= 0xDFFF else "\ufffd"
            i += size

            if verb == "%":
                buf += b"%"
            elif not self.good_arg_num:
                self._bad_arg_num(verb)
            elif arg_num >= nargs:
                self._missing_arg(verb)
            else:
                if verb == "w":
                    self.wrapped_errs.append(arg_num)
                if verb == "v" or verb == "w":
                    self.sharp_v = self.sharp
                    self.sharp = False
                    self.plus_v = self.plus
                    self.plus = False
                self.print_arg(a[arg_num], verb)
                arg_num += 1

        if not self.reordered and arg_num < nargs:
            self.clearflags()
            buf += b"%!(EXTRA "
            for k, arg in enumerate(a[arg_num:]):
                if k > 0:
                    buf += b", "
                if arg is None:
                    buf += b"<nil>"
                else:
                    buf += str(arg.t).encode()
                    buf += b"="
                    self.print_arg(arg, "v")
            buf += b")"

    def _bad_arg_num(self, verb: str) -> None:
        self.buf += b"%!" + verb.encode("utf-8", "surrogatepass") + b"(BADINDEX)"

    def _missing_arg(self, verb: str) -> None:
        self.buf += b"%!" + verb.encode("utf-8", "surrogatepass") + b"(MISSING)"

    def _plain(self, arg: Iface, c: int) -> bool:
        """Fast path for an operand of an unnamed basic type printed by %v, %d or %s without
        flags (what print_arg would produce); False when it does not apply."""
        k = _PLAIN_KIND.get(arg.t)
        if k is None:
            return False
        if k == 1:  # integers
            if c == 0x73:
                return False
            self.buf += str(arg.v).encode()
        elif k == 2:  # string
            if c == 0x64:
                return False
            self.buf += arg.v
        elif c != 0x76:
            return False
        elif k == 3:
            self.buf += gostrconv.format_float(arg.v, "g", -1, 64)
        elif k == 4:
            self.buf += gostrconv.format_float(arg.v, "g", -1, 32)
        else:
            self.buf += b"true" if arg.v else b"false"
        return True

    def do_print(self, a: list) -> None:
        prev_string = False
        for n, arg in enumerate(a):
            is_string = arg is not None and _is_string_kind(arg.t)
            if n > 0 and not is_string and not prev_string:
                self.buf += b" "
            if arg is None or not self._plain(arg, 0x76):
                self.print_arg(arg, "v")
            prev_string = is_string

    def do_println(self, a: list) -> None:
        for n, arg in enumerate(a):
            if n > 0:
                self.buf += b" "
            if arg is None or not self._plain(arg, 0x76):
                self.print_arg(arg, "v")
        self.buf += b"\n"


_PLAIN_KIND = {t: 1 for t in (INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR)}
_PLAIN_KIND.update({STRING: 2, FLOAT64: 3, FLOAT32: 4, BOOL: 5})


def _is_string_kind(t: Type) -> bool:
    if t is STRING:
        return True
    u = t.underlying()
    return isinstance(u, Basic) and u.kind == Kind.STRING


def _too_large(x: int) -> bool:
    return x > 1_000_000 or x < -1_000_000


def _parsenum(s: bytes, start: int, end: int) -> tuple[int, bool, int]:
    if start >= end:
        return 0, False, end
    num = 0
    isnum = False
    i = start
    while i < end and 0x30 <= s[i] <= 0x39:
        if _too_large(num):
            return 0, False, end
        num = num * 10 + s[i] - 0x30
        isnum = True
        i += 1
    return num, isnum, i


def _parse_arg_number(fmt: bytes) -> tuple[int, int, bool]:
    if len(fmt) < 3:
        return 0, 1, False
    for i in range(1, len(fmt)):
        if fmt[i] == 0x5D:  # ']'
            width, ok, newi = _parsenum(fmt, 1, i)
            if not ok or newi != i:
                return 0, i + 1, False
            return width - 1, i + 1, True
    return 0, 1, False


_INT_MIN64 = -(1 << 63)
_INT_MAX64 = (1 << 63) - 1


def _int_from_arg(a: list, arg_num: int) -> tuple[int, bool, int]:
    num = 0
    is_int = False
    new_arg_num = arg_num
    if arg_num < len(a):
        arg = a[arg_num]
        if arg is not None:
            u = arg.t.underlying()
            if isinstance(u, Basic):
                if u.kind in _SIGNED_KINDS:
                    num, is_int = arg.v, True
                elif u.kind in _UNSIGNED_KINDS:
                    if arg.v <= _INT_MAX64:
                        num, is_int = arg.v, True
        new_arg_num = arg_num + 1
        if _too_large(num):
            num = 0
            is_int = False
    return num, is_int, new_arg_num


# ---------------------------------------------------------------------------
# Entry points


def sprintf(format: bytes, args: list) -> bytes:
    """fmt.Sprintf with args a list of interface values (Iface or None)."""
    p = Printer()
    p.do_printf(format, args)
    return bytes(p.buf)


def sprint(args: list) -> bytes:
    p = Printer()
    p.do_print(args)
    return bytes(p.buf)


def sprintln(args: list) -> bytes:
    p = Printer()
    p.do_println(args)
    return bytes(p.buf)


def format_value(t: Type, v: Any, verb: str = "v") -> bytes:
    """The %v (or other verb) formatting of one Go value v of type t, as fmt would print it."""
    if isinstance(t.underlying(), Interface):
        arg = v
    else:
        arg = Iface(t, v)
    p = Printer()
    p.print_arg(arg, verb)
    return bytes(p.buf)


__all__ = [
    "Printer", "sprintf", "sprint", "sprintln", "format_value", "sorted_map_items", "compare_values",
    "type_address", "pointer_value", "rune_count",
]
