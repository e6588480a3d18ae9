"""Go's ``strconv`` (Go 1.23) over Go strings represented as Python ``bytes``.

Floats are Python ``float`` (a float32 is a float already rounded to float32).
Errors are returned Go-style as ``(value, err)`` where ``err`` is ``None`` or a
:class:`NumError` (``Func``, ``Num``, ``Err`` attributes, and an ``error()``
method giving Go's exact message as bytes).

The conversions are specified by their results, and most of those results are
mathematically pinned down, which lets us lean on Python:

* decimal -> float is correctly rounded in Go (ties to even), as is Python's
  ``float()``; float32 parsing rounds once, directly to float32 (we repair the
  rare double-rounding case of going through float64 with exact arithmetic);
* hexadecimal floats are rounded exactly with integer arithmetic;
* fixed-precision formatting is the correctly rounded decimal of the exact
  binary value in both Go and Python's ``%e``/``%f``;
* shortest formatting (precision -1) is "the fewest significant digits that
  read back as the same float, and of those the nearest to it": ``repr`` for
  float64 and an exact search over the rounding interval for float32.

What remains -- Go's literal syntax, the layout of ``%e``/``%f``/``%g``/``%x``,
the escapes chosen by ``Quote`` and the error values -- follows Go's
documentation and observed behaviour, including a few quirks noted where they
occur.
"""

from __future__ import annotations

import math
import re
import struct
from bisect import bisect_right
from decimal import Decimal

from gomem.stdlib import utf8 as _utf8
from gomem.stdlib._isprint_table import IS_GRAPHIC_RANGES, IS_PRINT_RANGES

_M64 = (1 << 64) - 1

_D = struct.Struct("<d")
_Q = struct.Struct("<Q")
_F = struct.Struct("<f")
_I = struct.Struct("<I")

#: Go's math.NaN(): 0x7FF8000000000001 (Python's float('nan') is ...0000).
_GO_NAN = _D.unpack(_Q.pack(0x7FF8000000000001))[0]


class GoStdlibPanic(RuntimeError):
    """A Go ``panic`` raised by a stdlib function; ``value`` is the Go panic string."""

    def __init__(self, value: bytes) -> None:
        super().__init__(value.decode("utf-8", "replace"))
        self.value = value


# --------------------------------------------------------------------------- errors


class GoError:
    """A Go ``errors.New`` value: compare sentinels by identity."""

    __slots__ = ("msg",)

    def __init__(self, msg: bytes) -> None:
        self.msg = msg

    def error(self) -> bytes:
        """Go's ``Error()``."""
        return self.msg

    Error = error

    def __repr__(self) -> str:
        return f"GoError({self.msg!r})"


#: ``strconv.ErrRange`` and ``strconv.ErrSyntax``.
ERR_RANGE = GoError(b"value out of range")
ERR_SYNTAX = GoError(b"invalid syntax")
ErrRange = ERR_RANGE
ErrSyntax = ERR_SYNTAX


class NumError:
    """``*strconv.NumError``: ``Func`` and ``Num`` are bytes, ``Err`` an error value."""

    __slots__ = ("Func", "Num", "Err")

    def __init__(self, func: bytes, num: bytes, err: GoError) -> None:
        self.Func = func
        self.Num = num
        self.Err = err

    def error(self) -> bytes:
        """``strconv.Atoi: parsing "12a": invalid syntax``."""
        return b"strconv." + self.Func + b": parsing " + quote(self.Num) + b": " + self.Err.error()

    Error = error

    def Unwrap(self) -> GoError:  # noqa: N802 - Go method name
        return self.Err

    unwrap = Unwrap

    def __repr__(self) -> str:
        return f"NumError({self.Func!r}, {self.Num!r}, {self.Err!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, NumError)
            and self.Func == other.Func
            and self.Num == other.Num
            and self.Err is other.Err
        )

    __hash__ = None  # type: ignore[assignment]


def _syntax(fn: bytes, s: bytes) -> NumError:
    return NumError(fn, s, ERR_SYNTAX)


def _range(fn: bytes, s: bytes) -> NumError:
    return NumError(fn, s, ERR_RANGE)


# --------------------------------------------------------------------------- integers: formatting

_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_BUILTIN_BASE = {2: "b", 8: "o", 16: "x"}


def format_int(i: int, base: int = 10) -> bytes:
    """``strconv.FormatInt``: lowercase digits in base 2..36 (other bases panic)."""
    if base == 10:
        return str(i).encode()
    spec = _BUILTIN_BASE.get(base)
    if spec is not None:
        return format(i, spec).encode()
    if not 2 <= base <= 36:
        raise GoStdlibPanic(b"strconv: illegal AppendInt/FormatInt base")
    magnitude = -i if i < 0 else i
    # Peel off the largest power of the base that fits a machine word at a time, then
    # spell each chunk with a fixed width.
    width = 1
    while base ** (width + 1) < (1 << 62):
        width += 1
    chunk = base**width
    pieces = []
    while magnitude >= chunk:
        magnitude, low = divmod(magnitude, chunk)
        pieces.append(low)
    text = _small_in_base(magnitude, base, 0)
    text += "".join(_small_in_base(p, base, width) for p in reversed(pieces))
    return (("-" + text) if i < 0 else text).encode()


def _small_in_base(n: int, base: int, width: int) -> str:
    out = []
    while n or not out:
        n, d = divmod(n, base)
        out.append(_DIGITS36[d])
    return "".join(reversed(out)).rjust(width, "0")


def format_uint(i: int, base: int = 10) -> bytes:
    """``strconv.FormatUint`` (``i`` is taken modulo 2**64)."""
    return format_int(i & _M64, base)


def itoa(i: int) -> bytes:
    """``strconv.Itoa``."""
    return str(i).encode()


def format_bool(b: bool) -> bytes:
    """``strconv.FormatBool``."""
    return b"true" if b else b"false"


_BOOL_WORDS = {
    b"1": True, b"t": True, b"T": True, b"true": True, b"TRUE": True, b"True": True,
    b"0": False, b"f": False, b"F": False, b"false": False, b"FALSE": False, b"False": False,
}  # fmt: skip


def parse_bool(s: bytes) -> tuple[bool, NumError | None]:
    """``strconv.ParseBool``: exactly the twelve spellings Go documents."""
    v = _BOOL_WORDS.get(s)
    if v is None:
        return False, _syntax(b"ParseBool", s)
    return v, None


# --------------------------------------------------------------------------- integers: parsing


def _underscores_ok(s: bytes) -> bool:
    """Go's digit-separator rule: each ``_`` sits between two digits, where a 0b/0o/0x
    base prefix counts as a digit and a-f are digits only in hexadecimal numbers.

    Only called once the rest of the syntax is known to be valid; then the letters
    x, o (and b outside hex digits) can only be the prefix letter, so "preceded by a
    digit or a prefix letter" needs no position check, and an x means hexadecimal.
    """
    hexa = b"x" in s or b"X" in s
    return (_LONE_UNDERSCORE_HEX if hexa else _LONE_UNDERSCORE_DEC).search(s) is None


_LONE_UNDERSCORE_DEC = re.compile(rb"(?<![0-9bBoOxX])_|_(?![0-9])")
_LONE_UNDERSCORE_HEX = re.compile(rb"(?<![0-9a-fA-FoOxX])_|_(?![0-9a-fA-F])")

_DIGIT_RUNS: dict[tuple[int, bool], re.Pattern[bytes]] = {}


def _digit_run(base: int, underscores: bool) -> re.Pattern[bytes]:
    """Regex for the longest prefix made of base-``base`` digits (and ``_`` if allowed)."""
    key = (base, underscores)
    pat = _DIGIT_RUNS.get(key)
    if pat is None:
        if base <= 10:
            cls = b"0-" + bytes((0x30 + base - 1,))
        else:
            last = 0x61 + base - 11
            cls = b"0-9a-" + bytes((last,)) + b"A-" + bytes((last - 0x20,))
        if underscores:
            cls += b"_"
        pat = _DIGIT_RUNS[key] = re.compile(b"[" + cls + b"]*")
    return pat


_PREFIX_BASES = {0x62: 2, 0x6F: 8, 0x78: 16}


def _parse_uint(s: bytes, base: int, bit_size: int, fn: bytes) -> tuple[int, NumError | None]:
    """ParseUint's result for ``s``; errors are reported as coming from ``fn``.

    Go reads digits left to right and stops at the first problem: a byte that is not a
    digit (syntax error, value 0) or a digit that takes the value past the bit size
    (range error, value = the maximum).  Since the value only grows, the range error
    wins iff the digits before the first bad byte already overflow.  Base 0 takes the
    base from a 0b/0o/0x/0 prefix and allows ``_`` separators (checked last).
    """
    if not s:
        return 0, _syntax(fn, s)
    whole = s
    separators = base == 0
    if separators:
        base = 10
        if s[0] == 0x30:
            prefixed = _PREFIX_BASES.get(s[1] | 0x20) if len(s) >= 3 else None
            if prefixed is not None:
                base, s = prefixed, s[2:]
            else:
                base, s = 8, s[1:]
    elif not 2 <= base <= 36:
        return 0, NumError(fn, whole, GoError(b"invalid base " + str(base).encode()))
    if bit_size == 0:
        bit_size = 64
    elif not 0 < bit_size <= 64:
        return 0, NumError(fn, whole, GoError(b"invalid bit size " + str(bit_size).encode()))
    limit = (1 << bit_size) - 1
    if len(s) <= 64 and not (separators and b"_" in s) and _digit_run(base, False).fullmatch(s):
        # the usual case: just digits
        value = int(s, base) if s else 0
        return (limit, _range(fn, whole)) if value > limit else (value, None)
    end = _digit_run(base, separators).match(s).end()
    digits = s if end == len(s) else s[:end]
    if separators and b"_" in digits:
        digits = digits.replace(b"_", b"")
    if len(digits) > 64:
        # more than 64 significant digits exceed 2**64 in any base (and would trip
        # Python's limit on decimal string -> int conversions)
        digits = digits.lstrip(b"0")
    value = limit + 1 if len(digits) > 64 else int(digits, base) if digits else 0
    if value > limit:
        return limit, _range(fn, whole)
    if end != len(s):
        return 0, _syntax(fn, whole)
    if separators and b"_" in whole and not _underscores_ok(whole):
        return 0, _syntax(fn, whole)
    return value, None


_DEC_DIGITS = re.compile(rb"[0-9]+")
_SIGNED_DEC = re.compile(rb"[+-]?[0-9]+")


def parse_uint(s: bytes, base: int = 10, bit_size: int = 64) -> tuple[int, NumError | None]:
    """``strconv.ParseUint``; on range error returns the max value for ``bit_size``."""
    if base == 10 and len(s) <= 40 and _DEC_DIGITS.fullmatch(s) and 0 < bit_size <= 64:
        n = int(s)
        if n >> bit_size:
            return (1 << bit_size) - 1, _range(b"ParseUint", s)
        return n, None
    return _parse_uint(s, base, bit_size, b"ParseUint")


def parse_int(s: bytes, base: int = 10, bit_size: int = 64) -> tuple[int, NumError | None]:
    """``strconv.ParseInt``: an optional sign, then ParseUint; out of range clamps.

    Go derives the signed result from ParseUint's (saturated) magnitude.  A quirk of
    that: for ``bit_size == 1`` a negative input too large for ParseUint saturates to
    magnitude 1 and so comes back as -1 *without* an error.
    """
    if not s:
        return 0, _syntax(b"ParseInt", s)
    bits = bit_size or 64
    if base == 10 and 2 <= bits <= 64 and len(s) <= 40 and _SIGNED_DEC.fullmatch(s):
        value = int(s)
        if bits == 64 and -9223372036854775808 <= value <= 9223372036854775807:
            return value, None
    else:
        negative = s[0] == 0x2D
        body = s[1:] if s[0] in b"+-" else s
        magnitude, err = _parse_uint(body, base, bit_size, b"ParseUint")
        if err is not None and err.Err is not ERR_RANGE:
            err.Func = b"ParseInt"
            err.Num = s
            return 0, err
        value = -magnitude if negative else magnitude
    top = (1 << (bits - 1)) - 1
    if value > top:
        return top, _range(b"ParseInt", s)
    if value < -top - 1:
        return -top - 1, _range(b"ParseInt", s)
    return value, None


def atoi(s: bytes) -> tuple[int, NumError | None]:
    """``strconv.Atoi``: ``ParseInt(s, 10, 0)`` reporting errors as from ``Atoi``."""
    if _SIGNED_DEC.fullmatch(s) and len(s) < 19:
        return int(s), None  # at most 18 digits: always fits an int64
    v, err = parse_int(s, 10, 0)
    if err is not None:
        err.Func = b"Atoi"
    return v, err


# --------------------------------------------------------------------------- float32 helpers


def to_float32(x: float) -> float:
    """Round a float64 to the nearest float32 (ties-to-even); overflow gives +-Inf."""
    try:
        return _F.unpack(_F.pack(x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def _f32_bits(x: float) -> int:
    return _I.unpack(_F.pack(x))[0]


# --------------------------------------------------------------------------- parse float

# Go's float literal grammar as ParseFloat accepts it (underscores are matched
# freely here and validated separately).  Decimal: digits with at most one point and
# an optional e-exponent.  Hex: 0x, hex digits with at most one point, and a
# mandatory p-exponent (a binary exponent written in decimal).
_DEC_FLOAT = re.compile(rb"([+-]?)([0-9_]*)(?:\.([0-9_]*))?(?:[eE]([+-]?)([0-9][0-9_]*))?")
_HEX_FLOAT = re.compile(rb"([+-]?)0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?)([0-9][0-9_]*)")
_INF_WORD = re.compile(rb"[+-]?(?:[iI][nN][fF](?:[iI][nN][iI][tT][yY])?)")
_NAN_WORD = re.compile(rb"[nN][aA][nN]")
_SIMPLE_FLOAT = re.compile(rb"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?")


def _exponent_value(sign: bytes, digits: bytes) -> int:
    """The exponent Go uses: it stops accumulating digits once the value reaches 10000,
    i.e. at most the first five significant digits count."""
    if b"_" in digits:
        digits = digits.replace(b"_", b"")
    significant = digits.lstrip(b"0")[:5]
    e = int(significant) if significant else 0
    return -e if sign == b"-" else e


def _round_scaled(m: int, k: int, prec: int, lowest: int) -> tuple[int, int]:
    """Round m * 2**k (m > 0) to ``prec`` significant bits but no finer than 2**lowest,
    ties to even; returns (m', k') with the rounded value m' * 2**k'."""
    drop = max(m.bit_length() - prec, lowest - k)
    if drop <= 0:
        return m, k
    q = m >> drop
    rem = m - (q << drop)
    half = 1 << (drop - 1)
    if rem > half or (rem == half and q & 1):
        q += 1
    return q, k + drop


def _binary_to_float(m: int, k: int, f32: bool) -> float:
    """m * 2**k (m >= 0 an integer) correctly rounded to float64 / float32; +Inf on overflow."""
    if m == 0:
        return 0.0
    top = m.bit_length() + k  # value in [2**(top-1), 2**top)
    if f32:
        if top > 129:
            return math.inf
        if top < -151:
            return 0.0
        m, k = _round_scaled(m, k, 24, -149)
        return math.inf if m.bit_length() + k > 128 else math.ldexp(m, k)
    if top > 1025:
        return math.inf
    if top < -1076:
        return 0.0
    m, k = _round_scaled(m, k, 53, -1074)
    try:
        return math.ldexp(m, k)
    except OverflowError:
        return math.inf


def _parse_hex_float(s: bytes, m: re.Match[bytes], f32: bool) -> tuple[float, NumError | None]:
    sign, whole, frac, esign, edigits = m.groups()
    frac = frac or b""
    digits = (whole + frac).replace(b"_", b"")
    frac_len = len(frac) - frac.count(b"_")
    mantissa = int(digits, 16) if digits else 0
    value = _binary_to_float(mantissa, _exponent_value(esign, edigits) - 4 * frac_len, f32)
    if sign == b"-":
        value = -value
    if math.isinf(value):
        return value, _range(b"ParseFloat", s)
    return value, None


def _f32_halfway(d: float) -> bool:
    """Whether the double ``d`` lies exactly halfway between two adjacent float32s."""
    mant, e = math.frexp(d)
    scaled = mant * 33554432.0 if e >= -125 else d * 2.0**150  # in units of half a float32 step
    return scaled.is_integer() and int(scaled) & 1 == 1


def _decimal_to_float32(digits: bytes, power: int, d: float) -> float:
    """Correctly round digits * 10**power to float32, given its float64 rounding ``d``.

    Rounding through float64 first can only differ from rounding once when ``d``
    itself lands exactly on a float32 halfway point; then the exact value decides.
    """
    f = to_float32(d)
    if f == d or d == 0.0 or math.isinf(d) or not _f32_halfway(d):
        return f
    a = abs(d)
    exact = Decimal(digits.decode() + "e" + str(power))  # exact, whatever the length
    if exact == Decimal(a):  # Decimal(float) is exact too
        return f  # a true tie: to_float32 already rounded it to even
    mant, e = math.frexp(a)
    half_step = math.ldexp(1.0, e - 25) if e >= -125 else 2.0**-150
    pick = a + half_step if exact > Decimal(a) else a - half_step
    if pick >= 3.402823669209385e38:  # 2**128: past the largest float32
        pick = math.inf
    return math.copysign(pick, d)


def _parse_decimal_float(s: bytes, m: re.Match[bytes], f32: bool) -> tuple[float, NumError | None]:
    sign, whole, frac, esign, edigits = m.groups()
    frac = frac or b""
    digits = (whole + frac).replace(b"_", b"").lstrip(b"0")
    if not digits:
        return (-0.0 if sign == b"-" else 0.0), None
    power = (_exponent_value(esign, edigits) if edigits else 0) - (len(frac) - frac.count(b"_"))
    magnitude = len(digits) + power  # value in [10**(magnitude-1), 10**magnitude)
    if magnitude > 400:
        d = math.inf
    elif magnitude < -400:
        d = 0.0
    else:
        d = float(digits + b"e" + str(power).encode())
        if f32:
            d = _decimal_to_float32(digits, power, d)
    if sign == b"-":
        d = -d
    if math.isinf(d):
        return d, _range(b"ParseFloat", s)
    return d, None


def parse_float(s: bytes, bit_size: int = 64) -> tuple[float, NumError | None]:
    """``strconv.ParseFloat``: Go syntax (hex floats, inf/nan, underscores per Go).

    Range errors return +-Inf; syntax errors return 0.  For ``bit_size == 32``
    the result is correctly rounded directly to float32.
    """
    if bit_size != 32 and _SIMPLE_FLOAT.fullmatch(s):
        d = float(s)
        if d == math.inf or d == -math.inf:
            return d, _range(b"ParseFloat", s)
        return d, None
    f32 = bit_size == 32
    m = _DEC_FLOAT.fullmatch(s)
    if m is not None:
        if not (m.group(2).strip(b"_") or (m.group(3) or b"").strip(b"_")):
            return 0.0, _syntax(b"ParseFloat", s)  # no mantissa digit at all
        if b"_" in s and not _underscores_ok(s):
            return 0.0, _syntax(b"ParseFloat", s)
        return _parse_decimal_float(s, m, f32)
    m = _HEX_FLOAT.fullmatch(s)
    if m is not None:
        if not (m.group(2).strip(b"_") or (m.group(3) or b"").strip(b"_")):
            return 0.0, _syntax(b"ParseFloat", s)
        if b"_" in s and not _underscores_ok(s):
            return 0.0, _syntax(b"ParseFloat", s)
        return _parse_hex_float(s, m, f32)
    if _INF_WORD.fullmatch(s):
        return (-math.inf if s[0] == 0x2D else math.inf), None
    if _NAN_WORD.fullmatch(s):
        # float32(NaN) widened back is the plain quiet NaN, not Go's NaN() pattern
        return (math.nan if f32 else _GO_NAN), None
    return 0.0, _syntax(b"ParseFloat", s)


# --------------------------------------------------------------------------- shortest digits


def _decompose(f: float, f32: bool) -> tuple[bool, int, int]:
    """(negative, m, e) with |f| == m * 2**e and m the raw significand (Go's %b form)."""
    if f32:
        bits = _f32_bits(f)
        neg, biased, m = bits >> 31, (bits >> 23) & 0xFF, bits & 0x7FFFFF
        if biased:
            m |= 1 << 23
        return neg == 1, m, max(biased, 1) - 150
    bits = _Q.unpack(_D.pack(f))[0]
    neg, biased, m = bits >> 63, (bits >> 52) & 0x7FF, bits & 0xFFFFFFFFFFFFF
    if biased:
        m |= 1 << 52
    return neg == 1, m, max(biased, 1) - 1075


_LOG10_2 = 0.30102999566398119521
_POW10_INT = [10**i for i in range(400)]


def _shortest_exact(m: int, e: int, f32: bool) -> tuple[str, int]:
    """Shortest round-tripping digits of m * 2**e (> 0), by exact integer arithmetic.

    Every real strictly between the midpoints to the neighbouring floats reads back as
    this float; a midpoint itself does too iff m is even (ties go to even).  The gap
    below is half the gap above when m is the smallest significand of a binade.  Find
    the largest power 10**k with a multiple inside that interval; the multiples of
    10**k there are the shortest candidates, and we take the one nearest the value
    (nearest-even on a tie), i.e. the value rounded to a multiple of 10**k and clamped
    into the interval.  Returns (digits, dp) with value = 0.digits * 10**dp.
    """
    lowest_binade = m == 1 << (23 if f32 else 52) and e > (-149 if f32 else -1074)
    # Work in units of 2**(e-2): value 4m, upper midpoint 4m + 2, lower 4m - 2 (or - 1),
    # then over a common denominator: x / den2 for each of the three.
    centre = 4 * m
    up = centre + 2
    down = centre - (1 if lowest_binade else 2)
    inclusive = m & 1 == 0
    e -= 2
    den2 = 1
    if e > 0:
        centre <<= e
        up <<= e
        down <<= e
    else:
        den2 <<= -e
    pow10 = _POW10_INT

    def has_multiple(k: int) -> bool:
        """Whether some multiple of 10**k lies in the interval."""
        if k >= 0:
            lo, hi, den = down, up, den2 * pow10[k]
        else:
            lo, hi, den = down * pow10[-k], up * pow10[-k], den2
        if inclusive:
            return -(-lo // den) <= hi // den
        return lo // den + 1 <= (hi - 1) // den

    # The interval is at least 3 * 2**e wide, so a power 10**k a decade below 2**(e+1)
    # surely has a multiple inside; no multiple of 10**k fits once 10**k exceeds twice
    # the value.  Between those, existence is monotone in k: bisect.
    good = math.floor((e + 1) * _LOG10_2) - 1
    bad = math.floor((m.bit_length() + e + 3) * _LOG10_2) + 2
    while bad - good > 1:
        mid = (good + bad) >> 1
        if has_multiple(mid):
            good = mid
        else:
            bad = mid
    k = good
    if k >= 0:
        num, den = centre, den2 * pow10[k]
    else:
        num, den = centre * pow10[-k], den2
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q & 1):
        q += 1
    if k >= 0:
        first, last = -(-down // den), up // den
        if not inclusive:
            first, last = down // den + 1, (up - 1) // den
    else:
        lo, hi = down * pow10[-k], up * pow10[-k]
        first, last = (-(-lo // den), hi // den) if inclusive else (lo // den + 1, (hi - 1) // den)
    q = min(max(q, first), last)
    text = str(q)
    return text, len(text) + k


def _f32_parts(f: float) -> tuple[int, int]:
    """(m, e) with f == m * 2**e for a positive float32 value, m its raw significand."""
    if f >= 1.1754943508222875e-38:  # 2**-126: normal
        mant, ex = math.frexp(f)
        return int(mant * 16777216.0), ex - 24
    return int(f * 2.0**149), -149


def shortest_digits(f: float, bit_size: int = 64) -> tuple[str, int]:
    """Go's shortest decimal digits of finite ``|f|``: (digits, dp), value = 0.digits * 10**dp.

    Zero gives ``("", 0)``.  float64 comes from ``repr`` (which makes the same
    choice as Go); float32 from :func:`_shortest_exact`.
    """
    if f == 0.0:
        return "", 0
    if bit_size == 32:
        m, e = _f32_parts(f)
        return _shortest_exact(m, e, True)
    text = repr(abs(f))
    mant, _, exp = text.partition("e")
    whole, _, frac = mant.partition(".")
    digits = (whole + frac).lstrip("0")
    dp = len(whole) + (int(exp) if exp else 0) - (len(whole + frac) - len(digits))
    return digits.rstrip("0"), dp


def shortest_digits_ryu(f: float, bit_size: int = 64) -> tuple[str, int]:
    """Like :func:`shortest_digits` but always by the exact interval search (reference).

    (The name is historical: Go computes these digits with the Ryu algorithm.)
    """
    if f == 0.0:
        return "", 0
    _, m, e = _decompose(f, bit_size == 32)
    return _shortest_exact(m, e, bit_size == 32)


# --------------------------------------------------------------------------- format float


def _exp_suffix(ch: str, exp: int) -> str:
    """Go's exponent: the letter, a sign, and at least two digits."""
    return f"{ch}{'-' if exp < 0 else '+'}{abs(exp):02d}"


def _layout_e(digits: str, dp: int, prec: int, ch: str) -> str:
    """d.ddd (prec fraction digits) and exponent, from 0.digits * 10**dp."""
    if not digits:
        return "0" + ("." + "0" * prec if prec > 0 else "") + _exp_suffix(ch, 0)
    frac = digits[1 : prec + 1].ljust(prec, "0")
    return digits[0] + ("." + frac if prec > 0 else "") + _exp_suffix(ch, dp - 1)


def _layout_f(digits: str, dp: int, prec: int) -> str:
    """ddd.ddd with prec fraction digits, from 0.digits * 10**dp."""
    if dp > 0:
        whole = digits[:dp].ljust(dp, "0")
        frac = digits[dp : dp + prec]
    else:
        whole = "0"
        frac = ("0" * -dp + digits)[:prec]
    return whole + ("." + frac.ljust(prec, "0") if prec > 0 else "")


def _layout_g(digits: str, dp: int, prec: int, fmt: str, shortest: bool) -> str:
    """%g: %e when the decimal exponent is < -4 or >= the precision, else %f.

    Go's particulars: for shortest output the threshold precision is 6 (like
    %v); an explicit precision larger than the digit count is cut back to the digit
    count when the value has no fraction digits; and neither form prints trailing
    zeros beyond the available digits.
    """
    nd = len(digits)
    threshold = 6 if shortest else (nd if prec > nd >= dp else prec)
    if not -4 <= dp - 1 < threshold:
        return _layout_e(digits, dp, min(prec, nd) - 1, "e" if fmt == "g" else "E")
    if prec > dp:
        prec = nd
    return _layout_f(digits, dp, max(prec - dp, 0))


def _g_shortest64(f: float) -> bytes:
    """FormatFloat(f, 'g', -1, 64) -- the %v / Println path, straight from repr."""
    r = repr(f)
    n = len(r)
    if r[n - 2 : n] == ".0":
        # Integral value: Go prints it plainly if it has at most 6 digits.
        if n <= 8 or (n == 9 and r[0] == "-"):
            return r[: n - 2].encode()
    elif "e" in r:
        return r.encode()  # Python's exponent form is Go's (e+XX, shortest digits)
    elif r[n - 1] == "f" or r[n - 1] == "n":
        return b"NaN" if r == "nan" else (b"+Inf" if r == "inf" else b"-Inf")
    dot = r.index(".")
    neg = r[0] == "-"
    nint = dot - 1 if neg else dot
    if nint <= 6:
        return r.encode()
    # Integer part longer than 6 digits: Go switches to %e.
    digits = ((r[1:dot] if neg else r[:dot]) + r[dot + 1 :]).rstrip("0")
    return (("-" if neg else "") + _layout_e(digits, nint, len(digits) - 1, "e")).encode()


def _format_hex(f: float, prec: int, upper: bool) -> str:
    """%x / %X: [-]0x1.hhhp+dd with the significand normalised to a leading 1.

    prec < 0 prints as many hex digits as needed, otherwise exactly prec (rounded
    half to even on the exact value).  Zero is 0x0p+00.  float32 values share the
    float64 layout since their significand bits are the same.
    """
    sign = "-" if math.copysign(1.0, f) < 0 else ""
    a = abs(f)
    if a == 0.0:
        lead, frac, exp = 0, 0, 0
    else:
        mant, e = math.frexp(a)
        lead, frac, exp = 1, int((mant * 2.0 - 1.0) * 4503599627370496.0), e - 1  # 52 fraction bits
    if prec < 0:
        hexdigits = f"{frac:013x}".rstrip("0")
    elif prec >= 13:
        hexdigits = f"{frac:013x}" + "0" * (prec - 13)
    else:
        drop = 52 - 4 * prec
        q, rem = divmod(frac, 1 << drop)
        half = 1 << (drop - 1)
        # ties to even; with no fraction digits kept the units digit 1 is the odd one
        if rem > half or (rem == half and (q & 1 if prec else 1)):
            q += 1
        if q >> (4 * prec):  # carried into the units digit: 2.0 = 1.0 * 2**1
            q = 0
            exp += 1
        hexdigits = f"{q:0{prec}x}" if prec else ""
    text = f"{sign}0x{lead}" + ("." + hexdigits if hexdigits else "") + _exp_suffix("p", exp)
    return text.upper() if upper else text


_FIXED_SPEC = {"e": "%.*e", "E": "%.*E", "f": "%.*f"}


def format_float(f: float, fmt: str | int | bytes, prec: int, bit_size: int = 64) -> bytes:
    """``strconv.FormatFloat(f, fmt, prec, bitSize)`` exactly as Go formats it.

    ``fmt`` is one of ``'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X'`` (a str or Go byte);
    any other format gives ``%`` followed by the format (as Go does).
    ``prec < 0`` selects the shortest representation that round-trips at
    ``bit_size`` (32 or 64) bits.
    """
    if not isinstance(fmt, str):
        fmt = chr(fmt) if isinstance(fmt, int) else fmt.decode("latin-1")
    if bit_size == 64:
        if prec < 0 and fmt == "g":
            return _g_shortest64(f)
    elif bit_size == 32:
        f = to_float32(f)
    else:
        raise GoStdlibPanic(b"strconv: illegal AppendFloat/FormatFloat bitSize")
    if f != f:
        return b"NaN"
    if f == math.inf:
        return b"+Inf"
    if f == -math.inf:
        return b"-Inf"
    if prec >= 0:
        spec = _FIXED_SPEC.get(fmt)
        if spec is not None:  # %e, %E, %f: Python's formatting is Go's, sign and -0 included
            return (spec % (prec, f)).encode()
    if fmt == "b":
        neg, m, e = _decompose(f, bit_size == 32)
        return f"{'-' if neg else ''}{m}p{e:+d}".encode()
    if fmt == "x" or fmt == "X":
        return _format_hex(f, prec, fmt == "X").encode()
    if fmt not in "eEfgG" or len(fmt) != 1:
        return b"%" + fmt.encode("latin-1")
    sign = "-" if math.copysign(1.0, f) < 0 else ""
    a = abs(f)
    if prec < 0:
        digits, dp = shortest_digits(a, bit_size)
        nd = len(digits)
        if fmt == "e" or fmt == "E":
            body = _layout_e(digits, dp, max(nd - 1, 0), fmt)
        elif fmt == "f":
            body = _layout_f(digits, dp, max(nd - dp, 0))
        else:
            body = _layout_g(digits, dp, nd, fmt, True)
        return (sign + body).encode()
    # %g with a precision: the value rounded to max(prec, 1) significant digits
    prec = prec or 1
    if a == 0.0:
        digits, dp = "", 0
    else:
        sci = "%.*e" % (prec - 1, a)
        mant, _, exp = sci.partition("e")
        digits = mant.replace(".", "").rstrip("0")
        dp = int(exp) + 1
    return (sign + _layout_g(digits, dp, prec, fmt, False)).encode()


def _print_float_unit() -> float:
    h = 5.0
    for _ in range(7):
        h /= 10.0
    return h


_PRINT_ROUNDING = _print_float_unit()  # "half a unit in the 7th digit", as Go's runtime computes it


def runtime_print_float(v: float) -> bytes:
    """Go's runtime ``print``/``println`` float format (``+1.500000e+000``).

    This is *not* strconv.  The Go runtime formats with plain float64 arithmetic,
    and its last digits are whatever that arithmetic gives, so we perform the same
    steps: scale into [1, 10) by repeated division or multiplication by 10, add a
    rounding half-unit (5 divided by 10 seven times), rescale if that carried to 10,
    then peel off 7 digits by truncate, subtract, times 10.  Sign always shown,
    three exponent digits.  float32 arguments are widened first (just pass them).
    """
    if v != v:
        return b"NaN"
    if v == math.inf:
        return b"+Inf"
    if v == -math.inf:
        return b"-Inf"
    sign = "-" if math.copysign(1.0, v) < 0 else "+"
    v = abs(v)
    e = 0
    if v != 0.0:
        while v >= 10.0:
            v /= 10.0
            e += 1
        while v < 1.0:
            v *= 10.0
            e -= 1
        v += _PRINT_ROUNDING
        if v >= 10.0:
            v /= 10.0
            e += 1
    out = []
    for _ in range(7):
        d = int(v)
        out.append(chr(0x30 + d))
        v = (v - d) * 10.0
    esign = "-" if e < 0 else "+"
    return f"{sign}{out[0]}.{''.join(out[1:])}e{esign}{abs(e):03d}".encode()


# --------------------------------------------------------------------------- printable runes

_PRINT_STARTS = [r[0] for r in IS_PRINT_RANGES]
_PRINT_ENDS = [r[1] for r in IS_PRINT_RANGES]
_GRAPHIC_STARTS = [r[0] for r in IS_GRAPHIC_RANGES]
_GRAPHIC_ENDS = [r[1] for r in IS_GRAPHIC_RANGES]


def is_print(r: int) -> bool:
    """``strconv.IsPrint`` (same as ``unicode.IsPrint``)."""
    if 0x20 <= r <= 0x7E:
        return True
    i = bisect_right(_PRINT_STARTS, r) - 1
    return i >= 0 and r <= _PRINT_ENDS[i]


def is_graphic(r: int) -> bool:
    """``strconv.IsGraphic`` (same as ``unicode.IsGraphic``)."""
    i = bisect_right(_GRAPHIC_STARTS, r) - 1
    return i >= 0 and r <= _GRAPHIC_ENDS[i]


# --------------------------------------------------------------------------- quoting

_NAMED_ESCAPES = {0x07: "\\a", 0x08: "\\b", 0x0C: "\\f", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t", 0x0B: "\\v"}


def _escape_rune(r: int, quote_c: int, ascii_only: bool, graphic_only: bool) -> str:
    """How Go's quoting functions spell rune ``r`` inside a literal delimited by ``quote_c``.

    The delimiter and backslash get a backslash; printable runes (graphic ones too
    for the *Graphic variants; only ASCII for the *ToASCII variants) stand for
    themselves; then the named escapes \\a \\b \\f \\n \\r \\t \\v; other C0 controls
    and DEL as \\xHH; everything else as \\uHHHH or \\UHHHHHHHH (invalid runes as
    \\ufffd).
    """
    if r == quote_c or r == 0x5C:
        return "\\" + chr(r)
    if (r < 0x80 or not ascii_only) and (is_print(r) or (graphic_only and is_graphic(r))):
        return chr(r)
    named = _NAMED_ESCAPES.get(r)
    if named is not None:
        return named
    if r < 0x20 or r == 0x7F:
        return f"\\x{r:02x}"
    if not _utf8.valid_rune(r):
        r = 0xFFFD
    return f"\\u{r:04x}" if r < 0x10000 else f"\\U{r:08x}"


def _char_class(ranges) -> str:
    return "".join(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges)


_NEEDS_ESCAPE: dict[tuple[int, bool, bool], re.Pattern[str]] = {}


def _needs_escape(quote_c: int, ascii_only: bool, graphic_only: bool) -> re.Pattern[str]:
    """Regex matching the characters of a decoded string that ``_escape_rune`` changes."""
    key = (quote_c, ascii_only, graphic_only)
    pat = _NEEDS_ESCAPE.get(key)
    if pat is None:
        if ascii_only:
            keep = "\\x20-\\x7e"
        else:
            keep = _char_class(IS_GRAPHIC_RANGES if graphic_only else IS_PRINT_RANGES)
        pat = _NEEDS_ESCAPE[key] = re.compile(f"[^{keep}]|{re.escape(chr(quote_c))}|\\\\")
    return pat


# For ASCII input all three double-quoting flavours agree; a byte-level table is fastest.
_ASCII_SPECIAL = re.compile(rb"[^\x20\x21\x23-\x5b\x5d-\x7e]")
_ASCII_SPELLING = {bytes((c,)): _escape_rune(c, 0x22, False, False).encode() for c in range(0x80)}


def _quote_with(s: bytes, quote_c: int, ascii_only: bool, graphic_only: bool) -> bytes:
    q = bytes((quote_c,))
    if quote_c == 0x22 and s.isascii():
        return q + _ASCII_SPECIAL.sub(lambda m: _ASCII_SPELLING[m.group()], s) + q
    pat = _needs_escape(quote_c, ascii_only, graphic_only)

    def spell(m: re.Match[str]) -> str:
        return _escape_rune(ord(m.group()), quote_c, ascii_only, graphic_only)

    try:
        text = s.decode("utf-8")
    except UnicodeDecodeError:
        # Bytes that are not part of valid UTF-8 are written as \xHH, one per byte.
        out = [q]
        for a, b, ok in _utf8._segments(s):
            out.append(pat.sub(spell, s[a:b].decode("utf-8")).encode("utf-8") if ok else b"\\x%02x" % s[a])
        out.append(q)
        return b"".join(out)
    return q + pat.sub(spell, text).encode("utf-8") + q


def quote(s: bytes) -> bytes:
    """``strconv.Quote``."""
    return _quote_with(s, 0x22, False, False)


def quote_to_ascii(s: bytes) -> bytes:
    """``strconv.QuoteToASCII``."""
    return _quote_with(s, 0x22, True, False)


def quote_to_graphic(s: bytes) -> bytes:
    """``strconv.QuoteToGraphic``."""
    return _quote_with(s, 0x22, False, True)


def _quote_rune_with(r: int, ascii_only: bool, graphic_only: bool) -> bytes:
    r = r if _utf8.valid_rune(r) else 0xFFFD
    return f"'{_escape_rune(r, 0x27, ascii_only, graphic_only)}'".encode("utf-8")


def quote_rune(r: int) -> bytes:
    """``strconv.QuoteRune`` (invalid runes quote as U+FFFD)."""
    return _quote_rune_with(r, False, False)


def quote_rune_to_ascii(r: int) -> bytes:
    """``strconv.QuoteRuneToASCII``."""
    return _quote_rune_with(r, True, False)


def quote_rune_to_graphic(r: int) -> bytes:
    """``strconv.QuoteRuneToGraphic``."""
    return _quote_rune_with(r, False, True)


_NOT_IN_BACKQUOTES = re.compile(rb"[\x00-\x08\x0a-\x1f`\x7f]|\xef\xbb\xbf")


def can_backquote(s: bytes) -> bool:
    """``strconv.CanBackquote``: valid UTF-8 with no control character other than tab,
    no backquote, and no byte order mark (U+FEFF)."""
    return _NOT_IN_BACKQUOTES.search(s) is None and _utf8.valid_string(s)


# --------------------------------------------------------------------------- unquoting

_BACKSLASH_LETTERS = {0x61: 7, 0x62: 8, 0x66: 12, 0x6E: 10, 0x72: 13, 0x74: 9, 0x76: 11, 0x5C: 0x5C}
# One backslash escape; the group that matched tells which kind it is.
_ESCAPE = re.compile(
    rb"\\(?:([abfnrtv\\])|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{3})|(['\"]))"
)


def _escape_at(s: bytes, i: int, quote_c: int) -> tuple[int, bool, int] | None:
    r"""Decode the backslash escape at ``s[i]`` -> (value, multibyte, end index), or None.

    \x and three-digit octal escapes give bytes (not multibyte; octal at most 255),
    \u and \U give runes and must name a valid one, \' and \" are allowed only when
    that is the delimiter ``quote_c``.
    """
    m = _ESCAPE.match(s, i)
    if m is None:
        return None
    kind = m.lastindex
    end = m.end()
    if kind == 1:
        return _BACKSLASH_LETTERS[s[i + 1]], False, end
    if kind == 2:
        return int(m.group(2), 16), False, end
    if kind == 5:
        value = int(m.group(5), 8)
        return (value, False, end) if value <= 255 else None
    if kind == 6:
        return (quote_c, False, end) if s[i + 1] == quote_c else None
    value = int(m.group(kind), 16)
    return (value, True, end) if _utf8.valid_rune(value) else None


def unquote_char(s: bytes, quote_c: int) -> tuple[int, bool, bytes, GoError | None]:
    """``strconv.UnquoteChar(s, quote)`` -> ``(value, multibyte, tail, err)``.

    Decodes the first character of the body of a quoted literal: a UTF-8 rune
    (multibyte; invalid bytes give U+FFFD), a plain byte, or a backslash escape (see
    ``_escape_at``).  The delimiter ``quote_c`` may not appear unescaped.
    """
    if not s:
        return 0, False, b"", ERR_SYNTAX
    c = s[0]
    if c == 0x5C:
        esc = _escape_at(s, 0, quote_c)
        if esc is None:
            return 0, False, b"", ERR_SYNTAX
        return esc[0], esc[1], s[esc[2] :], None
    if c == quote_c and (c == 0x27 or c == 0x22):
        return 0, False, b"", ERR_SYNTAX
    if c >= 0x80:
        r, size = _utf8.decode_rune(s, 0)
        return r, True, s[size:], None
    return c, False, s[1:], None


def _single_rune_body(body: bytes) -> bool:
    """A '...' body needing no escape processing: one valid UTF-8 rune.  Go also lets
    the empty body through, so ``Unquote("''")`` is ``""`` without error."""
    if not body:
        return True
    r, size = _utf8.decode_rune(body, 0)
    return size == len(body) and not (r == 0xFFFD and size == 1)


_DQ_STOP = re.compile(rb'[\\"\n]')


def _as_utf8(chunk: bytes) -> bytes:
    """Literal text copied into an unquoted value: each invalid byte becomes U+FFFD."""
    if chunk.isascii() or _utf8.valid_string(chunk):
        return chunk
    return _utf8.decode_go(chunk).encode("utf-8")


def _read_literal(s: bytes, unescape: bool) -> tuple[bytes, bytes, GoError | None]:
    """Read the quoted literal at the start of ``s`` -> (value or literal text, rest, err).

    Raw `...` literals end at the next backquote and lose their carriage returns when
    unescaped.  "..." and '...' bodies are read character by character as
    ``UnquoteChar`` does and may not contain a raw newline; '...' holds exactly one
    character.  A body with no backslash or newline that is already valid is taken
    as is (double quotes: valid UTF-8; single quotes: see ``_single_rune_body``);
    otherwise invalid UTF-8 bytes decode as U+FFFD.
    """
    if len(s) < 2:
        return b"", s, ERR_SYNTAX
    q = s[0]
    close = s.find(s[:1], 1)
    if close < 0:
        return b"", s, ERR_SYNTAX
    if q == 0x60:
        if unescape:
            return s[1:close].replace(b"\r", b""), s[close + 1 :], None
        return s[: close + 1], s[close + 1 :], None
    if q != 0x22 and q != 0x27:
        return b"", s, ERR_SYNTAX
    body = s[1:close]
    if b"\\" not in body and b"\n" not in body:
        if _utf8.valid_string(body) if q == 0x22 else _single_rune_body(body):
            return (body if unescape else s[: close + 1]), s[close + 1 :], None
    out = bytearray()
    if q == 0x22:
        # Copy the text between escapes wholesale (no multi-byte sequence contains a
        # backslash, quote or newline byte), decoding each escape as it comes.
        pos = 1
        while True:
            m = _DQ_STOP.search(s, pos)
            if m is None:
                return b"", s, ERR_SYNTAX
            stop = m.start()
            if unescape and stop > pos:
                out += _as_utf8(s[pos:stop])
            c = s[stop]
            if c == 0x22:
                end = stop + 1
                break
            if c == 0x0A:
                return b"", s, ERR_SYNTAX
            esc = _escape_at(s, stop, q)
            if esc is None:
                return b"", s, ERR_SYNTAX
            value, multibyte, pos = esc
            if unescape:
                if multibyte:
                    out += _utf8.encode_rune(value)
                else:
                    out.append(value)
    else:
        # exactly one character, then the closing quote
        value, multibyte, tail, err = unquote_char(s[1:], q)
        if err is not None or s[1] == 0x0A or not tail or tail[0] != q:
            return b"", s, ERR_SYNTAX
        if unescape:
            out += _utf8.encode_rune(value) if multibyte else bytes((value,))
        end = len(s) - len(tail) + 1
    return (bytes(out) if unescape else s[:end]), s[end:], None


def unquote(s: bytes) -> tuple[bytes, GoError | None]:
    """``strconv.Unquote``: returns ``(value, None)`` or ``(b"", ERR_SYNTAX)``."""
    value, rest, err = _read_literal(s, True)
    if rest:
        return b"", ERR_SYNTAX
    return value, err


def quoted_prefix(s: bytes) -> tuple[bytes, GoError | None]:
    """``strconv.QuotedPrefix``: the quoted literal at the start of ``s``."""
    text, _, err = _read_literal(s, False)
    return text, err


__all__ = [
    "ERR_RANGE",
    "ERR_SYNTAX",
    "ErrRange",
    "ErrSyntax",
    "GoError",
    "GoStdlibPanic",
    "NumError",
    "atoi",
    "can_backquote",
    "format_bool",
    "format_float",
    "format_int",
    "format_uint",
    "is_graphic",
    "is_print",
    "itoa",
    "parse_bool",
    "parse_float",
    "parse_int",
    "parse_uint",
    "quote",
    "quote_rune",
    "quote_rune_to_ascii",
    "quote_rune_to_graphic",
    "quote_to_ascii",
    "quote_to_graphic",
    "quoted_prefix",
    "runtime_print_float",
    "shortest_digits",
    "shortest_digits_ryu",
    "to_float32",
    "unquote",
    "unquote_char",
]
