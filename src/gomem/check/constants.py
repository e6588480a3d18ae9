"""Exact constant values: literals, arithmetic with arbitrary precision, representability.

Integer constants are Python ints, floating-point constants Fractions (exact, as the spec asks
for at least 256 bits of mantissa), strings bytes, booleans bool.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

from gomem.types.types import (
    FLOAT_KINDS,
    INT_BITS,
    INTEGER_KINDS,
    UNSIGNED_KINDS,
    Basic,
    Kind,
    Type,
)


class ConstError(Exception):
    pass


# gc's bounds on constant arithmetic: untyped integers hold at most 512 bits, and a constant
# shift count may be at most 1023-1+52 (enough to reach the smallest float64 denormal).
UNTYPED_INT_BITS = 512
MAX_CONST_SHIFT = 1023 - 1 + 52
# gomem keeps untyped floats as exact fractions; a decimal exponent past this would make the
# fraction too large to compute with, so such a literal is reported as unsupported.
MAX_FLOAT_LITERAL_EXP10 = 1_000_000
MAX_FRACTION_BITS = 4 * MAX_FLOAT_LITERAL_EXP10  # > log2(10) bits per decimal digit


def int_literal(text: str) -> int:
    s = text.replace("_", "")
    if len(s) > 1 and s[0] == "0" and s[1].isdigit():
        return int(s, 8)
    return int(s, 0)


def float_literal(text: str) -> Fraction:
    s = text.replace("_", "")
    if s[:2].lower() == "0x":
        exp = s.lower().partition("p")[2]
        if exp and abs(int(exp)) > MAX_FLOAT_LITERAL_EXP10 * 10 // 3:
            raise ConstError(f"gomem does not support floating-point constants as large or small as {text} yet")
        return _hex_float(s)
    exp = s.lower().partition("e")[2]
    if exp and abs(int(exp)) > MAX_FLOAT_LITERAL_EXP10:
        raise ConstError(f"gomem does not support floating-point constants as large or small as {text} yet")
    return Fraction(s)


def _hex_float(s: str) -> Fraction:
    body = s[2:]
    exp = 0
    if "p" in body.lower():
        i = body.lower().index("p")
        exp = int(body[i + 1:])
        body = body[:i]
    if "." in body:
        ip, fp = body.split(".")
    else:
        ip, fp = body, ""
    mant = int((ip or "0") + fp, 16) if (ip or fp) else 0
    return Fraction(mant) * Fraction(2) ** (exp - 4 * len(fp))


_SIMPLE_ESCAPES = {
    "a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, "'": 39, '"': 34,
}


def _unescape(body: str, quote: str) -> list[tuple[str, int]]:
    """Decode escapes; returns items ('b', byte) or ('r', rune)."""
    out: list[tuple[str, int]] = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            out.append(("r", ord(c)))
            i += 1
            continue
        e = body[i + 1]
        if e in _SIMPLE_ESCAPES:
            out.append(("r", _SIMPLE_ESCAPES[e]))
            i += 2
        elif e == "x":
            out.append(("b", int(body[i + 2:i + 4], 16)))
            i += 4
        elif e in "01234567":
            out.append(("b", int(body[i + 1:i + 4], 8)))
            i += 4
        elif e == "u":
            out.append(("r", int(body[i + 2:i + 6], 16)))
            i += 6
        elif e == "U":
            out.append(("r", int(body[i + 2:i + 10], 16)))
            i += 10
        else:
            raise ConstError("unknown escape sequence")
    return out


def string_literal(text: str) -> bytes:
    if text.startswith("`"):
        return text[1:-1].replace("\r", "").encode("utf-8", "surrogateescape")
    body = text[1:-1]
    if "\\" not in body:
        return body.encode("utf-8", "surrogateescape")
    out = bytearray()
    for kind, v in _unescape(body, '"'):
        if kind == "b":
            out.append(v)
        else:
            out += chr(v).encode("utf-8", "surrogatepass") if v < 0xD800 or v > 0xDFFF else b"\xef\xbf\xbd"
    return bytes(out)


def rune_literal(text: str) -> int:
    items = _unescape(text[1:-1], "'")
    if len(items) != 1:
        raise ConstError("more than one character in rune literal")
    return items[0][1]


# ---------------------------------------------------------------------------
# Representability


def representable(v: Any, t: Type) -> tuple[bool, Any, str]:
    """Whether constant v can be represented by basic type t.

    Returns (ok, converted value, reason) where reason is 'overflows' or 'truncated' when not ok.
    """
    u = t.underlying()
    if not isinstance(u, Basic):
        return False, v, ""
    k = u.kind
    if k in INTEGER_KINDS or k in (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE):
        if isinstance(v, bool) or isinstance(v, bytes):
            return False, v, ""
        if isinstance(v, Fraction):
            if v.denominator != 1:
                return False, v, "truncated"
            v = int(v)
        if isinstance(v, float):
            if v != int(v):
                return False, v, "truncated"
            v = int(v)
        if k in INTEGER_KINDS:
            bits = INT_BITS[k]
            if k in UNSIGNED_KINDS:
                ok = 0 <= v < (1 << bits)
            else:
                ok = -(1 << (bits - 1)) <= v < (1 << (bits - 1))
            return ok, v, "" if ok else "overflows"
        return True, v, ""
    if k in FLOAT_KINDS or k == Kind.UNTYPED_FLOAT:
        if isinstance(v, (bool, bytes)):
            return False, v, ""
        f = Fraction(v)
        if k == Kind.UNTYPED_FLOAT:
            return True, f, ""
        try:
            x = float(f)
        except OverflowError:
            return False, v, "overflows"
        if k == Kind.FLOAT32:
            x = fraction_to_float32(f)
        if math.isinf(x):
            return False, v, "overflows"
        # a typed float constant holds its value rounded to the type's precision (as gc does)
        return True, Fraction(x), ""
    if k in (Kind.STRING, Kind.UNTYPED_STRING):
        return isinstance(v, bytes), v, ""
    if k in (Kind.BOOL, Kind.UNTYPED_BOOL):
        return isinstance(v, bool), v, ""
    return False, v, ""


_F32_OVERFLOW = Fraction(2**128 - 2**103)  # halfway between the largest float32 and 2**128


def fraction_to_float32(f: Fraction) -> float:
    """f rounded once, to the nearest float32 (ties to even); ±inf past the largest."""
    if f == 0:
        return 0.0
    a = abs(f)
    if a >= _F32_OVERFLOW:
        return math.copysign(math.inf, f)
    # scale so that the 24-bit significand is an integer: 2**23 <= a / 2**e < 2**24
    e = a.numerator.bit_length() - a.denominator.bit_length() - 24
    while a / Fraction(2) ** e >= 2**24:
        e += 1
    while a / Fraction(2) ** e < 2**23:
        e -= 1
    e = max(e, -149)  # subnormals have a fixed exponent
    q = a / Fraction(2) ** e
    m = q.numerator // q.denominator
    rem = q - m
    if rem > Fraction(1, 2) or (rem == Fraction(1, 2) and m % 2 == 1):
        m += 1
    return math.copysign(math.ldexp(float(m), e), f)


def to_runtime(v: Any, t: Type) -> Any:
    """The Python run-time value of constant v of type t."""
    u = t.underlying()
    if isinstance(u, Basic):
        k = u.kind
        if k in FLOAT_KINDS or k == Kind.UNTYPED_FLOAT:
            # constants have no negative zero: a tiny negative value rounds to +0
            if k == Kind.FLOAT32:
                return fraction_to_float32(Fraction(v)) + 0.0
            return (float(Fraction(v)) if not isinstance(v, float) else v) + 0.0
        if k in INTEGER_KINDS or k in (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE):
            return int(v)
    return v


def const_text(v: Any, t: Type | None = None) -> str:
    """How gc prints a constant value in error messages (floats with 6 significant digits)."""
    if t is not None and isinstance(v, (int, Fraction)) and not isinstance(v, bool):
        u = t.underlying()
        if isinstance(u, Basic) and (u.kind in FLOAT_KINDS or u.kind == Kind.UNTYPED_FLOAT):
            v = Fraction(v)
            if v.denominator == 1 and abs(v) < 10**21:
                return str(v.numerator)
            return _float_text(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, bytes):
        # go/constant: Go-quoted, cut to 69 runes and "..." past 72
        from gomem.stdlib.gostrconv import quote
        q = quote(v).decode("utf-8", "replace")
        return q if len(q) <= 72 else q[:69] + "..."
    if isinstance(v, Fraction):
        if v.denominator == 1:
            return str(v.numerator)
        return _float_text(v)
    return str(v)


def _float_text(v: Fraction) -> str:
    """A non-integer constant as go/constant prints it: %.6g of the nearest float64, or %g
    when %.6g would hide that it is not an integer; a 6-digit decimal estimate outside the
    float64 range."""
    try:
        x = float(v)
    except OverflowError:
        x = math.inf
    if x != 0 and not math.isinf(x):
        from gomem.stdlib.gostrconv import format_float
        s = format_float(x, "g", 6).decode()
        if "." not in s and v.denominator != 1:
            s = format_float(x, "g", -1).decode()
        return s
    # Outside float64's range: the decimal exponent from the binary one (converting a huge
    # integer to decimal digits would take time quadratic in its size), six digits as %g.
    sign = "-" if v < 0 else ""
    n, d = abs(v.numerator), v.denominator
    shift = n.bit_length() - d.bit_length() - 64
    m = n / (d << shift) if shift >= 0 else (n << -shift) / d
    log10 = math.log10(m) + shift * math.log10(2)
    exp = math.floor(log10)
    digits = f"{10 ** (log10 - exp):.5f}"
    if digits.startswith("10"):
        digits, exp = "1.00000", exp + 1
    digits = digits.rstrip("0").rstrip(".")
    return f"{sign}{digits}e{'+' if exp >= 0 else '-'}{abs(exp):02d}"
