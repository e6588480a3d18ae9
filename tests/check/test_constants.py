"""Property tests: gc's representation of untyped floating-point constants (check/constants.py).

gc keeps a constant exact while it is a fraction of reasonable size (components below 4096
bits), and otherwise as a binary float with a 512-bit mantissa rounded to nearest even. The
reference model here is exact rational arithmetic (Fraction) rounded once, computed
independently of the module's rounding helpers.
"""

from __future__ import annotations

import math
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from gomem.check import constants as C


def nearest_512(f: Fraction) -> Fraction:
    """f rounded to 512 significant bits, ties to even, by exact search."""
    if f == 0:
        return f
    a = abs(f)
    e = math.floor(math.log2(a.numerator) - math.log2(a.denominator)) - 511
    while a / Fraction(2) ** e >= 2**512:
        e += 1
    while a / Fraction(2) ** e < 2**511:
        e -= 1
    q = a / Fraction(2) ** e
    m = q.numerator // q.denominator
    rem = q - m
    if rem > Fraction(1, 2) or (rem == Fraction(1, 2) and m % 2):
        m += 1
    r = Fraction(m) * Fraction(2) ** e
    return r if f > 0 else -r


# exponents past gc's exact range (|binary exponent| >= 4096) but small enough to check exactly
big_exp = st.one_of(st.integers(4100, 9000), st.integers(-9000, -4100))
mantissa = st.integers(-(2**600), 2**600).filter(lambda m: m != 0)


def big(m: int, e: int) -> C.BigFloat:
    v = C.BigFloat.make(m, e)
    assert v is not None
    return v


@settings(max_examples=200, deadline=None)
@given(mantissa, big_exp)
def test_rounding_is_nearest_even(m: int, e: int) -> None:
    v = big(m, e)
    assert abs(v.mant).bit_length() <= C.FLOAT_PREC
    assert v.fraction() == nearest_512(Fraction(m) * Fraction(2) ** e)


@settings(max_examples=200, deadline=None)
@given(mantissa, big_exp, mantissa, big_exp, st.sampled_from("+-*/"))
def test_arithmetic_rounds_the_exact_result_once(m1: int, e1: int, m2: int, e2: int, op: str) -> None:
    a, b = big(m1, e1), big(m2, e2)
    x, y = a.fraction(), b.fraction()
    exact = x + y if op == "+" else x - y if op == "-" else x * y if op == "*" else x / y
    r = C.float_arith(op, a, b)
    assert isinstance(r, C.BigFloat)
    assert r.fraction() == nearest_512(exact)


@settings(max_examples=200, deadline=None)
@given(mantissa, big_exp, st.integers(-(2**100), 2**100), st.sampled_from("+-"))
def test_adding_a_negligible_value_rounds_as_exact(m: int, e: int, small: int, op: str) -> None:
    # a value far below the other's last bit decides only the rounding direction
    a = big(m, abs(e))
    r = C.float_arith(op, a, small)
    exact = a.fraction() + small if op == "+" else a.fraction() - small
    assert r.fraction() == nearest_512(exact)


@settings(max_examples=200, deadline=None)
@given(st.integers(-(2**200), 2**200), st.integers(1, 2**200), st.integers(-(2**200), 2**200),
       st.integers(1, 2**200), st.sampled_from("+-*/"))
def test_ordinary_fractions_stay_exact(p1: int, q1: int, p2: int, q2: int, op: str) -> None:
    x, y = Fraction(p1, q1), Fraction(p2, q2)
    if op == "/" and y == 0:
        return
    exact = x + y if op == "+" else x - y if op == "-" else x * y if op == "*" else x / y
    assert C.float_arith(op, x, y) == exact
    assert isinstance(C.float_arith(op, x, y), Fraction)


@settings(max_examples=200, deadline=None)
@given(mantissa, big_exp, mantissa, big_exp)
def test_comparisons_agree_with_exact_values(m1: int, e1: int, m2: int, e2: int) -> None:
    a, b = big(m1, e1), big(m2, e2)
    x, y = a.fraction(), b.fraction()
    assert (a < b, a <= b, a == b, a > b) == (x < y, x <= y, x == y, x > y)
    assert (a < y, a == y, y < a) == (x < y, x == y, y < x)
    assert (a == a.fraction()) and hash(a) == hash(a.fraction())


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 10**30), st.integers(1240, 2600), st.booleans())
def test_decimal_literals_past_the_exact_range(digits: int, exp10: int, negative_exp: bool) -> None:
    exp10 = -exp10 if negative_exp else exp10
    v = C.float_literal(f"{digits}e{exp10}")
    exact = Fraction(digits) * Fraction(10) ** exp10
    if -C.RAT_MAX_BITS < C._top(exact) < C.RAT_MAX_BITS:
        assert v == exact  # gc parses such a literal exactly
        return
    assert isinstance(v, C.BigFloat)
    # within an ulp of the exact value (gc's parser rounds more than once)
    assert abs(v.fraction() - exact) <= abs(exact) / Fraction(2) ** 511


@settings(max_examples=100, deadline=None)
@given(st.integers(-(2**80), 2**80), st.integers(4100, 9000))
def test_integral_values_convert_to_int(n: int, shift: int) -> None:
    # an integer through a large multiplication and back is an integer again
    scale = Fraction(2) ** shift
    v = C.float_arith("/", C.float_arith("*", n, scale), scale)
    assert C.to_int(v) == n


def test_known_values_as_gc_prints_them() -> None:
    assert C.const_text(C.float_literal("1e646456992")) == "1e+646456992"
    assert C.const_text(C.float_literal("1.23456789e10000000")) == "1.23457e+10000000"
    assert C.const_text(C.float_literal("0x1p2147483646")) == "4.40403e+646456992"
    assert C.float_literal("1e-1000000000") == 0
    for malformed in ("1e646456993", "6e5518446744", "0x1p2147483647"):
        try:
            C.float_literal(malformed)
        except C.MalformedConst as e:
            assert str(e) == f"malformed constant: {malformed}"
        else:
            raise AssertionError(malformed)
    # gc's exponent overflows: the value is unknown
    assert C.float_arith("*", C.float_literal("1e+500000000"), C.float_literal("1e+500000000")) is None
    assert float(C.float_literal("1e-5000")) == 0.0
