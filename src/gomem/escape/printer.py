"""Positions and spellings of nodes in escape-analysis messages, as gc prints them.

gc reports each node at one position of its own (the `(` of a call, the `{` of a composite
literal, the `.` of a selector, the `[` of an index, the operator of a unary or binary
expression) and prints it in a short Go syntax (`&T{...}`, `make([]int, 10)`,
`([]byte)(s)`, `... argument`). gomem's syntax tree keeps the start of most nodes only, so
the other positions are found in the file's source text.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from gomem.frontend import ast
from gomem.types import types as T

_CLOSE = {"(": ")", "[": "]", "{": "}"}


class Source:
    """One file's bytes, with the scanning gomem needs to find gc's positions."""

    def __init__(self, data: bytes) -> None:
        self.lines = data.split(b"\n")

    def char_at(self, line: int, col: int) -> int:
        if 1 <= line <= len(self.lines):
            text = self.lines[line - 1]
            if 1 <= col <= len(text):
                return text[col - 1]
        return -1

    def scan_for(self, line: int, col: int, ch: str, depth_zero: bool = True) -> tuple[int, int] | None:
        """The first ch at or after (line, col), outside strings, comments and brackets
        opened after the start."""
        target = ord(ch)
        depth = 0
        ln, c = line, col
        while ln <= len(self.lines):
            text = self.lines[ln - 1]
            while c <= len(text):
                b = text[c - 1]
                if b == target and depth == 0:
                    return (ln, c)
                if b in b"([{":
                    depth += 1
                elif b in b")]}":
                    depth -= 1
                    if depth < 0:
                        return None
                elif b in b"\"'`":
                    end = self._skip_quoted(ln, c)
                    if end is None:
                        return None
                    ln, c = end
                    text = self.lines[ln - 1]
                    continue
                elif b == ord("/") and c < len(text) and text[c] == ord("/"):
                    break
                c += 1
            ln += 1
            c = 1
        return None

    def _skip_quoted(self, ln: int, c: int) -> tuple[int, int] | None:
        text = self.lines[ln - 1]
        q = text[c - 1]
        c += 1
        while True:
            while c <= len(text):
                b = text[c - 1]
                if b == ord("\\") and q != ord("`"):
                    c += 2
                    continue
                if b == q:
                    return (ln, c + 1)
                c += 1
            if q != ord("`"):
                return None
            ln += 1
            if ln > len(self.lines):
                return None
            text = self.lines[ln - 1]
            c = 1

    def matching(self, line: int, col: int) -> tuple[int, int] | None:
        """The position just after the bracket that closes the one at (line, col)."""
        op = self.char_at(line, col)
        if op < 0 or chr(op) not in _CLOSE:
            return None
        p = self.scan_for(line, col + 1, _CLOSE[chr(op)])
        return (p[0], p[1] + 1) if p else None


def end_of(e: Any, src: Source) -> tuple[int, int] | None:
    """The position just after expression e."""
    if isinstance(e, ast.Ident):
        return (e.line, e.col + len(e.name.encode()))
    if isinstance(e, ast.BasicLit):
        if "\n" not in e.value:
            return (e.line, e.col + len(e.value.encode()))
        return None
    if isinstance(e, ast.SelectorExpr):
        return end_of(e.sel, src)
    if isinstance(e, ast.CallExpr):
        return (e.rparen_line, e.rparen_col + 1) if e.rparen_line else None
    if isinstance(e, (ast.IndexExpr, ast.SliceExpr)):
        lb = bracket_of(e, src)
        return src.matching(*lb) if lb else None
    if isinstance(e, ast.ParenExpr):
        return src.matching(e.line, e.col)
    if isinstance(e, ast.CompositeLit):
        return (e.rbrace_line, e.rbrace_col + 1) if e.rbrace_line else None
    if isinstance(e, ast.FuncLit):
        b = e.body
        return (b.rbrace_line, b.rbrace_col + 1) if b is not None and b.rbrace_line else None
    if isinstance(e, (ast.StarExpr, ast.UnaryExpr)):
        return end_of(e.x, src)
    if isinstance(e, ast.BinaryExpr):
        return end_of(e.y, src)
    if isinstance(e, ast.TypeAssertExpr):
        x = end_of(e.x, src)
        if x is None:
            return None
        p = src.scan_for(x[0], x[1], "(")
        return src.matching(*p) if p else None
    return None


def bracket_of(e: Any, src: Source) -> tuple[int, int] | None:
    x = end_of(e.x, src)
    if x is None:
        return None
    return src.scan_for(x[0], x[1], "[")


def lparen_of(call: Any, src: Source) -> tuple[int, int]:
    x = end_of(call.fun, src)
    p = src.scan_for(x[0], x[1], "(") if x else None
    return p or (call.line, call.col)


def pos_of(e: Any, src: Source) -> tuple[int, int]:
    """Where gc reports node e."""
    e = ast.unparen(e)
    if isinstance(e, ast.CallExpr):
        if e.call_kind == "conversion" and e.args:
            return pos_of(e.args[0], src)
        return lparen_of(e, src)
    if isinstance(e, ast.CompositeLit):
        return (e.lbrace_line, e.lbrace_col) if e.lbrace_line else (e.line, e.col)
    if isinstance(e, ast.SelectorExpr):
        x = end_of(e.x, src)
        p = src.scan_for(x[0], x[1], ".") if x else None
        return p or (e.sel.line, e.sel.col - 1)
    if isinstance(e, (ast.IndexExpr, ast.SliceExpr)):
        return bracket_of(e, src) or (e.line, e.col)
    if isinstance(e, ast.BinaryExpr):
        return (e.op_line, e.op_col) if e.op_line else (e.line, e.col)
    if isinstance(e, ast.TypeAssertExpr):
        x = end_of(e.x, src)
        p = src.scan_for(x[0], x[1], ".") if x else None
        return p or (e.line, e.col)
    return (e.line, e.col)


# ---------------------------------------------------------------- spelling

_PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
         "+": 4, "-": 4, "|": 4, "^": 4, "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5}


def const_string(v: Any, t: Any) -> str:
    if isinstance(v, bool):
        s = "true" if v else "false"
    elif isinstance(v, bytes):
        s = T._quote(v)
    elif isinstance(v, int):
        if t is not None and (t is T.UNTYPED_RUNE or t is T.RUNE) and 0 <= v <= 0x10FFFF:
            return _quote_rune(v)
        s = str(v)
    elif isinstance(v, Fraction):
        s = repr(float(v)) if v.denominator != 1 else str(v.numerator)
        if s.endswith(".0"):
            s = s[:-2]
    elif isinstance(v, float):
        s = repr(v)
        if s.endswith(".0"):
            s = s[:-2]
    elif isinstance(v, complex):
        s = f"({v.real:g}+{v.imag:g}i)"
    else:
        s = str(v)
    if t is not None and not (isinstance(t, T.Basic) and t.kind in T.UNTYPED_KINDS) \
            and t is not _default_for(v):
        return f"{t}({s})"
    return s


def _default_for(v: Any) -> Any:
    if isinstance(v, bool):
        return T.BOOL
    if isinstance(v, bytes):
        return T.STRING
    if isinstance(v, int):
        return T.INT
    if isinstance(v, (Fraction, float)):
        return T.FLOAT64
    return None


def _quote_rune(r: int) -> str:
    ch = chr(r)
    if ch == "'":
        return "'\\''"
    if ch == "\\":
        return "'\\\\'"
    if ch.isprintable():
        return f"'{ch}'"
    if r < 0x10000:
        return f"'\\u{r:04x}'"
    return f"'\\U{r:08x}'"


def type_string(t: Any) -> str:
    return str(t).replace("interface{", "interface {")


def label(e: Any) -> str:
    """gc's short spelling of expression e."""
    return _fmt(e, 0)


def _fmt(e: Any, prec: int) -> str:
    e = ast.unparen(e)
    if e is None:
        return ""
    if getattr(e, "const", None) is not None and not isinstance(e, ast.CompositeLit) \
            and getattr(e, "mode", "") == ast.MODE_CONST:
        return const_string(e.const, e.type)
    if isinstance(e, ast.Ident):
        return e.name
    if isinstance(e, ast.BasicLit):
        return e.value
    if isinstance(e, ast.FuncLit):
        return "func literal"
    if isinstance(e, ast.CompositeLit):
        t = e.type
        if getattr(e, "elided_ptr", False) and isinstance(t, T.Type):
            t = t.underlying().elem
        return f"{type_string(t)}{{{'...' if e.elts else ''}}}"
    if isinstance(e, ast.UnaryExpr):
        s = e.op + _fmt(e.x, 7)
        return f"({s})" if prec > 7 else s
    if isinstance(e, ast.StarExpr):
        inner = e.x
        s = "*" + (f"({_fmt(inner, 0)})" if isinstance(ast.unparen(inner), (ast.StarExpr, ast.UnaryExpr)) else _fmt(inner, 7))
        return f"({s})" if prec > 7 else s
    if isinstance(e, ast.BinaryExpr):
        p = _PREC.get(e.op, 4)
        if e.op == "+" and e.type is not None and T.is_string(e.type):
            from gomem.escape.walk import string_add_operands
            s = " + ".join(_fmt(x, p + 1) for x in string_add_operands(e))
        else:
            s = f"{_fmt(e.x, p)} {e.op} {_fmt(e.y, p + 1)}"
        return f"({s})" if prec > p else s
    if isinstance(e, ast.SelectorExpr):
        return f"{_fmt(e.x, 8)}.{e.sel.name}"
    if isinstance(e, ast.IndexExpr):
        return f"{_fmt(e.x, 8)}[{_fmt(e.index, 0)}]"
    if isinstance(e, ast.SliceExpr):
        s = f"{_fmt(e.x, 8)}[{_fmt(e.low, 0)}:{_fmt(e.high, 0)}"
        if e.slice3:
            s += ":" + _fmt(e.max, 0)
        return s + "]"
    if isinstance(e, ast.TypeAssertExpr):
        return f"{_fmt(e.x, 8)}.({type_string(e.type)})"
    if isinstance(e, ast.CallExpr):
        if e.call_kind == "conversion":
            t = e.type
            arg = _fmt(e.args[0], 0) if e.args else ""
            named = isinstance(t, (T.Named, T.Basic))
            return f"{type_string(t)}({arg})" if named else f"({type_string(t)})({arg})"
        if e.call_kind == "builtin":
            name = e.builtin
            if name == "new":
                t = e.type.elem if isinstance(e.type, T.Pointer) else e.type
                return f"new({type_string(t)})"
            if name == "make":
                return "make(" + ", ".join([type_string(e.type)] + [_fmt(a, 0) for a in e.args[1:]]) + ")"
        fun = e.fun
        fun = ast.unparen(fun)
        if e.call_kind == "method" and isinstance(fun, ast.SelectorExpr) and fun.selection is not None \
                and fun.selection.kind == "method" and not fun.selection.path:
            # gc prints a method call as a call of the method expression: T.M(x, args)
            rt = fun.selection.recv_type
            if isinstance(rt, T.Pointer):
                rt = rt.elem
            m = f"(*{type_string(rt)}).{fun.sel.name}" if fun.selection.pointer_recv else f"{type_string(rt)}.{fun.sel.name}"
            args = ", ".join([_fmt(fun.x, 0)] + [_fmt(a, 0) for a in e.args])
            return f"{m}({args}{'...' if e.has_ellipsis else ''})"
        args = ", ".join(_fmt(a, 0) for a in e.args)
        if e.has_ellipsis:
            args += "..."
        return f"{_fmt(e.fun, 8)}({args})"
    if isinstance(e, ast.KeyValueExpr):
        return f"{_fmt(e.key, 0)}:{_fmt(e.value, 0)}"
    return "?"


def stmt_label(s: Any) -> str:
    if isinstance(s, ast.AssignStmt):
        return ", ".join(label(x) for x in s.lhs) + f" {s.tok} " + ", ".join(label(x) for x in s.rhs)
    return "?"
