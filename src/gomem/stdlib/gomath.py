"""Go's ``math`` package (Go 1.23, linux/amd64), reproduced bit for bit on Python floats.

Why not Python's ``math``?  It raises where Go quietly returns NaN or an
infinity, and its libm answers are not Go's answers: Go evaluates every
elementary function with its own fixed recipe (for most functions a published
Cephes or FreeBSD-msun approximation; on amd64 ``Exp``, ``Log`` and ``Hypot``
are hand-written assembly), so Go's results can differ from the correctly
rounded value -- and from glibc -- in the last bit.

How we match them.  A floating-point result is fully determined by the
mathematical recipe: which approximation is used, which published constants
(range-reduction splits of pi/4 and ln 2, polynomial and rational
coefficients) it uses, and the order of the individually rounded IEEE
operations.  Python floats are IEEE binary64 with round-to-nearest-even and no
fused operations, the same arithmetic Go uses on amd64, so evaluating the same
recipe gives the same bits.  Each function below states the recipe it
evaluates; the constants are those published numbers.  Where Go's recipe
contains a fused multiply-add (the FMA flavour of ``Exp`` chosen on every
AVX2-era CPU) we compute that single rounding exactly (see ``_fma_exact`` and
the error analysis in ``_exp_taylor_steps``).  Operations IEEE defines exactly (sqrt, floor,
fmod, frexp, ldexp, remainder) come straight from Python's C library.

``NaN()`` is Go's NaN, whose bit pattern 0x7FF8000000000001 differs from
``float('nan')``.  Which NaN a computation produces is never significant to
Go programs except through ``Float64bits``; we return Go's pattern where Go's
code explicitly returns ``NaN()``.
"""

from __future__ import annotations

import math as _m
import struct
from fractions import Fraction

from gomem.stdlib.gostrconv import to_float32

# --------------------------------------------------------------------------- bit patterns

_DOUBLE = struct.Struct("<d")
_U64 = struct.Struct("<Q")
_SINGLE = struct.Struct("<f")
_U32 = struct.Struct("<I")
_MASK64 = (1 << 64) - 1


def float64bits(f: float) -> int:
    """``math.Float64bits``: the IEEE binary64 encoding of ``f`` as an unsigned int."""
    return _U64.unpack(_DOUBLE.pack(f))[0]


def float64frombits(b: int) -> float:
    """``math.Float64frombits`` (``b`` is taken modulo 2**64)."""
    return _DOUBLE.unpack(_U64.pack(b & _MASK64))[0]


def float32bits(f: float) -> int:
    """``math.Float32bits``; ``f`` should hold a float32 value (others are rounded first)."""
    try:
        return _U32.unpack(_SINGLE.pack(f))[0]
    except OverflowError:  # beyond float32 range: rounds to an infinity
        return 0xFF800000 if f < 0 else 0x7F800000


def float32frombits(b: int) -> float:
    """``math.Float32frombits``, returned widened to a Python float."""
    return _SINGLE.unpack(_U32.pack(b & 0xFFFFFFFF))[0]


_INF = _m.inf
_NINF = -_m.inf
_NAN = float64frombits(0x7FF8000000000001)
MAX_FLOAT64 = 1.79769313486231570814527423731704356798070e308
SMALLEST_NORMAL = 2.2250738585072014e-308
_isfinite = _m.isfinite
_fabs = _m.fabs
_copysign = _m.copysign
_frexp = _m.frexp
_ldexp = _m.ldexp
_sqrt = _m.sqrt
_fsum = _m.fsum

# --------------------------------------------------------------------------- constants
#
# Go's untyped constants are exact; an expression such as ``4 / Pi`` is evaluated
# exactly and rounded once when it becomes a float64.  ``Fraction`` -> float
# conversion is correctly rounded, so it reproduces that.

_PI_DIGITS = Fraction("3.14159265358979323846264338327950288419716939937510582097494459")
_LN2_DIGITS = Fraction("0.693147180559945309417232121458176568075500134360255254120680009")
_LN10_DIGITS = Fraction("2.30258509299404568401799145468436420760110148862877297603332790")

PI = float(_PI_DIGITS)
LN2 = float(_LN2_DIGITS)
LN10 = float(_LN10_DIGITS)
_PI_2 = float(_PI_DIGITS / 2)
_PI_4 = float(_PI_DIGITS / 4)
_3PI_4 = float(3 * _PI_DIGITS / 4)
_4_OVER_PI = float(4 / _PI_DIGITS)
_INV_LN10 = float(1 / _LN10_DIGITS)
_INV_LN2 = float(1 / _LN2_DIGITS)

# ln 2 split FreeBSD-style into a head with trailing zero bits (so k*head is exact
# for the k that occur) and a tail; used by Log, Log1p, Expm1 and Exp2.
_LN2_HEAD = 6.93147180369123816490e-01
_LN2_TAIL = 1.90821492927058770002e-10

# --------------------------------------------------------------------------- classification, sign


def NaN() -> float:  # noqa: N802 - Go name
    """``math.NaN()``."""
    return _NAN


nan = NaN


def inf(sign: int) -> float:
    """``math.Inf(sign)``: +Inf for sign >= 0, else -Inf."""
    return _NINF if sign < 0 else _INF


def is_nan(f: float) -> bool:
    """``math.IsNaN``."""
    return f != f


def is_inf(f: float, sign: int) -> bool:
    """``math.IsInf``: sign > 0 tests +Inf, sign < 0 tests -Inf, 0 tests either."""
    if sign > 0:
        return f == _INF
    if sign < 0:
        return f == _NINF
    return f == _INF or f == _NINF


def signbit(x: float) -> bool:
    """``math.Signbit`` (true for -0 and negative NaNs)."""
    return _copysign(1.0, x) < 0.0


def copysign(f: float, sign: float) -> float:
    """``math.Copysign``."""
    return _copysign(f, sign)


def abs_(x: float) -> float:
    """``math.Abs``."""
    return _fabs(x)


def sqrt(x: float) -> float:
    """``math.Sqrt`` (correctly rounded; NaN below zero, ``Sqrt(-0) == -0``)."""
    if x >= 0.0:
        return _sqrt(x)
    return x if x != x else _NAN


# --------------------------------------------------------------------------- integer parts


def _integral(x: float, rounder) -> float:
    """Apply an integer-valued rounding to ``x``, keeping Go's zero sign and specials."""
    if x == 0.0 or not _isfinite(x) or _fabs(x) >= 4503599627370496.0:
        return x  # zeros, Inf, NaN, and floats >= 2**52 (already integers) are fixed points
    return _copysign(float(rounder(x)), x)


def floor(x: float) -> float:
    """``math.Floor`` (``Floor(-0.5) == -1``, keeps -0/Inf/NaN)."""
    return _integral(x, _m.floor)


def ceil(x: float) -> float:
    """``math.Ceil`` (``Ceil(-0.5) == -0``)."""
    return _integral(x, _m.ceil)


def trunc(x: float) -> float:
    """``math.Trunc`` (``Trunc(-0.5) == -0``)."""
    return _integral(x, int)


def _half_away(x: float) -> int:
    t = int(x)  # toward zero; x - t is exact for |x| < 2**52
    if _fabs(x - t) >= 0.5:
        t += 1 if x > 0 else -1
    return t


def round_(x: float) -> float:
    """``math.Round``: nearest integer, halves away from zero."""
    return _integral(x, _half_away)


def round_to_even(x: float) -> float:
    """``math.RoundToEven``: nearest integer, halves to even (Python's ``round``)."""
    return _integral(x, round)


def modf(f: float) -> tuple[float, float]:
    """``math.Modf`` -> ``(integer part, fraction)``, both carrying the sign of ``f``.

    Go: ``Modf(+-Inf) == (+-Inf, NaN)``, ``Modf(NaN) == (NaN, NaN)``, and the
    fraction of a negative integer is -0.
    """
    if not _isfinite(f):
        return f, f - f
    whole = _integral(f, int)
    return whole, _copysign(f - whole, f)


def frexp(f: float) -> tuple[float, int]:
    """``math.Frexp``: ``f == frac * 2**exp`` with ``0.5 <= |frac| < 1`` (specials give exp 0)."""
    return _frexp(f)


def ldexp(frac: float, exp: int) -> float:
    """``math.Ldexp``: ``frac * 2**exp`` rounded once (overflow -> +-Inf, underflow -> +-0)."""
    try:
        return _ldexp(frac, exp)
    except OverflowError:
        return _copysign(_INF, frac)


def ilogb(x: float) -> int:
    """``math.Ilogb``: the binary exponent of ``x`` (subnormals normalised)."""
    if x == 0.0:
        return -(1 << 31)
    if not _isfinite(x):
        return (1 << 31) - 1
    return _frexp(x)[1] - 1


def logb(x: float) -> float:
    """``math.Logb``: ``Ilogb`` as a float, with -Inf at 0 and +Inf at +-Inf."""
    if x == 0.0:
        return _NINF
    if not _isfinite(x):
        return _fabs(x)
    return float(_frexp(x)[1] - 1)


def mod(x: float, y: float) -> float:
    """``math.Mod``: exact remainder of truncated division (sign of ``x``)."""
    if y == 0.0 or not _isfinite(x) or y != y:
        return _NAN
    return _m.fmod(x, y)


def remainder(x: float, y: float) -> float:
    """``math.Remainder``: the IEEE 754 remainder ``x - n*y``, ``n`` = x/y rounded half-even.

    The IEEE remainder is exact and unique, so the C library's gives Go's result;
    only Go's special cases need handling (``Remainder(x, +-Inf) == x``).
    """
    if x != x or y != y or y == 0.0 or not _isfinite(x):
        return _NAN
    if not _isfinite(y):
        return x
    return _m.remainder(x, y)


def dim(x: float, y: float) -> float:
    """``math.Dim``: ``max(x - y, 0)`` (NaN stays NaN)."""
    d = x - y
    return 0.0 if d <= 0.0 else d


def max_(x: float, y: float) -> float:
    """``math.Max``: +Inf beats NaN, NaN beats numbers, +0 beats -0."""
    if x == _INF or y == _INF:
        return _INF
    if x != x or y != y:
        return _NAN
    if x == y:
        return x if _copysign(1.0, x) > 0.0 else y
    return x if x > y else y


def min_(x: float, y: float) -> float:
    """``math.Min``: -Inf beats NaN, NaN beats numbers, -0 beats +0."""
    if x == _NINF or y == _NINF:
        return _NINF
    if x != x or y != y:
        return _NAN
    if x == y:
        return x if _copysign(1.0, x) < 0.0 else y
    return x if x < y else y


def nextafter(x: float, y: float) -> float:
    """``math.Nextafter``: the float after ``x`` towards ``y`` (``x`` itself when equal)."""
    if x == y:
        return x
    return _m.nextafter(x, y) if x == x and y == y else _NAN


def nextafter32(x: float, y: float) -> float:
    """``math.Nextafter32`` on float32 values (returned widened)."""
    if x != x or y != y:
        return to_float32(_NAN)
    if x == y:
        return x
    if x == 0.0:
        return _copysign(float32frombits(1), y)
    # Stepping the encoding by one moves one float32 away from (up) or towards (down) zero.
    away = (y > x) == (x > 0.0)
    return float32frombits(float32bits(x) + (1 if away else -1))


def _pow10_table() -> list[float]:
    # Go builds 10**n as the product (n >= 0) or quotient (n < 0) of two correctly rounded
    # table entries, 10**(32a) and 10**b with |n| = 32a + b; that double rounding is part
    # of its results, so we tabulate exactly those 632 values.
    def exact(e: int) -> float:
        return float(f"1e{e}")

    table = []
    for n in range(-323, 309):
        a, b = divmod(abs(n), 32)
        table.append(exact(32 * a) * exact(b) if n >= 0 else exact(-32 * a) / exact(b))
    return table


_POW10 = _pow10_table()


def pow10(n: int) -> float:
    """``math.Pow10``: 10**n as Go computes it; +Inf above 308, 0 below -323."""
    if -323 <= n <= 308:
        return _POW10[n + 323]
    return _INF if n > 0 else 0.0


# --------------------------------------------------------------------------- fused multiply-add

_SPLITTER = 134217729.0  # 2**27 + 1: Veltkamp splitting into two 26-bit halves


def _fma_exact(a: float, b: float, c: float) -> float:
    """``a*b + c`` rounded once, for operands whose products and sums stay well inside range.

    Veltkamp/Dekker: split each factor into halves whose pairwise products are exact,
    so ``a*b == p + err`` exactly; ``fsum`` then rounds ``p + err + c`` correctly.
    Valid when no partial product under- or overflows (|a*b| in 2**-900..2**990).
    """
    p = a * b
    t = _SPLITTER * a
    a_hi = t - (t - a)
    a_lo = a - a_hi
    t = _SPLITTER * b
    b_hi = t - (t - b)
    b_lo = b - b_hi
    err = ((a_hi * b_hi - p) + a_hi * b_lo + a_lo * b_hi) + a_lo * b_lo
    return _fsum((p, err, c))


def fma(x: float, y: float, z: float) -> float:
    """``math.FMA``: ``x*y + z`` computed exactly and rounded once."""
    if x == 0.0 or y == 0.0 or not (_isfinite(x) and _isfinite(y) and _isfinite(z)):
        return x * y + z  # no rounding happens in the product, or IEEE specials decide
    if z == 0.0:
        return x * y
    prod = _fabs(x * y)
    if (
        2.0**-900 <= prod <= 2.0**990
        and _fabs(x) <= 2.0**990
        and _fabs(y) <= 2.0**990
        and _fabs(z) <= 2.0**990
    ):
        return _fma_exact(x, y, z)
    # Far ends of the range: exact rational arithmetic.  int/int true division is
    # correctly rounded (including subnormal results) and raises only on overflow.
    exact = Fraction(x) * Fraction(y) + Fraction(z)
    if exact == 0:
        return 0.0  # exact cancellation of nonzero terms gives +0 under round-to-nearest
    try:
        return exact.numerator / exact.denominator
    except OverflowError:
        return _INF if exact > 0 else _NINF


# --------------------------------------------------------------------------- Exp (amd64 assembly)

#: Go's amd64 ``Exp`` has two code paths and picks the one with fused multiply-adds
#: when the CPU has AVX2 and FMA (every x86-64 of the last decade).  False selects the
#: plain-SSE2 path.
USE_FMA = True

_LOG2E = 1.4426950408889634073599246810018920
_EXP_LIMIT = 7.09782712893384e02  # above this Go's Exp answers +Inf without computing
# ln 2 = _LN2_HI41 + _LN2_LO: a head with 41 significant bits (k * head is exact for
# every |k| < 2**12) and the rest.
_LN2_HI41 = 0.69314718055966295651160180568695068359375
_LN2_LO = 0.28235290563031577122588448175013436025525412068e-12


def _split_for_small_multiplier(v: float) -> tuple[float, float]:
    """v == head + tail, head with 40 significant bits, tail with at most 13."""
    mant, e = _frexp(v)
    head = _ldexp(float(int(mant * 2.0**40)), e - 40)
    return head, v - head


# k * each part is exact for |k| < 2**12, so (r, -k*head, -k*tail) sums exactly to r - k*_LN2_LO.
_LN2_LO_HEAD, _LN2_LO_TAIL = _split_for_small_multiplier(_LN2_LO)


def _exp_taylor_steps() -> tuple[tuple[float, float, float], ...]:
    """Coefficients 1/7! .. 1/1! of the Taylor step, each with two acceptance bounds.

    In ``exp`` the step ``p <- fma(p, w, c)`` is evaluated as ``s = p*w + c`` with the
    exact error of the addition ``t`` (Fast2Sum, valid since |p*w| < |c| here).  The
    exact ``p*w + c`` is ``s + t + e`` where ``e`` is the rounding error of ``p*w``.
    It rounds to ``s`` whenever ``|t| + |e|`` stays below half the spacing of doubles
    around ``s``.  With |w| < 2**-5 (w is the reduced argument, at most ln2/2, over 16)
    and |p| <= 2/(n+1)! we have |e| <= emax = 2/(n+1)! * 2**-5 * 2**-53, and s stays
    within 5% of c -- inside c's binade, or just below it when c is a power of two.
    The bounds are ``half_spacing - emax`` for s above c and for s at or below c
    (they differ only when c is a power of two, where the spacing halves below c);
    a step whose ``|t|`` is not under its bound is recomputed exactly.
    """
    coeffs = [Fraction(1, _m.factorial(n)) for n in range(8, 0, -1)]  # 1/8!, 1/7!, ..., 1/1!
    steps = []
    for higher, c in zip(coeffs, coeffs[1:]):
        cf = float(c)
        half = _m.ulp(cf) / 2
        emax = float(2 * higher) * 2.0**-5 * 2.0**-53
        mant = _frexp(cf)[0]
        assert mant == 0.5 or 0.5 <= mant * 0.95 and mant * 1.05 < 1.0  # the binade claim above
        below = half / 2 if mant == 0.5 else half
        steps.append((cf, half - emax, below - emax))
    return tuple(steps)


_EXP_STEPS = _exp_taylor_steps()
_INV_8_FACT = float(Fraction(1, 40320))


def exp(x: float) -> float:
    """``math.Exp`` as computed by Go's amd64 assembly.

    Recipe: k = nearest integer (ties even) to x*log2(e); r = x - k*ln2 with ln 2 in
    two pieces; w = r/16; e**w - 1 from the degree-8 Taylor polynomial
    w*(1 + w/2! + ... + w**7/8!) (Horner, fused on FMA CPUs); square four times via
    (1+u)**2 - 1 = u*(u+2), the last squaring adding the 1 (fused on FMA CPUs);
    finally scale by 2**k, rounding once.  Quirks that are part of Go's results:
    x > 709.782712893384 is +Inf outright, and so is any x whose k reaches 1024
    (e.g. Exp(709.5), whose true value is finite); k < -1075 gives 0.
    """
    if not x < _EXP_LIMIT:
        if x != x or x == _INF:
            return x
        return _INF
    if x == _NINF:
        return 0.0
    t = _LOG2E * x
    if t < -1100.0:
        return 0.0  # 2**k * e**r underflows completely
    k = round(t)
    if k >= 1024:
        return _INF
    fk = float(k)
    if USE_FMA:
        # r = x - k*ln2: the head product is exact, so its fused subtraction is an
        # ordinary one; the tail is subtracted with a single rounding.
        r = x - fk * _LN2_HI41
        r = _fsum((r, -(fk * _LN2_LO_HEAD), -(fk * _LN2_LO_TAIL)))
        w = r * 0.0625
        p = _INV_8_FACT
        for c, bound_above, bound_below in _EXP_STEPS:
            q = p * w
            s = q + c
            t = q - (s - c)
            if _fabs(t) < (bound_above if s > c else bound_below):
                p = s
            else:
                p = _fma_exact(p, w, c)
        u = w * p
        u = u * (u + 2.0)
        u = u * (u + 2.0)
        u = u * (u + 2.0)
        y = _fma_exact(u, u + 2.0, 1.0)
    else:
        r = (x - fk * _LN2_HI41) - fk * _LN2_LO
        w = r * 0.0625
        p = _INV_8_FACT
        for c, _, _ in _EXP_STEPS:
            p = p * w + c
        u = p * w
        u = u * (2.0 + u)
        u = u * (2.0 + u)
        u = u * (2.0 + u)
        u = u * (2.0 + u)
        y = u + 1.0
    return _ldexp(y, k)


# --------------------------------------------------------------------------- Exp2, Expm1 (FreeBSD)


_EXP2_P = (  # msun's exp kernel coefficients P1..P5
    1.66666666666666657415e-01,
    -2.77777777770155933842e-03,
    6.61375632143793436117e-05,
    -1.65339022054652515390e-06,
    4.13813679705723846039e-08,
)


def exp2(x: float) -> float:
    """``math.Exp2``.

    Recipe: k = x rounded half away from zero (as ``int(x +- 0.5)``), t = x - k;
    e**(t*ln2) via the msun rational kernel on hi = t*ln2_head, lo = -t*ln2_tail:
    r = hi - lo, c = r - r2*P(r2), y = 1 - ((lo - r*c/(2 - c)) - hi); then y * 2**k.
    """
    if x != x or x == _INF:
        return x
    if x == _NINF or x < -1.0740e03:
        return 0.0
    if x > 1.0239999999999999e03:
        return _INF
    k = int(x + 0.5) if x > 0.0 else int(x - 0.5) if x < 0.0 else 0
    t = x - k
    hi = t * _LN2_HEAD
    lo = -t * _LN2_TAIL
    r = hi - lo
    r2 = r * r
    p1, p2, p3, p4, p5 = _EXP2_P
    c = r - r2 * (p1 + r2 * (p2 + r2 * (p3 + r2 * (p4 + r2 * p5))))
    y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi)
    return ldexp(y, k)


_EXPM1_Q = (
    -3.33333333333331316428e-02,
    1.58730158725481460165e-03,
    -7.93650757867487942473e-05,
    4.00821782732936239552e-06,
    -2.01099218183624371326e-07,
)


def expm1(x: float) -> float:
    """``math.Expm1`` (e**x - 1, accurate near 0).

    Recipe (msun): write x = k*ln2 + r with |r| <= ln2/2 (r kept as r plus a correction
    c), approximate e**r - 1 = r + r**2/2 + r**3 * E(r) where the rational E uses the
    polynomial Q in (r*r/2), then reassemble 2**k*(e**r - 1) + (2**k - 1) in the
    arrangement that avoids cancellation for the size of k.
    """
    if x != x or x == _INF:
        return x
    ax = _fabs(x)
    if ax >= 3.88162421113569373274e01:  # 56 ln 2: e**x - 1 is -1 or overflows
        if x < 0.0:
            return -1.0
        if ax >= 7.09782712893383973096e02:
            return _INF
    if ax <= 3.46573590279972654709e-01:  # |x| <= ln2/2: no reduction
        if ax < 2.0**-54:
            return x
        k = 0
        r = x
        c = 0.0
    else:
        if ax < 1.03972077083991796413e00:  # |x| < 3/2 ln 2: k = +-1
            if x > 0.0:
                k, hi, lo = 1, x - _LN2_HEAD, _LN2_TAIL
            else:
                k, hi, lo = -1, x + _LN2_HEAD, -_LN2_TAIL
        else:
            step = 1.44269504088896338700e00 * x
            k = int(step + 0.5) if x > 0.0 else int(step - 0.5)
            hi = x - k * _LN2_HEAD
            lo = k * _LN2_TAIL
        r = hi - lo
        c = (hi - r) - lo
    half_r = 0.5 * r
    hrr = r * half_r
    q1, q2, q3, q4, q5 = _EXPM1_Q
    r1 = 1.0 + hrr * (q1 + hrr * (q2 + hrr * (q3 + hrr * (q4 + hrr * q5))))
    t = 3.0 - r1 * half_r
    e = hrr * ((r1 - t) / (6.0 - r * t))
    if k == 0:
        return r - (r * e - hrr)
    e = (r * (e - c) - c) - hrr
    if k == -1:
        return 0.5 * (r - e) - 0.5
    if k == 1:
        return -2.0 * (e - (r + 0.5)) if r < -0.25 else 1.0 + 2.0 * (r - e)
    if k <= -2 or k > 56:
        return ldexp(1.0 - (e - r), k) - 1.0
    if k < 20:
        return _ldexp((1.0 - 2.0**-k) - (e - r), k)
    return _ldexp((r - (e + 2.0**-k)) + 1.0, k)


# --------------------------------------------------------------------------- Log family

_HALF_SQRT2 = 7.07106781186547524401e-01
_LG = (  # msun's log kernel coefficients Lg1..Lg7
    6.666666666666735130e-01,
    3.999999999940941908e-01,
    2.857142874366239149e-01,
    2.222219843214978396e-01,
    1.818357216161805012e-01,
    1.531383769920937332e-01,
    1.479819860511658591e-01,
)


def log(x: float) -> float:
    """``math.Log`` as computed by Go's amd64 assembly.

    Recipe: x = 2**k * m with m in (sqrt(2)/2, sqrt(2)]; f = m - 1, s = f/(2 + f);
    log(1+f) = f - (hfsq - s*(hfsq + R)) with hfsq = f*f/2 and R the msun polynomial
    in s*s split into odd/even halves; add k*ln2 in two pieces.  The assembly reads
    k and m straight from the exponent and fraction fields *without* normalising
    subnormals: for 0 < x < 2**-1022 it uses m = 0.5 + x*2**1021, k = -1022, so
    Go's Log is inaccurate there -- and we are too.
    """
    if not x > 0.0:
        if x == 0.0:
            return _NINF
        return x if x != x and not signbit(x) else _NAN
    if x == _INF:
        return x
    if x >= SMALLEST_NORMAL:
        m, k = _frexp(x)
    else:
        m, k = 0.5 + x * 2.0**1021, -1022
    if m <= _HALF_SQRT2:
        m *= 2.0
        k -= 1
    fk = float(k)
    f = m - 1.0
    s = f / (2.0 + f)
    s2 = s * s
    s4 = s2 * s2
    lg1, lg2, lg3, lg4, lg5, lg6, lg7 = _LG
    odd = s2 * (((lg7 * s4 + lg5) * s4 + lg3) * s4 + lg1)
    even = s4 * ((lg6 * s4 + lg4) * s4 + lg2)
    hfsq = 0.5 * f * f
    return fk * _LN2_HEAD - ((hfsq - (s * (hfsq + (odd + even)) + fk * _LN2_TAIL)) - f)


def log10(x: float) -> float:
    """``math.Log10``: ``Log(x) * (1/Ln10)``."""
    return log(x) * _INV_LN10


def log2(x: float) -> float:
    """``math.Log2``: exact for powers of two, else ``Log(frac)/Ln2 + exp`` from Frexp."""
    frac, e = _frexp(x)
    if frac == 0.5:
        return float(e - 1)
    return log(frac) * _INV_LN2 + float(e)


_SQRT2_FRACTION_LIMIT = float64frombits(0x3FF6A09E667F3BCD)  # ~sqrt(2): fold point of Log1p


def log1p(x: float) -> float:
    """``math.Log1p`` (log(1 + x), accurate near 0).

    Recipe (msun): tiny |x| answers x or x - x*x/2; for 1+x already within
    (sqrt(2)/2, sqrt(2)) use f = x directly; otherwise u = 1 + x (or x itself once
    1 would be lost) is written 2**k * m, m folded into [sqrt(2)/2, sqrt(2)), f = m - 1,
    and the rounding error of 1 + x is carried as c/u.  log(1+f) uses the same kernel
    as ``log`` (here in plain Horner form), or a short series when f is zero or one
    of the three doubles just below zero (Go's test for its "f is tiny" branch).
    """
    if not x > -1.0:
        return _NINF if x == -1.0 else _NAN
    if x == _INF:
        return _INF
    ax = _fabs(x)
    if ax < 4.142135623730950488017e-01 and (ax < 2.0**-29 or x > -2.928932188134524755992e-01):
        if ax < 2.0**-29:
            return x if ax < 2.0**-54 else x - x * x * 0.5
        k, f, c = 0, x, 0.0
    else:
        if ax < 9007199254740992.0:
            u = 1.0 + x
            m, e = _frexp(u)
            # rounding error of 1 + x, relative to u
            c = ((1.0 - (u - x)) if e > 1 else (x - (u - 1.0))) / u
        else:
            m, e = _frexp(x)
            c = 0.0
        if m + m < _SQRT2_FRACTION_LIMIT:
            k, f = e - 1, (m + m) - 1.0
        else:
            k, f = e, m - 1.0
        if -3 * 2.0**-53 <= f <= 0.0:
            fk = float(k)
            if f == 0.0:
                return 0.0 if k == 0 else fk * _LN2_HEAD + (c + fk * _LN2_TAIL)
            rr = (0.5 * f * f) * (1.0 - 0.66666666666666666 * f)
            return f - rr if k == 0 else fk * _LN2_HEAD - ((rr - (fk * _LN2_TAIL + c)) - f)
    hfsq = 0.5 * f * f
    s = f / (2.0 + f)
    z = s * s
    lg1, lg2, lg3, lg4, lg5, lg6, lg7 = _LG
    poly = z * (lg1 + z * (lg2 + z * (lg3 + z * (lg4 + z * (lg5 + z * (lg6 + z * lg7))))))
    if k == 0:
        return f - (hfsq - s * (hfsq + poly))
    fk = float(k)
    return fk * _LN2_HEAD - ((hfsq - (s * (hfsq + poly) + (fk * _LN2_TAIL + c))) - f)


# --------------------------------------------------------------------------- Pow, Cbrt, Hypot


def _odd_integer(v: float) -> bool:
    return _fabs(v) < 9007199254740992.0 and v == int(v) and int(v) & 1 == 1


def pow_(x: float, y: float) -> float:
    """``math.Pow`` with Go's special cases and Go's own algorithm.

    Recipe: y = n + g with n an integer and |g| <= 1/2 (the fraction of |y| is moved
    into (-1/2, 1/2] by bumping n); x**g = Exp(g*Log(x)); x**n by binary powering of
    x's Frexp mantissa, scanning n's bits from the low end, renormalising the squared
    mantissa into [1/2, 1) and accumulating the binary exponent separately (bailing
    out early once that exponent passes 2**12 -- the result must then over/underflow);
    1/result for y < 0; one final Ldexp.
    """
    if y == 0.0 or x == 1.0:
        return 1.0
    if y == 1.0:
        return x
    if x != x or y != y:
        return _NAN
    if x == 0.0:
        if y < 0.0:
            return _NINF if signbit(x) and _odd_integer(y) else _INF
        return x if signbit(x) and _odd_integer(y) else 0.0
    if not _isfinite(y):
        if x == -1.0:
            return 1.0
        return 0.0 if (_fabs(x) < 1.0) == (y > 0.0) else _INF
    if not _isfinite(x):
        if x < 0.0:
            return pow_(-0.0, -y)  # Pow(-Inf, y) == Pow(-0, -y)
        return 0.0 if y < 0.0 else _INF
    if y == 0.5:
        return sqrt(x)
    if y == -0.5:
        return 1.0 / sqrt(x)
    ay = _fabs(y)
    n = _m.floor(ay)
    g = ay - n
    if g != 0.0 and x < 0.0:
        return _NAN
    if n >= 9223372036854775808.0:  # n >= 2**63: x**y is 1 (x == -1), 0 or Inf
        if x == -1.0:
            return 1.0
        return 0.0 if (_fabs(x) < 1.0) == (y > 0.0) else _INF
    acc = 1.0
    acc_exp = 0
    if g != 0.0:
        if g > 0.5:
            g -= 1.0
            n += 1.0
        acc = exp(g * log(x))
    base, base_exp = _frexp(x)
    bits = int(n)
    while bits:
        if not -4096 <= base_exp <= 4096:
            acc_exp += base_exp
            break
        if bits & 1:
            acc *= base
            acc_exp += base_exp
        base *= base
        base_exp += base_exp
        if base < 0.5:
            base += base
            base_exp -= 1
        bits >>= 1
    if y < 0.0:
        acc = 1.0 / acc
        acc_exp = -acc_exp
    return ldexp(acc, acc_exp)


_CBRT_BIAS_NORMAL = 715094163 << 32
_CBRT_BIAS_SUBNORMAL = 696219795 << 32
_CBRT_C = float(Fraction(19, 35))
_CBRT_D = float(Fraction(-864, 1225))
_CBRT_E = float(Fraction(99, 70))
_CBRT_F = float(Fraction(45, 28))
_CBRT_G = float(Fraction(5, 14))


def cbrt(x: float) -> float:
    """``math.Cbrt``.

    Recipe (msun): a 5-bit first guess from the encoding itself (the bit pattern
    divided by 3 plus a bias, i.e. exponent/3; subnormals are first scaled by 2**54),
    one rational correction step to ~23 bits, the guess rounded *up* to 22 fraction
    bits (so its square is exact), then one Newton-like step t + t*(x/t**2 - t)/(2t + x/t**2).
    """
    if x == 0.0 or not _isfinite(x):
        return x
    a = _fabs(x)
    if a >= SMALLEST_NORMAL:
        t = float64frombits(float64bits(a) // 3 + _CBRT_BIAS_NORMAL)
    else:
        t = float64frombits(float64bits(a * 18014398509481984.0) // 3 + _CBRT_BIAS_SUBNORMAL)
    r = t * t / a
    s = _CBRT_C + r * t
    t *= _CBRT_G + _CBRT_F / (s + _CBRT_E + _CBRT_D / s)
    t = float64frombits(((float64bits(t) >> 30) + 1) << 30)
    s = t * t
    r = a / s
    r = (r - t) / ((t + t) + r)
    t = t + t * r
    return t if x > 0.0 else -t


def hypot(p: float, q: float) -> float:
    """``math.Hypot`` as computed by Go's amd64 assembly: big * sqrt(1 + (small/big)**2)."""
    p = _fabs(p)
    q = _fabs(q)
    if p == _INF or q == _INF:
        return _INF
    if p != p or q != q:
        return _NAN
    if p < q:
        p, q = q, p
    if p == 0.0:
        return 0.0
    ratio = q / p
    return p * _sqrt(ratio * ratio + 1.0)


# --------------------------------------------------------------------------- sin, cos, tan (Cephes)

# Cephes sin/cos kernels on |z| <= pi/4, in zz = z*z (highest degree first).
_SIN_C = (
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
)
_COS_C = (
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
)
_S0, _S1, _S2, _S3, _S4, _S5 = _SIN_C
_C0, _C1, _C2, _C3, _C4, _C5 = _COS_C
# pi/4 as a sum of three doubles (Cody-Waite), for arguments below 2**29.
_PI4_A = 7.85398125648498535156e-1
_PI4_B = 3.77489470793079817668e-8
_PI4_C = 2.69515142907905952645e-15
_CODY_WAITE_LIMIT = 536870912.0  # 2**29


def _sin_kernel(z: float, zz: float) -> float:
    return z + z * zz * ((((((_S0 * zz) + _S1) * zz + _S2) * zz + _S3) * zz + _S4) * zz + _S5)


def _cos_kernel(zz: float) -> float:
    return 1.0 - 0.5 * zz + zz * zz * ((((((_C0 * zz) + _C1) * zz + _C2) * zz + _C3) * zz + _C4) * zz + _C5)


_four_over_pi_bits: int | None = None


def _four_over_pi_fixed() -> int:
    """floor(4/pi * 2**1216): 4/pi in binary to 1216 fraction bits, computed once.

    pi comes from Machin's formula pi/4 = 4*atan(1/5) - atan(1/239) in fixed point
    with 200 guard bits, far more than the error of the series.
    """
    global _four_over_pi_bits
    if _four_over_pi_bits is None:
        work = 1216 + 200

        def arctan_inv(n: int) -> int:
            term = (1 << work) // n
            total = term
            k = 1
            while term:
                term //= n * n
                total += (term // (2 * k + 1)) * (-1 if k & 1 else 1)
                k += 1
            return total

        pi_fixed = 4 * (4 * arctan_inv(5) - arctan_inv(239))
        _four_over_pi_bits = ((4 << (2 * work)) // pi_fixed) >> (work - 1216)
    return _four_over_pi_bits


def _payne_hanek(x: float) -> tuple[int, float]:
    """Octant and reduced argument of a huge ``x`` (>= 2**29), as Go's trigReduce gets them.

    x = M * 2**E with a 53-bit integer M.  Go multiplies M by a 192-bit window of
    4/pi's binary expansion starting (E + 61) bits in and keeps bits 64..191 of the
    product: 3 integer bits (the octant mod 8), then 125 bits of fraction.
    The fraction is converted to a double by *truncation*: the 52 bits after its
    leading 1, where the bits below the first 64 fraction bits are supplied, for
    fractions with many leading zeros, from the low product word re-read at the
    wrong offset (Go's shift overlaps the three bits it already moved into place).
    We reproduce that exactly: it only matters when the fraction is below 2**-12.
    An odd octant is bumped to the next even one (fraction - 1); the fraction times
    pi/4 is the reduced argument.
    """
    mant, e2 = _frexp(x)
    m = int(mant * 9007199254740992.0)  # 53-bit integer significand
    e = e2 - 53
    window = (_four_over_pi_fixed() >> (1027 - e)) & ((1 << 192) - 1)
    prod = ((m * window) >> 64) & ((1 << 128) - 1)
    octant = prod >> 125
    head = (prod >> 61) & _MASK64  # first 64 fraction bits
    low = prod & _MASK64  # low word of the 128-bit product
    if head:
        shift = 65 - head.bit_length()  # leading zeros + 1: moves the leading 1 out of the word
        word = ((head << shift) | (low >> (64 - shift))) & _MASK64
        z = float64frombits(((1023 - shift) << 52) | (word >> 12))
    else:
        z = float64frombits((1023 - 65) << 52)
    if octant & 1:
        octant = (octant + 1) & 7
        z -= 1.0
    return octant, z * _PI_4


def _octant_split(x: float) -> tuple[int, float]:
    """For x >= 0: (j, z) with x = j*pi/4 + z, j even (0, 2, 4 or 6 mod 8), |z| <= pi/4.

    Below 2**29: j = trunc(x * 4/pi) rounded up to even; z = x - j*pi/4 subtracting
    the three parts of pi/4 in turn.  Above: ``_payne_hanek``.
    """
    if x >= _CODY_WAITE_LIMIT:
        return _payne_hanek(x)
    j = int(x * _4_OVER_PI)
    j += j & 1
    y = float(j)
    return j & 7, ((x - y * _PI4_A) - y * _PI4_B) - y * _PI4_C


def sin(x: float) -> float:
    """``math.Sin`` (Cephes): reduce to an octant, then the sin or cos kernel."""
    if x == 0.0 or x != x:
        return x
    a = -x if x < 0.0 else x
    if a < _CODY_WAITE_LIMIT:  # the common case of _octant_split, inlined
        j = int(a * _4_OVER_PI)
        j += j & 1
        y = float(j)
        z = ((a - y * _PI4_A) - y * _PI4_B) - y * _PI4_C
        j &= 7
    elif a == _INF:
        return _NAN
    else:
        j, z = _payne_hanek(a)
    zz = z * z
    if j & 2:
        y = 1.0 - 0.5 * zz + zz * zz * ((((((_C0 * zz) + _C1) * zz + _C2) * zz + _C3) * zz + _C4) * zz + _C5)
    else:
        y = z + z * zz * ((((((_S0 * zz) + _S1) * zz + _S2) * zz + _S3) * zz + _S4) * zz + _S5)
    # sin is odd; octants 4..7 are the negated octants 0..3
    return -y if (x < 0.0) != (j >= 4) else y


def cos(x: float) -> float:
    """``math.Cos`` (Cephes)."""
    a = -x if x < 0.0 else x
    if a < _CODY_WAITE_LIMIT:  # the common case of _octant_split, inlined
        j = int(a * _4_OVER_PI)
        j += j & 1
        y = float(j)
        z = ((a - y * _PI4_A) - y * _PI4_B) - y * _PI4_C
        j &= 7
    elif a == _INF or a != a:
        return _NAN
    else:
        j, z = _payne_hanek(a)
    zz = z * z
    if j & 2:
        y = z + z * zz * ((((((_S0 * zz) + _S1) * zz + _S2) * zz + _S3) * zz + _S4) * zz + _S5)
    else:
        y = 1.0 - 0.5 * zz + zz * zz * ((((((_C0 * zz) + _C1) * zz + _C2) * zz + _C3) * zz + _C4) * zz + _C5)
    # cos(j*pi/4 + z): +cos z, -sin z, -cos z, +sin z for j = 0, 2, 4, 6
    return -y if j == 2 or j == 4 else y


def sincos(x: float) -> tuple[float, float]:
    """``math.Sincos`` -> ``(Sin(x), Cos(x))`` from one reduction."""
    if x == 0.0:
        return x, 1.0
    if not _isfinite(x):
        return _NAN, _NAN
    j, z = _octant_split(_fabs(x))
    zz = z * z
    c = _cos_kernel(zz)
    s = _sin_kernel(z, zz)
    if j & 2:
        s, c = c, s
    if (x < 0.0) != (j >= 4):
        s = -s
    if j == 2 or j == 4:
        c = -c
    return s, c


_TAN_P = (-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7)
_TAN_Q = (
    1.36812963470692954678e4,
    -1.32089234440210967447e6,
    2.50083801823357915839e7,
    -5.38695755929454629881e7,
)


def tan(x: float) -> float:
    """``math.Tan`` (Cephes): z + z*zz*P(zz)/Q(zz) on the octant, -1/that in octants 2, 6."""
    if x == 0.0 or x != x:
        return x
    a = -x if x < 0.0 else x
    if a < _CODY_WAITE_LIMIT:  # the common case of _octant_split, inlined
        j = int(a * _4_OVER_PI)
        j += j & 1
        y = float(j)
        z = ((a - y * _PI4_A) - y * _PI4_B) - y * _PI4_C
    elif a == _INF:
        return _NAN
    else:
        j, z = _payne_hanek(a)
    zz = z * z
    if zz > 1e-14:
        p0, p1, p2 = _TAN_P
        q1, q2, q3, q4 = _TAN_Q
        y = z + z * (zz * ((p0 * zz + p1) * zz + p2) / ((((zz + q1) * zz + q2) * zz + q3) * zz + q4))
    else:
        y = z
    if j & 2:
        y = -1.0 / y
    return -y if x < 0.0 else y


# --------------------------------------------------------------------------- inverse trig (Cephes)

_ATAN_P = (
    -8.750608600031904122785e-01,
    -1.615753718733365076637e01,
    -7.500855792314704667340e01,
    -1.228866684490136173410e02,
    -6.485021904942025371773e01,
)
_ATAN_Q = (
    2.485846490142306297962e01,
    1.650270098316988542046e02,
    4.328810604912902668951e02,
    4.853903996359136964868e02,
    1.945506571482613964425e02,
)
_PI_2_LOW = 6.123233995736765886130e-17  # pi/2 - float64(pi/2)
_TAN_3PI_8 = 2.41421356237309504880  # 1 + sqrt(2)


def _atan_kernel(v: float) -> float:
    """atan(v) for |v| <= 0.66: v + v * (v2*P(v2)/Q(v2))."""
    p0, p1, p2, p3, p4 = _ATAN_P
    q0, q1, q2, q3, q4 = _ATAN_Q
    z = v * v
    z = (
        z
        * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4)
        / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4)
    )
    return v * z + v


def _atan_nonneg(v: float) -> float:
    """atan(v), v >= 0: reduce by atan(v) = pi/2 - atan(1/v) or pi/4 + atan((v-1)/(v+1))."""
    if v <= 0.66:
        return _atan_kernel(v)
    if v > _TAN_3PI_8:
        return _PI_2 - _atan_kernel(1.0 / v) + _PI_2_LOW
    return _PI_4 + _atan_kernel((v - 1.0) / (v + 1.0)) + 0.5 * _PI_2_LOW


def atan(x: float) -> float:
    """``math.Atan`` (odd extension of the v >= 0 case)."""
    if x == 0.0:
        return x
    return _atan_nonneg(x) if x > 0.0 else -_atan_nonneg(-x)


def asin(x: float) -> float:
    """``math.Asin``: via atan of x/sqrt(1-x*x), or pi/2 - atan of the inverse above 0.7."""
    if x == 0.0:
        return x
    a = _fabs(x)
    if a > 1.0:
        return _NAN
    root = sqrt(1.0 - a * a)
    y = _PI_2 - _atan_nonneg(root / a) if a > 0.7 else _atan_nonneg(a / root)
    return -y if x < 0.0 else y


def acos(x: float) -> float:
    """``math.Acos``: ``Pi/2 - Asin(x)``."""
    return _PI_2 - asin(x)


def atan2(y: float, x: float) -> float:
    """``math.Atan2`` with Go's documented special cases, else Atan(y/x) moved by +-Pi."""
    if y != y or x != x:
        return _NAN
    if y == 0.0:
        # on the x axis: +-0 to the right (x >= +0), +-Pi to the left (x <= -0)
        return _copysign(0.0 if _copysign(1.0, x) > 0.0 else PI, y)
    if x == 0.0:
        return _copysign(_PI_2, y)
    if x == _INF:
        return _copysign(_PI_4 if not _isfinite(y) else 0.0, y)
    if x == _NINF:
        return _copysign(_3PI_4 if not _isfinite(y) else PI, y)
    if not _isfinite(y):
        return _copysign(_PI_2, y)
    q = atan(y / x)
    if x < 0.0:
        return q + PI if q <= 0.0 else q - PI
    return q


# --------------------------------------------------------------------------- hyperbolic

_SINH_P = (
    -0.2630563213397497062819489e2,
    -0.2894211355989563807284660366e4,
    -0.8991272022039509355398013511e5,
    -0.6307673640497716991184787251e6,
)
_SINH_Q = (
    -0.173678953558233699533450911e3,
    0.1521517378790019070696485176e5,
    -0.6307673640497716991212077277e6,
)


def sinh(x: float) -> float:
    """``math.Sinh``: e**|x|/2 above 21, (e - 1/e)/2 above 1/2, else a Cephes rational."""
    a = -x if x < 0.0 else x  # not fabs: Go keeps -0 here, and the rational maps it to -0
    if a > 21.0:
        y = exp(a) * 0.5
    elif a > 0.5:
        ea = exp(a)
        y = (ea - 1.0 / ea) * 0.5
    else:
        p3, p2, p1, p0 = _SINH_P
        q2, q1, q0 = _SINH_Q
        sq = a * a
        y = (((p3 * sq + p2) * sq + p1) * sq + p0) * a
        y = y / (((sq + q2) * sq + q1) * sq + q0)
    return -y if x < 0.0 else y


def cosh(x: float) -> float:
    """``math.Cosh``: e**|x|/2 above 21, else (e + 1/e)/2."""
    a = _fabs(x)
    ea = exp(a)
    if a > 21.0:
        return ea * 0.5
    return (ea + 1.0 / ea) * 0.5


_TANH_P = (-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3)
_TANH_Q = (1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3)
_TANH_SATURATE = 0.5 * 8.8029691931113054295988e01  # log(2**127) / 2


def tanh(x: float) -> float:
    """``math.Tanh``: +-1 beyond log(2**127)/2, 1 - 2/(e**2|x| + 1) from 0.625, else Cephes."""
    a = _fabs(x)
    if a > _TANH_SATURATE:
        return -1.0 if x < 0.0 else 1.0
    if a >= 0.625:
        y = 1.0 - 2.0 / (exp(2.0 * a) + 1.0)
        return -y if x < 0.0 else y
    if x == 0.0:
        return x
    p0, p1, p2 = _TANH_P
    q0, q1, q2 = _TANH_Q
    s = x * x
    return x + x * s * ((p0 * s + p1) * s + p2) / (((s + q0) * s + q1) * s + q2)


_LN2_ROUNDED = 6.93147180559945286227e-01  # ln 2 as used by Asinh
_HYP_LARGE = 268435456.0  # 2**28
_HYP_TINY = 1.0 / 268435456.0  # 2**-28


def asinh(x: float) -> float:
    """``math.Asinh`` (msun): log(2|x|) for huge |x|, log/log1p rearrangements otherwise."""
    if not _isfinite(x):
        return x
    a = -x if x < 0.0 else x  # keeps -0, which Go returns unchanged
    if a > _HYP_LARGE:
        y = log(a) + _LN2_ROUNDED
    elif a > 2.0:
        y = log(2.0 * a + 1.0 / (sqrt(a * a + 1.0) + a))
    elif a < _HYP_TINY:
        y = a
    else:
        y = log1p(a + a * a / (1.0 + sqrt(1.0 + a * a)))
    return -y if x < 0.0 else y


def acosh(x: float) -> float:
    """``math.Acosh`` (msun)."""
    if not x >= 1.0:
        return _NAN
    if x == 1.0:
        return 0.0
    if x >= _HYP_LARGE:
        return log(x) + LN2
    if x > 2.0:
        return log(2.0 * x - 1.0 / (x + sqrt(x * x - 1.0)))
    t = x - 1.0
    return log1p(t + sqrt(2.0 * t + t * t))


def atanh(x: float) -> float:
    """``math.Atanh`` (msun): log1p((2|x|)/(1 - |x|))/2 in two arrangements."""
    if not -1.0 <= x <= 1.0:
        return _NAN
    if x == 1.0:
        return _INF
    if x == -1.0:
        return _NINF
    a = _fabs(x)
    if a < _HYP_TINY:
        return x
    if a < 0.5:
        twice = a + a
        y = 0.5 * log1p(twice + twice * a / (1.0 - a))
    else:
        y = 0.5 * log1p((a + a) / (1.0 - a))
    return -y if x < 0.0 else y


# --------------------------------------------------------------------------- conversions

_TWO63 = 9.223372036854775808e18
_TWO31 = 2147483648.0


def float_to_int64(f: float) -> int:
    """``int64(f)`` / ``int(f)`` on amd64 (CVTTSD2SQ): NaN/out of range -> -2**63."""
    if -_TWO63 <= f < _TWO63:
        return int(f)
    return -(1 << 63)


def float_to_int32(f: float) -> int:
    """``int32(f)`` on amd64 (CVTTSD2SL): NaN/out of range -> -2**31."""
    if -2147483649.0 < f < _TWO31:
        return int(f)
    return -(1 << 31)


def _wrap(v: int, bits: int, signed: bool) -> int:
    v &= (1 << bits) - 1
    if signed and v >> (bits - 1):
        v -= 1 << bits
    return v


def float_to_int16(f: float) -> int:
    """``int16(f)``: truncation of the int32 conversion."""
    return _wrap(float_to_int32(f), 16, True)


def float_to_int8(f: float) -> int:
    """``int8(f)``: truncation of the int32 conversion."""
    return _wrap(float_to_int32(f), 8, True)


def float_to_uint16(f: float) -> int:
    """``uint16(f)``: truncation of the int32 conversion."""
    return float_to_int32(f) & 0xFFFF


def float_to_uint8(f: float) -> int:
    """``uint8(f)``: truncation of the int32 conversion."""
    return float_to_int32(f) & 0xFF


def float_to_uint32(f: float) -> int:
    """``uint32(f)``: truncation of the int64 conversion."""
    return float_to_int64(f) & 0xFFFFFFFF


def float_to_uint64(f: float) -> int:
    """``uint64(f)`` / ``uint(f)`` / ``uintptr(f)`` on amd64.

    ``f < 2**63``: int64 conversion (negative values wrap); otherwise
    ``int64(f - 2**63) | 1<<63`` -- so NaN, +Inf and huge values give 2**63.
    """
    if f < _TWO63:
        return float_to_int64(f) & _MASK64
    return (float_to_int64(f - _TWO63) & _MASK64) | (1 << 63)


_FLOAT_TO_INT = {
    ("int", 64): float_to_int64,
    ("int", 32): float_to_int32,
    ("int", 16): float_to_int16,
    ("int", 8): float_to_int8,
    ("uint", 64): float_to_uint64,
    ("uint", 32): float_to_uint32,
    ("uint", 16): float_to_uint16,
    ("uint", 8): float_to_uint8,
}


def float_to_int(f: float, bits: int = 64, signed: bool = True) -> int:
    """Go's ``T(f)`` for an integer type of ``bits`` width (amd64 semantics)."""
    return _FLOAT_TO_INT[("int" if signed else "uint", bits)](f)


# Go-name aliases (math.Abs, math.Max, ... shadow Python builtins, hence the underscores).
Abs = abs_
Acos = acos
Acosh = acosh
Asin = asin
Asinh = asinh
Atan = atan
Atan2 = atan2
Atanh = atanh
Cbrt = cbrt
Ceil = ceil
Copysign = copysign
Cos = cos
Cosh = cosh
Dim = dim
Exp = exp
Exp2 = exp2
Expm1 = expm1
FMA = fma
Float32bits = float32bits
Float32frombits = float32frombits
Float64bits = float64bits
Float64frombits = float64frombits
Floor = floor
Frexp = frexp
Hypot = hypot
Ilogb = ilogb
Inf = inf
IsInf = is_inf
IsNaN = is_nan
Ldexp = ldexp
Log = log
Log10 = log10
Log1p = log1p
Log2 = log2
Logb = logb
Max = max_
Min = min_
Mod = mod
Modf = modf
Nextafter = nextafter
Nextafter32 = nextafter32
Pow = pow_
Pow10 = pow10
Remainder = remainder
Round = round_
RoundToEven = round_to_even
Signbit = signbit
Sin = sin
Sincos = sincos
Sinh = sinh
Sqrt = sqrt
Tan = tan
Tanh = tanh
Trunc = trunc

__all__ = [
    "LN2",
    "LN10",
    "PI",
    "USE_FMA",
    "NaN",
    "abs_",
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "cbrt",
    "ceil",
    "copysign",
    "cos",
    "cosh",
    "dim",
    "exp",
    "exp2",
    "expm1",
    "float32bits",
    "float32frombits",
    "float64bits",
    "float64frombits",
    "float_to_int",
    "float_to_int8",
    "float_to_int16",
    "float_to_int32",
    "float_to_int64",
    "float_to_uint8",
    "float_to_uint16",
    "float_to_uint32",
    "float_to_uint64",
    "floor",
    "fma",
    "frexp",
    "hypot",
    "ilogb",
    "inf",
    "is_inf",
    "is_nan",
    "ldexp",
    "log",
    "log10",
    "log1p",
    "log2",
    "logb",
    "max_",
    "min_",
    "mod",
    "modf",
    "nan",
    "nextafter",
    "nextafter32",
    "pow10",
    "pow_",
    "remainder",
    "round_",
    "round_to_even",
    "signbit",
    "sin",
    "sincos",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "to_float32",
    "trunc",
]
