"""Package math (src/gomem/stdlib/math): unit tests, then Go programs against real Go.

The functions are gomem.stdlib.gomath's (tested in test_math.py) except Erf, Erfc, Erfinv,
Erfcinv, Gamma and Lgamma (math/_special.py) and the Bessel functions (math/_bessel.py); the
bit patterns below are Go 1.23's, and test_special_functions_against_go and
test_bessel_functions_against_go compare them with a Go 1.23 toolchain, when one is
installed, over the cases of tests/stdlib/gen/specialgolden and besselgolden
(GOMEM_MATH_SPECIAL_N sets how many random arguments per function; 20000 by default).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

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


_NAN = float("nan")
_INF = float("inf")

# (function, argument, Go 1.23's result bits)
SPECIAL = [
    (M.Erf, 0.5, 0x3FE0A7EF5C18EDD2), (M.Erf, -2.5, 0xBFEFFCAA8F4C9BEA), (M.Erf, 1e-310, 0x14C5898977C4),
    (M.Erf, -0.0, 0x8000000000000000), (M.Erf, 2.0**-1020, 0x320DD750429B6D),
    (M.Erf, -(2.0**-29), 0xBE220DD750429B6D), (M.Erf, 1.1, 0x3FEC2AA3D27302C0),
    (M.Erf, 4.0, 0x3FEFFFFFF7B91176), (M.Erf, -5.9, 0xBFEFFFFFFFFFFFFF), (M.Erf, -_INF, 0xBFF0000000000000),
    (M.Erf, _NAN, 0x7FF8000000000001),
    (M.Erfc, 3.0, 0x3EF729DF65034229), (M.Erfc, -1.5, 0x3FFF752AAB89BD70), (M.Erfc, 30.0, 0),
    (M.Erfc, -(2.0**-57), 0x3FF0000000000000), (M.Erfc, 0.3, 0x3FE57BE3BBF10AF8),
    (M.Erfc, 1.0, 0x3FC4226162FBDDD5), (M.Erfc, 5.0, 0x3D7B0C1A759F773A), (M.Erfc, -3.0, 0x3FFFFFE8D6209AFD),
    (M.Erfc, -6.5, 0x4000000000000000), (M.Erfc, 27.9, 0), (M.Erfc, -_INF, 0x4000000000000000),
    (M.Gamma, 0.5, 0x3FFC5BF891B4EF6A), (M.Gamma, 10.0, 0x4116260000000000), (M.Gamma, -1.5, 0x4002E7FB0BCDF4F2),
    (M.Gamma, 171.5, 0x7FE0E1863DCAD786), (M.Gamma, -180.5, 0x8000000000000000),
    (M.Gamma, 2.0**-31, 0x41DFFFFFFFDB0EE6), (M.Gamma, -(2.0**-31), 0xC1E000000012788D),
    (M.Gamma, 34.25, 0x47AF7641D57DA14A), (M.Gamma, -2.5, 0xBFEE3FF812E32183),
    (M.Gamma, 150.5, 0x7642F26C34C6C251), (M.Gamma, -33.5, 0x38353103397B3A74),
    (M.Gamma, -40.25, 0xB60937C57EB4973A), (M.Gamma, -0.0, 0xFFF0000000000000),
    (M.Gamma, -3.0, 0x7FF8000000000001), (M.Gamma, 2.0, 0x3FF0000000000000),
    (M.Erfinv, 0.5, 0x3FDE861FBB24C00A), (M.Erfinv, -0.3, 0xBFD1700774485ED2),
    (M.Erfinv, 0.9, 0x3FF29C014677064F), (M.Erfinv, 0.999999, 0x400BABD964830D57),
    (M.Erfinv, 1 - 2.0**-53, 0x4017744F8F74E949), (M.Erfinv, -1.0, 0xFFF0000000000000),
    (M.Erfinv, 1.5, 0x7FF8000000000001),
    (M.Erfcinv, 0.1, 0x3FF29C014677064F), (M.Erfcinv, 1e-300, 0x7FF0000000000000),
    (M.Erfcinv, 1.9, 0xBFF29C014677064E), (M.Erfcinv, 0.0, 0x7FF0000000000000),
    (M.Erfcinv, 2.0, 0xFFF0000000000000),
]


@pytest.mark.parametrize(("fn", "x", "want"), SPECIAL)
def test_special_functions_bit_exact(fn, x, want) -> None:
    assert bits(fn(x)) == want


@pytest.mark.parametrize(("x", "want", "sign"), [
    (0.5, 0x3FE250D048E7A1BD, 1), (-0.5, 0x3FF43F89A3F0EDD6, -1), (-2.0, 0x7FF0000000000000, 1),
    (100.0, 0x40767225B4879463, 1), (3.7, 0x3FF6D9625E359B87, 1), (1e-30, 0x405144F69FF9FFC4, 1),
    (-7.3, 0xC01F1DCCD151776E, 1), (-(2.0**-71), 0x40489B5252DD9845, -1), (2.0**58, 0x43E399ECB712C481, 1),
    (7.5, 0x401E233060E41F80, 1), (-5.25, 0xC00DD38F37DE75B4, 1), (0.75, 0x3FCA051C372609ED, 1),
    (0.3, 0x3FF188637A6C4196, 1), (1.5, 0xBFBEEB95B094C191, 1), (1.2, 0xBFB5DB138C7D7038, 1),
    (3e10, 0x426430B8662C63A4, 1), (-1e15 - 0.5, 0xC35DC9D5B94E12FF, -1), (-_INF, 0xFFF0000000000000, 1),
])
def test_lgamma(x, want, sign) -> None:
    lg, s = M.Lgamma(x)
    assert (bits(lg), s) == (want, sign)


GEN = Path(__file__).resolve().parent / "gen"


def _go123() -> str | None:
    """A Go 1.23 toolchain's go command, or None."""
    for go in ("/usr/lib/go-1.23/bin/go", shutil.which("go")):
        if not go or not os.path.exists(go):
            continue
        try:
            r = subprocess.run([go, "env", "GOVERSION"], capture_output=True, text=True, timeout=60,
                               env=dict(os.environ, GOTOOLCHAIN="local"))
        except (OSError, subprocess.TimeoutExpired):
            continue
        if r.returncode == 0 and r.stdout.startswith("go1.23"):
            return go
    return None


def _f64(hex_bits: str) -> float:
    return struct.unpack("<d", struct.pack("<Q", int(hex_bits, 16)))[0]


def test_special_functions_against_go() -> None:
    go = _go123()
    if go is None:
        pytest.skip("no Go 1.23 toolchain")
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
    env.setdefault("GOCACHE", "/tmp/gocache")
    n = os.environ.get("GOMEM_MATH_SPECIAL_N", "20000")
    r = subprocess.run([go, "run", "./specialgolden", "-n", n], cwd=GEN, env=env, capture_output=True,
                       text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    fns = {"Erf": M.Erf, "Erfc": M.Erfc, "Erfinv": M.Erfinv, "Erfcinv": M.Erfcinv, "Gamma": M.Gamma}
    counts: dict[str, int] = {}
    bad = []
    for line in r.stdout.splitlines():
        name, arg, *want = line.split("\t")
        x = _f64(arg)
        if name == "Lgamma":
            lg, sign = M.Lgamma(x)
            got = [f"{bits(lg):x}", str(sign)]
        else:
            got = [f"{bits(fns[name](x)):x}"]
        counts[name] = counts.get(name, 0) + 1
        if got != want:
            bad.append(f"{name}({x!r} = 0x{arg}): Go {want}, gomem {got}")
    assert set(counts) == {*fns, "Lgamma"} and min(counts.values()) > int(n)
    assert not bad, f"{len(bad)} mismatches:\n" + "\n".join(bad[:20])


@pytest.mark.parametrize("name,n,x,want", [
    ("J0", 0, 0x3FE0000000000000, 0x3FEE07F1D54C3F34), ("J0", 0, 0x40232DF9D0B635F0, 0xBFCA90C8D30DCC96),
    ("J0", 0, 0x7FEFFFFFFFFFFFFF, 0x9FE1F6D9CE529E67), ("J0", 0, 0x12D1390B6EC72881, 0x3FF0000000000000),
    ("J1", 0, 0x4016DAC3F37D5E68, 0xBFD4A44B1474BF56), ("J1", 0, 0x402E6ED97358CBC0, 0x3FC8E266767FA7D5),
    ("J1", 0, 0xBC90000000000000, 0x3C80000000000000),  # Go drops the sign of tiny negative x
    ("Y0", 0, 0x403083D11BF6C17C, 0xBF668046B4F19E54), ("Y0", 0, 0xC01076CF7D488FA4, 0x7FF8000000000001),
    ("Y1", 0, 0x4035D15285C8C1E2, 0x3FB9BDAE0F6BCC3C), ("Y1", 0, 0x401419E021EB51C8, 0x3FC1D47C6E25FC18),
    ("Jn", 3, 0x4020000000000000, 0xBFD2A1E8FB0A46B2), ("Jn", 5, 0x3FE0000000000000, 0x3EE0E3C219865119),
    ("Jn", 12, 0x3FE0000000000000, 0x3CA1D8D34224A559), ("Jn", 4, 0x4520000000000000, 0xBD50BD7902A3A9EF),
    ("Jn", 24, 0xC62EB53718715840, 0xBCC58460DA441A37), ("Jn", -1, 0x89D4CCCCCCCCCCCD, 0x9C4CCCCCCCCCCCD),
    ("Yn", 5, 0x3FE0000000000000, 0xC0BF0A4D2DB7128B), ("Yn", 12, 0x3FE0000000000000, 0xC2E85F6B5BEA9B1A),
    ("Yn", 8, 0x65A0000000000000, 0x2D101F03D77B81B7), ("Yn", -2, 0xC002D97C7F3321D1, 0x7FF8000000000001),
])  # fmt: skip
def test_bessel_bit_exact(name: str, n: int, x: int, want: int) -> None:
    arg = _f64(f"{x:x}")
    got = getattr(M, name)(n, arg) if name in ("Jn", "Yn") else getattr(M, name)(arg)
    assert f"{bits(got):x}" == f"{want:x}"


def test_bessel_functions_against_go() -> None:
    go = _go123()
    if go is None:
        pytest.skip("no Go 1.23 toolchain")
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
    env.setdefault("GOCACHE", "/tmp/gocache")
    n = os.environ.get("GOMEM_MATH_SPECIAL_N", "20000")
    r = subprocess.run([go, "run", "./besselgolden", "-n", n], cwd=GEN, env=env, capture_output=True,
                       text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    unary = {"J0": M.J0, "J1": M.J1, "Y0": M.Y0, "Y1": M.Y1}
    counts: dict[str, int] = {}
    bad = []
    for line in r.stdout.splitlines():
        name, order, arg, want = line.split("\t")
        x = _f64(arg)
        got = unary[name](x) if name in unary else getattr(M, name)(int(order), x)
        counts[name] = counts.get(name, 0) + 1
        if f"{bits(got):x}" != want:
            bad.append(f"{name}({order}, {x!r} = 0x{arg}): Go {want}, gomem {bits(got):x}")
    assert set(counts) == {*unary, "Jn", "Yn"} and min(counts.values()) > int(n)
    assert not bad, f"{len(bad)} mismatches:\n" + "\n".join(bad[:20])


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
