"""Tests for gomem.frontend.lexer: tokens, semicolon insertion and where gc reports problems."""

from __future__ import annotations

import pytest

from gomem.frontend.lexer import describe, tokenize, unquote


def kinds(src: str) -> list[str]:
    toks, errors = tokenize(src.encode())
    assert errors == []
    return [t.kind if t.kind != ";" else ";" + ("" if t.text == ";" else t.text) for t in toks]


def test_tokens() -> None:
    assert kinds("x := a[i] &^= 3.5e2 <- 'c' `raw` \"s\" ...") == [
        "name", ":=", "name", "[", "name", "]", "&^=", "float", "<-", "char", "string", "string", "...", "EOF"]
    assert kinds("func f() {}") == ["func", "name", "(", ")", "{", "}", ";EOF", "EOF"]
    assert kinds("0x1p-2 0o17 1_000 2i .5 1.") == ["float", "int", "int", "imag", "float", "float", ";EOF", "EOF"]


@pytest.mark.parametrize("line,semi", [
    ("x", True), ("1", True), ("'a'", True), ('"s"', True), ("`r`", True), ("break", True), ("continue", True),
    ("fallthrough", True), ("return", True), ("x++", True), ("x--", True), (")", True), ("]", True), ("}", True),
    ("x +", False), ("(", False), ("{", False), (",", False), ("func", False), ("else", False), ("x.", False),
])
def test_semicolon_insertion(line: str, semi: bool) -> None:
    toks, _ = tokenize((line + "\nnext").encode())
    before_next = toks[[t.text for t in toks].index("next") - 1]
    assert (before_next.kind == ";" and before_next.text == "newline") == semi


def test_semicolon_positions() -> None:
    # gc reports "unexpected newline" at the newline, after a line comment too; at the start of
    # a general comment that spans lines; "unexpected EOF" at the end of the file
    toks, _ = tokenize(b"a // c\nb /* x\ny */ c /* z */\nd")
    semis = [(t.text, t.line, t.col) for t in toks if t.kind == ";"]
    assert semis == [("newline", 1, 7), ("newline", 2, 3), ("newline", 3, 15), ("EOF", 4, 2)]
    toks, _ = tokenize(b"a\r\nb")
    assert [(t.kind, t.line, t.col) for t in toks][:2] == [("name", 1, 1), (";", 1, 3)]


def test_positions_count_bytes() -> None:
    toks, _ = tokenize("\"é\" + x".encode())
    assert [(t.text, t.col) for t in toks[:3]] == [('"é"', 1), ("+", 6), ("x", 8)]


def test_describe() -> None:
    toks, _ = tokenize(b"x 1 , ; { range\n")
    assert [describe(t) for t in toks] == ["name x", "literal 1", "comma", "semicolon", "{", "range", "EOF"]
    toks, _ = tokenize(b"x\n")
    assert describe(toks[1]) == "newline"


def test_scanner_keeps_going() -> None:
    # a bad character is skipped, a malformed literal stays one token
    toks, errors = tokenize(b"a @ 0b12 b")
    assert [t.kind for t in toks] == ["name", "int", "name", ";", "EOF"]
    assert [e[:3] for e in errors] == [(1, 3, "invalid character U+0040 '@'"), (1, 8, "invalid digit '2' in binary literal")]


def test_unquote() -> None:
    assert unquote('"a\\tb\\x41\\101\\u00e9\\U0001F600\\\\\\""') == "a\tbAAé😀\\\"".encode()
    assert unquote("`a\\n\r\nb`") == b"a\\n\nb"
    assert unquote('"\\q"') == b"\\q"  # (malformed escapes are kept as written)
