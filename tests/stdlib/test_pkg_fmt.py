"""Package fmt (src/gomem/stdlib/fmt): the scanning engine's unit tests, then Go programs
against real Go (formatting itself is tested in test_fmt.py against fmt_golden.json)."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime.values import Box, Iface, slice_of
from gomem.stdlib import fmt as F
from gomem.stdlib import io
from gomem.stdlib.fmt import scan as S
from gomem.types.types import INT, STRING, new_pointer


def test_api_complete() -> None:
    check_api("fmt")


def test_byte_runes_decode_and_give_back_one_rune() -> None:
    rs = S.ByteRunes(S.string_bytes("é\xffx".encode("latin-1").replace(b"\xe9", "é".encode())))
    assert rs.read_rune() == (0xE9, 2, None)
    assert rs.unread_rune() is None
    assert rs.read_rune() == (0xE9, 2, None)
    assert rs.read_rune() == (0xFFFD, 1, None)  # an invalid byte is one RuneError
    assert rs.read_rune() == (ord("x"), 1, None)
    assert rs.unread_rune() is None
    assert rs.unread_rune() is not None  # only one rune can be given back
    assert rs.read_rune() == (ord("x"), 1, None)
    assert rs.read_rune() == (0, 0, io.EOF)


def test_truncated_sequence_keeps_the_following_bytes() -> None:
    rs = S.ByteRunes(S.string_bytes(b"\xe2\x82A"))
    assert rs.read_rune() == (0xFFFD, 1, None)
    assert rs.read_rune() == (0xFFFD, 1, None)
    assert rs.read_rune() == (ord("A"), 1, None)


def test_sscan_stores_through_pointers() -> None:
    i, s = Box(0), Box(b"")
    n, err = F.Sscan(b" 42 go", slice_of([Iface(new_pointer(INT), i), Iface(new_pointer(STRING), s)]))
    assert (n, err, i.v, s.v) == (2, None, 42, b"go")


def test_go_spaces() -> None:
    assert S.is_space(0x85) and S.is_space(0x3000) and S.is_space(ord("\v"))
    assert not S.is_space(0x180E) and not S.is_space(ord("x"))


@pytest.mark.parametrize("prog", program_params("fmt"))
def test_program(prog) -> None:
    run_program(prog)
