"""Exact constant values: literals, arithmetic with arbitrary precision, representability.

Integer constants are Python ints, floating-point constants Fractions (exact, as the spec asks
for at least 256 bits of mantissa) or, past the size where gc stops being exact, BigFloats
(512-bit mantissa, as gc), strings bytes, booleans bool.
"""

from __future__ import annotations

import math
import sys
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


def int_literal(text: str) -> int:
    s = text.replace("_", "")
    if len(s) > 1 and s[0] == "0" and s[1].isdigit():
        return int(s, 8)
    return int(s, 0)


class MalformedConst(ConstError):
    """A literal gc cannot represent (its value is beyond its floats' exponent range)."""


# ---------------------------------------------------------------------------
# gc's representation of untyped floating-point constants (go/constant): an exact fraction
# while numerator and denominator stay below 4096 bits (a literal: while its binary exponent
# does), otherwise a binary float with a 512-bit mantissa, rounded to nearest even, whose
# exponent is a 32-bit integer. Overflowing that exponent makes the value unknown (a literal:
# "malformed constant", an operation: "constant result is not representable"); underflowing
# it gives 0. gomem keeps the fractions as Fraction and the binary floats as BigFloat.

FLOAT_PREC = 512
RAT_MAX_BITS = 4096  # gc's bound (exclusive) on fraction components and small exponents
_MAX_EXP = 2**31 - 1  # of the form mant * 2**exp with 0.5 <= |mant| < 1
_MIN_EXP = -(2**31)


def _round_dyadic(n: int, e: int, prec: int = FLOAT_PREC, mode: str = "even") -> tuple[int, int]:
    """n * 2**e rounded to prec significant bits: (mantissa, exponent). mode: "even"
    (nearest, ties to even), "zero" (toward zero) or "away" (away from zero)."""
    if n == 0:
        return 0, 0
    a = abs(n)
    extra = a.bit_length() - prec
    if extra > 0:
        q, r = a >> extra, a & ((1 << extra) - 1)
        if mode == "even":
            half = 1 << (extra - 1)
            if r > half or (r == half and q & 1):
                q += 1
        elif mode == "away" and r:
            q += 1
        a, e = q, e + extra
    if a:
        tz = (a & -a).bit_length() - 1  # normalize: an odd mantissa
        a, e = a >> tz, e + tz
    return (a if n > 0 else -a), e


def _round_ratio(p: int, q: int, e: int = 0) -> tuple[int, int]:
    """(p/q) * 2**e, q > 0, rounded to FLOAT_PREC bits, nearest even."""
    if p == 0:
        return 0, 0
    # enough quotient bits for the rounding; the remainder only says "more than this"
    shift = FLOAT_PREC + 2 - (abs(p).bit_length() - q.bit_length())
    num = abs(p) << shift if shift > 0 else abs(p)
    den = q if shift > 0 else q << -shift
    quo, rem = divmod(num, den)
    quo = quo * 2 + (1 if rem else 0)  # sticky bit
    m, x = _round_dyadic(quo, e - shift - 1)
    return (m if p > 0 else -m), x


class BigFloat:
    """An untyped floating-point constant as gc holds one past its exact fractions:
    mant * 2**exp, mant odd (or 0) with at most 512 bits."""

    __slots__ = ("mant", "exp")

    def __init__(self, mant: int, exp: int) -> None:
        self.mant, self.exp = mant, exp

    @staticmethod
    def make(mant: int, exp: int) -> BigFloat | None:
        """The rounded value mant * 2**exp; None where gc's exponent overflows (its
        Inf: an unknown value), 0 where it underflows."""
        m, e = _round_dyadic(mant, exp)
        if m == 0:
            return BigFloat(0, 0)
        top = e + abs(m).bit_length()
        if top > _MAX_EXP:
            return None
        if top < _MIN_EXP:
            return BigFloat(0, 0)
        return BigFloat(m, e)

    @staticmethod
    def of(v: Any) -> BigFloat | None:
        """v (int, Fraction or BigFloat) rounded to gc's float precision."""
        if isinstance(v, BigFloat):
            return v
        f = Fraction(v)
        m, e = _round_ratio(f.numerator, f.denominator)
        return BigFloat.make(m, e)

    def top(self) -> int:
        """The exponent of the form m * 2**top with 0.5 <= |m| < 1 (0 for zero)."""
        return self.exp + abs(self.mant).bit_length() if self.mant else 0

    def is_small(self) -> bool:
        """gc's test for a value whose fraction would be of reasonable size."""
        return -RAT_MAX_BITS < self.top() < RAT_MAX_BITS

    def fraction(self) -> Fraction:
        """The exact value (only for values whose exponent is of reasonable size)."""
        return Fraction(self.mant << self.exp) if self.exp >= 0 else Fraction(self.mant, 1 << -self.exp)

    def sign(self) -> int:
        return (self.mant > 0) - (self.mant < 0)

    def __neg__(self) -> BigFloat:
        return BigFloat(-self.mant, self.exp)

    def __pos__(self) -> BigFloat:
        return self

    def __abs__(self) -> BigFloat:
        return BigFloat(abs(self.mant), self.exp)

    def __float__(self) -> float:
        top = self.top()
        if top > 1025:
            raise OverflowError("constant too large for a float64")
        if top < -1080:
            return 0.0 * self.sign()
        return float(self.fraction())

    def _cmp(self, other: Any) -> int:
        if not isinstance(other, (int, Fraction, BigFloat)) or isinstance(other, bool):
            return NotImplemented  # type: ignore[return-value]
        o = other if isinstance(other, BigFloat) else None
        osign = o.sign() if o is not None else (other > 0) - (other < 0)
        if self.sign() != osign:
            return (self.sign() > osign) - (self.sign() < osign)
        if osign == 0:
            return 0
        otop = o.top() if o is not None else _top(Fraction(other))
        if otop != self.top():  # same sign: the larger exponent has the larger magnitude
            bigger = self.top() > otop
            return (1 if bigger else -1) * osign
        a = self.fraction()
        b = o.fraction() if o is not None else Fraction(other)
        return (a > b) - (a < b)

    def __eq__(self, other: object) -> bool:
        c = self._cmp(other)
        return c if c is NotImplemented else c == 0

    def __ne__(self, other: object) -> bool:
        c = self._cmp(other)
        return c if c is NotImplemented else c != 0

    def __lt__(self, other: Any) -> bool:
        c = self._cmp(other)
        return c if c is NotImplemented else c < 0

    def __le__(self, other: Any) -> bool:
        c = self._cmp(other)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other: Any) -> bool:
        c = self._cmp(other)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other: Any) -> bool:
        c = self._cmp(other)
        return c if c is NotImplemented else c >= 0

    def __hash__(self) -> int:
        # Python's hash of the rational mant * 2**exp (so equal to an equal Fraction's),
        # computed modulo its prime without forming 2**exp
        p = sys.hash_info.modulus
        h = abs(self.mant) * pow(2, self.exp, p) % p
        h = h if self.mant >= 0 else -h
        return -2 if h == -1 else h

    def __repr__(self) -> str:
        return f"BigFloat({self.mant}, {self.exp})"


def _top(f: Fraction) -> int:
    """The exponent of f in the form m * 2**top with 0.5 <= |m| < 1 (f != 0)."""
    n, d = abs(f.numerator), f.denominator
    t = n.bit_length() - d.bit_length()
    # 2**(t-1) < n/d < 2**(t+1): settle which side of 2**t it is on
    return t + 1 if (n >= d << t if t >= 0 else n << -t >= d) else t


def make_rat(f: Fraction) -> Fraction | BigFloat | None:
    """A fraction result as gc keeps it: exact while its components are below 4096 bits,
    otherwise rounded to a BigFloat."""
    if f.numerator.bit_length() < RAT_MAX_BITS and f.denominator.bit_length() < RAT_MAX_BITS:
        return f
    return BigFloat.of(f)


def float_arith(op: str, a: Any, b: Any) -> Any:
    """a op b (op one of + - * /) for untyped or typed floating-point constants, with gc's
    representation: exact where both are exact (ints stay ints but for /), rounded to 512
    bits where either is a BigFloat. None: the result is unknown (its exponent overflows)."""
    if not isinstance(a, BigFloat) and not isinstance(b, BigFloat):
        if op == "/":
            return make_rat(Fraction(a) / Fraction(b))
        r = a + b if op == "+" else a - b if op == "-" else a * b
        return make_rat(r) if isinstance(r, Fraction) else r
    x, y = BigFloat.of(a), BigFloat.of(b)
    if x is None or y is None:
        return None
    if op in "+-":
        if op == "-":
            y = -y
        if x.mant == 0 or y.mant == 0:
            return y if x.mant == 0 else x
        big, small = (x, y) if x.top() >= y.top() else (y, x)
        if small.top() <= big.top() - FLOAT_PREC - 2:
            # below half the larger's last bit (even in the binade below): it rounds away
            return big
        lo = min(big.exp, small.exp)
        return BigFloat.make((big.mant << (big.exp - lo)) + (small.mant << (small.exp - lo)), lo)
    if op == "*":
        return BigFloat.make(x.mant * y.mant, x.exp + y.exp)
    m, e = _round_ratio(x.mant if y.mant > 0 else -x.mant, abs(y.mant), x.exp - y.exp)
    return BigFloat.make(m, e)


def to_int(v: Any) -> int | None:
    """The integer value of a numeric constant, or None where it has none (gc: a BigFloat
    within a few bits of an integer counts as that integer, its error taken for rounding)."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, Fraction):
        return v.numerator if v.denominator == 1 else None
    if isinstance(v, BigFloat):
        if not v.is_small():
            return None
        if v.exp >= 0:
            return v.mant << v.exp
        for mode in ("zero", "away"):
            m, e = _round_dyadic(v.mant, v.exp, FLOAT_PREC - 4, mode)
            if e >= 0:
                return m << e
    return None


def is_integral(v: Any) -> bool:
    """Whether a numeric constant has an integer value (gc's ToInt succeeds)."""
    return to_int(v) is not None


def _pow5(n: int, prec: int) -> tuple[int, int]:
    """5**n rounded to about prec bits (repeated squaring, rounding each step)."""
    m, e = 1, 0
    fm, fe = 5, 0
    while n:
        if n & 1:
            m, e = _round_dyadic(m * fm, e + fe, prec)
        n >>= 1
        if n:
            fm, fe = _round_dyadic(fm * fm, fe + fe, prec)
    return m, e


def float_literal(text: str) -> Fraction | BigFloat:
    s = text.replace("_", "")
    if s[:2].lower() == "0x":
        mant, exp2 = _hex_float(s)
        return _float_value(text, mant, exp2, 0)
    body, _, exp = s.lower().partition("e")
    ip, _, fp = body.partition(".")
    digits = (ip + fp).lstrip("0")
    exp10 = (int(exp) if exp else 0) - len(fp)
    if not digits:
        return Fraction(0)
    return _float_value(text, int(digits), 0, exp10)


def _float_value(text: str, mant: int, exp2: int, exp10: int) -> Fraction | BigFloat:
    """mant * 2**exp2 * 10**exp10 as gc holds the literal: exact when its binary exponent is
    small, a BigFloat otherwise; MalformedConst past gc's exponent range."""
    if mant == 0:
        return Fraction(0)
    # the binary exponent, to within a few units, without computing the value
    approx = mant.bit_length() + exp2 + exp10 * math.log2(10)
    if abs(approx) < RAT_MAX_BITS + 64:
        exact = Fraction(mant) * Fraction(2) ** exp2 * Fraction(10) ** exp10
        if -RAT_MAX_BITS < _top(exact) < RAT_MAX_BITS:
            return exact
        big = BigFloat.of(exact)
    elif approx > _MAX_EXP + 64:
        big = None
    elif approx < _MIN_EXP - 64:
        return Fraction(0)
    else:
        # 5**|exp10| to more bits than the result keeps, as gc's parser computes it
        pm, pe = _pow5(abs(exp10), FLOAT_PREC + 128)
        if exp10 >= 0:
            big = BigFloat.make(mant * pm, exp2 + exp10 + pe)
        else:
            m, e = _round_ratio(mant, pm, exp2 + exp10 - pe)
            big = BigFloat.make(m, e)
    if big is None:
        raise MalformedConst(f"malformed constant: {text}")
    if big.mant == 0:
        return Fraction(0)
    return big


def _hex_float(s: str) -> tuple[int, int]:
    """A hexadecimal floating-point literal as mantissa and binary exponent."""
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
    return mant, exp - 4 * len(fp)


_SIMPLE_ESCAPES = {
    "a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, "'": 39, '"': 34,
}


def _unescape(body: str, quote: str) -> list[tuple[str, int]]:
    """Decode escapes; returns items ('b', byte) or ('r', rune). A malformed escape (which
    the scanner has reported, as gc's does) decodes to what digits it has, 0 if none."""
    out: list[tuple[str, int]] = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            out.append(("r", ord(c)))
            i += 1
            continue
        e = body[i + 1] if i + 1 < n else ""
        if e in _SIMPLE_ESCAPES:
            out.append(("r", _SIMPLE_ESCAPES[e]))
            i += 2
            continue
        if e == "x" or e == "u" or e == "U":
            kind, start, width, base = "b" if e == "x" else "r", i + 2, {"x": 2, "u": 4, "U": 8}[e], 16
            digits = "0123456789abcdefABCDEF"
        elif e and e in "01234567":
            kind, start, width, base, digits = "b", i + 1, 3, 8, "01234567"
        else:
            raise ConstError("unknown escape sequence")
        j = start
        while j < min(n, start + width) and body[j] in digits:
            j += 1
        out.append((kind, int(body[start:j], base) if j > start else 0))
        i = j
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
            # (invalid code points, reported by the scanner, become U+FFFD)
            out += chr(v).encode("utf-8") if v < 0xD800 or 0xDFFF < v < 0x110000 else b"\xef\xbf\xbd"
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
        if isinstance(v, (Fraction, BigFloat)):
            i = to_int(v)
            if i is None:
                return False, v, "truncated"
            v = i
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
        if k == Kind.UNTYPED_FLOAT:
            return True, (v if isinstance(v, BigFloat) else Fraction(v)), ""
        if isinstance(v, BigFloat):
            if v.top() > 130:
                return False, v, "overflows"
            if v.top() < -1080:
                return True, Fraction(0), ""
            v = v.fraction()
        f = Fraction(v)
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
            if isinstance(v, BigFloat):  # (one that fits: checked before)
                v = v.fraction() if -1080 < v.top() < 1030 else float(v)
            # constants have no negative zero: a tiny negative value rounds to +0
            if k == Kind.FLOAT32:
                return fraction_to_float32(Fraction(v)) + 0.0
            return (float(Fraction(v)) if not isinstance(v, float) else v) + 0.0
        if k in INTEGER_KINDS or k in (Kind.UNTYPED_INT, Kind.UNTYPED_RUNE):
            return int(v)
    return v


def const_text(v: Any, t: Type | None = None) -> str:
    """How gc prints a constant value in error messages (floats with 6 significant digits)."""
    if isinstance(v, BigFloat):
        return _big_float_text(v)
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


def _big_float_text(v: BigFloat) -> str:
    """A BigFloat as go/constant prints it: as a float64 (%.6g) where that neither
    overflows nor underflows, else a 6-digit decimal estimate from the binary exponent."""
    if v.mant == 0:
        return "0"
    if -1020 < v.top() < 1020:
        return _float_text(v.fraction())
    # v = m * 2**top with 0.5 <= |m| < 1; 10**d = 2**top; e = d truncated toward zero
    m = v.mant / 2.0 ** abs(v.mant).bit_length()  # (at most 512 bits: no overflow)
    d = v.top() * (math.log(2) / math.log(10))
    e = int(d)
    m *= 10 ** (d - e)
    if abs(m) < 1 - 0.5e-6:
        m, e = m * 10, e - 1
    elif abs(m) >= 10:
        m, e = m / 10, e + 1
    from gomem.stdlib.gostrconv import format_float
    return f"{format_float(m, 'g', 6).decode()}e{e:+d}"
