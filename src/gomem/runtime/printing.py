"""The builtins print and println: Go's runtime/print.go formatting (output goes to stderr).

The compiler passes each operand with its type (after untyped constants got their default
type: integer constants are int64, floating-point constants float64, as cmd/compile does).
"""

from __future__ import annotations

from typing import Any

from gomem.runtime.osio import stderr_write
from gomem.types.types import (
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Pointer,
    Signature,
    Type,
)
from gomem.types.types import (
    Slice as SliceType,
)

__all__ = ["print_float", "print_values", "print_value", "builtin_print"]

_SIGNED = frozenset({Kind.INT, Kind.INT8, Kind.INT16, Kind.INT32, Kind.INT64, Kind.UNTYPED_INT,
                     Kind.UNTYPED_RUNE})
_UNSIGNED = frozenset({Kind.UINT, Kind.UINT8, Kind.UINT16, Kind.UINT32, Kind.UINT64, Kind.UINTPTR})
_FLOATS = frozenset({Kind.FLOAT32, Kind.FLOAT64, Kind.UNTYPED_FLOAT})


def print_float(v: float) -> str:
    """runtime.printfloat: +d.dddddde+ddd with 7 significant digits."""
    if v != v:
        return "NaN"
    if v + v == v and v > 0:
        return "+Inf"
    if v + v == v and v < 0:
        return "-Inf"
    n = 7
    sign = "+"
    e = 0
    if v == 0:
        if str(v).startswith("-"):  # 1/v < 0: negative zero
            sign = "-"
    else:
        if v < 0:
            v = -v
            sign = "-"
        while v >= 10:
            e += 1
            v /= 10
        while v < 1:
            e -= 1
            v *= 10
        h = 5.0
        for _ in range(n):
            h /= 10
        v += h
        if v >= 10:
            e += 1
            v /= 10
    digits = []
    for _ in range(n):
        s = int(v)
        digits.append(chr(s + 48))
        v -= float(s)
        v *= 10
    esign = "+"
    if e < 0:
        e = -e
        esign = "-"
    return (sign + digits[0] + "." + "".join(digits[1:]) + "e" + esign
            + chr(e // 100 + 48) + chr(e // 10 % 10 + 48) + chr(e % 10 + 48))


def _hex(u: int) -> bytes:
    return b"0x" + format(u, "x").encode()


def print_value(t: Type, v: Any) -> bytes:
    """The text print/println write for one operand v of type t."""
    u = t.underlying()
    if isinstance(u, Basic):
        k = u.kind
        if k in (Kind.STRING, Kind.UNTYPED_STRING):
            return bytes(v)
        if k in _SIGNED or k in _UNSIGNED:
            return str(v).encode()
        if k in _FLOATS:
            return print_float(v).encode()
        if k in (Kind.BOOL, Kind.UNTYPED_BOOL):
            return b"true" if v else b"false"
        if k == Kind.UNSAFE_POINTER:
            from gomem.stdlib.fmt.format import pointer_value
            return _hex(pointer_value(t, v))
        if k == Kind.UNTYPED_NIL:
            return b"0x0"
        raise TypeError(f"print: unsupported type {t}")
    if isinstance(u, Interface):
        if v is None:
            return b"(0x0,0x0)"
        from gomem.stdlib.fmt.format import pointer_value, type_address
        word0 = type_address(v.t)
        if u.methods:  # an itab, not the type itself
            word0 += 0x28000
        return b"(" + _hex(word0) + b"," + _hex(_data_word(v)) + b")"
    if isinstance(u, SliceType):
        from gomem.stdlib.fmt.format import pointer_value
        return b"[%d/%d]" % (v.len, v.cap) + _hex(pointer_value(t, v))
    if isinstance(u, Signature):  # the funcval: a closure's heap object
        from gomem.runtime.values import address_of
        return _hex(address_of(v))
    if isinstance(u, (Pointer, Chan, Map)):
        from gomem.stdlib.fmt.format import pointer_value
        return _hex(pointer_value(t, v))
    raise TypeError(f"print: unsupported type {t}")


def _data_word(v: Any) -> int:
    """The data word of a non-nil interface value: the pointer itself for pointer-shaped types."""
    from gomem.runtime.values import address_of
    from gomem.stdlib.fmt.format import pointer_value
    u = v.t.underlying()
    if isinstance(u, Signature):  # the funcval
        return address_of(v.v)
    if isinstance(u, (Pointer, Chan, Map)):
        return pointer_value(v.t, v.v)
    if isinstance(u, Basic) and u.kind == Kind.UNSAFE_POINTER:
        return pointer_value(v.t, v.v)
    return address_of(v)


def print_values(items: list[tuple[Type, Any]], newline: bool) -> bytes:
    """The bytes print (newline False) or println (newline True) writes for its operands."""
    parts = [print_value(t, v) for t, v in items]
    if newline:
        return b" ".join(parts) + b"\n"
    return b"".join(parts)


def builtin_print(items: list[tuple[Type, Any]], newline: bool) -> None:
    """print/println: format the operands and write them to standard error."""
    stderr_write(print_values(items, newline))
