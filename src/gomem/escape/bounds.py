"""gc's `index bounds check elided` diagnostics (Go 1.23).

When gc lowers an index expression `a[i]` on an array, a pointer to an array or a constant
string, it drops the bounds check if the index's type and shape prove it in range, and at
``-m`` says so at the `[`. Only a non-constant index is reported (a constant one is checked at
compile time). The proof looks at the index expression alone:

- `x & c` or `c & x` with a constant c in [0, len) (for `x &^ c`: the complement of c, within
  x's width when x is unsigned);
- unsigned `x % c` with c <= len;
- unsigned `x / c` and `x >> c` narrow the width of x (by log2 c, by c bits);
- then an unsigned index of at most 62 bits passes when 2**bits <= len.

Slices and maps are never elided this way (their length is not static). gomem's own compiled
code checks indices its own way; this module only reproduces gc's report.
"""

from __future__ import annotations

from gomem.frontend import ast
from gomem.types import types as T

__all__ = ["bounds_check_elided", "elided_messages"]

_SMALL = (-(1 << 31), (1 << 31) - 1)  # gc's IsSmallIntConst: an int constant that fits int32



def _small_const(e) -> int | None:
    e = ast.unparen(e)
    if getattr(e, "mode", None) != ast.MODE_CONST:
        return None
    v = e.const
    if isinstance(v, bool) or not isinstance(v, int):
        try:
            if v is not None and int(v) == v:
                v = int(v)
            else:
                return None
        except (TypeError, ValueError):
            return None
    return v if _SMALL[0] <= v <= _SMALL[1] else None


def bounds_check_elided(index, length: int) -> bool:
    """Whether gc proves 0 <= index < length from the index expression's type and shape."""
    t = getattr(index, "type", None)
    if t is None or not T.is_integer(t.underlying()):
        return False
    u = t.underlying()
    signed = not T.is_unsigned(u)
    bits = 8 * u.size
    e = ast.unparen(index)
    c = _small_const(e)
    if c is not None:
        return 0 <= c < length
    if isinstance(e, ast.BinaryExpr):
        if e.op in ("&", "&^"):
            v = -1
            cx, cy = _small_const(e.x), _small_const(e.y)
            if cx is not None:
                v = cx
            elif cy is not None:
                v = cy
                if e.op == "&^":
                    v = ~v
                    if not signed:
                        v &= (1 << bits) - 1
            if 0 <= v < length:
                return True
        elif e.op == "%":
            cy = _small_const(e.y)
            if not signed and cy is not None and 0 <= cy <= length:
                return True
        elif e.op == "/":
            cy = _small_const(e.y)
            if not signed and cy is not None:
                while bits > 0 and cy >= 2:
                    bits -= 1
                    cy >>= 1
        elif e.op == ">>":
            cy = _small_const(e.y)
            if not signed and cy is not None:
                if cy > bits:
                    return True
                bits -= cy
    return not signed and bits <= 62 and (1 << bits) <= length


def _static_length(x) -> int | None:
    """The static length an index into x is checked against: arrays (directly or through a
    pointer) and constant strings."""
    t = getattr(x, "type", None)
    if t is None:
        return None
    if getattr(ast.unparen(x), "mode", None) == ast.MODE_CONST and isinstance(ast.unparen(x).const, bytes):
        return len(ast.unparen(x).const)
    u = t.underlying()
    if isinstance(u, T.Pointer):
        u = u.elem.underlying()
    if isinstance(u, T.Array):
        return u.length
    return None


def _lbrack(e: ast.IndexExpr, src: bytes, starts: list[int]) -> tuple[int, int]:
    """The position of the '[' of e (found scanning back from the index expression)."""
    first = min(((n.line, n.col) for n in ast.walk(e.index) if n.line > 0), default=(e.line, e.col))
    off = starts[first[0] - 1] + first[1] - 2
    while off >= 0 and src[off:off + 1] != b"[":
        off -= 1
    if off < 0:
        return e.line, e.col
    import bisect
    i = bisect.bisect_right(starts, off) - 1
    return i + 1, off - starts[i] + 1


def _elided_in(stmts: list, src: bytes, starts: list[int], into_literals: bool) -> list[tuple[int, int]]:
    """Positions of the '[' of the index expressions in stmts whose check gc drops."""
    from gomem.escape.inline import live_stmts
    out = []
    stack = list(reversed(live_stmts(stmts)))
    while stack:
        n = stack.pop()
        if isinstance(n, ast.FuncLit) and not into_literals:
            continue
        if isinstance(n, ast.BlockStmt):
            stack.extend(reversed(live_stmts(n.stmts)))
            continue
        if isinstance(n, (ast.CaseClause, ast.CommClause)):
            stack.extend(reversed(live_stmts(n.body)))
            if isinstance(n, ast.CaseClause):
                stack.extend(reversed(n.exprs or []))
            elif n.comm is not None:
                stack.append(n.comm)
            continue
        if isinstance(n, ast.IndexExpr) and n.index is not None and not n.indices \
                and getattr(n.index, "mode", None) != ast.MODE_TYPE:
            length = _static_length(n.x)
            if length is not None and getattr(ast.unparen(n.index), "mode", None) != ast.MODE_CONST \
                    and bounds_check_elided(n.index, length):
                out.append(_lbrack(n, src, starts))
        stack.extend(reversed(list(ast.children(n))))
    return out


def elided_messages(files: list[ast.File], inlined=None) -> list[tuple[tuple[str, int, int], str]]:
    """gc's `index bounds check elided` lines for the package's function bodies, in source
    order (gc prints them last, from its back end), then those of inlined bodies, reported
    at the outermost inlined call (inlined: the InlineResult, if inlining ran)."""
    msg = "index bounds check elided"
    out = []
    sources: dict[int, tuple[bytes, list[int], str]] = {}
    for f in files:
        src = f.source or b""
        starts = [0] + [i + 1 for i, b in enumerate(src) if b == 10]
        for d in f.decls:
            if not isinstance(d, ast.FuncDecl) or d.body is None:
                continue
            if d.ftype is not None and d.ftype.type_params:
                continue
            for n in ast.walk(d):
                if isinstance(n, ast.FuncLit):
                    sources[id(n)] = (src, starts, f.path)
            sources[id(d)] = (src, starts, f.path)
            out.extend(((f.path, line, col), msg) for line, col in _elided_in(d.body.stmts, src, starts, True))
    if inlined is not None:
        for path, callee in inlined.inlined_paths.items():
            where = inlined.call_pos.get(path[0])
            body = getattr(callee, "body", None)
            if where is None or id(callee) not in sources or not isinstance(body, ast.BlockStmt):
                continue
            src, starts, _ = sources[id(callee)]
            out.extend((where, msg) for _ in _elided_in(body.stmts, src, starts, False))
    return out
