"""Expressions printed the way the gc compiler prints them in error messages."""

from __future__ import annotations

from gomem.frontend import ast


def expr_string(e) -> str:
    if e is None:
        return ""
    if isinstance(e, ast.Ident):
        return e.name
    if isinstance(e, ast.BasicLit):
        return e.value
    if isinstance(e, ast.ParenExpr):
        return "(" + expr_string(e.x) + ")"
    if isinstance(e, ast.SelectorExpr):
        return expr_string(e.x) + "." + e.sel.name
    if isinstance(e, ast.IndexExpr):
        return expr_string(e.x) + "[" + expr_string(e.index) + "]"
    if isinstance(e, ast.SliceExpr):
        s = expr_string(e.x) + "[" + expr_string(e.low) + ":" + expr_string(e.high)
        if e.slice3:
            s += ":" + expr_string(e.max)
        return s + "]"
    if isinstance(e, ast.TypeAssertExpr):
        return expr_string(e.x) + ".(" + (expr_string(e.atype) if e.atype else "type") + ")"
    if isinstance(e, ast.CallExpr):
        args = ", ".join(expr_string(a) for a in e.args)
        if e.has_ellipsis:
            args += "..."
        return expr_string(e.fun) + "(" + args + ")"
    if isinstance(e, ast.StarExpr):
        return "*" + expr_string(e.x)
    if isinstance(e, ast.UnaryExpr):
        return e.op + expr_string(e.x)
    if isinstance(e, ast.BinaryExpr):
        return expr_string(e.x) + " " + e.op + " " + expr_string(e.y)
    if isinstance(e, ast.KeyValueExpr):
        return expr_string(e.key) + ": " + expr_string(e.value)
    if isinstance(e, ast.CompositeLit):
        # gc's short form: the elements elided, an empty literal shown as it is
        return (expr_string(e.ctype) if e.ctype else "") + ("{…}" if e.elts else "{}")
    if isinstance(e, ast.FuncLit):
        return "func literal"
    if isinstance(e, ast.ArrayType):
        if e.len is None:
            return "[]" + expr_string(e.elt)
        if isinstance(e.len, ast.Ellipsis):
            return "[...]" + expr_string(e.elt)
        return "[" + expr_string(e.len) + "]" + expr_string(e.elt)
    if isinstance(e, ast.MapType):
        return "map[" + expr_string(e.key) + "]" + expr_string(e.value)
    if isinstance(e, ast.ChanType):
        if e.dir == 1:
            return "chan<- " + expr_string(e.value)
        if e.dir == 2:
            return "<-chan " + expr_string(e.value)
        return "chan " + expr_string(e.value)
    if isinstance(e, ast.FuncType):
        return "func(" + ", ".join(expr_string(p.ftype) for p in e.params) + ")"
    if isinstance(e, ast.StructType):
        return "struct{" + "; ".join(
            (", ".join(n.name for n in f.names) + " " if f.names else "") + expr_string(f.ftype) for f in e.fields
        ) + "}"
    if isinstance(e, ast.InterfaceType):
        return "interface{…}" if e.elems else "interface{}"
    if isinstance(e, ast.Ellipsis):
        return "..." + expr_string(e.elt)
    return "?"
