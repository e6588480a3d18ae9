"""gomem.stdlib.gomath against golden data from real Go 1.23 (linux/amd64)."""

from __future__ import annotations

import math

import pytest
from _textnum_golden import bits, check_all, load
from hypothesis import given, settings
from hypothesis import strategies as st

from gomem.stdlib import gomath as gm

MATH = load("math")

UNARY = {
    "Abs": gm.abs_, "Acos": gm.acos, "Acosh": gm.acosh, "Asin": gm.asin, "Asinh": gm.asinh,
    "Atan": gm.atan, "Atanh": gm.atanh, "Cbrt": gm.cbrt, "Ceil": gm.ceil, "Cos": gm.cos,
    "Cosh": gm.cosh, "Exp": gm.exp, "Exp2": gm.exp2, "Expm1": gm.expm1, "Floor": gm.floor,
    "Log": gm.log, "Log10": gm.log10, "Log1p": gm.log1p, "Log2": gm.log2, "Logb": gm.logb,
    "Round": gm.round_, "RoundToEven": gm.round_to_even, "Sin": gm.sin, "Sinh": gm.sinh,
    "Sqrt": gm.sqrt, "Tan": gm.tan, "Tanh": gm.tanh, "Trunc": gm.trunc,
    "Frexp": gm.frexp, "Modf": gm.modf, "Ilogb": gm.ilogb, "Sincos": gm.sincos, "Signbit": gm.signbit,
    "IsNaN": gm.is_nan, "Float32bits": gm.float32bits, "Pow10": gm.pow10,
}  # fmt: skip
BINARY = {
    "Atan2": gm.atan2, "Copysign": gm.copysign, "Dim": gm.dim, "Hypot": gm.hypot, "Max": gm.max_,
    "Min": gm.min_, "Mod": gm.mod, "Nextafter": gm.nextafter, "Pow": gm.pow_, "Remainder": gm.remainder,
    "IsInf": gm.is_inf, "Ldexp": gm.ldexp, "Nextafter32": gm.nextafter32,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(UNARY))
def test_unary_golden(name: str) -> None:
    check_all(MATH[name], UNARY[name])


@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_golden(name: str) -> None:
    check_all(MATH[name], BINARY[name])


def test_fma_golden() -> None:
    check_all(MATH["FMA"], gm.fma)


def test_float_to_int_golden() -> None:
    def conv(f: float):
        return (
            gm.float_to_int64(f), gm.float_to_int32(f), gm.float_to_int16(f), gm.float_to_int8(f),
            gm.float_to_uint64(f), gm.float_to_uint32(f), gm.float_to_uint16(f), gm.float_to_uint8(f),
            gm.to_float32(f),
        )  # fmt: skip

    check_all(MATH["Conv"], conv)


def test_nan_and_constants() -> None:
    ((_, want),) = MATH["NaN"]
    assert bits(gm.NaN()) == bits(want[0]) == 0x7FF8000000000001
    ((_, consts),) = MATH["ConstPi"]
    ours = [gm.PI, gm._4_OVER_PI, gm._3PI_4, gm._INV_LN10, gm._INV_LN2, gm.LN2]
    assert [bits(x) for x in ours] == [bits(x) for x in consts]


def test_float_to_int_generic() -> None:
    assert gm.float_to_int(3e9, 32, True) == -(1 << 31)
    assert gm.float_to_int(-1.5, 8, False) == 255
    assert gm.float_to_int(math.nan, 64, False) == 1 << 63


def test_no_exceptions_on_special_values() -> None:
    specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 1e308, -1e308, 5e-324]
    for name, fn in UNARY.items():
        if name == "Pow10":
            continue
        for x in specials:
            fn(x)
    for name, fn in BINARY.items():
        if name in ("IsInf", "Ldexp"):
            continue
        for x in specials:
            for y in specials:
                fn(x, y)


@settings(max_examples=500, deadline=None)
@given(
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(allow_nan=False, allow_infinity=False),
    st.floats(allow_nan=False, allow_infinity=False),
)
def test_fma_exact(x: float, y: float, z: float) -> None:
    from fractions import Fraction

    got = gm.fma(x, y, z)
    exact = Fraction(x) * Fraction(y) + Fraction(z)
    if math.isinf(got):
        assert abs(exact) >= Fraction(2) ** 1024 - Fraction(2) ** 970
        return
    # correctly rounded: no double is closer to the exact value
    err = abs(Fraction(got) - exact)
    for nb in (math.nextafter(got, math.inf), math.nextafter(got, -math.inf)):
        if not math.isinf(nb):
            assert err <= abs(Fraction(nb) - exact)
