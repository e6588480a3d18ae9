"""Go source -> gomem AST (:mod:`gomem.frontend.ast`).

A file goes through three stages:

1. :mod:`gomem.frontend.header`: the package clause and imports, judged the way the go command
   judges them before gc runs (its errors are reported alone, in go/parser's words). Only for
   files that come through the go command (``gomem build``/``run``); for gc alone (``gomem
   tool compile``) stage 2 and the type checker report them in gc's words.
2. :mod:`gomem.frontend.lexer` and :mod:`gomem.frontend.syntaxcheck`: our own tokenizer and
   recognizer for the Go grammar decide whether the file is Go and report gc's syntax errors
   (messages and positions as gc prints them).
3. tree-sitter-go parses the file and :class:`_Converter` turns its concrete syntax tree into
   gomem's AST. Valid forms tree-sitter-go does not accept are rewritten first, on the
   checker's word (syntaxcheck.Result.edits), without moving what the AST refers to: a ';' is
   inserted where Go has an implicit one that tree-sitter-go misses (``var (x int)``, a for
   clause whose second ';' is a newline, a general comment spanning lines) and a ';' or ','
   it chokes on becomes a space (``if ; x {``, ``switch ; {``, ``x++; ; y++``, ``[]int(x,)``).
   Node positions are mapped back to the original text. A malformed literal gc only warns
   about is replaced by a valid one of the same length. Method expressions on type literals
   (``interface{ m() }.m``) stay out of reach: gomem does not support them. Forms gc's
   parser accepts but its type checker rejects and tree-sitter-go cannot parse
   (``[]byte("a", "b")``, ``x.(type)`` outside a type switch, ...) get the type checker's
   message.

tree-sitter-go also reads some valid Go differently from Go (``chan<- chan int``, ``*T(x)``,
``*S[K, V]``, ``a, b ...int``); the converter corrects those.

Positions are gc's: 1-based line, 1-based column counted in bytes. Every node's line/col is
where gc's types2 reports errors about it (``syntax.StartPos``): where the node starts, with
gc's exceptions: a SliceExpr is at its '[', a FuncType (signature) at its '(' (or '['), a
`<-chan T` written in an expression at its `chan`, an elided composite literal type at its
'{', Ellipsis ([...]T) at the '...'; ParenExpr, StarExpr and UnaryExpr start at their '(' or
operator. Errors gc reports elsewhere use the extra positions: BinaryExpr.op_line/op_col
(constant overflow), BlockStmt.rbrace_* (missing return), CompositeLit.rbrace_* (too few
values in struct literal), AssignStmt.tok_line/tok_col (no new variables on left side of :=).
CallExpr.rparen_* is go/types' position for "not enough arguments"; gc's is the last
argument (the call itself when there is none).

Shapes worth knowing (otherwise go/ast's):

- ParenExpr is kept, in expressions and in types; ``*T`` in a type is StarExpr.
- A variadic parameter ``a ...T`` is FieldDecl(names=[a], ftype=T, variadic=True).
- Generic instantiation ``f[int]`` / ``T[K, V]`` is IndexExpr; index is the first argument and
  indices lists all of them when there are two or more. Conversions of generic types and
  calls of generic functions (``f[int](x)``) are CallExpr(fun=IndexExpr(...)).
- Union and tilde constraint terms (``~int | string``) are BinaryExpr('|') and UnaryExpr('~').
- ``[...]T`` is ArrayType(len=Ellipsis()); ``[]T`` is ArrayType(len=None).
- BasicLit.value, FieldDecl.tag: the source text, quotes included (raw strings keep any
  carriage returns; gc drops them when it evaluates the literal).
- ImportSpec.path is the unquoted import path.
- Const specs without '=' are ValueSpec(implicit=True, values=[]): the checker repeats the
  previous spec's expressions. ValueSpec.iota is the spec's index in its group.
- A type switch ``switch x := y.(type)`` is TypeSwitchStmt(bind=x, x=y); its clauses are
  CaseClause(exprs = the types, ``nil`` as Ident). A select's CommClause.comm is SendStmt,
  ExprStmt(UnaryExpr('<-')) or AssignStmt(lhs, '=' | ':=', [UnaryExpr('<-')]).
- An empty labeled statement (``L:`` before ``}``) is LabeledStmt(stmt=EmptyStmt).
"""

from __future__ import annotations

import bisect
import functools
import os
import sys
from typing import Callable

import tree_sitter as _ts
import tree_sitter_go as _tsg

from gomem.frontend import ast
from gomem.frontend import syntaxcheck as _sc
from gomem.frontend.directives import check_directives
from gomem.frontend.header import header_error, unquote_import_path
from gomem.frontend.lexer import LITERALS, Lines, Tok, tokenize

__all__ = ["GoSyntaxError", "parse_file", "read_package_clause"]

_TOO_DEEP = "gomem: source nested too deeply to parse"
_RECURSION_LIMIT = 30000  # deeply nested expressions and types

_LANGUAGE = _ts.Language(_tsg.language())
_PARSER = _ts.Parser(_LANGUAGE)

class GoSyntaxError(Exception):
    """The file does not parse (or gc would report errors while parsing it).

    ``errors`` lists (path, line, col, msg) in the order gc prints them; str() gives gc's
    lines ``path:line:col: msg``.

    ``go_command`` is True for an error in the package clause or the imports: the go command
    finds it (see :mod:`gomem.frontend.header`) before gc runs and prints it alone, without
    the ``# command-line-arguments`` line, naming the file without ``./`` (str() does that).

    ``soft`` is True when none of the errors is a ``syntax error`` (scanner errors such as
    ``newline in string`` or ``invalid character U+0040 '@'``, ``expression in go must not be
    parenthesized``, ``method has multiple receivers``, ...): gc then goes on to type check
    and prints these errors mixed, sorted by position, with the type checker's. ``file`` is
    then the AST gc would check when gomem could build it (None otherwise), so a driver can
    do the same; for hard errors it is None.
    """

    def __init__(self, errors: list[tuple[str, int, int, str]], soft: bool = False,
                 file: ast.File | None = None, go_command: bool = False) -> None:
        self.errors = errors
        self.soft = soft
        self.file = file
        self.go_command = go_command
        if go_command:
            lines = []
            for p, ln, c, m in errors:
                p = p[2:] if p.startswith("./") else p
                lines.append(f"read {os.path.abspath(p)}: {m}" if ln == 0 else f"{p}:{ln}:{c}: {m}")
            super().__init__("\n".join(lines))
        else:
            super().__init__("\n".join(f"{p}:{ln}:{c}: {m}" for p, ln, c, m in errors))


def read_package_clause(path: str, source: bytes) -> str:
    """The package name of a file, read as the go command reads it before compiling (the
    package clause and the imports). Raises GoSyntaxError (go_command) for what it rejects."""
    toks, scan_errors = _scanned(source)
    h = header_error(source, (toks, scan_errors))
    if h is not None:
        p = os.path.abspath(path) if h.absolute else path
        raise GoSyntaxError([(p, h.line, h.col, h.msg)], go_command=True)
    return toks[1].text


# the last file tokenized (the driver reads a file's package clause, then parses it)
_last_scan: list[tuple[bytes, tuple[list[Tok], list[tuple[int, int, str, int]]]]] = []


def _scanned(source: bytes) -> tuple[list[Tok], list[tuple[int, int, str, int]]]:
    if _last_scan and _last_scan[0][0] is source:
        return _last_scan[0][1]
    result = tokenize(source)
    _last_scan[:] = [(source, result)]
    return result


def parse_file(path: str, source: bytes, error_limit: int | None = 10, go_command: bool = True) -> ast.File:
    """Parse one Go source file. Raises GoSyntaxError if gc (or the go command) would report
    errors while parsing it. path is kept in File.path and in the errors. error_limit: gc
    stops after that many errors (None: gc's -e, no limit). go_command: the file comes
    through the go command, which judges its package clause and imports first (else gc
    alone reports what is wrong there)."""
    toks, scan_errors = _scanned(source)
    _last_scan.clear()
    h = header_error(source, (toks, scan_errors)) if go_command else None
    if h is not None:
        p = os.path.abspath(path) if h.absolute else path
        raise GoSyntaxError([(p, h.line, h.col, h.msg)], go_command=True)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _RECURSION_LIMIT))
    try:
        res = _sc.check(toks, bool(scan_errors), path)
        soft = res.soft if res.errors else res.soft + res.late
        directives = check_directives(source, toks)
        soft = soft + directives.early
        errors = [(path,) + e for e in _sc.gc_report([e[:3] for e in scan_errors], res.errors, soft, res.order,
                                                    error_limit)]
        if res.errors:
            raise GoSyntaxError(errors)
        f, problems = _build(path, source, toks, scan_errors, res, bool(errors))
    except RecursionError:
        raise GoSyntaxError([(path, 1, 1, _TOO_DEEP)]) from None
    finally:
        sys.setrecursionlimit(limit)
    if problems:
        hard = [e for e in problems if e[3].startswith("gomem ")]
        if hard:
            raise GoSyntaxError([(path,) + e[1:] for e in hard[:1]])
        errors = sorted(errors + [(path,) + e[1:] for e in problems], key=lambda e: (e[1], e[2]))
    if f is not None:
        f.late_errors = directives.late
        f.linknames = directives.linknames
    if errors:
        raise GoSyntaxError(errors, soft=True, file=f)
    assert f is not None
    return f


# Standard packages' api.go files are parsed at every run that imports them; their trees are
# kept in __pycache__ next to them, as CPython keeps bytecode: keyed by the source's hash and
# by the front end's own files (a changed parser or tree invalidates every cached tree), and
# written only where Python would write bytecode.
_FRONTEND_DIR = os.path.dirname(os.path.abspath(__file__))


@functools.cache
def _frontend_stamp() -> str:
    """The front end's own files, as they are when this process started using them."""
    parts = []
    for name in sorted(os.listdir(_FRONTEND_DIR)):
        if name.endswith(".py"):
            st = os.stat(os.path.join(_FRONTEND_DIR, name))
            parts.append(f"{name}:{st.st_mtime_ns}:{st.st_size}")
    return ";".join(parts)


def parse_std_file(path: str, write_cache: bool | None = None) -> ast.File:
    """parse_file for a standard package's api.go (gomem's own, error-free Go), through a
    cache of parsed trees. write_cache: None writes as CPython writes bytecode (not under
    PYTHONDONTWRITEBYTECODE); True always (warming the cache at install time)."""
    import hashlib
    import pickle
    with open(path, "rb") as fh:
        source = fh.read()
    key = hashlib.sha1(source + _frontend_stamp().encode()).hexdigest()[:16]
    cache = os.path.join(os.path.dirname(path), "__pycache__", f"{os.path.basename(path)}.{key}.pickle")
    try:
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass
    f = parse_file(path, source)
    if write_cache or (write_cache is None and not sys.dont_write_bytecode):
        _write_atomically(cache, pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL))
    return f


def _write_atomically(path: str, data: bytes) -> None:
    """Write a cache file whole or not at all (concurrent runs may race to write it)."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        for old in os.listdir(os.path.dirname(path)):  # trees of older versions of the file
            if old.startswith(os.path.basename(path).rsplit(".", 2)[0] + ".") and old.endswith(".pickle"):
                os.unlink(os.path.join(os.path.dirname(path), old))
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:  # a read-only installation: no cache, as CPython without bytecode
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _build(path: str, source: bytes, toks: list[Tok], scan_errors: list[tuple[int, int, str, int]],
           res: _sc.Result, soft_only: bool) -> tuple[ast.File | None, list[tuple[str, int, int, str]]]:
    """The AST of a file the checker accepted, and problems found on the way: gc's type
    checker's complaints about forms tree-sitter-go cannot parse, or a "gomem does not
    support" error. Problems are (path, line, col, msg). soft_only: gc reports (soft) errors
    in the file anyway, so not having an AST is no problem."""
    notes = res.notes
    placeholders: set[int] = set()
    bad_literals: set[int] = set()
    text = _patch_scanner_errors(source, toks, scan_errors, bad_literals) if scan_errors else source
    inserts: list[int] = []
    root = _PARSER.parse(text).root_node
    if root.has_error:
        text, inserts, placeholders = _rewrite_for_tree_sitter(text, toks, res.edits)
        root = _PARSER.parse(text).root_node
    if root.has_error:
        problems = [(path, nt.line, nt.col, nt.what[4:]) for nt in notes if nt.what.startswith("gc: ")]
        if problems or soft_only:
            return None, problems
        for nt in notes:
            if nt.what == "method expression on a type literal":
                what = " ".join(source[nt.start:nt.end].decode("utf-8", "replace").split())
                if len(what) > 60:
                    what = what[:28] + " … " + what[-28:]
                return None, [(path, nt.line, nt.col,
                               f"gomem does not support method expressions on type literals ({what}) yet")]
        first = _first_error(root)
        lo = _orig_offset(inserts, first.start_byte) if inserts else first.start_byte
        ln, col = Lines(source).pos(lo)
        return None, [(path, ln, col, "gomem does not support this form of Go syntax yet "
                                      "(tree-sitter-go cannot parse it)")]
    conv = _Converter(path, source, inserts, placeholders, bad_literals)
    try:
        return conv.file(root), []
    except _ConvertError as e:
        return None, [(path, e.line, e.col, "gomem does not support this form of Go syntax yet "
                                            f"(unexpected {e.what})")]


def _first_error(n: _ts.Node) -> _ts.Node:
    for c in n.children:
        if c.type == "ERROR" or c.is_missing:
            return c
        if c.has_error:
            return _first_error(c)
    return n


def _patch_scanner_errors(src: bytes, toks: list[Tok], scan_errors: list[tuple[int, int, str, int]],
                          bad_literals: set[int]) -> bytes:
    """A copy of src in which the tokens gc complains about but keeps (a malformed literal, a
    stray character) are replaced, byte for byte, by ones tree-sitter-go accepts. The offsets
    of the malformed literals are added to bad_literals."""
    buf = bytearray(src)
    # (an unterminated comment is left alone: tree-sitter-go copes)
    offsets = sorted(e[3] for e in scan_errors if e[2] != "comment not terminated")
    starts = [t.offset for t in toks]
    for off in offsets:
        i = bisect.bisect_right(starts, off) - 1
        # the token holding the problem (an unterminated literal ends where its error is)
        t = next((u for u in toks[max(i - 1, 0):i + 1]
                  if u.kind != "EOF" and u.offset <= off < u.end + (u.kind in ("string", "char"))), None)
        if t is not None:
            n = t.end - t.offset
            k = t.kind
            if k in LITERALS:
                bad_literals.add(t.offset)
            if k in ("int", "float", "imag"):
                buf[t.offset:t.end] = b"0" * n
            elif k == "string" and n >= 2:
                buf[t.offset:t.end] = b'"' + b" " * (n - 2) + b'"'
            elif k == "char":
                rep = _RUNE_OF_LENGTH.get(n)
                if rep is not None:
                    buf[t.offset:t.end] = rep
            elif k == "name":
                buf[t.offset:t.end] = b"_" * n
        else:
            # a character the scanner skipped, or a bad byte inside a comment
            end = off + 1
            while end < len(src) and 0x80 <= src[end] < 0xC0:
                end += 1
            buf[off:end] = b" " * (end - off)
    return bytes(buf)


_RUNE_OF_LENGTH = {3: b"'a'", 4: b"'\\a'", 5: "'\u20ac'".encode(), 6: b"'\\x00'", 8: b"'\\u0000'",
                   12: b"'\\U00000000'"}


def _rewrite_for_tree_sitter(src: bytes, toks: list[Tok], edits: list[tuple[str, int]]
                             ) -> tuple[bytes, list[int], set[int]]:
    """Applies the checker's edits for valid Go that tree-sitter-go rejects (see
    syntaxcheck.Result.edits), and puts a ';' where a general comment spanning lines ends a
    statement. Returns the text, the offsets (in the new text) of the inserted bytes, and
    those of the inserted placeholder indices."""
    buf = bytearray(src)
    insert_before = [(off, b";") for what, off in edits if what == "insert"]
    insert_before += [(off, b"0") for what, off in edits if what == "index"]
    for what, off in edits:
        if what == "blank" and buf[off:off + 1] not in (b"\n", b"\r"):
            buf[off:off + 1] = b" "
    for t in toks:
        if t.kind == ";" and t.text == "newline" and src[t.offset:t.offset + 1] != b"\n":
            insert_before.append((t.offset, b";"))
    if not insert_before:
        return bytes(buf), [], set()
    out = bytearray()
    inserted = []
    placeholders = set()
    last = 0
    for off, byte in sorted(set(insert_before)):
        out += buf[last:off]
        inserted.append(len(out))
        if byte == b"0":
            placeholders.add(len(out))
        out += byte
        last = off
    out += buf[last:]
    return bytes(out), inserted, placeholders


def _orig_offset(inserted: list[int], q: int) -> int:
    """The offset in the original text of offset q of a text with bytes inserted at the
    (increasing) offsets in inserted."""
    return q - bisect.bisect_left(inserted, q)


_LIT_KINDS = {
    "int_literal": "INT",
    "float_literal": "FLOAT",
    "imaginary_literal": "IMAG",
    "rune_literal": "CHAR",
    "raw_string_literal": "STRING",
    "interpreted_string_literal": "STRING",
}


class _ConvertError(Exception):
    """A tree-sitter node the converter does not expect."""

    def __init__(self, line: int, col: int, what: str) -> None:
        super().__init__(f"{line}:{col}: unexpected {what}")
        self.line = line
        self.col = col
        self.what = what


class _Converter:
    def __init__(self, path: str, source: bytes, inserts: list[int] | None = None,
                 placeholders: set[int] | None = None, bad_literals: set[int] | None = None) -> None:
        self.path = path
        self.src = source
        self.bad_literals = bad_literals or set()  # offsets of literals the scanner reported
        self.placeholders = placeholders or set()  # offsets of placeholder slice indices
        # offsets of bytes inserted into the text tree-sitter parsed (see _rewrite_for_tree_sitter)
        self.inserts = inserts or []
        self.lines = Lines(source) if inserts else None
        self.expr_dispatch: dict[str, Callable[[_ts.Node], ast.Expr]] = {
            "identifier": self.ident,
            "type_identifier": self.ident,
            "field_identifier": self.ident,
            "package_identifier": self.ident,
            "label_name": self.ident,
            "nil": self.ident,
            "true": self.ident,
            "false": self.ident,
            "iota": self.ident,
            "blank_identifier": self.ident,
            "int_literal": self.basic_lit,
            "float_literal": self.basic_lit,
            "imaginary_literal": self.basic_lit,
            "rune_literal": self.basic_lit,
            "raw_string_literal": self.basic_lit,
            "interpreted_string_literal": self.basic_lit,
            "unary_expression": self.unary_expr,
            "binary_expression": self.binary_expr,
            "selector_expression": self.selector_expr,
            "index_expression": self.index_expr,
            "slice_expression": self.slice_expr,
            "call_expression": self.call_expr,
            "type_assertion_expression": self.type_assert_expr,
            "type_conversion_expression": self.conversion_expr,
            "type_instantiation_expression": self.instantiation_expr,
            "composite_literal": self.composite_lit,
            "literal_value": self.elided_composite_lit,
            "func_literal": self.func_lit,
            "parenthesized_expression": self.paren_expr,
            # types
            "parenthesized_type": self.paren_expr,
            "qualified_type": self.qualified_type,
            "generic_type": self.generic_type,
            "pointer_type": self.pointer_type,
            "array_type": self.array_type,
            "implicit_length_array_type": self.implicit_array_type,
            "slice_type": self.slice_type,
            "map_type": self.map_type,
            "channel_type": self.channel_type,
            "function_type": self.function_type,
            "struct_type": self.struct_type,
            "interface_type": self.interface_type,
            "negated_type": self.negated_type,
            "type_elem": self.type_elem,
            "type_constraint": self.type_elem,
        }
        self.stmt_dispatch: dict[str, Callable[[_ts.Node], ast.Stmt]] = {
            "expression_statement": self.expr_stmt,
            "send_statement": self.send_stmt,
            "inc_statement": self.incdec_stmt,
            "dec_statement": self.incdec_stmt,
            "assignment_statement": self.assign_stmt,
            "short_var_declaration": self.assign_stmt,
            "labeled_statement": self.labeled_stmt,
            "return_statement": self.return_stmt,
            "go_statement": self.go_stmt,
            "defer_statement": self.defer_stmt,
            "if_statement": self.if_stmt,
            "for_statement": self.for_stmt,
            "expression_switch_statement": self.switch_stmt,
            "type_switch_statement": self.type_switch_stmt,
            "select_statement": self.select_stmt,
            "fallthrough_statement": self.branch_stmt,
            "break_statement": self.branch_stmt,
            "continue_statement": self.branch_stmt,
            "goto_statement": self.branch_stmt,
            "block": self.block,
            "empty_statement": self.empty_stmt,
            "const_declaration": self.decl_stmt,
            "var_declaration": self.decl_stmt,
            "type_declaration": self.decl_stmt,
        }

    # --- helpers

    def text(self, n: _ts.Node) -> str:
        a, b = n.start_byte, n.end_byte
        if self.inserts:
            a, b = _orig_offset(self.inserts, a), _orig_offset(self.inserts, b)
        return self.src[a:b].decode("utf-8", "surrogateescape")

    def pos(self, n: _ts.Node) -> tuple[int, int]:
        if self.lines is None:
            p = n.start_point
            return p.row + 1, p.column + 1
        return self.lines.pos(_orig_offset(self.inserts, n.start_byte))

    def fail(self, n: _ts.Node, what: str) -> _ConvertError:
        line, col = self.pos(n)
        return _ConvertError(line, col, f"{what} {n.type!r}")

    @staticmethod
    def items(n: _ts.Node) -> list[_ts.Node]:
        """Named children, comments left out."""
        return [c for c in n.named_children if c.type != "comment"]

    # --- file and declarations

    def file(self, root: _ts.Node) -> ast.File:
        f = ast.File(1, 1, path=self.path, source=self.src)
        for c in root.named_children:
            t = c.type
            if t == "comment":
                continue
            if t == "package_clause":
                name = self.items(c)[0]
                f.package = self.ident(name)
                f.line, f.col = self.pos(c)
            elif t == "import_declaration":
                d = self.import_decl(c)
                f.decls.append(d)
                f.imports.extend(d.specs)  # type: ignore[arg-type]
            elif t in ("const_declaration", "var_declaration", "type_declaration"):
                f.decls.append(self.gen_decl(c))
            elif t == "function_declaration" or t == "method_declaration":
                f.decls.append(self.func_decl(c))
            else:
                raise self.fail(c, "top-level")
        return f

    def import_decl(self, n: _ts.Node) -> ast.GenDecl:
        line, col = self.pos(n)
        d = ast.GenDecl(line, col, tok="import")
        for c in self.items(n):
            if c.type == "import_spec":
                d.specs.append(self.import_spec(c))
            else:  # import_spec_list
                for s in self.items(c):
                    d.specs.append(self.import_spec(s))
        return d

    def import_spec(self, n: _ts.Node) -> ast.ImportSpec:
        line, col = self.pos(n)
        name_n = n.child_by_field_name("name")
        path_n = n.child_by_field_name("path")
        assert path_n is not None
        name = None
        if name_n is not None:
            name = ast.Ident(*self.pos(name_n), name=self.text(name_n))
        return ast.ImportSpec(line, col, name=name, path=unquote_import_path(self.text(path_n)),
                              path_line=self.pos(path_n)[0], path_col=self.pos(path_n)[1])

    def gen_decl(self, n: _ts.Node) -> ast.GenDecl:
        line, col = self.pos(n)
        t = n.type
        if t == "const_declaration":
            d = ast.GenDecl(line, col, tok="const")
            specs = [c for c in self.items(n) if c.type == "const_spec"]
            for i, s in enumerate(specs):
                d.specs.append(self.value_spec(s, i, True))
        elif t == "var_declaration":
            d = ast.GenDecl(line, col, tok="var")
            for c in self.items(n):
                if c.type == "var_spec":
                    d.specs.append(self.value_spec(c, 0, False))
                else:  # var_spec_list
                    for s in self.items(c):
                        d.specs.append(self.value_spec(s, 0, False))
        else:
            d = ast.GenDecl(line, col, tok="type")
            for c in self.items(n):
                d.specs.append(self.type_spec(c))
        return d

    def value_spec(self, n: _ts.Node, index: int, is_const: bool) -> ast.ValueSpec:
        line, col = self.pos(n)
        spec = ast.ValueSpec(line, col, iota=index)
        for i, c in enumerate(n.children):
            fname = n.field_name_for_child(i)
            if fname == "name":
                if c.type == "identifier":
                    spec.names.append(self.ident(c))
            elif fname == "type":
                spec.vtype = self.expr(c)
            elif fname == "value":
                spec.values = [self.expr(e) for e in self.items(c)]
        if is_const and not spec.values:
            spec.implicit = True
        return spec

    def type_spec(self, n: _ts.Node) -> ast.TypeSpec:
        line, col = self.pos(n)
        name_n = n.child_by_field_name("name")
        type_n = n.child_by_field_name("type")
        assert name_n is not None and type_n is not None
        spec = ast.TypeSpec(line, col, name=self.ident(name_n), ttype=self.expr(type_n),
                            alias=n.type == "type_alias")
        tp = n.child_by_field_name("type_parameters")
        if tp is not None:
            spec.type_params = self.type_params(tp)
        return spec

    def func_decl(self, n: _ts.Node) -> ast.FuncDecl:
        line, col = self.pos(n)
        name_n = n.child_by_field_name("name")
        assert name_n is not None
        d = ast.FuncDecl(line, col, name=self.ident(name_n))
        recv = n.child_by_field_name("receiver")
        if recv is not None:
            fields = self.params(recv)
            if fields:
                d.recv = fields[0]
        tp = n.child_by_field_name("type_parameters")
        params = n.child_by_field_name("parameters")
        assert params is not None
        # gc positions a signature at its '[' or '(' (the token after 'func' or the name)
        ft = ast.FuncType(*self.pos(tp if tp is not None else params))
        if tp is not None:
            ft.type_params = self.type_params(tp)
        ft.params = self.params(params)
        ft.results = self.results(n.child_by_field_name("result"))
        d.ftype = ft
        body = n.child_by_field_name("body")
        if body is not None:
            d.body = self.block(body)
        return d

    def params(self, n: _ts.Node) -> list[ast.FieldDecl]:
        out = []
        for c in self.items(n):
            line, col = self.pos(c)
            names = []
            ftype = None
            for i, cc in enumerate(c.children):
                fname = c.field_name_for_child(i)
                if fname == "name":
                    if cc.type == "identifier":
                        names.append(self.ident(cc))
                elif fname == "type":
                    ftype = self.expr(cc)
            out.append(ast.FieldDecl(line, col, names=names, ftype=ftype,
                                     variadic=c.type == "variadic_parameter_declaration"))
        if any(f.names for f in out) and not all(f.names for f in out):
            # tree-sitter splits `a, b ...T` into the unnamed "types" a and b and `b ...T`.
            # gc (which accepted the list) groups them: names without types take the type of
            # the next named parameter.
            merged: list[ast.FieldDecl] = []
            pending: list[ast.Ident] = []
            for f in out:
                if not f.names:
                    assert isinstance(f.ftype, ast.Ident)
                    pending.append(f.ftype)
                    continue
                if pending:
                    f.names[:0] = pending
                    f.line, f.col = pending[0].line, pending[0].col
                    pending = []
                merged.append(f)
            out = merged
        return out

    def results(self, n: _ts.Node | None) -> list[ast.FieldDecl]:
        if n is None:
            return []
        if n.type == "parameter_list":
            return self.params(n)
        line, col = self.pos(n)
        return [ast.FieldDecl(line, col, ftype=self.expr(n))]

    def type_params(self, n: _ts.Node) -> list[ast.FieldDecl]:
        out = []
        for c in self.items(n):  # type_parameter_declaration
            line, col = self.pos(c)
            names = []
            ftype = None
            for i, cc in enumerate(c.children):
                fname = c.field_name_for_child(i)
                if fname == "name":
                    if cc.type == "identifier":
                        names.append(self.ident(cc))
                elif fname == "type":
                    ftype = self.expr(cc)
            out.append(ast.FieldDecl(line, col, names=names, ftype=ftype))
        return out

    # --- statements

    def stmt(self, n: _ts.Node) -> ast.Stmt:
        h = self.stmt_dispatch.get(n.type)
        if h is not None:
            return h(n)
        if n.type in self.expr_dispatch:  # an expression used as a simple statement
            x = self.expr(n)
            return ast.ExprStmt(x.line, x.col, x=x)
        raise self.fail(n, "statement")

    def stmt_list(self, nodes: list[_ts.Node]) -> list[ast.Stmt]:
        out: list[ast.Stmt] = []
        for c in nodes:
            t = c.type
            if t == "comment":
                continue
            if t == "statement_list":
                out.extend(self.stmt_list(c.named_children))
            else:
                out.append(self.stmt(c))
        return out

    def block(self, n: _ts.Node) -> ast.BlockStmt:
        line, col = self.pos(n)
        b = ast.BlockStmt(line, col)
        children = n.children
        b.stmts = self.stmt_list(children[1:-1])
        rb = children[-1]
        b.rbrace_line, b.rbrace_col = self.pos(rb)
        return b

    def simple_stmt(self, n: _ts.Node | None) -> ast.Stmt | None:
        if n is None:
            return None
        return self.stmt(n)

    def expr_stmt(self, n: _ts.Node) -> ast.Stmt:
        x = self.expr(self.items(n)[0])
        return ast.ExprStmt(x.line, x.col, x=x)

    def empty_stmt(self, n: _ts.Node) -> ast.Stmt:
        return ast.EmptyStmt(*self.pos(n))

    def send_stmt(self, n: _ts.Node) -> ast.Stmt:
        ch = n.child_by_field_name("channel")
        v = n.child_by_field_name("value")
        assert ch is not None and v is not None
        x = self.expr(ch)
        return ast.SendStmt(x.line, x.col, chan=x, value=self.expr(v))

    def incdec_stmt(self, n: _ts.Node) -> ast.Stmt:
        x = self.expr(self.items(n)[0])
        return ast.IncDecStmt(x.line, x.col, x=x, tok="++" if n.type == "inc_statement" else "--")

    def assign_stmt(self, n: _ts.Node) -> ast.Stmt:
        s = ast.AssignStmt(*self.pos(n))
        for c in n.children:
            t = c.type
            if t == "expression_list":
                if not s.tok:
                    s.lhs = self.expr_list(c)
                else:
                    s.rhs = self.expr_list(c)
            elif t == "comment":
                continue
            elif not c.is_named:
                s.tok = t
                s.tok_line, s.tok_col = self.pos(c)
        s.line, s.col = s.lhs[0].line, s.lhs[0].col
        return s

    def labeled_stmt(self, n: _ts.Node) -> ast.Stmt:
        items = self.items(n)
        label = self.ident(items[0])
        if len(items) > 1:
            st = self.stmt(items[1])
        else:  # `L:` before '}': gc puts the empty statement at the '}'
            nxt = n.next_sibling
            p = n
            while nxt is None or nxt.type == "comment":
                if nxt is None:
                    assert p.parent is not None
                    p = p.parent
                    nxt = p.next_sibling
                else:
                    nxt = nxt.next_sibling
            st = ast.EmptyStmt(*self.pos(nxt))
        return ast.LabeledStmt(label.line, label.col, label=label, stmt=st)

    def return_stmt(self, n: _ts.Node) -> ast.Stmt:
        s = ast.ReturnStmt(*self.pos(n))
        items = self.items(n)
        if items:
            s.results = self.expr_list(items[0])
        return s

    def go_stmt(self, n: _ts.Node) -> ast.Stmt:
        return ast.GoStmt(*self.pos(n), call=self.expr(self.items(n)[0]))

    def defer_stmt(self, n: _ts.Node) -> ast.Stmt:
        return ast.DeferStmt(*self.pos(n), call=self.expr(self.items(n)[0]))

    def branch_stmt(self, n: _ts.Node) -> ast.Stmt:
        s = ast.BranchStmt(*self.pos(n), tok=n.type[:-len("_statement")])
        items = self.items(n)
        if items:
            s.label = self.ident(items[0])
        return s

    def decl_stmt(self, n: _ts.Node) -> ast.Stmt:
        return ast.DeclStmt(*self.pos(n), decl=self.gen_decl(n))

    def if_stmt(self, n: _ts.Node) -> ast.Stmt:
        s = ast.IfStmt(*self.pos(n))
        s.init = self.simple_stmt(n.child_by_field_name("initializer"))
        cond = n.child_by_field_name("condition")
        assert cond is not None
        s.cond = self.expr(cond)
        body = n.child_by_field_name("consequence")
        assert body is not None
        s.body = self.block(body)
        alt = n.child_by_field_name("alternative")
        if alt is not None:
            s.else_ = self.stmt(alt)
        return s

    def for_stmt(self, n: _ts.Node) -> ast.Stmt:
        line, col = self.pos(n)
        body_n = n.child_by_field_name("body")
        assert body_n is not None
        body = self.block(body_n)
        clause = None
        for c in self.items(n):
            if c.id != body_n.id:
                clause = c
                break
        if clause is None:
            return ast.ForStmt(line, col, body=body)
        t = clause.type
        if t == "for_clause":
            s = ast.ForStmt(line, col, body=body)
            s.init = self.simple_stmt(clause.child_by_field_name("initializer"))
            cond = clause.child_by_field_name("condition")
            if cond is not None:
                s.cond = self.expr(cond)
            s.post = self.simple_stmt(clause.child_by_field_name("update"))
            return s
        if t == "range_clause":
            r = ast.RangeStmt(line, col, body=body)
            for c in clause.children:
                ct = c.type
                if ct == "expression_list":
                    lhs = self.expr_list(c)
                    r.key = lhs[0]
                    if len(lhs) > 1:
                        r.value = lhs[1]
                elif ct == "=" or ct == ":=":
                    r.tok = ct
            right = clause.child_by_field_name("right")
            assert right is not None
            r.x = self.expr(right)
            return r
        return ast.ForStmt(line, col, cond=self.expr(clause), body=body)

    def switch_stmt(self, n: _ts.Node) -> ast.Stmt:
        s = ast.SwitchStmt(*self.pos(n))
        s.init = self.simple_stmt(n.child_by_field_name("initializer"))
        v = n.child_by_field_name("value")
        if v is not None:
            s.tag = self.expr(v)
        for c in self.items(n):
            t = c.type
            if t == "expression_case":
                cc = ast.CaseClause(*self.pos(c), exprs=[])
                body: list[_ts.Node] = []
                for i, x in enumerate(c.children):
                    if c.field_name_for_child(i) == "value":
                        cc.exprs = self.expr_list(x)
                    elif x.type == "statement_list":
                        body = x.named_children
                cc.body = self.stmt_list(body)
                s.clauses.append(cc)
            elif t == "default_case":
                s.clauses.append(self.default_case(c))
        return s

    def default_case(self, c: _ts.Node) -> ast.CaseClause:
        cc = ast.CaseClause(*self.pos(c), exprs=None)
        for x in c.named_children:
            if x.type == "statement_list":
                cc.body = self.stmt_list(x.named_children)
        return cc

    def type_switch_stmt(self, n: _ts.Node) -> ast.Stmt:
        s = ast.TypeSwitchStmt(*self.pos(n))
        s.init = self.simple_stmt(n.child_by_field_name("initializer"))
        alias = n.child_by_field_name("alias")
        if alias is not None:
            s.bind = self.ident(self.items(alias)[0])
        v = n.child_by_field_name("value")
        assert v is not None
        s.x = self.expr(v)
        for c in self.items(n):
            t = c.type
            if t == "type_case":
                cc = ast.CaseClause(*self.pos(c), exprs=[])
                assert cc.exprs is not None
                for i, x in enumerate(c.children):
                    if c.field_name_for_child(i) == "type":
                        if x.is_named and x.type != "comment":
                            cc.exprs.append(self.expr(x))
                    elif x.type == "statement_list":
                        cc.body = self.stmt_list(x.named_children)
                s.clauses.append(cc)
            elif t == "default_case":
                s.clauses.append(self.default_case(c))
        return s

    def select_stmt(self, n: _ts.Node) -> ast.Stmt:
        s = ast.SelectStmt(*self.pos(n))
        for c in self.items(n):
            t = c.type
            if t == "communication_case":
                cc = ast.CommClause(*self.pos(c))
                for x in c.named_children:
                    xt = x.type
                    if xt == "send_statement":
                        cc.comm = self.send_stmt(x)
                    elif xt == "receive_statement":
                        cc.comm = self.receive_stmt(x)
                    elif xt == "statement_list":
                        cc.body = self.stmt_list(x.named_children)
                s.clauses.append(cc)
            elif t == "default_case":
                d = self.default_case(c)
                s.clauses.append(ast.CommClause(d.line, d.col, comm=None, body=d.body))
        return s

    def receive_stmt(self, n: _ts.Node) -> ast.Stmt:
        right = n.child_by_field_name("right")
        assert right is not None
        rx = self.expr(right)
        left = n.child_by_field_name("left")
        if left is None:
            return ast.ExprStmt(rx.line, rx.col, x=rx)
        lhs = self.expr_list(left)
        s = ast.AssignStmt(lhs[0].line, lhs[0].col, lhs=lhs, rhs=[rx])
        for c in n.children:
            if c.type == "=" or c.type == ":=":
                s.tok = c.type
                s.tok_line, s.tok_col = self.pos(c)
        return s

    # --- expressions

    def expr(self, n: _ts.Node) -> ast.Expr:
        h = self.expr_dispatch.get(n.type)
        if h is None:
            if n.type in ("new", "make"):
                return self.ident(n)
            raise self.fail(n, "expression")
        return h(n)

    def expr_list(self, n: _ts.Node) -> list[ast.Expr]:
        return [self.expr(c) for c in n.named_children if c.type != "comment"]

    def ident(self, n: _ts.Node) -> ast.Expr:
        return ast.Ident(*self.pos(n), name=self.text(n))

    def basic_lit(self, n: _ts.Node) -> ast.Expr:
        start = _orig_offset(self.inserts, n.start_byte) if self.inserts else n.start_byte
        return ast.BasicLit(*self.pos(n), kind=_LIT_KINDS[n.type], value=self.text(n),
                            bad=start in self.bad_literals)

    def unary_expr(self, n: _ts.Node) -> ast.Expr:
        op_n = n.child_by_field_name("operator")
        x_n = n.child_by_field_name("operand")
        assert op_n is not None and x_n is not None
        line, col = self.pos(n)
        op = op_n.type
        if op == "*":
            return ast.StarExpr(line, col, x=self.expr(x_n))
        return ast.UnaryExpr(line, col, op=op, x=self.expr(x_n))

    def binary_expr(self, n: _ts.Node) -> ast.Expr:
        left = n.child_by_field_name("left")
        op_n = n.child_by_field_name("operator")
        right = n.child_by_field_name("right")
        assert left is not None and op_n is not None and right is not None
        x = self.expr(left)
        op_line, op_col = self.pos(op_n)
        return ast.BinaryExpr(x.line, x.col, op=op_n.type, x=x, y=self.expr(right),
                              op_line=op_line, op_col=op_col)

    def selector_expr(self, n: _ts.Node) -> ast.Expr:
        x_n = n.child_by_field_name("operand")
        f_n = n.child_by_field_name("field")
        assert x_n is not None and f_n is not None
        x = self.expr(x_n)
        sel = self.ident(f_n)
        assert isinstance(sel, ast.Ident)
        return ast.SelectorExpr(x.line, x.col, x=x, sel=sel)

    def qualified_type(self, n: _ts.Node) -> ast.Expr:
        pkg = n.child_by_field_name("package")
        name = n.child_by_field_name("name")
        assert pkg is not None and name is not None
        x = self.ident(pkg)
        sel = self.ident(name)
        assert isinstance(sel, ast.Ident)
        return ast.SelectorExpr(x.line, x.col, x=x, sel=sel)

    def index_expr(self, n: _ts.Node) -> ast.Expr:
        x_n = n.child_by_field_name("operand")
        i_n = n.child_by_field_name("index")
        assert x_n is not None and i_n is not None
        x = self.expr(x_n)
        return ast.IndexExpr(x.line, x.col, x=x, index=self.expr(i_n))

    def _instance(self, x: ast.Expr, args: list[ast.Expr]) -> ast.IndexExpr:
        e = ast.IndexExpr(x.line, x.col, x=x, index=args[0])
        if len(args) > 1:
            e.indices = args
        return e

    def instantiation_expr(self, n: _ts.Node) -> ast.Expr:
        t_n = n.child_by_field_name("type")
        assert t_n is not None
        args = [self.expr(c) for c in self.items(n) if c.id != t_n.id]
        if t_n.type == "pointer_type":  # tree-sitter reads *S[K, V] as (*S)[K, V]
            inner = self.items(t_n)[0]
            return ast.StarExpr(*self.pos(t_n), x=self._instance(self.expr(inner), args))
        return self._instance(self.expr(t_n), args)

    def generic_type(self, n: _ts.Node) -> ast.Expr:
        t_n = n.child_by_field_name("type")
        a_n = n.child_by_field_name("type_arguments")
        assert t_n is not None and a_n is not None
        return self._instance(self.expr(t_n), [self.expr(c) for c in self.items(a_n)])

    def slice_expr(self, n: _ts.Node) -> ast.Expr:
        x_n = n.child_by_field_name("operand")
        assert x_n is not None
        x = self.expr(x_n)
        e = ast.SliceExpr(x.line, x.col, x=x)
        colons = 0
        for i, c in enumerate(n.children):
            fname = n.field_name_for_child(i)
            if c.start_byte in self.placeholders:
                # an index gc reports missing (see _rewrite_for_tree_sitter): a BadExpr, at
                # the ':' or ']' that follows, as in gc's syntax tree
                bad = ast.BadExpr(*self.pos(c))
                if fname == "end":
                    e.high = bad
                else:
                    e.max = bad
                continue
            if c.type == "[" and fname is None:
                # gc's syntax.StartPos has no case for SliceExpr: errors about s[i:j] are
                # reported at its '['.
                e.line, e.col = self.pos(c)
            elif fname == "start":
                e.low = self.expr(c)
            elif fname == "end":
                e.high = self.expr(c)
            elif fname == "capacity":
                e.max = self.expr(c)
            elif c.type == ":":
                colons += 1
        e.slice3 = colons == 2
        return e

    def call_expr(self, n: _ts.Node) -> ast.Expr:
        f_n = n.child_by_field_name("function")
        a_n = n.child_by_field_name("arguments")
        assert f_n is not None and a_n is not None
        fun = self.expr(f_n)
        targs = n.child_by_field_name("type_arguments")
        if targs is not None:
            fun = self._instance(fun, [self.expr(c) for c in self.items(targs)])
        e = ast.CallExpr(fun.line, fun.col, fun=fun)
        for c in a_n.named_children:
            t = c.type
            if t == "comment":
                continue
            if t == "variadic_argument":
                e.has_ellipsis = True
                c = self.items(c)[0]
            e.args.append(self.expr(c))
        e.rparen_line, e.rparen_col = self.pos(a_n.children[-1])
        return e

    def conversion_expr(self, n: _ts.Node) -> ast.Expr:
        t_n = n.child_by_field_name("type")
        x_n = n.child_by_field_name("operand")
        assert t_n is not None and x_n is not None
        # (a placeholder stands for a missing argument: see _rewrite_for_tree_sitter)
        arg = None if x_n.start_byte in self.placeholders else self.expr(x_n)
        return self.conversion(t_n, arg, self.pos(n.children[-1]))

    def conversion(self, t_n: _ts.Node, arg: ast.Expr | None, rparen: tuple[int, int]) -> ast.Expr:
        # tree-sitter reads *T(x) and <-chan T(x) as conversions to *T and <-chan T; Go reads
        # them as *(T(x)) and <-(chan T(x)).
        if t_n.type == "pointer_type":
            inner = self.items(t_n)[0]
            return ast.StarExpr(*self.pos(t_n), x=self.conversion(inner, arg, rparen))
        if t_n.type == "channel_type" and t_n.children[0].type == "<-":
            inner = t_n.children[1]  # the 'chan' token: the rest is `chan T`
            v = t_n.child_by_field_name("value")
            assert v is not None
            ct = self.plain_chan(self.pos(inner), v)
            call = ast.CallExpr(ct.line, ct.col, fun=ct, args=[arg] if arg is not None else [])
            call.rparen_line, call.rparen_col = rparen
            return ast.UnaryExpr(*self.pos(t_n), op="<-", x=call)
        fun = self.expr(t_n)
        e = ast.CallExpr(fun.line, fun.col, fun=fun, args=[arg] if arg is not None else [])
        e.rparen_line, e.rparen_col = rparen
        return e

    def type_assert_expr(self, n: _ts.Node) -> ast.Expr:
        x_n = n.child_by_field_name("operand")
        t_n = n.child_by_field_name("type")
        assert x_n is not None and t_n is not None
        x = self.expr(x_n)
        return ast.TypeAssertExpr(x.line, x.col, x=x, atype=self.expr(t_n))

    def paren_expr(self, n: _ts.Node) -> ast.Expr:
        return ast.ParenExpr(*self.pos(n), x=self.expr(self.items(n)[0]))

    def composite_lit(self, n: _ts.Node) -> ast.Expr:
        t_n = n.child_by_field_name("type")
        b_n = n.child_by_field_name("body")
        assert t_n is not None and b_n is not None
        ctype = self.expr(t_n)
        e = self.elided_composite_lit(b_n)
        e.line, e.col = ctype.line, ctype.col
        e.ctype = ctype
        return e

    def elided_composite_lit(self, n: _ts.Node) -> ast.CompositeLit:
        line, col = self.pos(n)
        e = ast.CompositeLit(line, col, lbrace_line=line)
        e.lbrace_col = col
        elts = e.elts
        for c in n.named_children:
            t = c.type
            if t == "literal_element":
                elts.append(self.expr(self.items(c)[0]))
            elif t == "keyed_element":
                k_n, v_n = self.items(c)
                k = self.expr(self.items(k_n)[0])
                v = self.expr(self.items(v_n)[0])
                elts.append(ast.KeyValueExpr(k.line, k.col, key=k, value=v))
        e.rbrace_line, e.rbrace_col = self.pos(n.children[-1])
        return e

    def func_lit(self, n: _ts.Node) -> ast.Expr:
        line, col = self.pos(n)
        params = n.child_by_field_name("parameters")
        body = n.child_by_field_name("body")
        assert params is not None and body is not None
        ft = ast.FuncType(*self.pos(params), params=self.params(params),
                          results=self.results(n.child_by_field_name("result")))
        return ast.FuncLit(line, col, ftype=ft, body=self.block(body))

    def function_type(self, n: _ts.Node) -> ast.Expr:
        params = n.child_by_field_name("parameters")
        assert params is not None
        return ast.FuncType(*self.pos(params), params=self.params(params),
                            results=self.results(n.child_by_field_name("result")))

    def pointer_type(self, n: _ts.Node) -> ast.Expr:
        return ast.StarExpr(*self.pos(n), x=self.expr(self.items(n)[0]))

    def negated_type(self, n: _ts.Node) -> ast.Expr:
        return ast.UnaryExpr(*self.pos(n), op="~", x=self.expr(self.items(n)[0]))

    def type_elem(self, n: _ts.Node) -> ast.Expr:
        x: ast.Expr | None = None
        op_pos = (0, 0)
        for c in n.children:
            t = c.type
            if t == "|":
                op_pos = self.pos(c)
            elif t == "comment":
                continue
            elif x is None:
                x = self.expr(c)
            else:
                y = self.expr(c)
                x = ast.BinaryExpr(x.line, x.col, op="|", x=x, y=y, op_line=op_pos[0], op_col=op_pos[1])
        assert x is not None
        return x

    def array_type(self, n: _ts.Node) -> ast.Expr:
        ln = n.child_by_field_name("length")
        el = n.child_by_field_name("element")
        assert ln is not None and el is not None
        return ast.ArrayType(*self.pos(n), len=self.expr(ln), elt=self.expr(el))

    def implicit_array_type(self, n: _ts.Node) -> ast.Expr:
        el = n.child_by_field_name("element")
        assert el is not None
        dots = [c for c in n.children if c.type == "..."][0]
        return ast.ArrayType(*self.pos(n), len=ast.Ellipsis(*self.pos(dots)), elt=self.expr(el))

    def slice_type(self, n: _ts.Node) -> ast.Expr:
        el = n.child_by_field_name("element")
        assert el is not None
        return ast.ArrayType(*self.pos(n), len=None, elt=self.expr(el))

    def map_type(self, n: _ts.Node) -> ast.Expr:
        k = n.child_by_field_name("key")
        v = n.child_by_field_name("value")
        assert k is not None and v is not None
        return ast.MapType(*self.pos(n), key=self.expr(k), value=self.expr(v))

    def channel_type(self, n: _ts.Node) -> ast.Expr:
        v = n.child_by_field_name("value")
        assert v is not None
        first, second = n.children[0].type, n.children[1].type
        if first == "<-":
            pos = self.pos(n)
            if _in_expression_context(n):
                # gc parses `<-chan T` in an expression as the operator <- applied to the type
                # `chan T` and positions the result at `chan`
                pos = self.pos(n.children[1])
            return ast.ChanType(*pos, dir=2, value=self.expr(v))  # types.ChanDir.RECV
        if second == "<-":
            return ast.ChanType(*self.pos(n), dir=1, value=self.expr(v))  # types.ChanDir.SEND
        return self.plain_chan(self.pos(n), v)

    def plain_chan(self, pos: tuple[int, int], v: _ts.Node) -> ast.Expr:
        """``chan V``. tree-sitter reads ``chan <-chan T`` as chan (<-chan T); Go's <- binds
        to the leftmost chan: it is chan<- (chan T)."""
        if v.type == "channel_type" and v.children[0].type == "<-":
            inner_chan = v.children[1]
            vv = v.child_by_field_name("value")
            assert vv is not None
            return ast.ChanType(*pos, dir=1, value=self.plain_chan(self.pos(inner_chan), vv))
        return ast.ChanType(*pos, dir=0, value=self.expr(v))

    def struct_type(self, n: _ts.Node) -> ast.Expr:
        st = ast.StructType(*self.pos(n))
        lst = self.items(n)[0]  # field_declaration_list
        for fd in self.items(lst):
            line, col = self.pos(fd)
            f = ast.FieldDecl(line, col)
            star = None
            for i, c in enumerate(fd.children):
                fname = fd.field_name_for_child(i)
                if fname == "name":
                    if c.type == "field_identifier":
                        f.names.append(self.ident(c))  # type: ignore[arg-type]
                elif fname == "type":
                    f.ftype = self.expr(c)
                elif fname == "tag":
                    f.tag = self.text(c)
                elif c.type == "*":
                    star = c
            if star is not None:
                f.ftype = ast.StarExpr(*self.pos(star), x=f.ftype)
            st.fields.append(f)
        return st

    def interface_type(self, n: _ts.Node) -> ast.Expr:
        it = ast.InterfaceType(*self.pos(n))
        for c in self.items(n):
            line, col = self.pos(c)
            if c.type == "method_elem":
                name_n = c.child_by_field_name("name")
                params = c.child_by_field_name("parameters")
                assert name_n is not None and params is not None
                name = self.ident(name_n)
                assert isinstance(name, ast.Ident)
                ft = ast.FuncType(*self.pos(params), params=self.params(params),
                                  results=self.results(c.child_by_field_name("result")))
                it.elems.append(ast.InterfaceElem(line, col, name=name, ftype=ft))
            else:  # type_elem
                terms = [x for x in self.items(c)]
                is_union = len(terms) > 1 or terms[0].type == "negated_type"
                it.elems.append(ast.InterfaceElem(line, col, ftype=self.type_elem(c), is_union=is_union))
        return it


_EXPR_PARENTS = frozenset(["argument_list", "type_conversion_expression", "type_case", "literal_element",
                           "expression_list", "parenthesized_expression", "keyed_element"])


def _in_expression_context(n: _ts.Node) -> bool:
    p = n.parent
    if p is not None and p.type == "channel_type" and p.children[0].type == "<-":
        return _in_expression_context(p)  # <-chan <-chan T: gc's <- loop goes down the chain
    while p is not None and p.type == "parenthesized_type":
        p = p.parent
    return p is not None and p.type in _EXPR_PARENTS

