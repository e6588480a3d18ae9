"""Package strings (src/gomem/stdlib/strings): unit tests, then Go programs against real Go."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime import malloc
from gomem.runtime.panic import GoPanic
from gomem.runtime.values import NIL_SLICE, Iface, Slice, slice_of
from gomem.stdlib import strings as S
from gomem.stdlib.fmt import Fprintf


def strs(xs: list[bytes]) -> Slice:
    return slice_of(list(xs))


def elems(s: Slice) -> list:
    return s.elems()


def test_api_complete() -> None:
    check_api("strings")


def test_builder_growth_matches_go() -> None:
    b = S._Builder()
    caps = []
    for _ in range(300):
        S.Builder_WriteString(b, b"ab")
        if not caps or caps[-1] != S.Builder_Cap(b):
            caps.append(S.Builder_Cap(b))
    assert caps == [8, 16, 32, 64, 128, 256, 512, 896]  # Go 1.23 append growth for []byte
    assert S.Builder_Len(b) == 600 and S.Builder_String(b) == b"ab" * 300


def test_builder_grow_write_and_reset() -> None:
    b = S._Builder()
    S.Builder_Grow(b, 10)
    assert (S.Builder_Len(b), S.Builder_Cap(b)) == (0, 16)  # roundupsize(2*0+10)
    assert S.Builder_WriteByte(b, ord("x")) is None
    assert S.Builder_WriteRune(b, 0xE9) == (2, None)
    assert S.Builder_WriteRune(b, -1) == (3, None)  # invalid runes write U+FFFD
    assert S.Builder_Write(b, slice_of(bytearray(b"yz"))) == (2, None)
    assert S.Builder_String(b) == b"x\xc3\xa9\xef\xbf\xbdyz"
    S.Builder_Grow(b, 100)
    assert S.Builder_Cap(b) == 144
    S.Builder_Reset(b)
    assert (S.Builder_Len(b), S.Builder_Cap(b), S.Builder_String(b)) == (0, 0, b"")
    with pytest.raises(GoPanic) as e:
        S.Builder_Grow(b, -1)
    assert e.value.value == Iface(e.value.value.t, b"strings.Builder.Grow: negative count")


def test_builder_copy_by_value_panics() -> None:
    a = S._Builder()
    S.Builder_WriteString(a, b"x")
    cp = a._cp()
    assert S.Builder_String(cp) == b"x"
    with pytest.raises(GoPanic) as e:
        S.Builder_WriteString(cp, b"y")
    assert e.value.value.v == b"strings: illegal use of non-zero Builder copied by value"
    zero_copy = S._Builder()._cp()  # copying a zero Builder is fine
    S.Builder_WriteString(zero_copy, b"ok")
    assert S.Builder_String(zero_copy) == b"ok"


def test_builder_is_an_io_writer() -> None:
    b = S._Builder()
    w = Iface(S.BUILDER_PTR, b)
    assert Fprintf(w, b"%d-%s", slice_of([Iface(_int(), 42), Iface(_string(), b"x")])) == (4, None)
    assert S.Builder_String(b) == b"42-x"


def _int():
    from gomem.types.types import INT
    return INT


def _string():
    from gomem.types.types import STRING
    return STRING


def test_split_lengths_and_capacities() -> None:
    s = S.SplitN(b"a,b", b",", 5)
    assert elems(s) == [b"a", b"b"] and (s.len, s.cap) == (2, 4)  # make([]string, len(s)+1)[:2]
    s = S.Split(b"a,b,,c,", b",")
    assert elems(s) == [b"a", b"b", b"", b"c", b""] and s.cap == 5
    assert S.SplitN(b"abc", b",", 0) is NIL_SLICE
    e = S.Split(b"", b"")
    assert e.a is not None and e.len == 0  # make([]string, 0): empty, not nil
    assert elems(S.Split(b"h\xc3\xa9\xff", b"")) == [b"h", b"\xc3\xa9", b"\xff"]
    assert elems(S.SplitAfter(b"a,b,c", b",")) == [b"a,", b"b,", b"c"]
    assert elems(S.SplitAfterN(b"a,b,c", b",", 2)) == [b"a,", b"b,c"]
    assert elems(S.Fields(" a \t b\u00a0c ".encode())) == [b"a", b"b", b"c"]


def test_split_allocates_one_slice() -> None:
    before = malloc.stats.mallocs
    S.Split(b"a,b,c", b",")
    assert malloc.stats.mallocs == before + 1


def test_func_arguments_called_as_go_calls_them() -> None:
    seen = []

    def f(r: int) -> bool:
        seen.append(r)
        return r == ord(",")
    assert elems(S.FieldsFunc(b"a,,b\xff", f)) == [b"a", b"b\xff"]
    assert seen == [ord("a"), ord(","), ord(","), ord("b"), 0xFFFD]
    seen.clear()
    assert S.LastIndexFunc(b"ab\xe6\x97", lambda r: seen.append(r) or r == ord("a")) == 0
    assert seen == [0xFFFD, 0xFFFD, ord("b"), ord("a")]
    assert S.IndexFunc(b"\xe6\x97\xa5x", lambda r: r == ord("x")) == 3
    assert S.TrimFunc(b"12ab34", lambda r: r < 0x60) == b"ab"
    assert S.TrimRightFunc(b"ab\xc3", lambda r: r == 0xFFFD) == b"ab"
    assert S.TrimLeftFunc(b"   ", lambda r: r == 32) == b""
    assert S.ContainsFunc(b"abc", lambda r: r == ord("c"))


def test_map_title_and_case() -> None:
    assert S.Map(lambda r: -1 if r == ord("x") else r + 1, b"axb") == b"bc"
    assert S.Map(lambda r: r, b"abc") == b"abc"
    assert S.Map(lambda r: r, b"a\xffb") == b"a\xef\xbf\xbdb"  # invalid bytes become U+FFFD
    assert S.Title(b"hello wOrld-foo_bar \xc3\xbcn") == b"Hello WOrld-Foo_bar \xc3\x9cn"
    assert S.ToUpper(b"h\xc3\xa9llo") == "HÉLLO".encode()
    assert S.ToLower("ǅ".encode()) == "ǆ".encode()
    assert S.ToTitle("ǆ".encode()) == "ǅ".encode()
    assert S.EqualFold(b"Go", b"GO") and S.EqualFold("K".encode(), "\u212a".encode())


def test_replacer() -> None:
    def rep(pairs: list[bytes], s: bytes) -> bytes:
        return S.Replacer_Replace(S.NewReplacer(strs(pairs)), s)
    assert rep([b"a", b"1", b"b", b"2", b"a", b"3"], b"abcab") == b"12c12"  # first pair wins
    assert rep([b"a", b"AA", b"aa", b"B", b"", b"-"], b"aaab") == b"AAAAAA-b-"
    assert rep([b"", b"X"], b"ab") == b"XaXbX"
    assert rep([b"aaa", b"3", b"aa", b"2", b"a", b"1"], b"aaaaa") == b"32"
    assert rep([b"<", b"&lt;", b">", b"&gt;"], b"<b>") == b"&lt;b&gt;"
    assert rep([], b"same") == b"same"
    with pytest.raises(GoPanic):
        S.NewReplacer(strs([b"odd"]))


def test_join_repeat_replace_count() -> None:
    assert S.Join(strs([b"a", b"b"]), b", ") == b"a, b"
    assert S.Join(NIL_SLICE, b",") == b""
    assert S.Repeat(b"ab", 3) == b"ababab"
    with pytest.raises(GoPanic) as e:
        S.Repeat(b"x", -1)
    assert e.value.value.v == b"strings: negative Repeat count"
    assert S.Replace(b"abc", b"", b"-", -1) == b"-a-b-c-"
    assert S.Replace("héllo".encode(), b"", b"|", 3) == "|h|é|llo".encode()
    assert S.Count(b"five", b"") == 5 and S.Count(b"cheese", b"e") == 3
    assert S.Cut(b"k=v=x", b"=") == (b"k", b"v=x", True)
    assert S.CutPrefix(b"v1", b"v") == (b"1", True)
    assert S.Compare(b"a", b"b") == -1 and S.Compare(b"b", b"a") == 1 and S.Compare(b"", b"") == 0


def test_search() -> None:
    assert S.Index(b"chicken", b"ken") == 4 and S.LastIndex(b"go gopher", b"go") == 3
    assert S.LastIndex(b"x", b"") == 1
    assert S.IndexRune(b"a\xffb", 0xFFFD) == 1 and S.IndexRune(b"abc", 0xD800) == -1
    assert S.IndexAny(b"golang", b"ny") == 4 and S.LastIndexAny(b"golang", b"go") == 5
    assert S.IndexByte(b"abc", ord("c")) == 2 and S.LastIndexByte(b"abca", ord("a")) == 3
    assert S.ContainsRune(b"abc", ord("b")) and S.ContainsAny(b"abc", b"xyzc")
    assert S.TrimSpace(" \t x \u2003".encode()) == b"x"
    assert S.Trim(b"xxhixx", b"x") == b"hi" and S.TrimLeft(b"xxhi", b"x") == b"hi"
    assert S.TrimRight(b"hixx", b"x") == b"hi" and S.TrimPrefix(b"ab", b"a") == b"b"
    assert S.TrimSuffix(b"a.go", b".go") == b"a"


@pytest.mark.parametrize("prog", program_params("strings"))
def test_program(prog) -> None:
    run_program(prog)
