"""gomem.stdlib.utf8 against golden data from real Go 1.23, plus property tests."""

from __future__ import annotations

from _textnum_golden import check_all, load
from hypothesis import given, settings
from hypothesis import strategies as st

from gomem.stdlib import utf8

U = load("utf8")


def _pairs(b: bytes) -> list[int]:
    out: list[int] = []
    for i, r in utf8.runes(b):
        out += [i, r]
    return out


def test_decode_golden() -> None:
    check_all(U["DecodeRune"], lambda b: utf8.decode_rune(b, 0))
    check_all(U["DecodeLastRune"], utf8.decode_last_rune)
    check_all(U["FullRune"], utf8.full_rune)


def test_counts_golden() -> None:
    check_all(U["RuneCount"], utf8.rune_count)
    check_all(U["Valid"], utf8.valid_string)


def test_range_golden() -> None:
    check_all(U["Range"], _pairs)
    check_all(U["StringToRunes"], utf8.string_to_runes)


def test_encode_golden() -> None:
    check_all(U["RuneToString"], utf8.rune_to_string)
    check_all(U["EncodeRune"], utf8.encode_rune)
    check_all(U["RuneLen"], utf8.rune_len)
    check_all(U["ValidRune"], utf8.valid_rune)
    check_all(U["RunesToString"], utf8.runes_to_string)


def _slow_pairs(b: bytes) -> list[tuple[int, int]]:
    out = []
    i = 0
    while i < len(b):
        r, n = utf8.decode_rune(b, i)
        out.append((i, r))
        i += n
    return out


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(st.binary(max_size=30), st.text(max_size=20).map(lambda s: s.encode("utf-8", "surrogatepass")))
)
def test_fast_paths_agree_with_decode_rune(b: bytes) -> None:
    pairs = _slow_pairs(b)
    assert list(utf8.runes(b)) == pairs
    assert utf8.string_to_runes(b) == [r for _, r in pairs]
    assert utf8.rune_count(b) == len(pairs)
    assert utf8.valid_string(b) == all(not (r == 0xFFFD and utf8.decode_rune(b, i)[1] == 1) for i, r in pairs)
    # decode_go (used by strings.Map/ToUpper) is the same rune sequence
    assert [ord(c) for c in utf8.decode_go(b)] == [r for _, r in pairs]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.integers(min_value=-5, max_value=0x110005), max_size=10))
def test_runes_to_string_round_trip(rs: list[int]) -> None:
    s = utf8.runes_to_string(rs)
    want = [r if utf8.valid_rune(r) else 0xFFFD for r in rs]
    assert utf8.string_to_runes(s) == want
    assert s == b"".join(utf8.encode_rune(r) for r in rs)
