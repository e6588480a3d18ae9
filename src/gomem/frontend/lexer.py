"""A Go tokenizer written from the lexical part of the Go specification.

:func:`tokenize` turns a source file into a list of :class:`Tok` with semicolons inserted the
way the spec's rule says (after a line's final identifier, literal, ``break``, ``continue``,
``fallthrough``, ``return``, ``++``, ``--``, ``)``, ``]`` or ``}``, and at the end of the file).
It also returns the problems the gc compiler reports while reading tokens ("newline in
string", "invalid character U+0040 '@'", ...), with gc's wording and positions. Those are not
syntax errors in gc's sense: it keeps going (skipping an invalid character, keeping a broken
literal) and also type checks, so callers treat them as "soft" errors.

Positions are 1-based lines and 1-based byte columns. An inserted semicolon sits where gc
reports "unexpected newline": at the newline character, at the start of a general comment
that spans lines, or at the end of the file.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

__all__ = ["Tok", "tokenize", "describe", "unquote", "char_text", "decode_rune", "KEYWORDS", "LITERALS", "Lines"]

KEYWORDS = frozenset(
    "break case chan const continue default defer else fallthrough for func go goto if import "
    "interface map package range return select struct switch type var".split())

# token kinds of literals
LITERALS = frozenset(["int", "float", "imag", "char", "string"])

# a line ending after one of these gets a semicolon
_ENDS_STATEMENT = frozenset(["name", "int", "float", "imag", "char", "string", "break", "continue",
                             "fallthrough", "return", "++", "--", ")", "]", "}"])

_OPERATORS = sorted(
    "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ "
    "!= <= >= := ... ( ) [ ] { } , ; . :".split(), key=len, reverse=True)

_SCAN = re.compile(
    rb"(?P<space>[ \t\r]+)"
    rb"|(?P<newline>\n)"
    rb"|(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?![\x80-\xff])"
    rb"|(?P<number>\.?[0-9])"
    rb"|(?P<string>\"[^\"\\\n\x00\x80-\xff]*\")"
    rb"|(?P<comment>//|/\*)"
    rb"|(?P<op>" + b"|".join(re.escape(o.encode()) for o in _OPERATORS) + rb")")

# Number literals. Every form takes the same shape (prefix, digits, fraction, exponent, 'i');
# which digits and exponent letters are legal is checked afterwards, so that a malformed
# literal is still one token, as in gc ("0b12" is one literal with a bad digit).
_HEX_NUMBER = re.compile(rb"(0[xX])[0-9A-Fa-f_]*(\.[0-9A-Fa-f_]*)?([pP][+-]?[0-9_]*)?(i)?")
_OTHER_NUMBER = re.compile(rb"(0[bBoO])?[0-9_]*(\.[0-9_]*)?([eEpP][+-]?[0-9_]*)?(i)?")

_RAW_STRING_END = re.compile(rb"`")
_SIMPLE_ESCAPES = frozenset(b"abfnrtv\\")


class Tok:
    """One token. ``kind`` is "name", a literal kind (see LITERALS), a keyword, an operator,
    ";" or "EOF"; ``text`` is the source text, or for an inserted semicolon "newline" or
    "EOF" (an explicit one has text ";")."""

    __slots__ = ("kind", "text", "offset", "end", "lines")

    def __init__(self, kind: str, text: str, offset: int, end: int, lines: Lines) -> None:
        self.kind = kind
        self.text = text
        self.offset = offset
        self.end = end
        self.lines = lines  # (positions are computed when asked for)

    @property
    def line(self) -> int:
        return self.lines.pos(self.offset)[0]

    @property
    def col(self) -> int:
        return self.lines.pos(self.offset)[1]

    def __repr__(self) -> str:
        return f"Tok({self.kind!r}, {self.text!r}, {self.line}:{self.col})"


def describe(t: Tok) -> str:
    """How gc's syntax errors name a token: ``name x``, ``literal 2``, ``newline``, ``comma``, ``{``."""
    k = t.kind
    if k == "name":
        return "name " + t.text
    if k in LITERALS:
        return "literal " + t.text
    if k == ";":
        return "semicolon" if t.text == ";" else t.text
    if k == ",":
        return "comma"
    return k


class Lines:
    """Offset -> (line, column) for one source."""

    __slots__ = ("starts", "directives", "line_directives")

    def __init__(self, src: bytes) -> None:
        self.directives: list[int] = []  # offsets of the line comments that start "//go:"
        self.line_directives: list[int] = []  # offsets of the comments that start "line "
        starts = [0]
        i = src.find(b"\n")
        while i >= 0:
            starts.append(i + 1)
            i = src.find(b"\n", i + 1)
        self.starts = starts

    def pos(self, offset: int) -> tuple[int, int]:
        ln = bisect.bisect_right(self.starts, offset)
        return ln, offset - self.starts[ln - 1] + 1


def _is_letter(ch: str) -> bool:
    return ch == "_" or ch.isalpha()


def _is_digit(ch: str) -> bool:
    return unicodedata.category(ch) == "Nd"


def char_text(r: int) -> str:
    """U+0040 '@' (the quoted character only when it is printable)."""
    ch = chr(r)
    s = f"U+{r:04X}"
    return f"{s} '{ch}'" if ch.isprintable() else s


def decode_rune(src: bytes, i: int) -> tuple[int, int]:
    """The code point at src[i] and its length in bytes; (-1, 1) for invalid UTF-8."""
    b0 = src[i]
    if b0 < 0x80:
        return b0, 1
    if 0xC2 <= b0 <= 0xDF:
        n, lo = 2, 0x80
    elif 0xE0 <= b0 <= 0xEF:
        n, lo = 3, 0x800
    elif 0xF0 <= b0 <= 0xF4:
        n, lo = 4, 0x10000
    else:
        return -1, 1
    chunk = src[i:i + n]
    try:
        r = ord(chunk.decode("utf-8"))
    except UnicodeDecodeError:
        return -1, 1
    if r < lo:
        return -1, 1
    return r, n


class _Lexer:
    def __init__(self, src: bytes) -> None:
        self.src = src
        self.lines = Lines(src)
        self.toks: list[Tok] = []
        self.errors: list[tuple[int, int, str, int]] = []

    def error(self, offset: int, msg: str) -> None:
        ln, col = self.lines.pos(offset)
        self.errors.append((ln, col, msg, offset))

    def add(self, kind: str, text: str, start: int, end: int) -> None:
        self.toks.append(Tok(kind, text, start, end, self.lines))

    def semi(self, offset: int, why: str) -> None:
        """Insert a semicolon at offset if the last token ends a statement."""
        toks = self.toks
        if toks and toks[-1].kind in _ENDS_STATEMENT:
            self.add(";", why, offset, offset)

    def text(self, a: int, b: int) -> str:
        return self.src[a:b].decode("utf-8", "replace")

    def run(self) -> None:
        src = self.src
        n = len(src)
        i = 0
        if src.startswith(b"\xef\xbb\xbf"):
            i = 3
        match = _SCAN.match
        while i < n:
            m = match(src, i)
            if m is not None:
                g = m.lastgroup
                j = m.end()
                if g == "space":
                    i = j
                elif g == "newline":
                    self.semi(i, "newline")
                    i = j
                elif g == "name":
                    w = src[i:j].decode()
                    self.add(w if w in KEYWORDS else "name", w, i, j)
                    i = j
                elif g == "number":
                    i = self.number(i)
                elif g == "string":
                    self.add("string", src[i:j].decode(), i, j)
                    i = j
                elif g == "comment":
                    i = self.comment(i)
                else:
                    op = src[i:j].decode()
                    self.add(op, op, i, j)
                    i = j
                continue
            c = src[i]
            if c == 0x22:  # '"' with escapes or problems
                i = self.interpreted_string(i)
            elif c == 0x60:  # '`'
                i = self.raw_string(i)
            elif c == 0x27:  # "'"
                i = self.rune(i)
            elif c >= 0x80 or c == 0x5F or 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A:
                i = self.identifier(i)
            elif c == 0:
                self.error(i, "invalid NUL character")
                i += 1
            else:
                self.error(i, "invalid character " + char_text(c))
                i += 1
        self.semi(n, "EOF")
        self.add("EOF", "EOF", n, n)

    # --- comments

    def comment(self, i: int) -> int:
        src = self.src
        if src[i + 1] == 0x2F:  # '//'
            if src.startswith(b"go:", i + 2):
                self.lines.directives.append(i)
            elif src.startswith(b"line ", i + 2):
                self.lines.line_directives.append(i)
            j = src.find(b"\n", i)
            if j < 0:
                j = len(src)
            self.check_text(i + 2, j)
            return j  # the newline (and its semicolon) comes next
        j = src.find(b"*/", i + 2)
        if j < 0:
            self.error(i, "comment not terminated")
            self.check_text(i + 2, len(src))
            self.semi(len(src), "EOF")
            return len(src)
        self.check_text(i + 2, j)
        if src.find(b"\n", i, j) >= 0:
            self.semi(i, "newline")
        elif src.startswith(b"line ", i + 2):
            self.lines.line_directives.append(i)
        return j + 2

    def check_text(self, a: int, b: int) -> None:
        """Comments and raw strings may hold any UTF-8 text except NUL."""
        src = self.src
        chunk = src[a:b]
        if chunk.isascii():
            bad = b"\x00" in chunk
        else:
            try:
                bad = "\ufeff" in chunk.decode("utf-8") or b"\x00" in chunk
            except UnicodeDecodeError:
                bad = True
        if bad:
            i = a
            while i < b:
                c = src[i]
                if c == 0:
                    self.error(i, "invalid NUL character")
                    i += 1
                elif c >= 0x80:
                    r, w = decode_rune(src, i)
                    if r < 0:
                        self.error(i, "invalid UTF-8 encoding")
                    elif r == 0xFEFF:
                        self.error(i, "invalid BOM in the middle of the file")
                    i += w
                else:
                    i += 1

    # --- identifiers

    def identifier(self, i: int) -> int:
        src = self.src
        n = len(src)
        start = i
        first = True
        while i < n:
            c = src[i]
            if c < 0x80:
                if c == 0x5F or 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A or (0x30 <= c <= 0x39 and not first):
                    i += 1
                    first = False
                    continue
                break
            r, w = decode_rune(src, i)
            if r < 0:
                self.error(i, "invalid UTF-8 encoding")
            elif r == 0xFEFF:
                if first:
                    self.error(i, "invalid BOM in the middle of the file")
                    return i + w
                break
            else:
                ch = chr(r)
                if _is_letter(ch):
                    pass
                elif _is_digit(ch):
                    if first:
                        self.error(i, "identifier cannot begin with digit " + char_text(r))
                else:
                    self.error(i, "invalid character " + char_text(r) + " in identifier")
            i += w
            first = False
        word = self.text(start, i)
        self.add(word if word in KEYWORDS else "name", word, start, i)
        return i

    # --- numbers

    def number(self, i: int) -> int:
        src = self.src
        hexa = src[i:i + 2] in (b"0x", b"0X")
        m = (_HEX_NUMBER if hexa else _OTHER_NUMBER).match(src, i)
        assert m is not None
        j = m.end()
        lit = src[i:j].decode()
        self.check_number(i, lit, hexa, m)
        if m.group(4):
            kind = "imag"
        elif m.group(2) is not None or m.group(3):
            kind = "float"
        else:
            kind = "int"
        self.add(kind, lit, i, j)
        return j

    def check_number(self, start: int, lit: str, hexa: bool, m: re.Match[bytes]) -> None:
        """gc's complaints about a number literal (at most one, the first it would notice)."""
        prefix = m.group(1)
        frac = m.group(2)
        exp = m.group(3)
        imag = m.group(4) is not None
        mant_end = len(lit) - (len(exp) if exp else 0) - (1 if imag else 0)
        p = len(prefix) if prefix else 0
        base = 16 if hexa else {b"0b": 2, b"0B": 2, b"0o": 8, b"0O": 8}.get(prefix or b"", 10)
        names = {16: "hexadecimal", 8: "octal", 2: "binary", 10: "decimal"}
        mant = lit[p:mant_end]
        int_part = mant.split(".")[0]
        frac_part = mant[len(int_part) + 1:] if frac is not None else ""
        digits = int_part + frac_part
        if base != 10 or hexa:
            if not any(ch != "_" for ch in digits):
                self.error(start + mant_end, names[base] + " literal has no digits")
                return
        elif frac is None and not int_part.strip("_"):
            pass  # (cannot happen: the scanner starts numbers at a digit)
        # digits that do not belong to the base
        if base in (2, 8):
            for k, ch in enumerate(int_part):
                if ch != "_" and int(ch) >= base:
                    self.error(start + p + k, f"invalid digit {ch!r} in {names[base]} literal")
                    return
            if frac is not None:
                self.error(start + p + len(int_part), "invalid radix point in " + names[base] + " literal")
                return
        if exp:
            letter = exp[:1].decode()
            if letter in "pP" and not hexa:
                self.error(start + mant_end, f"'{letter}' exponent requires hexadecimal mantissa")
                return
            if letter in "eE" and base != 10:
                self.error(start + mant_end, f"'{letter}' exponent requires decimal mantissa")
                return
            if not any(0x30 <= c <= 0x39 for c in exp):
                self.error(start + mant_end + len(exp), "exponent has no digits")
                return
        elif hexa and frac is not None:
            self.error(start + mant_end, "hexadecimal mantissa requires a 'p' exponent")
            return
        # a leading 0 makes an old-style octal integer (but 089.5, 089e1 and 089i are decimal)
        if base == 10 and int_part[:1] == "0" and frac is None and not exp and not imag:
            for k, ch in enumerate(int_part):
                if ch in "89":
                    self.error(start + k, f"invalid digit {ch!r} in octal literal")
                    return
        bad = _misplaced_underscore(lit)
        if bad >= 0:
            self.error(start + bad, "'_' must separate successive digits")

    # --- strings and runes

    def escape(self, i: int, quote: int) -> tuple[int, bool]:
        """Checks the escape at src[i] == '\\'; returns (end, ok)."""
        src = self.src
        n = len(src)
        j = i + 1
        c = src[j] if j < n else -1
        if c == quote or (c >= 0 and c in _SIMPLE_ESCAPES):
            return j + 1, True
        if c in (0x78, 0x75, 0x55):  # x u U
            count = {0x78: 2, 0x75: 4, 0x55: 8}[c]
            j += 1
            val = 0
            for _ in range(count):
                d = src[j] if j < n else -1
                v = _hex_value(d)
                if v < 0:
                    self.bad_escape_char(j, d, "hexadecimal")
                    return j, False
                val = val * 16 + v
                j += 1
            if c != 0x78 and (val > 0x10FFFF or 0xD800 <= val < 0xE000):
                self.error(j, f"escape is invalid Unicode code point U+{val:04X}")
                return j, False
            return j, True
        if 0x30 <= c <= 0x37:
            val = 0
            for _ in range(3):
                d = src[j] if j < n else -1
                if not 0x30 <= d <= 0x37:
                    self.bad_escape_char(j, d, "octal")
                    return j, False
                val = val * 8 + d - 0x30
                j += 1
            if val > 255:
                self.error(j, f"octal escape value {val} > 255")
                return j, False
            return j, True
        if c < 0:
            self.error(j, "escape sequence not terminated")
            return j, False
        self.error(j, "unknown escape")
        return j, False

    def bad_escape_char(self, j: int, d: int, kind: str) -> None:
        if d < 0:
            self.error(j, "escape sequence not terminated")
            return
        if d == 0x0A:
            return  # the newline ends the literal and is reported as such
        r = d if d < 0x80 else decode_rune(self.src, j)[0]
        self.error(j, f"invalid character {_quote_rune(r)} in {kind} escape")


    def interpreted_string(self, i: int) -> int:
        src = self.src
        n = len(src)
        j = i + 1
        while True:
            if j >= n:
                self.error(i, "string not terminated")
                break
            c = src[j]
            if c == 0x22:
                j += 1
                break
            if c == 0x0A:
                self.error(j, "newline in string")
                break
            if c == 0x5C:
                j, _ = self.escape(j, 0x22)
                continue
            if c == 0:
                self.error(j, "invalid NUL character")
            elif c >= 0x80:
                r, w = decode_rune(src, j)
                if r < 0:
                    self.error(j, "invalid UTF-8 encoding")
                elif r == 0xFEFF:
                    self.error(j, "invalid BOM in the middle of the file")
                j += w
                continue
            j += 1
        self.add("string", self.text(i, j), i, j)
        return j

    def raw_string(self, i: int) -> int:
        src = self.src
        m = _RAW_STRING_END.search(src, i + 1)
        if m is None:
            self.error(i, "string not terminated")
            j = len(src)
            self.check_text(i + 1, j)
        else:
            j = m.end()
            self.check_text(i + 1, j - 1)
        self.add("string", self.text(i, j), i, j)
        return j

    def rune(self, i: int) -> int:
        src = self.src
        n = len(src)
        j = i + 1
        count = 0
        ok = True
        while True:
            if j >= n:
                if ok:
                    self.error(i, "rune literal not terminated")
                ok = False
                break
            c = src[j]
            if c == 0x27:
                if count == 0 and ok:
                    self.error(j, "empty rune literal or unescaped '")
                    ok = False
                elif count > 1 and ok:
                    self.error(i, "more than one character in rune literal")
                    ok = False
                j += 1
                break
            if c == 0x0A:
                if ok:
                    self.error(j, "newline in rune literal")
                ok = False
                break
            count += 1
            if c == 0x5C:
                j, good = self.escape(j, 0x27)
                ok = ok and good
                continue
            if c == 0:
                self.error(j, "invalid NUL character")
                ok = False
            elif c >= 0x80:
                r, w = decode_rune(src, j)
                if r < 0:
                    self.error(j, "invalid UTF-8 encoding")
                    ok = False
                j += w
                continue
            j += 1
        self.add("char", self.text(i, j), i, j)
        return j


def _quote_rune(r: int) -> str:
    """A character as a Go rune literal, the way gc quotes it in messages: 'g', '\\''."""
    if r < 0:
        return "'\\ufffd'"
    ch = chr(r)
    if ch in "'\\":
        return "'\\" + ch + "'"
    if ch.isprintable():
        return f"'{ch}'"
    named = {7: "a", 8: "b", 12: "f", 10: "n", 13: "r", 9: "t", 11: "v"}
    if r in named:
        return "'\\" + named[r] + "'"
    if r < 0x80:
        return f"'\\x{r:02x}'"
    return f"'\\u{r:04x}'" if r <= 0xFFFF else f"'\\U{r:08x}'"


def _hex_value(d: int) -> int:
    if 0x30 <= d <= 0x39:
        return d - 0x30
    if 0x61 <= d <= 0x66:
        return d - 0x61 + 10
    if 0x41 <= d <= 0x46:
        return d - 0x41 + 10
    return -1


def _misplaced_underscore(lit: str) -> int:
    """Index of the first '_' that does not sit between two digits (a base prefix counts as a
    digit), or -1. An underscore after a non-digit is found where it stands; one followed by a
    non-digit when that non-digit is reached."""
    hexa = lit[1:2] in ("x", "X")
    k0 = 2 if len(lit) >= 2 and lit[0] == "0" and lit[1] in "xXbBoO" else 0
    prev = "digit" if k0 else ""
    for k in range(k0, len(lit)):
        ch = lit[k]
        if ch == "_":
            if prev != "digit":
                return k
            prev = "_"
        elif "0" <= ch <= "9" or (hexa and ch in "abcdefABCDEF"):
            prev = "digit"
        else:
            if prev == "_":
                return k - 1
            prev = ""
    return len(lit) - 1 if prev == "_" else -1


def tokenize(src: bytes) -> tuple[list[Tok], list[tuple[int, int, str, int]]]:
    """The tokens of src (ending with an "EOF" token) and the scanner's problems, as
    (line, col, message, offset)."""
    lx = _Lexer(src)
    lx.run()
    return lx.toks, lx.errors


def unquote(lit: str) -> bytes:
    """The value of a Go string literal, as bytes (a malformed escape is kept as written)."""
    if lit[:1] == "`":
        return lit[1:-1].replace("\r", "").encode()
    body = lit[1:-1]
    if "\\" not in body:
        return body.encode()
    out = bytearray()
    i = 0
    n = len(body)
    simple = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, "'": 39, '"': 34}
    while i < n:
        ch = body[i]
        if ch != "\\" or i + 1 >= n:
            out += ch.encode()
            i += 1
            continue
        e = body[i + 1]
        try:
            i = _unescape(body, i, e, simple, out)
        except ValueError:
            out += ch.encode()
            i += 1
    return bytes(out)


def _unescape(body: str, i: int, e: str, simple: dict[str, int], out: bytearray) -> int:
    """Appends the value of the escape at body[i] (whose letter is e); returns the next index.
    ValueError if it is malformed."""
    if e in simple:
        out.append(simple[e])
        return i + 2
    if e == "x":
        out.append(int(body[i + 2:i + 4], 16))
        return i + 4
    if e in "uU":
        w = 4 if e == "u" else 8
        out += chr(int(body[i + 2:i + 2 + w], 16)).encode("utf-8", "surrogatepass")
        return i + 2 + w
    if e in "01234567":
        out.append(int(body[i + 1:i + 4], 8) & 0xFF)
        return i + 4
    raise ValueError(e)
