"""The errors ``go build`` / ``go run`` report before the compiler runs: a broken package
clause or import declarations.

The go command reads the header of every file (the package clause and the imports) to find
its imports. When that header does not parse it prints one error, with go/parser's wording
("expected 'package', found 'func'", "missing import path", "string literal not terminated",
...), and gc never runs. Observed behaviour this module reproduces:

- The header ends before the first token that does not continue the import declarations
  (``import "a" "b"`` ends after ``"a"``: gc reports the rest). When the import declarations
  are malformed in a way a quick scan notices (a spec without a path, an unclosed group), the
  whole file is parsed instead, which only matters for where the error is found.
- Token descriptions follow go/parser: ``'func'``, ``'EOF'``, ``','``, ``newline``, and the
  text of a name or literal.
- go/token does not record a line that starts at the very end of the file, so an error at the
  end of a file ending in a newline is reported at the end of its last line.
"""

from __future__ import annotations

from gomem.frontend.lexer import LITERALS, Tok, char_text, decode_rune, tokenize, unquote

__all__ = ["header_error", "HeaderError", "unquote_import_path"]


class HeaderError:
    """One error: ``line == 0`` means a read error (``read <abs path>: msg``); ``absolute``
    means the go command names the file by its absolute path."""

    def __init__(self, line: int, col: int, msg: str, absolute: bool = False) -> None:
        self.line = line
        self.col = col
        self.msg = msg
        self.absolute = absolute


# gc's scanner messages -> go/scanner's
_SCANNER_WORDING = [
    ("invalid character ", "illegal character "),
    ("unknown escape", "unknown escape sequence"),
    ("invalid NUL character", "illegal character NUL"),
    ("invalid BOM in the middle of the file", "illegal byte order mark"),
    ("invalid UTF-8 encoding", "illegal UTF-8 encoding"),
]

_BAD_PATH_CHARS = frozenset('!"#$%&\'()*,:;<=>?[\\]^`{|}\x7f\ufffd')


class _Bail(Exception):
    pass


def _header_end(toks: list[Tok], skipped: list[int], size: int) -> tuple[int, int]:
    """Where the go command's quick scan of the package clause and imports stops: the index
    of the first token after them and the offset where the header ends (before that token,
    or at a stray character in between). (-1, size) when the scan finds the imports malformed:
    the whole file is then parsed."""
    n = len(toks)

    def kind(j: int) -> str:
        return toks[j].kind if j < n else "EOF"

    def stray_before(j: int) -> int:
        """Offset of a stray character between the token before toks[j] and toks[j], or -1."""
        lo = toks[j - 1].end if j > 0 else 0
        hi = toks[j].offset if j < n else size
        for off in skipped:
            if lo <= off < hi:
                return off
        return -1

    def spec(j: int) -> int:
        if kind(j) in ("name", "."):
            if stray_before(j + 1) >= 0:
                return -1
            j += 1
        if kind(j) != "string":
            return -1
        return j + 1

    if kind(0) != "package" or kind(1) != "name" or stray_before(1) >= 0:
        return -1, size
    i = 2
    while True:
        while kind(i) == ";" and toks[i].text == ";" or kind(i) == ";" and stray_before(i) < 0:
            i += 1
        stray = stray_before(i)
        if stray >= 0:
            return i, stray
        if kind(i) != "import":
            return i, toks[i].offset if i < n else size
        i += 1
        if stray_before(i) >= 0:
            return -1, size
        if kind(i) == "(":
            i += 1
            while True:
                while kind(i) == ";":
                    i += 1
                if stray_before(i) >= 0:
                    return -1, size
                if kind(i) == ")":
                    i += 1
                    break
                i = spec(i)
                if i < 0:
                    return -1, size
        else:
            i = spec(i)
            if i < 0:
                return -1, size


def _found(t: Tok) -> str:
    k = t.kind
    if k == ";" and t.text == "newline":
        return "newline"
    if k == "name" or k in LITERALS:
        return t.text
    if k == "EOF" or (k == ";" and t.text == "EOF"):
        return "';'" if k == ";" else "'EOF'"
    return f"'{k}'"


def _bad_path(path: str) -> bool:
    return path == "" or any(ord(ch) < 0x21 or ch in _BAD_PATH_CHARS for ch in path)


def header_error(source: bytes, scanned: tuple[list[Tok], list[tuple[int, int, str, int]]] | None = None
                 ) -> HeaderError | None:
    """The error the go command reports for this file's header, or None. scanned: the file's
    tokens and scanner errors (lexer.tokenize), when already at hand."""
    toks, scan_errors = scanned or tokenize(source)
    skipped = [e[3] for e in scan_errors if e[2].startswith(("invalid character U+", "invalid BOM"))
               and not e[2].endswith("identifier")]
    end, limit = _header_end(toks, skipped, len(source))
    if end < 0:
        toks_used = toks
    else:
        toks_used = toks[:end]
        eof_at = limit
        lines = toks[0].lines
        toks_used.append(Tok("EOF", "EOF", eof_at, eof_at, lines))
        # go/scanner puts a semicolon before the end if the header's last token wants one
        if len(toks_used) >= 2 and toks_used[-2].kind in ("name", "string", ")"):
            toks_used.insert(-1, Tok(";", "EOF", eof_at, eof_at, lines))
    if b"\x00" in source[:limit]:
        return HeaderError(0, 0, "unexpected NUL in input")
    errors: list[HeaderError] = []
    strings = [t for t in toks_used if t.kind == "string"]
    for ln, col, msg, off in scan_errors:
        if off >= limit:
            continue
        lit = next((t for t in strings if t.offset <= off <= t.end), None)
        if lit is not None and msg in ("newline in string", "string not terminated"):
            # go/scanner reports an unterminated literal at its start
            what = "raw string literal" if lit.text[0] == "`" else "string literal"
            errors.append(HeaderError(lit.line, lit.col, what + " not terminated"))
            continue
        if msg.startswith("invalid character '") and msg.endswith(" escape"):
            r = decode_rune(source, off)[0]
            msg = f"illegal character {char_text(r)} in escape sequence"
        elif msg.startswith(("escape is invalid Unicode code point", "octal escape value")):
            # go/scanner names the escape (just after its backslash)
            ln, col = _line_col(source, source.rfind(b"\\", 0, off) + 1)
            msg = "escape sequence is invalid Unicode code point"
        for old, new in _SCANNER_WORDING:
            if msg.startswith(old):
                msg = new + msg[len(old):]
                break
        errors.append(HeaderError(ln, col, msg))
    p = _Parser(toks_used, source)
    try:
        p.file()
    except _Bail:
        pass
    errors.extend(p.errors)
    if not errors and p.bad_paths:
        errors.append(p.bad_paths[0])  # (the go command checks paths once the header parses)
    if not errors:
        return None
    errors.sort(key=lambda e: (e.line, e.col))
    e = errors[0]
    if e.line and not e.absolute:
        e.line, e.col = _go_position(source, e.line, e.col)
    return e


def _line_col(src: bytes, offset: int) -> tuple[int, int]:
    line = src.count(b"\n", 0, offset) + 1
    return line, offset - (src.rfind(b"\n", 0, offset) + 1) + 1


def _offset_of(src: bytes, line: int, col: int) -> int:
    off = 0
    for _ in range(line - 1):
        off = src.index(b"\n", off) + 1
    return off + col - 1


def _go_position(src: bytes, line: int, col: int) -> tuple[int, int]:
    """go/token's position for gc's (line, col): the same, except at the very end of a file
    that ends with a newline (no line starts there for go/token)."""
    if src.endswith(b"\n") and _offset_of(src, line, col) >= len(src) and line > 1:
        prev_start = src.rfind(b"\n", 0, len(src) - 1) + 1
        return line - 1, len(src) - prev_start + 1
    return line, col


class _Parser:
    """go/parser's view of the package clause and import declarations (first error only)."""

    def __init__(self, toks: list[Tok], src: bytes) -> None:
        self.toks = toks
        self.i = 0
        self.src = src
        self.errors: list[HeaderError] = []
        self.bad_paths: list[HeaderError] = []

    @property
    def t(self) -> Tok:
        return self.toks[min(self.i, len(self.toks) - 1)]

    def next(self) -> None:
        self.i += 1

    def fail(self, t: Tok, msg: str, absolute: bool = False) -> None:
        self.errors.append(HeaderError(t.line, t.col, msg, absolute))
        raise _Bail

    def expect(self, kind: str, name: str) -> None:
        t = self.t
        if t.kind != kind:
            self.fail(t, f"expected {name}, found {_found(t)}")
        self.next()

    def semi(self) -> None:
        t = self.t
        if t.kind == "EOF":
            return
        if t.kind != ";":
            self.fail(t, f"expected ';', found {_found(t)}")
        self.next()

    def file(self) -> None:
        self.expect("package", "'package'")
        self.expect("name", "'IDENT'")
        self.semi()
        while self.t.kind == "import":
            self.next()
            if self.t.kind == "(":
                self.next()
                while self.t.kind not in (")", "EOF"):
                    self.spec()
                    if self.t.kind != ")":
                        self.semi()
                self.expect(")", "')'")
            else:
                self.spec()
            self.semi()

    def spec(self) -> None:
        start = self.t
        if self.t.kind in ("name", "."):
            self.next()
        t = self.t
        if t.kind == "string":
            path = _unquote(t.text)
            if _bad_path(path):
                self.bad_paths.append(HeaderError(start.line, start.col, "invalid import path: " + path, True))
            elif path in (".", "..") or path.startswith(("./", "../")):
                self.bad_paths.append(HeaderError(start.line, start.col, f'"{path}" is relative, but relative '
                                                  "import paths are not supported in module mode"))
            elif path.startswith("/"):
                self.bad_paths.append(HeaderError(start.line, start.col,
                                                  f'"{path}" is not a package path; see \'go help packages\''))
            else:
                why = malformed_import_path(path)
                if why:
                    self.bad_paths.append(HeaderError(start.line, start.col,
                                                      f'malformed import path "{path}": {why}'))
            self.next()
        elif t.kind in LITERALS:
            self.fail(t, "import path must be a string")
        else:
            self.fail(t, "missing import path")


_WINDOWS_RESERVED = frozenset(["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(1, 10)]
                              + [f"lpt{i}" for i in range(1, 10)])


def malformed_import_path(path: str) -> str:
    """Why the go command (in module mode) rejects an import path made of valid characters,
    or "" if it does not: the rules of module paths, with '+' allowed."""
    if path.startswith("-"):
        return "leading dash"
    if "//" in path:
        return "double slash"
    if path.endswith("/"):
        return "trailing slash"
    for elem in path.split("/"):
        if elem.strip(".") == "":
            return f'invalid path element "{elem}"'
        if elem.endswith("."):
            return "trailing dot in path element"
        for ch in elem:
            if not (ch.isascii() and (ch.isalnum() or ch in "-._~+")):
                return f"invalid char '{ch}'"
        short = elem.split(".", 1)[0]
        if short.lower() in _WINDOWS_RESERVED:
            return f'"{short}" disallowed as path element component on Windows'
        tilde = short.rfind("~")
        if 0 <= tilde < len(short) - 1 and short[tilde + 1:].isdigit():
            return "trailing tilde and digits in path element"
    return ""


def _unquote(lit: str) -> str:
    return unquote(lit).decode("utf-8", "replace")


def unquote_import_path(lit: str) -> str:
    """ImportSpec.path: the import path a (well-formed) string literal spells."""
    return _unquote(lit)
