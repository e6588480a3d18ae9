"""Package unicode (src/gomem/stdlib/unicode): unit tests, then Go programs against real Go.

The range tables (unicode/_tables.py) are generated from Go 1.23 by tests/stdlib/gen/unicodepkg;
tests/stdlib/programs/unicode_scan.go compares every predicate over a sample of the code space.
"""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime.values import NIL_SLICE, Slice, slice_of
from gomem.stdlib import unicode as U


def test_api_complete() -> None:
    check_api("unicode")


def test_latin1_predicates() -> None:
    assert U.IsLetter(ord("a")) and U.IsLetter(0xAA) and not U.IsLetter(ord("1"))
    assert U.IsUpper(ord("Z")) and not U.IsUpper(0xAA) and U.IsLower(0xDF)
    assert U.IsNumber(0xB2) and not U.IsDigit(0xB2) and U.IsDigit(ord("7"))
    assert U.IsSpace(0x85) and U.IsSpace(0xA0) and not U.IsSpace(0x200B)
    assert U.IsControl(0x7F) and not U.IsControl(0x2028) and not U.IsPrint(0xA0) and U.IsGraphic(0xA0)
    assert U.IsPunct(ord("!")) and U.IsSymbol(ord("$")) and U.IsSymbol(ord("+"))
    for r in (-1, -0x80000000, 0x110000):
        assert not any(f(r) for f in (U.IsLetter, U.IsDigit, U.IsNumber, U.IsSpace, U.IsUpper, U.IsLower,
                                      U.IsTitle, U.IsPunct, U.IsPrint, U.IsGraphic, U.IsControl, U.IsMark,
                                      U.IsSymbol))


def test_other_predicates() -> None:
    assert U.IsLetter(0x4E16) and U.IsDigit(0x663) and U.IsNumber(0x2168)
    assert U.IsTitle(0x1C5) and U.IsUpper(0x3A3) and U.IsLower(0x3C2)
    assert U.IsSpace(0x2028) and U.IsMark(0x301) and U.IsSymbol(0x20AC) and U.IsPunct(0x3001)
    assert U.IsPrint(0x4E16) and not U.IsPrint(0x2028) and U.IsGraphic(0x3000) and not U.IsPrint(0x3000)


def test_case_mapping() -> None:
    assert (U.ToUpper(ord("q")), U.ToLower(ord("Q")), U.ToTitle(0x1C6)) == (ord("Q"), ord("q"), 0x1C5)
    assert U.ToUpper(0xDF) == 0xDF and U.ToUpper(-5) == -5
    assert U.SimpleFold(ord("K")) == ord("k") and U.SimpleFold(ord("k")) == 0x212A
    assert U.To(U.UpperCase, ord("a")) == ord("A") and U.To(7, ord("a")) == U.ReplacementChar
    tr = U.TurkishCase
    assert U.SpecialCase_ToUpper(tr, ord("i")) == 0x130 and U.SpecialCase_ToLower(tr, ord("I")) == 0x131
    assert U.SpecialCase_ToTitle(tr, ord("q")) == ord("Q")


def test_range_tables_are_shared_pointers() -> None:
    assert U.Upper is U.Lu and U.Categories[b"Lu"] is U.Lu and U.Scripts[b"Han"] is U.Han
    assert U.STerm is U.Sentence_Terminal and U.Properties[b"White_Space"] is U.White_Space
    assert U.Is(U.Han, 0x4E16) and not U.Is(U.Latin, 0x4E16) and U.Is(U.Greek, 0x3B1)
    assert U.In(0x3B1, slice_of([U.Latin, U.Greek])) and not U.In(0x3B1, NIL_SLICE)
    assert U.IsOneOf(U.PrintRanges, ord("x"))
    assert U.Latin.LatinOffset == 5 and U.Latin.R16.len > 10
    with pytest.raises(AttributeError):
        U.__getattr__("NoSuchTable")


def test_is_on_a_programs_table() -> None:
    t = U._RangeTable(Slice([U._Range16(ord("a"), ord("z"), 2)], 0, 1, 1), NIL_SLICE, 1)
    assert U.Is(t, ord("c")) and not U.Is(t, ord("d")) and not U.Is(t, -1)
    r16 = [U._Range16(lo, lo + 4, 1) for lo in range(0x100, 0x1000, 0x10)]
    big = U._RangeTable(Slice(r16, 0, len(r16), len(r16)), Slice([U._Range32(0x10000, 0x10010, 4)], 0, 1, 1), 0)
    assert U.Is(big, 0x104) and not U.Is(big, 0x105) and U.Is(big, 0xFF4)  # binary search (> 18 ranges)
    assert U.Is(big, 0x10008) and not U.Is(big, 0x10009)


@pytest.mark.parametrize("prog", program_params("unicode"))
def test_program(prog) -> None:
    run_program(prog)
