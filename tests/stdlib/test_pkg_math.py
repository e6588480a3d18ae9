"""Package math (src/gomem/stdlib/math): unit tests, then Go programs against real Go.

The function ports are gomem.stdlib.gomath's (tested in test_math.py) except Erf, Erfc,
Erfinv, Erfcinv, Gamma and Lgamma (math/_special.py); the bit patterns below are Go 1.23's.
"""

from __future__ import annotations

import struct

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.stdlib import math as M


def bits(f: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", f))[0]


def test_api_complete() -> None:
    check_api("math")


def test_constants_are_gos() -> None:
    from gomem.compiler.driver import IMPORTER
    scope = IMPORTER("math").scope.names
    consts = {n: scope[n].value for n in ("Pi", "MaxInt64", "MinInt64", "MaxUint64", "MaxUint32", "MaxInt",
                                          "SmallestNonzeroFloat64", "MaxFloat64", "Log2E")}
    assert consts["MaxInt64"] == (1 << 63) - 1 and consts["MinInt64"] == -(1 << 63)
    assert consts["MaxUint64"] == (1 << 64) - 1 and consts["MaxUint32"] == (1 << 32) - 1
    assert consts["MaxInt"] == (1 << 63) - 1
    assert float(consts["Pi"]) == 3.141592653589793
    assert float(consts["SmallestNonzeroFloat64"]) == 5e-324
    assert float(consts["MaxFloat64"]) == 1.7976931348623157e308
    assert float(consts["Log2E"]) == 1.4426950408889634


# (function, argument, Go 1.23's result bits)
SPECIAL = [
    (M.Erf, 0.5, 0x3FE0A7EF5C18EDD2), (M.Erf, -2.5, 0xBFEFFCAA8F4C9BEA), (M.Erf, 1e-310, 0x14C5898977C4),
    (M.Erfc, 3.0, 0x3EF729DF65034229), (M.Erfc, -1.5, 0x3FFF752AAB89BD70), (M.Erfc, 30.0, 0),
    (M.Gamma, 0.5, 0x3FFC5BF891B4EF6A), (M.Gamma, 10.0, 0x4116260000000000), (M.Gamma, -1.5, 0x4002E7FB0BCDF4F2),
    (M.Gamma, 171.5, 0x7FE0E1863DCAD786), (M.Gamma, -180.5, 0x8000000000000000),
    (M.Erfinv, 0.5, 0x3FDE861FBB24C00A), (M.Erfcinv, 0.1, 0x3FF29C014677064F),
]


@pytest.mark.parametrize(("fn", "x", "want"), SPECIAL)
def test_special_functions_bit_exact(fn, x, want) -> None:
    assert bits(fn(x)) == want


@pytest.mark.parametrize(("x", "want", "sign"), [
    (0.5, 0x3FE250D048E7A1BD, 1), (-0.5, 0x3FF43F89A3F0EDD6, -1), (-2.0, 0x7FF0000000000000, 1),
    (100.0, 0x40767225B4879463, 1), (3.7, 0x3FF6D9625E359B87, 1), (1e-30, 0x405144F69FF9FFC4, 1),
    (-7.3, 0xC01F1DCCD151776E, 1),
])
def test_lgamma(x, want, sign) -> None:
    lg, s = M.Lgamma(x)
    assert (bits(lg), s) == (want, sign)


def test_hardware_nan_of_sqrt() -> None:
    # SQRTSD of a negative number is the x86 default NaN, not math.NaN()
    assert bits(M.Sqrt(-1.0)) == 0xFFF8000000000000
    assert bits(M.Pow(-4.0, 0.5)) == 0xFFF8000000000000
    assert bits(M.Pow(-4.0, 1.5)) == 0x7FF8000000000001
    assert bits(M.NaN()) == 0x7FF8000000000001
    assert M.Sqrt(2.0) == 1.4142135623730951 and M.Pow(2.0, 0.5) == 1.4142135623730951


@pytest.mark.parametrize("prog", program_params("math"))
def test_program(prog) -> None:
    run_program(prog)
