"""Package math/bits (src/gomem/stdlib/math_bits): properties against Python's integer arithmetic,
then Go programs against real Go (tests/stdlib/programs/bits_*.go)."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program
from hypothesis import given
from hypothesis import strategies as st

from gomem.runtime.panic import GoPanic
from gomem.stdlib import math_bits as B

U64 = st.integers(0, 2**64 - 1)
U32 = st.integers(0, 2**32 - 1)
BIT = st.integers(0, 1)


def test_api_complete() -> None:
    check_api("math/bits")


@given(U64, U64, BIT)
def test_add_sub_64(x: int, y: int, c: int) -> None:
    s, co = B.Add64(x, y, c)
    assert co * 2**64 + s == x + y + c and co in (0, 1)
    d, bo = B.Sub64(x, y, c)
    assert d - bo * 2**64 == x - y - c and bo in (0, 1)


@given(U32, U32, BIT)
def test_add_sub_32(x: int, y: int, c: int) -> None:
    s, co = B.Add32(x, y, c)
    assert co * 2**32 + s == x + y + c
    d, bo = B.Sub32(x, y, c)
    assert d - bo * 2**32 == x - y - c


@given(U64, U64)
def test_mul_div_64(x: int, y: int) -> None:
    hi, lo = B.Mul64(x, y)
    assert hi * 2**64 + lo == x * y and 0 <= lo < 2**64
    if y > hi:
        q, r = B.Div64(hi, lo, y)
        assert q * y + r == x * y and 0 <= r < y and q < 2**64
    if y:
        assert B.Rem64(hi, lo, y) == (x * y) % y == 0
        assert B.Rem64(x, y, y) == (x * 2**64 + y) % y


@given(U32, U32, U32)
def test_mul_div_32(x: int, y: int, d: int) -> None:
    hi, lo = B.Mul32(x, y)
    assert hi * 2**32 + lo == x * y
    if d > hi:
        q, r = B.Div32(hi, lo, d)
        assert q * d + r == x * y and 0 <= r < d and q < 2**32
    if d:
        assert B.Rem32(hi, lo, d) == (x * y) % d


@given(U64, st.integers(-200, 200))
def test_rotate_reverse(x: int, k: int) -> None:
    r = B.RotateLeft64(x, k)
    assert B.RotateLeft64(r, -k) == x
    assert r == int(format(x, "064b")[k % 64:] + format(x, "064b")[:k % 64], 2)
    assert B.Reverse64(B.Reverse64(x)) == x and B.ReverseBytes64(x) == int.from_bytes(x.to_bytes(8, "big"), "little")
    assert B.LeadingZeros64(x) + B.Len64(x) == 64
    assert B.OnesCount64(x) == bin(x).count("1")
    assert (x >> B.TrailingZeros64(x)) & 1 == (x != 0)


def test_div_panics() -> None:
    for args, msg in (((0, 1, 0), b"runtime error: integer divide by zero"),
                      ((5, 1, 5), b"runtime error: integer overflow")):
        with pytest.raises(GoPanic) as e:
            B.Div64(*args)
        assert e.value.value.t.m_Error(e.value.value.v) == msg


@pytest.mark.parametrize("prog", program_params("bits"))
def test_program(prog) -> None:
    run_program(prog)
