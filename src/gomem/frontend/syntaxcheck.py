"""Finds the syntax errors gc reports in a Go file, with gc's messages and positions.

tree-sitter-go builds gomem's AST, but it is not a judge of what is Go: it accepts statements
at top level or a missing comma before a newline, and its error recovery says little about
where gc would stop. So every file first goes through this checker: a recognizer for the
grammar of the Go specification over the tokens of :mod:`gomem.frontend.lexer` (which does
the semicolon insertion). It builds nothing; it decides whether the token sequence is Go and,
when it is not, reports what gc reports. The message texts and positions are observed gc
behaviour (``go tool compile`` on small broken programs): for instance a missing comma in a
call is "unexpected literal 2 in argument list; possibly missing comma or )" at the
unexpected token, a condition missing after an if's init statement is reported at the
semicolon, and a brace on the line after a function header is "unexpected semicolon or
newline before {" at the brace.

Besides syntax errors proper (``syntax error: ...``), gc's parser reports a few problems
without stopping the compilation ("expression in defer must not be parenthesized", "method has
multiple receivers", "middle index required in 3-index slice", ...). They come back separately
as ``soft`` errors.

After an error the checker goes on, so that later errors are reported too (gc drops a syntax
error on the same line as the one reported just before it, and stops after ten errors; see
:func:`gc_report`). Where it resumes is our own policy, tuned to agree with gc on the second
errors of common mistakes:

- a missing operand is skipped over, up to a closing bracket or a keyword that starts a
  statement, and the enclosing expression goes on;
- a missing ')' of a parenthesized expression, or ';' in a for header, costs the unexpected
  token, and parsing goes on as if it had been there;
- a malformed bracketed list (arguments, composite literal elements, parameters, fields,
  grouped specs) ends at the next closing bracket;
- a header (if, for, switch, select) without its '{' goes on with the body;
- otherwise the statement is abandoned up to the next ';', '}' or statement keyword, and a
  top-level declaration up to the next declaration keyword.
"""

from __future__ import annotations

from gomem.frontend.lexer import LITERALS, Tok, describe

__all__ = ["check", "Result", "Note", "gc_report"]

_BINARY_PREC = {
    "||": 1, "&&": 2,
    "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
    "+": 4, "-": 4, "|": 4, "^": 4,
    "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5,
}
_UNARY = frozenset(["+", "-", "!", "^", "*", "&", "<-", "~"])
_ASSIGN_OPS = frozenset(["+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^="])
_TYPE_START = frozenset(["name", "[", "struct", "interface", "*", "func", "map", "chan", "<-", "("])
_DECL_START = frozenset(["const", "type", "var", "func", "import"])
_EXPR_START = frozenset(["name", "int", "float", "imag", "char", "string", "(", "[", "func", "struct",
                         "map", "chan", "interface", "+", "-", "!", "^", "*", "&", "<-", "~"])
# where skipping over a missing operand stops
_OPERAND_STOP = frozenset([")", "]", "}", "EOF", "break", "const", "continue", "defer", "fallthrough", "for",
                           "go", "goto", "if", "return", "select", "switch", "type", "var", "func", "import",
                           "case", "default"])
_STMT_RESUME = frozenset([";", "}", "EOF", "case", "default", "break", "const", "continue", "defer",
                          "fallthrough", "for", "go", "goto", "if", "return", "select", "switch", "type", "var"])
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
_WANT_SEMI = "semicolon or newline"


class _Bail(Exception):
    """Raised after reporting a syntax error: the enclosing construct resynchronizes."""


class X:
    """What the checker remembers about an expression (or type): its form, its first and
    last tokens (token indices, end exclusive) and, for some forms, a part."""

    __slots__ = ("form", "start", "end", "inner")

    def __init__(self, form: str, start: int, end: int, inner: X | None = None) -> None:
        self.form = form
        self.start = start
        self.end = end
        self.inner = inner


# forms of X that are type literals (a composite literal may follow the first four)
_TYPE_LITS = frozenset(["array", "slice", "map", "struct", "chan", "func-type", "interface", "pointer-type"])


class S:
    """A simple statement: its form ("expr", "assign", "define", "opassign", "incdec",
    "send", "range", "decl"), its two sides, its operator token and first token."""

    __slots__ = ("form", "lhs", "rhs", "op", "start")

    def __init__(self, form: str, lhs: list[X], rhs: list[X], op: int, start: int) -> None:
        self.form = form
        self.lhs = lhs
        self.rhs = rhs
        self.op = op
        self.start = start


class Note:
    """A construct the AST builder may need to know about (see parser.py): what, and its
    extent (byte offsets) and position."""

    __slots__ = ("what", "start", "end", "line", "col")

    def __init__(self, what: str, start: Tok, end: Tok, at: Tok | None = None) -> None:
        self.what = what
        self.start = start.offset
        self.end = end.end
        at = at or start
        self.line = at.line
        self.col = at.col


class Result:
    """errors: ``syntax error: ...`` (line, col, msg) in the order found; soft: the other
    parser complaints; late: complaints of gc's type checker about forms gomem's AST cannot
    represent (they count only when there is no syntax error); notes: see :class:`Note`."""

    def __init__(self) -> None:
        self.errors: list[tuple[int, int, str]] = []
        self.soft: list[tuple[int, int, str]] = []
        self.order: dict[tuple[int, int, str], int] = {}  # error -> when it was found
        self.late: list[tuple[int, int, str]] = []
        self.notes: list[Note] = []
        # changes that let tree-sitter-go parse valid Go it rejects: ("insert", offset) puts a
        # ';' before offset, ("blank", offset) turns the byte at offset into a space (a ';',
        # or the extra arguments of a conversion); and one for a form gc reports but goes on
        # after: ("index", offset) puts a placeholder before offset (a 3-index slice missing an
        # index, a conversion missing its argument: the AST then leaves it out)
        self.edits: list[tuple[str, int]] = []


class _Labels:
    """The labels and labeled branches of one function body, in source order, for gc's label
    checks in a file with syntax errors (then the type checker, which does them otherwise,
    does not run; gc's parser checks each body that has no error of its own)."""

    def __init__(self) -> None:
        self.defined: dict[str, Tok] = {}  # first definition of each name
        self.dups: list[tuple[Tok, Tok]] = []  # (repeated definition, first one)
        self.used: set[str] = set()
        self.branches: list[tuple[str, Tok]] = []  # ("goto" | "break" | "continue", label)

    def define(self, t: Tok) -> None:
        if t.text == "_":  # (the blank label declares nothing)
            return
        first = self.defined.setdefault(t.text, t)
        if first is not t:
            self.dups.append((t, first))

    def branch(self, kind: str, t: Tok) -> None:
        if kind != "goto" and t.text in self.defined:
            self.used.add(t.text)  # (break and continue see only labels defined before them)
        self.branches.append((kind, t))

    def errors(self, path: str) -> list[tuple[Tok, str]]:
        out = [(t, f"label {t.text} already defined at {path}:{first.line}:{first.col}") for t, first in self.dups]
        for kind, t in self.branches:
            if kind == "goto":
                if t.text in self.defined:
                    self.used.add(t.text)
                else:
                    out.append((t, f"label {t.text} not defined"))
            elif t.text not in self.used and (t.text not in self.defined or self.defined[t.text].offset > t.offset):
                out.append((t, f"{kind} label not defined: {t.text}"))
        out.extend((t, f"label {name} defined and not used") for name, t in self.defined.items()
                   if name not in self.used)
        return out


class _Checker:
    def __init__(self, toks: list[Tok], scan_errors: bool) -> None:
        self.toks = toks
        self.scan_errors = scan_errors
        self.p = 0
        self.t = toks[0]
        self.k = self.t.kind
        self.res = Result()
        self.no_lit = False  # in an if/for/switch header: `T{` does not start a literal
        self.last = len(toks) - 1
        self.guards: list[Note] = []  # x.(type) seen (a type switch takes its own back)
        self.label_cut = False  # the last statement was a label missing its statement
        self.labels: _Labels | None = None  # of the function body being read
        self.label_errors: list[tuple[Tok, str]] = []  # (reported only if the file has syntax errors)
        self.path = ""

    # --- tokens

    def next(self) -> None:
        if self.p < self.last:
            self.p += 1
            self.t = self.toks[self.p]
            self.k = self.t.kind

    def seek(self, i: int) -> None:
        self.p = i
        self.t = self.toks[i]
        self.k = self.t.kind

    def peek(self, n: int = 1) -> str:
        return self.toks[min(self.p + n, self.last)].kind

    def got(self, kind: str) -> bool:
        if self.k == kind:
            self.next()
            return True
        return False

    def want(self, kind: str, what: str | None = None) -> None:
        if self.k != kind:
            self.fail_unexpected(", expected " + (what or kind))
        self.next()

    def top_comma(self, i: int, j: int) -> bool:
        """Is there a ',' outside nested brackets between toks[i] (an opener) and toks[j]?"""
        depth = 0
        for k in range(i + 1, j):
            kind = self.toks[k].kind
            if kind in _CLOSERS:
                depth += 1
            elif kind in (")", "]", "}"):
                depth -= 1
            elif kind == "," and depth == 0:
                return True
        return False

    def matching(self, i: int) -> int:
        """Index of the bracket closing the one at toks[i], or -1."""
        opener = self.toks[i].kind
        closer = _CLOSERS[opener]
        depth = 0
        toks = self.toks
        for j in range(i, self.last):
            k = toks[j].kind
            if k == opener:
                depth += 1
            elif k == closer:
                depth -= 1
                if depth == 0:
                    return j
        return -1

    # --- errors

    def error_at(self, t: Tok, msg: str) -> None:
        if t.kind == "EOF" and (self.res.errors or self.scan_errors):
            return  # (gc does not pile errors up at the end of the file)
        e = (t.line, t.col, "syntax error: " + msg)
        self.res.order.setdefault(e, len(self.res.order))
        self.res.errors.append(e)

    def unexpected(self, tail: str) -> None:
        self.error_at(self.t, "unexpected " + describe(self.t) + tail)

    def fail_at(self, t: Tok, msg: str) -> None:
        self.error_at(t, msg)
        raise _Bail

    def fail_unexpected(self, tail: str) -> None:
        self.unexpected(tail)
        raise _Bail

    def soft_at(self, t: Tok, msg: str) -> None:
        e = (t.line, t.col, msg)
        self.res.order.setdefault(e, len(self.res.order))
        self.res.soft.append(e)

    def note(self, what: str, x: X, at: Tok | None = None) -> Note:
        n = Note(what, self.toks[x.start], self.toks[max(x.end - 1, x.start)], at)
        self.res.notes.append(n)
        return n

    def missing_operand(self, what: str = "expression") -> X:
        """Reports a missing operand and skips to where the enclosing construct can go on."""
        start = self.p
        self.unexpected(", expected " + what)
        while self.k not in _OPERAND_STOP:
            self.next()
        return X("bad", start, max(self.p, start + 1))

    def resume_list(self, closer: str) -> None:
        """After an error inside a bracketed list: skips to the next closing bracket (nesting is
        not counted). If it is the list's closer, the list ends there; otherwise the enclosing
        construct is given up as well."""
        while self.k not in (")", "]", "}", "EOF"):
            self.next()
        if self.k != closer:
            raise _Bail

    # --- file

    def file(self) -> None:
        # (under the go command, which checks the package clause and the imports' syntax
        # first, gc never finds these errors)
        if self.k != "package":
            self.error_at(self.t, "package statement must be first")
            return  # (gc reads no further)
        self.next()
        if not self.got("name"):
            self.unexpected(", expected name")
            if self.k != "EOF":
                self.next()  # (gc skips one token)
        if self.k not in ("EOF", ";"):
            self.unexpected(", expected " + _WANT_SEMI)
        self.got(";")
        if self.res.errors:
            return  # (gc does not go on after a broken package clause)
        seen_other = False
        while self.k != "EOF":
            start = self.p
            try:
                k = self.k
                if k == "import":
                    if seen_other:
                        self.error_at(self.t, "imports must appear before other declarations")
                    self.decl("import")
                elif k in ("const", "type", "var"):
                    seen_other = True
                    self.decl(k)
                elif k == "func":
                    seen_other = True
                    self.func_decl()
                else:
                    self.fail_at(self.t, "non-declaration statement outside function body")
                self.end_of_decl()
            except _Bail:
                if self.p == start:
                    self.next()
                self.skip_to_decl()

    def skip_to_decl(self) -> None:
        while self.k not in _DECL_START and self.k != "EOF":
            self.next()

    def end_of_decl(self) -> None:
        if self.k != "EOF" and not self.got(";"):
            self.fail_unexpected(" after top level declaration")

    # --- declarations

    def decl(self, kw: str) -> None:
        self.next()
        if self.k != "(":
            self.spec(kw, 0)
            return
        self.next()
        index = 0
        while self.k != ")" and self.k != "EOF":
            try:
                self.spec(kw, index)
                index += 1
                if not self.got(";"):
                    if self.k != ")":
                        self.fail_unexpected(" in grouped declaration; possibly missing semicolon or newline or )")
                    self.res.edits.append(("insert", self.t.offset))  # (tree-sitter-go wants a ';' here)
            except _Bail:
                self.resume_list(")")
                break
        self.want(")")

    def spec(self, kw: str, index: int) -> None:
        """One spec of a declaration; index: its place in a group."""
        if kw == "import":
            if self.k == "name" or self.k == ".":
                self.next()
            if self.k not in LITERALS:
                self.error_at(self.t, "missing import path")
                while self.k not in (";", ")", "EOF"):
                    self.next()
                return
            if self.k != "string":
                self.error_at(self.t, "import path must be a string")
            self.next()
        elif kw == "type":
            self.type_spec()
        else:
            first = self.t
            self.names()
            if kw == "var":
                if self.k == "=":
                    self.next()
                    self.expr_list()
                elif self.k == ":=":
                    self.fail_unexpected(", expected =")
                else:
                    self.type_()
                    if self.k == ":=":
                        self.fail_unexpected(", expected =")
                    if self.got("="):
                        self.expr_list()
            else:
                typed = self.k in _TYPE_START
                type_start = self.p
                if typed:
                    self.type_()
                if self.got("="):
                    self.expr_list()
                elif typed:
                    # gc's type checker says so; tree-sitter-go wants no type without a value,
                    # so the type is blanked out for it
                    self.res.late.append((first.line, first.col, "missing init expr for " + first.text))
                    lo, hi = self.toks[type_start].offset, self.toks[self.p - 1].end
                    self.res.edits.extend(("blank", off) for off in range(lo, hi))
                elif index == 0:
                    # gc's type checker says so (tree-sitter-go cannot parse some of these)
                    self.res.notes.append(Note("gc: missing init expr for " + first.text, first, first))

    def names(self) -> None:
        self.want("name", "name")
        while self.got(","):
            self.want("name", "name")

    def type_spec(self) -> None:
        self.want("name", "name")
        if self.k == ":=":
            self.fail_unexpected(", expected =")
        in_decl = " in type declaration"
        if self.k == "[" and self.peek() != "]" and self.type_params_follow():
            self.next()
            self.type_param_list()
        self.got("=")
        self.type_(in_decl)

    def type_params_follow(self) -> bool:
        """At the '[' after a declared type's name: type parameters (`[P C]`, `[P *C,]`,
        `[P, Q C]`) rather than an array length (`[N]`, `[N * M]`, `[P *C]`)?"""
        toks = self.toks
        i = self.p + 1
        if toks[i].kind != "name":
            return False
        nk = toks[i + 1].kind
        if nk == ",":
            return True
        if nk == "]" or nk not in _TYPE_START and nk != "~":
            return False
        if nk != "*":
            return nk != "(" and nk != "["
        # `P *C`: parameters only if a ',' follows at this level
        depth = 0
        for j in range(i + 1, self.last):
            k = toks[j].kind
            if k in _CLOSERS:
                depth += 1
            elif k in (")", "}"):
                depth -= 1
            elif k == "]":
                if depth == 0:
                    return False
                depth -= 1
            elif k == "," and depth == 0:
                return True
        return False

    def type_param_list(self) -> None:
        """After the '[' of a type parameter list: groups `P, Q C` up to ']'."""
        pending = False
        while self.k != "]" and self.k != "EOF":
            if self.k != "name":
                self.fail_unexpected(", expected ]")
            self.next()
            if self.got(","):
                pending = True
                continue
            if self.k == "]":
                self.fail_at(self.t, "missing type constraint")
            self.constraint()
            pending = False
            if not self.got(",") and self.k != "]":
                self.fail_unexpected(" in parameter list; possibly missing comma or ]")
        if pending:
            self.fail_at(self.t, "missing type constraint")
        self.want("]")

    def constraint(self) -> None:
        self.got("~")
        self.type_(", expected ~ term or type")
        while self.got("|"):
            self.got("~")
            self.type_(", expected ~ term or type")

    def func_decl(self) -> None:
        self.next()  # func
        recv: list[str] | None = None
        recv_ok = True
        if self.k == "(":
            n = len(self.res.errors)
            recv = self.params(")")
            recv_ok = len(self.res.errors) == n
        name = self.t
        if recv is not None and recv_ok:
            if not recv:
                self.soft_at(name, "method has no receiver")
            elif len(recv) > 1:
                self.soft_at(name, "method has multiple receivers")
        if self.k == "name":
            self.next()
        else:
            # gc reports it and reads on: a body that follows is still checked
            self.unexpected(", expected name" + ("" if recv is not None else " or ("))
        if self.k == "[":
            if recv is not None:
                self.error_at(self.t, "method must have no type parameters")
            self.next()
            if self.k == "]":
                self.fail_at(self.t, "empty type parameter list")
            self.type_param_list()
        if self.k == "(" or name.kind == "name":
            self.signature()
        if self.k == "{":
            self.func_body()
        elif self.k == ";" and self.peek() == "{":
            self.next()
            self.fail_at(self.t, "unexpected semicolon or newline before {")

    def signature(self) -> None:
        if self.k != "(":
            # gc goes on after the next ';' or '}' (or statement keyword)
            self.unexpected(", expected (")
            while self.k not in _STMT_RESUME:
                self.next()
            return
        self.params(")")
        if self.k == "(":
            self.params(")")
        elif self.k in _TYPE_START:
            self.type_()

    def params(self, closer: str) -> list[str]:
        """A parameter list from its '('; returns one entry per parameter declaration:
        "named", "name" (a name alone) or "type" (a type alone)."""
        self.next()
        entries: list[tuple[str, int]] = []
        saved = self.no_lit
        self.no_lit = False
        while self.k != closer and self.k != "EOF":
            at = self.p
            try:
                if self.k == "...":
                    self.next()
                    self.variadic_type()
                    entries.append(("type", at))
                elif self.k not in _TYPE_START:
                    self.fail_unexpected(", expected " + closer)
                else:
                    x = self.param_type()
                    if x.form == "name" and (self.k in _TYPE_START or self.k == "..."):
                        if self.got("..."):
                            self.variadic_type()
                        else:
                            self.type_()
                        entries.append(("named", at))
                    else:
                        entries.append(("name" if x.form == "name" else "type", at))
                if not self.got(",") and self.k != closer:
                    self.fail_unexpected(f" in parameter list; possibly missing comma or {closer}")
            except _Bail:
                self.resume_list(closer)
                break
        self.want(closer)
        self.no_lit = saved
        if any(e[0] == "named" for e in entries):
            last_named = max(i for i, e in enumerate(entries) if e[0] == "named")
            for i, (form, at) in enumerate(entries):
                if form == "type" or (form == "name" and i > last_named):
                    self.error_at(self.toks[at], "mixed named and unnamed parameters")
                    break
        return [e[0] for e in entries]

    def variadic_type(self) -> None:
        if self.k not in _TYPE_START:
            self.fail_at(self.t, "... is missing type")
        self.type_()

    def param_type(self) -> X:
        """A parameter's type, or its name: `a` (then `a []int`), `T[int]`, `p.T`, `[]T`."""
        if self.k == "name" and self.peek() == "[":
            # `a [N]T` / `a []T` (a name, its type follows) or `T[A]` (an instantiated type)
            start = self.p
            i = self.matching(self.p + 1)
            if self.peek(2) == "]" or i < 0 or (self.toks[i + 1].kind in _TYPE_START
                                                 and not self.top_comma(self.p + 1, i)):
                self.next()
                return X("name", start, start + 1)
        return self.type_()

    # --- types

    def type_(self, missing: str = ", expected type") -> X:
        start = self.p
        k = self.k
        if k == "name":
            self.next()
            form = "name"
            if self.k == ".":
                self.next()
                self.want("name", "name")
                form = "selector"
            if self.k == "[":
                self.type_args()
                form = "index"
            return X(form, start, self.p)
        if k == "[":
            self.next()
            if self.got("]"):
                self.type_()
                return X("slice", start, self.p)
            if self.got("..."):
                self.want("]")
                self.type_()
                x = X("array", start, self.p)
                self.note("gc: invalid use of [...] array (outside a composite literal)", x)
                return x
            saved = self.no_lit
            self.no_lit = False
            self.expr()
            self.no_lit = saved
            self.array_len_end()
            self.type_()
            return X("array", start, self.p)
        if k == "(":
            self.next()
            inner = self.type_()
            self.want(")")
            return X("paren", start, self.p, inner)
        if k == "*":
            self.next()
            self.type_()
            return X("pointer-type", start, self.p)
        if k == "<-":
            self.next()
            self.want("chan")
            self.chan_elem()
            return X("chan", start, self.p)
        lit = self.type_lit()
        if lit is not None:
            return lit
        self.fail_unexpected(missing)
        raise AssertionError

    def array_len_end(self) -> None:
        """The ']' after an array length (gc words a comma there its own way)."""
        if self.k == ",":
            self.fail_at(self.t, "unexpected comma; expected ]")
        self.want("]")

    def type_lit(self) -> X | None:
        """struct, interface, map, chan and func types (also valid as operands)."""
        start = self.p
        k = self.k
        if k == "struct":
            self.next()
            self.struct_body()
            return X("struct", start, self.p)
        if k == "interface":
            self.next()
            self.interface_body()
            return X("interface", start, self.p)
        if k == "map":
            self.next()
            self.want("[")
            self.type_()
            self.want("]")
            self.type_()
            return X("map", start, self.p)
        if k == "chan":
            self.next()
            self.got("<-")
            self.chan_elem()
            return X("chan", start, self.p)
        if k == "func":
            self.next()
            self.signature()
            return X("func-type", start, self.p)
        return None

    def chan_elem(self) -> None:
        if self.k not in _TYPE_START:
            self.fail_at(self.t, "missing channel element type")
        self.type_()

    def type_args(self) -> None:
        """`[A, B]` after a type name."""
        self.next()
        saved = self.no_lit
        self.no_lit = False
        if self.k == "]":
            self.fail_unexpected(", expected type argument list")
        while self.k != "]" and self.k != "EOF":
            self.type_()
            if not self.got(","):
                if self.k != "]":
                    self.fail_unexpected(" in type argument list; possibly missing comma or ]")
        self.no_lit = saved
        self.want("]")

    def struct_body(self) -> None:
        self.want("{")
        saved = self.no_lit
        self.no_lit = False
        while self.k != "}" and self.k != "EOF":
            try:
                self.field_decl()
                if not self.got(";") and self.k != "}":
                    self.fail_unexpected(" in struct type; possibly missing semicolon or newline or }")
            except _Bail:
                self.resume_list("}")
                break
        self.no_lit = saved
        self.want("}")

    def field_decl(self) -> None:
        k = self.k
        if k == "name":
            if self.peek() == ",":
                self.names()
                self.type_()
            elif self.peek() == "[":
                i = self.matching(self.p + 1)
                self.next()
                if self.peek() == "]" or (i >= 0 and self.toks[i + 1].kind in _TYPE_START
                                          and not self.top_comma(self.p, i)):
                    self.type_()  # a field of array or slice type
                else:
                    self.type_args()  # an embedded instantiated type
            elif self.peek() == ".":
                self.type_()  # embedded pkg.T
            else:
                self.next()
                if self.k not in (";", "}", "string"):
                    self.type_()
        elif k == "*":
            self.next()
            if self.k == "(":
                self.error_at(self.t, "cannot parenthesize embedded type")
                self.type_()
            else:
                self.want("name", "name")
                if self.got("."):
                    self.want("name", "name")
                if self.k == "[":
                    self.type_args()
        elif k == "(":
            self.error_at(self.t, "cannot parenthesize embedded type")
            self.type_()
        else:
            self.fail_unexpected(", expected field name or embedded type")
        if self.k == "string":
            self.next()

    def interface_body(self) -> None:
        self.want("{")
        saved = self.no_lit
        self.no_lit = False
        while self.k != "}" and self.k != "EOF":
            try:
                if self.k == "name" and self.peek() == "(":
                    self.next()
                    self.signature()
                elif self.k == "name" and self.peek() == "[" and self.toks[self.matching(self.p + 1) + 1].kind == "(":
                    self.next()
                    self.soft_at(self.t, "interface method must have no type parameters")
                    self.next()
                    self.type_param_list()
                    self.signature()
                else:
                    self.constraint()
                if not self.got(";") and self.k != "}":
                    self.fail_unexpected(" in interface type; possibly missing semicolon or newline or }")
            except _Bail:
                self.resume_list("}")
                break
        self.no_lit = saved
        self.want("}")

    # --- statements

    def block(self) -> None:
        self.want("{")
        self.body()

    def func_body(self) -> None:
        saved, self.labels = self.labels, _Labels()
        nerrors = len(self.res.errors) + len(self.res.soft)
        try:
            self.block()
        finally:
            labels, self.labels = self.labels, saved
        if len(self.res.errors) + len(self.res.soft) == nerrors:
            self.label_errors.extend(labels.errors(self.path))

    def body(self) -> None:
        """A block's statements and '}' (its '{' is behind)."""
        saved = self.no_lit
        self.no_lit = False
        self.stmt_list()
        self.no_lit = saved
        self.want("}")

    def stmt_list(self) -> None:
        prev = self.toks[self.p - 1].kind if self.p else ""
        while self.k not in ("}", "EOF", "case", "default"):
            if self.k == ";":
                if self.t.text == ";" and prev in (";", "{"):
                    self.res.edits.append(("blank", self.t.offset))  # (tree-sitter-go: no empty statement)
                prev = ";"
                self.next()
                continue
            start = self.p
            try:
                self.label_cut = False
                if not self.stmt():
                    return
                prev = ";" if self.k == ";" else ""
                if not self.got(";") and self.k != "}" and not self.label_cut:
                    self.fail_unexpected(" at end of statement")
            except _Bail:
                # resume at the next statement: after a ';', or at a '}' or a keyword
                if self.p == start and self.k != "}":
                    self.next()
                while self.k not in _STMT_RESUME:
                    self.next()
                self.got(";")

    def stmt(self) -> bool:
        """One statement; False if the current token cannot start one."""
        k = self.k
        if k == "{":
            self.block()
        elif k in ("var", "const", "type"):
            self.decl(k)
        elif k == "if":
            self.if_stmt()
        elif k == "for":
            self.for_stmt()
        elif k == "switch":
            self.switch_stmt()
        elif k == "select":
            self.select_stmt()
        elif k == "go" or k == "defer":
            self.next()
            x = self.primary()  # (gc reads a primary expression here, not a binary or unary one)
            if x.form == "paren":
                self.soft_at(self.toks[x.start], f"expression in {k} must not be parenthesized")
        elif k == "return":
            self.next()
            if self.k != ";" and self.k != "}":
                self.expr_list()
        elif k == "break" or k == "continue":
            self.next()
            if self.k == "name" and self.labels is not None:
                self.labels.branch(k, self.t)
            self.got("name")
        elif k == "goto":
            self.next()
            if self.k == "name" and self.labels is not None:
                self.labels.branch(k, self.t)
            self.want("name", "name")
        elif k == "fallthrough":
            self.next()
        elif k == "name" and self.peek() == ":":
            if self.labels is not None:
                self.labels.define(self.t)
            self.next()
            colon = self.t
            self.next()
            if self.k not in ("}", ";") and not self.stmt():
                self.error_at(colon, "missing statement after label")
                self.label_cut = True
        elif k in _EXPR_START:
            self.simple_stmt("")
        else:
            return False
        return True

    def simple_stmt(self, ctx: str) -> S:
        """ctx: "" (a statement), "if", "switch", "for" (an if/switch/for header's first
        statement), "cond" (a for condition), "post" (a for post statement), "case" (a
        select case)."""
        start = self.p
        if ctx == "for" and self.k == "range":
            op = self.p
            self.next()
            x = self.expr()
            return S("range", [], [x], op, start)
        if self.k == "var" and ctx in ("if", "for", "switch"):
            what = ctx
            self.error_at(self.toks[self.p + 1], f"var declaration not allowed in {what} initializer")
            self.decl("var")
            return S("decl", [], [], start, start)
        lhs = self.expr_list()
        k = self.k
        op = self.p
        if k == ":=" or k == "=":
            self.next()
            if ctx == "for" and self.k == "range":
                self.next()
                x = self.expr()
                if len(lhs) > 2:
                    # (gc's type checker says so; gomem's AST has room for two)
                    t = self.toks[lhs[2].start]
                    self.res.late.append((t.line, t.col, "range clause permits at most two iteration variables"))
                return S("range", lhs, [x], op, start)
            rhs = self.expr_list()
            if k == ":=" and len(rhs) == 1 and rhs[0].form == "guard" and self.guards:
                # `x := y.(type)`: gc's type checker reports a misplaced one at the x
                g = self.guards[-1]
                g.line, g.col = self.toks[start].line, self.toks[start].col
            return S("define" if k == ":=" else "assign", lhs, rhs, op, start)
        if len(lhs) > 1:
            self.fail_unexpected(", expected := or = or comma")
        if k in _ASSIGN_OPS:
            self.next()
            return S("opassign", lhs, [self.expr()], op, start)
        if k == "++" or k == "--":
            self.next()
            return S("incdec", lhs, [], op, start)
        if k == "<-":
            self.next()
            return S("send", lhs, [self.expr()], op, start)
        return S("expr", lhs, [], op, start)

    def must_be_value(self, s: S | None, end: int = -1) -> None:
        """A header's condition or tag (ending before token end) must be an expression (gc
        says so and goes on)."""
        if s is None or s.form in ("expr", "decl"):
            return
        text = _print(self.toks, s.start, self.p if end < 0 else end)
        if s.form == "assign":
            text = "assignment " + text
        self.error_at(self.toks[s.op], f"cannot use {text} as value")

    def header_end(self, had_semi: bool, kw: str) -> None:
        """The '{' closing an if/for/switch/select header (consumed). Without it gc reports
        the header and resumes at the next '{' before a '}', or reads on as the body."""
        if self.k == "{":
            self.next()
            return
        if kw in ("switch", "select") and (had_semi or kw == "select"):
            self.error_at(self.t, f"missing {{ after {kw} clause")
        elif had_semi:
            self.unexpected(f", expected {{ after {kw} clause")
        else:
            self.unexpected(", expected {")
        i = self.p
        while self.toks[i].kind not in ("{", ";", "}", "EOF"):
            i += 1
        if self.toks[i].kind == "{":
            self.seek(i)
            self.next()

    def if_stmt(self) -> None:
        self.next()
        saved = self.no_lit
        self.no_lit = True
        s = None
        had_semi = False
        if self.k == "{":
            self.error_at(self.t, "missing condition in if statement")
        else:
            if self.k != ";":
                s = self.simple_stmt("if")
            elif self.t.text == ";":
                self.res.edits.append(("blank", self.t.offset))  # (tree-sitter-go: no empty init)
            if self.k == ";":
                semi = self.t
                had_semi = True
                self.next()
                s = None
                if self.k == "{":
                    if semi.text == "newline":
                        self.error_at(semi, "unexpected newline, expected { after if clause")
                    else:
                        self.error_at(semi, "missing condition in if statement")
                else:
                    s = self.simple_stmt("if")
            if had_semi or self.k == "{":
                self.must_be_value(s)
        self.no_lit = saved
        self.header_end(had_semi, "if")
        self.body()
        if self.got("else"):
            if self.k == "if":
                self.if_stmt()
            elif self.k == "{":
                self.block()
            else:
                self.fail_at(self.t, "else must be followed by if or statement block")

    def for_stmt(self) -> None:
        self.next()
        saved = self.no_lit
        self.no_lit = True
        s = None
        had_semi = False
        if self.k != "{" and self.k != ";":
            s = self.simple_stmt("for")
        if s is not None and s.form == "range":
            had_semi = True  # (the messages are those of a for clause)
        elif self.k == ";":
            had_semi = True
            self.next()
            if self.k == "{":
                self.error_at(self.t, "unexpected {, expected for loop condition")
            else:
                cond = None
                if self.k != ";":
                    cond = self.simple_stmt("cond")
                cond_end = self.p
                if self.k != ";":
                    self.unexpected(", expected " + _WANT_SEMI)  # (gc drops the token and goes on)
                elif self.t.text == "newline":
                    self.res.edits.append(("insert", self.t.offset))  # (tree-sitter-go wants a ';' here)
                self.next()
                if self.k != "{":
                    post = self.simple_stmt("post")
                    if post.form == "define":
                        self.error_at(self.toks[post.op], "cannot declare in post statement of for loop")
                # (gc checks the condition once it has read the whole header)
                self.must_be_value(cond, cond_end)
        elif self.k == "{":
            self.must_be_value(s)
        self.no_lit = saved
        self.header_end(had_semi, "for")
        self.body()

    def switch_stmt(self) -> None:
        self.next()
        saved = self.no_lit
        self.no_lit = True
        had_semi = False
        s = None
        if self.k != "{":
            if self.k != ";":
                s = self.simple_stmt("switch")
            elif self.t.text == ";":
                self.res.edits.append(("blank", self.t.offset))  # (tree-sitter-go: no empty init)
            if self.k == ";":
                had_semi = True
                self.next()
                s = None
                if self.k != "{":
                    s = self.simple_stmt("switch")
            if s is not None and s.form == "define" and len(s.lhs) == 1 and len(s.rhs) == 1 \
                    and s.rhs[0].form == "guard" and s.lhs[0].form == "name":
                self.type_switch_guard()
            elif s is not None and s.form == "expr" and s.lhs[0].form == "guard":
                self.type_switch_guard()
            elif had_semi or self.k == "{":
                self.must_be_value(s)
        self.no_lit = saved
        self.header_end(had_semi, "switch")
        self.clauses(select=False)

    def type_switch_guard(self) -> None:
        """The x.(type) just read heads a type switch: not an error."""
        g = self.guards.pop()
        self.res.notes.remove(g)

    def select_stmt(self) -> None:
        self.next()
        self.header_end(False, "select")
        self.clauses(select=True)

    def clauses(self, select: bool) -> None:
        while self.k != "}" and self.k != "EOF":
            start = self.p
            if self.k == "case":
                self.next()
                try:
                    if select:
                        self.simple_stmt("case")
                    else:
                        self.expr_list()
                except _Bail:
                    pass
            elif self.k == "default":
                self.next()
            else:
                self.unexpected(", expected case or default or }")
                while self.k not in (":", "}", "EOF", "case", "default"):
                    self.next()
            if not self.got(":"):
                self.unexpected(", expected :")
                i = self.p
                while self.toks[i].kind not in (":", ";", "}", "EOF", "case", "default"):
                    i += 1
                if self.toks[i].kind == ":":
                    self.seek(i + 1)
            self.stmt_list()
            if self.p == start:
                self.next()
        self.want("}")

    # --- expressions

    def expr_list(self) -> list[X]:
        xs = [self.expr()]
        while self.got(","):
            xs.append(self.expr())
        return xs

    def expr(self) -> X:
        return self.binary(0)

    def binary(self, prec: int) -> X:
        x = self.unary()
        while True:
            p = _BINARY_PREC.get(self.k, 0)
            if p <= prec:
                return x
            self.next()
            y = self.binary(p)
            x = X("binary", x.start, y.end)

    def unary(self) -> X:
        k = self.k
        if k in _UNARY:
            start = self.p
            self.next()
            inner = self.unary()
            if k == "<-" and inner.form == "chan":
                self.receive_chan_type(inner)
                return X("chan", start, self.p, inner)  # <-chan T
            return X({"*": "star", "<-": "recv"}.get(k, "unary"), start, self.p, inner)
        return self.primary()

    def receive_chan_type(self, t: X) -> None:
        """``<-`` before a channel type makes it receive-only, and a send-only element channel
        too (``<-chan<- chan int`` is ``<-chan (<-chan int)``): gc reports a receive-only
        channel met on the way, or a send-only one whose element is no channel."""
        toks = self.toks
        i = t.start
        while True:
            if toks[i].kind == "<-":  # <-chan: already receive-only
                self.error_at(self.t, "unexpected <-, expected chan")
                return
            if toks[i + 1].kind != "<-":  # chan T: both directions, where it ends
                return
            i += 2  # chan<- T: T must be a channel
            if toks[i].kind not in ("chan", "<-"):
                what = "".join(u.text for u in toks[i:t.end])
                self.error_at(self.t, f"unexpected {what}, expected chan")
                return

    def primary(self) -> X:
        x = self.operand()
        start = x.start
        while True:
            k = self.k
            if k == ".":
                self.next()
                if self.k == "name":
                    self.next()
                    lit = x.inner if x.form == "paren" and x.inner is not None else x
                    if lit.form in _TYPE_LITS and lit.form != "pointer-type":
                        self.note("method expression on a type literal", X("selector", start, self.p))
                    x = X("selector", start, self.p)
                elif self.k == "(":
                    self.next()
                    if self.got("type"):
                        self.want(")")
                        x = X("guard", start, self.p)
                        self.guards.append(self.note("gc: invalid syntax tree: use of .(type) outside type switch", x))
                    else:
                        saved = self.no_lit
                        self.no_lit = False
                        self.type_()
                        self.no_lit = saved
                        self.want(")")
                        x = X("assert", start, self.p)
                else:
                    self.fail_unexpected(", expected name or (")
            elif k == "[":
                x = self.index_or_slice(x)
            elif k == "(":
                x = self.call(x)
            elif k == "{" and (x.form in ("array", "slice", "map", "struct")
                               or (not self.no_lit and x.form in ("name", "selector", "index"))):
                self.composite_body()
                x = X("complit", start, self.p)
            elif k == "{" and not self.no_lit and x.form == "paren" and x.inner is not None and \
                    x.inner.form in ("array", "slice", "map", "struct", "name", "selector", "index"):
                self.error_at(self.t, "cannot parenthesize type in composite literal")
                self.composite_body()
                x = X("complit", start, self.p)
            else:
                return x

    def operand(self) -> X:
        start = self.p
        k = self.k
        if k == "name":
            self.next()
            return X("name", start, self.p)
        if k in LITERALS:
            self.next()
            return X("literal", start, self.p)
        if k == "(":
            self.next()
            saved = self.no_lit
            self.no_lit = False
            inner = self.expr()
            self.no_lit = saved
            if not self.got(")"):
                # gc reports it, drops the token and goes on as if the ')' were there
                self.unexpected(", expected )")
                self.next()
            return X("paren", start, self.p, inner)
        if k == "func":
            self.next()
            if self.k == "[":
                self.fail_at(self.t, "function type must have no type parameters")
            self.signature()
            if self.k == "{":
                self.func_body()
                return X("funclit", start, self.p)
            return X("func-type", start, self.p)
        if k == "[":
            self.next()
            if self.got("]"):
                self.type_()
                return X("slice", start, self.p)
            dots = self.got("...")
            if not dots:
                saved = self.no_lit
                self.no_lit = False
                self.expr()
                self.no_lit = saved
                self.array_len_end()
            else:
                self.want("]")
            self.type_()
            x = X("array", start, self.p)
            if dots and self.k != "{":
                self.note("gc: invalid use of [...] array (outside a composite literal)", x)
            return x
        lit = self.type_lit()
        if lit is not None:
            return lit
        return self.missing_operand()

    def index_or_slice(self, x: X) -> X:
        start = x.start
        self.next()  # [
        saved = self.no_lit
        self.no_lit = False
        try:
            if self.k == "]":
                self.missing_operand("operand")
                self.next()
                return X("index", start, self.p)
            if self.k != ":":
                self.expr()
                if self.k == "]":
                    self.next()
                    return X("index", start, self.p)
                if self.k == ",":
                    # type arguments: the rest must be types
                    self.next()
                    while self.k != "]":
                        if self.k not in _TYPE_START:
                            self.fail_unexpected(", expected ]")
                        self.type_()
                        if not self.got(","):
                            break
                    self.want("]")
                    return X("index", start, self.p)
                if self.k != ":":
                    self.fail_unexpected(", expected comma, : or ]")
            # a slice expression
            self.next()  # :
            high = False
            if self.k != ":" and self.k != "]":
                self.expr()
                high = True
            if self.k == ":":
                colon = self.t
                self.next()
                if not high:
                    self.soft_at(colon, "middle index required in 3-index slice")
                    self.res.edits.append(("index", colon.offset))
                if self.k == "]":
                    self.soft_at(self.t, "final index required in 3-index slice")
                    self.res.edits.append(("index", self.t.offset))
                else:
                    self.expr()
            self.want("]")
            return X("slicing", start, self.p)
        finally:
            self.no_lit = saved

    def call(self, fun: X) -> X:
        start = fun.start
        self.next()  # (
        saved = self.no_lit
        self.no_lit = False
        args: list[int] = []
        trailing_comma = -1
        while self.k != ")" and self.k != "EOF":
            trailing_comma = -1
            try:
                args.append(self.p)
                self.expr()
                if self.got("..."):
                    if self.got(","):
                        if self.k != ")":
                            self.fail_unexpected(", expected )")
                        break
                if self.k == ",":
                    trailing_comma = self.t.offset
                    self.next()
                elif self.k != ")":
                    self.fail_unexpected(" in argument list; possibly missing comma or )")
            except _Bail:
                self.resume_list(")")
                break
        rparen = self.t
        self.want(")")
        self.no_lit = saved
        if fun.form in _TYPE_LITS and len(args) == 1 and trailing_comma >= 0:
            self.res.edits.append(("blank", trailing_comma))  # (tree-sitter-go: no `T(x,)` conversion)
        if fun.form in _TYPE_LITS and fun.form != "func-type" and len(args) != 1:
            # gc's type checker complains; tree-sitter-go cannot parse it
            to = _print(self.toks, fun.start, fun.end)
            if args:
                # gc's type checker reports it; tree-sitter-go reads the conversion once the
                # extra arguments are blanked out (newlines kept, so positions hold)
                last = self.toks[args[-1]]
                self.res.late.append((last.line, last.col, "too many arguments in conversion to " + to))
                for off in range(self.toks[args[1] - 1].offset, rparen.offset):
                    self.res.edits.append(("blank", off))
            else:
                # a placeholder argument lets tree-sitter-go read it; the AST leaves it out
                # and the type checker reports the missing argument (the note: when the file
                # cannot be read all the same)
                self.res.edits.append(("index", rparen.offset))
                self.note("gc: missing argument in conversion to " + to, X("call", start, self.p))
        return X("call", start, self.p)

    def composite_body(self) -> None:
        self.next()  # {
        saved = self.no_lit
        self.no_lit = False
        while self.k != "}" and self.k != "EOF":
            try:
                self.element()
                if self.got(":"):
                    self.element()
                if not self.got(",") and self.k != "}":
                    self.fail_unexpected(" in composite literal; possibly missing comma or }")
            except _Bail:
                self.resume_list("}")
                break
        self.no_lit = saved
        self.want("}")

    def element(self) -> None:
        if self.k == "{":
            self.composite_body()
        else:
            self.expr()


def _print(toks: list[Tok], a: int, b: int) -> str:
    """Source text of toks[a:b] the way gc prints syntax in messages: single spaces around
    binary operators and after commas, composite literal and function bodies as {…}."""
    out: list[str] = []
    prev = ""  # kind of the previous token printed
    i = a
    while i < b:
        t = toks[i]
        k = t.kind
        if k == "{":
            # a body: {} when empty, else {…}
            depth = 0
            j = i
            while j < b:
                kk = toks[j].kind
                if kk == "{":
                    depth += 1
                elif kk == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            inner = [x for x in toks[i + 1:j] if x.kind != ";"]
            if prev in (")", "name") and out and out[-1] not in ("(",) and _is_func_body(toks, a, i):
                out.append(" ")
            out.append("{}" if not inner else "{…}")
            prev = "}"
            i = j + 1
            continue
        text = t.text
        operand_before = prev in ("name", ")", "]", "}") or prev in LITERALS
        if k in _BINARY_PREC and operand_before:
            out.append(" " + text + " ")
        elif k in (":=", "=", "<-") and operand_before or k in _ASSIGN_OPS:
            out.append(" " + text + " ")
        elif k == ",":
            out.append(", ")
        elif (k == "name" or k in LITERALS or k in ("func", "map", "chan", "struct", "interface")) and (
                prev == "name" or prev in LITERALS or prev in (")", "chan")):
            out.append(" " + text)
        else:
            out.append(text)
        prev = k
        i += 1
    return "".join(out)


def _is_func_body(toks: list[Tok], a: int, i: int) -> bool:
    """Is the '{' at toks[i] a function literal's body (printed after a space)?"""
    depth = 0
    j = i - 1
    while j >= a:
        k = toks[j].kind
        if k in (")", "]", "}"):
            depth += 1
        elif k in ("(", "[", "{"):
            if depth == 0:
                return False
            depth -= 1
        elif k == "func" and depth == 0:
            return True
        elif depth == 0 and k in ("map", "struct", "interface"):
            return False
        j -= 1
    return False


def check(toks: list[Tok], scan_errors: bool = False, path: str = "") -> Result:
    """Checks a file's tokens; scan_errors: the lexer found problems; path: the file's name
    as errors print it."""
    c = _Checker(toks, scan_errors)
    c.path = path
    try:
        c.file()
    except _Bail:
        pass
    if c.res.errors:
        for t, msg in c.label_errors:
            c.soft_at(t, msg)
    return c.res


def gc_report(scanner: list[tuple[int, int, str]], syntax: list[tuple[int, int, str]],
              soft: list[tuple[int, int, str]], order: dict[tuple[int, int, str], int] | None = None,
              limit: int | None = 10) -> list[tuple[int, int, str]]:
    """The errors gc prints for one file's parse: a syntax error is dropped when the syntax
    error reported just before it is on the same line; then everything goes by position, no
    message twice on a line, `limit` at most (ten, or no limit with gc's -e), then "too many
    errors"."""
    kept: list[tuple[int, int, str]] = []
    last_line = 0
    for e in syntax:
        if e[0] != last_line:
            last_line = e[0]
            kept.append(e)
    order = order or {}
    tagged = sorted(scanner + kept + soft, key=lambda e: (e[0], e[1], order.get(e, -1)))
    out: list[tuple[int, int, str]] = []
    seen = set()
    for ln, c, m in tagged:
        if (ln, m) in seen:
            continue
        seen.add((ln, m))
        out.append((ln, c, m))
        if len(out) == limit:
            out.append((ln, c, "too many errors"))
            break
    return out
