"""Package strconv (src/gomem/stdlib/strconv): unit tests, then Go programs against real Go."""

from __future__ import annotations

import math

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime.panic import GoPanic
from gomem.runtime.values import NIL_SLICE, Iface, Slice
from gomem.stdlib import errors
from gomem.stdlib import strconv as C
from gomem.stdlib.fmt import sprint


def test_api_complete() -> None:
    check_api("strconv")


def test_atoi_and_its_errors() -> None:
    assert C.Atoi(b"42") == (42, None)
    assert C.Atoi(b"-0") == (0, None)
    assert C.Atoi(b"+5") == (5, None)
    n, err = C.Atoi(b"12a")
    assert n == 0 and isinstance(err, Iface) and err.t is C.NUM_ERROR_PTR
    assert (err.v.Func, err.v.Num, err.v.Err) == (b"Atoi", b"12a", C.ErrSyntax)
    assert errors.error_text(err) == b'strconv.Atoi: parsing "12a": invalid syntax'
    assert errors.Is(err, C.ErrSyntax) and not errors.Is(err, C.ErrRange)
    assert errors.Unwrap(err) is C.ErrSyntax
    n, err = C.Atoi(b"99999999999999999999")
    assert n == (1 << 63) - 1 and errors.Is(err, C.ErrRange)
    for bad in (b"", b" 1", b"1_0", "٣".encode(), b"0x1"):
        assert C.Atoi(bad)[1] is not None


def test_parse_int_uint_float_bool() -> None:
    assert C.ParseInt(b"-ff", 16, 64) == (-255, None)
    assert C.ParseInt(b"0x_1F", 0, 64) == (31, None)
    v, err = C.ParseInt(b"300", 10, 8)
    assert v == 127 and sprint([err]) == b'strconv.ParseInt: parsing "300": value out of range'
    v, err = C.ParseInt(b"7", 99, 64)
    assert v == 0 and errors.error_text(err) == b'strconv.ParseInt: parsing "7": invalid base 99'
    assert not errors.Is(err, C.ErrSyntax)  # a fresh errors.New value, as in Go
    assert C.ParseUint(b"18446744073709551615", 10, 64) == ((1 << 64) - 1, None)
    assert C.ParseFloat(b"3.25", 64) == (3.25, None)
    f, err = C.ParseFloat(b"1e400", 64)
    assert f == math.inf and errors.Is(err, C.ErrRange)
    f, _ = C.ParseFloat(b"0.1", 32)
    assert f == 0.10000000149011612
    assert C.ParseBool(b"T") == (True, None)
    b, err = C.ParseBool(b"yes")
    assert b is False and errors.error_text(err) == b'strconv.ParseBool: parsing "yes": invalid syntax'


def test_format() -> None:
    assert C.Itoa(-99) == b"-99"
    assert C.FormatInt(-255, 16) == b"-ff" and C.FormatInt(35, 36) == b"z"
    assert C.FormatUint(1 << 63, 10) == b"9223372036854775808"
    assert C.FormatUint(-1, 16) == b"ffffffffffffffff"
    assert C.FormatFloat(3.14159, ord("f"), 2, 64) == b"3.14"
    assert C.FormatFloat(1e21, ord("g"), -1, 64) == b"1e+21"
    assert C.FormatFloat(0.1, ord("f"), -1, 32) == b"0.1"
    assert C.FormatFloat(1, ord("z"), -1, 64) == b"%z"
    assert C.FormatBool(False) == b"false"
    with pytest.raises(GoPanic) as e:
        C.FormatInt(1, 1)
    assert e.value.value.v == b"strconv: illegal AppendInt/FormatInt base"


def test_quote_unquote() -> None:
    assert C.Quote(b'hi\n"x"') == b'"hi\\n\\"x\\""'
    assert C.QuoteToASCII("é☺".encode()) == b'"\\u00e9\\u263a"'
    assert C.QuoteRune(0x263A) == "'☺'".encode() and C.QuoteRune(-1) == "'�'".encode()
    assert C.Unquote(b'"a\\tb"') == (b"a\tb", None)
    assert C.Unquote(b"`raw`") == (b"raw", None)
    assert C.Unquote(b"'ab'") == (b"", C.ErrSyntax)
    assert C.UnquoteChar(b"\\u263a rest", ord('"')) == (0x263A, True, b" rest", None)
    assert C.QuotedPrefix(b'"x"rest') == (b'"x"', None)
    assert C.CanBackquote(b"a`b") is False and C.IsPrint(0x263A) and not C.IsGraphic(7)


def _bytes(data: bytes, cap: int) -> Slice:
    a = bytearray(cap)
    a[:len(data)] = data
    return Slice(a, 0, len(data), cap)


def test_append_grows_like_go() -> None:
    s = C.AppendInt(_bytes(b"", 4), -42, 10)
    assert (s.elems(), s.cap) == (bytearray(b"-42"), 4)
    s = C.AppendBool(s, True)
    assert (bytes(s.elems()), s.cap) == (b"-42true", 8)
    s = C.AppendQuote(s, b"hi\n")
    assert (bytes(s.elems()), s.cap) == (b'-42true"hi\\n"', 24)
    s = C.AppendQuote(NIL_SLICE, b"abcdefgh")  # pre-sized to len+2 exactly
    assert (bytes(s.elems()), s.cap) == (b'"abcdefgh"', 10)
    s = C.AppendFloat(NIL_SLICE, 1.5, ord("g"), -1, 64)
    assert bytes(s.elems()) == b"1.5" and s.cap == 8
    s = C.AppendQuoteRuneToASCII(C.AppendUint(NIL_SLICE, 7, 2), 0xE9)
    assert bytes(s.elems()) == b"111'\\u00e9'"


@pytest.mark.parametrize("prog", program_params("strconv"))
def test_program(prog) -> None:
    run_program(prog)
