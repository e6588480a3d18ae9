"""Package unicode/utf8 (src/gomem/stdlib/unicode_utf8): unit tests, then Go programs against
real Go. The primitives themselves are gomem.stdlib.utf8's (test_utf8.py)."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime.panic import GoPanic
from gomem.runtime.values import NIL_SLICE, Slice
from gomem.stdlib import unicode_utf8 as U


def b(data: bytes, off: int = 0, cap: int | None = None) -> Slice:
    a = bytearray(b"#" * off + data + b"#" * 4)
    return Slice(a, off, len(data), len(a) - off if cap is None else cap)


def test_api_complete() -> None:
    check_api("unicode/utf8")


def test_decode() -> None:
    assert U.DecodeRune(b("日x".encode(), off=3)) == (0x65E5, 3)
    assert U.DecodeRune(b(b"\xe6\x97", off=2)) == (0xFFFD, 1)
    assert U.DecodeRune(NIL_SLICE) == (0xFFFD, 0)
    assert U.DecodeRuneInString(b"\xed\xa0\x80") == (0xFFFD, 1)
    assert U.DecodeLastRune(b("x日".encode(), off=1)) == (0x65E5, 3)
    assert U.DecodeLastRuneInString(b"a\xff") == (0xFFFD, 1)
    assert U.DecodeLastRuneInString(b"") == (0xFFFD, 0)
    assert U.RuneCount(b(b"a\xffb\xc3\xa9", off=1)) == 4 and U.RuneCountInString("日本".encode()) == 2
    assert U.FullRune(b(b"\xe6\x97")) is False and U.FullRuneInString(b"\xe6\x97\xa5")
    assert U.Valid(b("é".encode())) and not U.ValidString(b"\xc0\xaf") and U.ValidRune(0x10FFFF)
    assert not U.ValidRune(0xD800) and U.RuneLen(0xD800) == -1 and U.RuneLen(0x10000) == 4
    assert U.RuneStart(0xC3) and not U.RuneStart(0x80)


def test_encode_and_append() -> None:
    p = b(bytes(4), off=1)
    assert U.EncodeRune(p, 0xE9) == 2 and bytes(p.elems()[:2]) == "é".encode()
    assert U.EncodeRune(p, -1) == 3 and bytes(p.elems()[:3]) == b"\xef\xbf\xbd"
    with pytest.raises(GoPanic) as e:
        U.EncodeRune(b(bytes(1), cap=1), 0x65E5)
    assert e.value.value.v == b"index out of range [2] with length 1"
    s = U.AppendRune(Slice(bytearray(3), 0, 0, 3), 0x65E5)
    assert (bytes(s.elems()), s.cap) == ("日".encode(), 3)
    s = U.AppendRune(s, ord("!"))
    assert (bytes(s.elems()), s.cap) == ("日!".encode(), 8)
    s = U.AppendRune(NIL_SLICE, 0x1F600)
    assert (s.len, s.cap) == (4, 8)


@pytest.mark.parametrize("prog", program_params("utf8"))
def test_program(prog) -> None:
    run_program(prog)
