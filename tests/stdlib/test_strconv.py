"""gomem.stdlib.gostrconv against golden data from real Go, plus property tests."""

from __future__ import annotations

import math
import struct

import pytest
from _textnum_golden import bits, check_all, load
from hypothesis import given, settings
from hypothesis import strategies as st

from gomem.stdlib import gostrconv as sc

FTOA = load("ftoa")
ATOF = load("atof")
ATOI = load("atoi")
QUOTE = load("quote")
PRINTLN = load("println")


def _err(e) -> bytes | None:
    return None if e is None else e.error()


def test_format_float_golden() -> None:
    check_all(FTOA["FormatFloat"], lambda f, fmt, prec, bs: sc.format_float(f, fmt, prec, bs))


def test_format_float_accepts_byte_fmt() -> None:
    assert sc.format_float(1.5, ord("e"), 2, 64) == b"1.50e+00"


def test_runtime_print_float_golden() -> None:
    check_all(PRINTLN["println"], sc.runtime_print_float)


def test_parse_float_golden() -> None:
    def run(s: bytes, bs: int):
        v, err = sc.parse_float(s, bs)
        return v, _err(err)

    check_all(ATOF["ParseFloat"], run)


def test_parse_int_golden() -> None:
    def pi(s, base, bs):
        v, err = sc.parse_int(s, base, bs)
        return v, _err(err)

    def pu(s, base, bs):
        v, err = sc.parse_uint(s, base, bs)
        return v, _err(err)

    def atoi(s):
        v, err = sc.atoi(s)
        return v, _err(err)

    def pb(s):
        v, err = sc.parse_bool(s)
        return v, _err(err)

    check_all(ATOI["ParseInt"], pi)
    check_all(ATOI["ParseUint"], pu)
    check_all(ATOI["Atoi"], atoi)
    check_all(ATOI["ParseBool"], pb)


def test_format_int_golden() -> None:
    check_all(ATOI["FormatInt"], sc.format_int)
    check_all(ATOI["FormatUint"], sc.format_uint)
    check_all(ATOI["Itoa"], sc.itoa)


def test_quote_golden() -> None:
    check_all(QUOTE["Quote"], sc.quote)
    check_all(QUOTE["QuoteToASCII"], sc.quote_to_ascii)
    check_all(QUOTE["QuoteToGraphic"], sc.quote_to_graphic)
    check_all(QUOTE["CanBackquote"], sc.can_backquote)
    check_all(QUOTE["QuoteRune"], sc.quote_rune)
    check_all(QUOTE["QuoteRuneToASCII"], sc.quote_rune_to_ascii)
    check_all(QUOTE["QuoteRuneToGraphic"], sc.quote_rune_to_graphic)
    check_all(QUOTE["IsPrint"], sc.is_print)
    check_all(QUOTE["IsGraphic"], sc.is_graphic)


def test_unquote_golden() -> None:
    def unq(s):
        v, err = sc.unquote(s)
        return v, _err(err)

    def qp(s):
        v, err = sc.quoted_prefix(s)
        return v, _err(err)

    check_all(QUOTE["Unquote"], unq)
    check_all(QUOTE["QuotedPrefix"], qp)


def test_error_messages_golden() -> None:
    check_all(QUOTE["AtoiError"], lambda s: _err(sc.atoi(s)[1]))


def test_num_error_record() -> None:
    v, err = sc.atoi(b"12a")
    assert v == 0
    assert err.Func == b"Atoi" and err.Num == b"12a" and err.Err is sc.ERR_SYNTAX
    assert err.error() == b'strconv.Atoi: parsing "12a": invalid syntax'
    assert err.Error() == err.error()
    v, err = sc.parse_int(b"300", 10, 8)
    assert v == 127 and err.Err is sc.ERR_RANGE
    assert err.error() == b'strconv.ParseInt: parsing "300": value out of range'
    _, err = sc.parse_int(b"1", 1, 64)
    assert err.error() == b'strconv.ParseInt: parsing "1": invalid base 1'


def test_format_int_bad_base_panics() -> None:
    with pytest.raises(sc.GoStdlibPanic) as ei:
        sc.format_int(5, 1)
    assert ei.value.value == b"strconv: illegal AppendInt/FormatInt base"


def test_nan_bits() -> None:
    assert bits(sc.parse_float(b"NaN", 64)[0]) == 0x7FF8000000000001
    assert bits(sc.parse_float(b"nan", 32)[0]) == 0x7FF8000000000000


# ---------------------------------------------------------------- properties

finite64 = st.floats(allow_nan=False, allow_infinity=False)
finite32 = st.floats(allow_nan=False, allow_infinity=False, width=32)


@settings(max_examples=1000, deadline=None)
@given(finite64)
def test_shortest64_round_trips(f: float) -> None:
    s = sc.format_float(f, "g", -1, 64)
    v, err = sc.parse_float(s, 64)
    assert err is None and bits(v) == bits(f)
    assert float(s) == f


@settings(max_examples=1000, deadline=None)
@given(finite32)
def test_shortest32_round_trips(f: float) -> None:
    for fmt in "egf":
        s = sc.format_float(f, fmt, -1, 32)
        v, err = sc.parse_float(s, 32)
        assert err is None and bits(v) == bits(f), (f, fmt, s)


@settings(max_examples=800, deadline=None)
@given(finite64)
def test_ryu_port_matches_repr(f: float) -> None:
    assert sc.shortest_digits_ryu(abs(f)) == sc.shortest_digits(abs(f))


@settings(max_examples=800, deadline=None)
@given(st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1), st.integers(min_value=2, max_value=36))
def test_parse_int_format_int_round_trip(x: int, base: int) -> None:
    s = sc.format_int(x, base)
    assert sc.parse_int(s, base, 64) == (x, None)
    if x >= 0:
        assert sc.parse_uint(s, base, 64) == (x, None)


@settings(max_examples=800, deadline=None)
@given(st.binary(max_size=40))
def test_quote_unquote_round_trip(b: bytes) -> None:
    for q in (sc.quote, sc.quote_to_ascii, sc.quote_to_graphic):
        s = q(b)
        v, err = sc.unquote(s)
        assert err is None
        # invalid bytes are quoted as \xNN and come back as those bytes
        assert v == b


@settings(max_examples=1000, deadline=None)
@given(finite64, st.sampled_from("eEfgG"), st.integers(min_value=0, max_value=30))
def test_fixed_precision_parses_back_close(f: float, fmt: str, prec: int) -> None:
    s = sc.format_float(f, fmt, prec, 64)
    v, err = sc.parse_float(s, 64)
    if err is not None:  # rounding up past MaxFloat64 (e.g. 1.5e308 with %.0e)
        assert err.Err is sc.ERR_RANGE and abs(f) > 1e307
        return
    if fmt in "eE":
        assert math.isclose(v, f, rel_tol=10.0 ** (-prec) * 10, abs_tol=0)


def test_to_float32() -> None:
    assert sc.to_float32(1e39) == math.inf
    assert sc.to_float32(-1e39) == -math.inf
    assert sc.to_float32(0.1) == struct.unpack("<f", struct.pack("<f", 0.1))[0]
    assert sc.to_float32(3.4028235677973366e38) == math.inf  # exact tie rounds to even (2**128)
    assert sc.to_float32(3.4028235677973362e38) == 3.4028234663852886e38
