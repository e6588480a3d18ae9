"""gc's limit on stack frames: "stack frame too large (>1GB)".

gc's backend refuses a function whose frame reaches 1GB: its locals (stack slots), its own
arguments and results (the area its caller provides), or locals plus the largest argument
area of the functions it calls. gc reports this only when type checking found no error, at
the function (its name, or the receiver's parenthesis of a method, or `func` of a literal).

gomem has no backend, so the frame is estimated from types and declarations, counting only
what gc certainly puts on the stack, so that a program gc accepts is never refused:

- arguments and results: the function's parameters, results and receiver, laid out in order;
- locals: declared variables of at most 10MB (larger ones gc moves to the heap) whose address
  is not taken and that no closure captures; the copy of an array that a `for range` with a
  value variable iterates over; the temporaries holding arguments that themselves call, of
  calls to functions declared without a body (gc evaluates them before the outgoing arguments
  are written). gc (1.23) lets locals whose
  lifetimes do not overlap share a slot, so locals count at the point where the most of them
  are live, lifetimes taken from first to last mention in source order (a lower bound: it
  ignores loop back edges);
- callee: the largest argument area among the calls made to functions declared without a
  body (any other call gc may inline, which removes its argument area).

Not modelled (so not reported): inlining (a callee's locals moving into its caller's frame),
what escape analysis keeps on the stack beyond the above (composite-literal backing arrays,
variables whose address is taken but does not escape), spill slots and other backend
temporaries.
"""

from __future__ import annotations

from typing import Any

from gomem.frontend import ast
from gomem.types.types import Array, Signature, Type

MAX_FRAME = 1 << 30
MAX_STACK_VAR = 10 << 20  # gc's MaxStackVarSize: larger declared variables live on the heap


def large_frames(files: list[ast.File]) -> list[tuple[str, int, int, str]]:
    """gc's "stack frame too large" errors for the functions of a package that type-checked."""
    out: list[tuple[str, int, int, str]] = []
    for f in files:
        for d in f.decls:
            if not isinstance(d, ast.FuncDecl) or d.body is None or d.obj is None:
                continue
            sig = d.obj.type
            if not isinstance(sig, Signature):
                continue
            recv = getattr(d, "recv_type", None) if d.recv is not None else None
            # gc's position of a function: the token after `func`
            pos = (d.recv.line, d.recv.col - 1) if d.recv is not None else (d.name.line, d.name.col)
            lits = _check(f.path, pos, sig, recv, d.body, out)
            while lits:  # function literals are functions of their own
                lit = lits.pop()
                if isinstance(lit.type, Signature) and lit.body is not None:
                    lits += _check(f.path, (lit.line, lit.col), lit.type, None, lit.body, out)
    return out


def arg_width(sig: Signature, recv: Type | None = None) -> int:
    """The size of a function's argument and result area: receiver, parameters and results
    laid out in order, each at its alignment."""
    off = 0
    for t in ((recv,) if recv is not None else ()) + tuple(sig.params) + tuple(sig.results):
        a = max(t.align, 1)
        off = (off + a - 1) // a * a + t.size
    return (off + 7) // 8 * 8


def _check(path: str, pos: tuple[int, int], sig: Signature, recv: Type | None, body: ast.BlockStmt,
           out: list[tuple[str, int, int, str]]) -> list[ast.FuncLit]:
    """Report the function if its frame is too large; returns the function literals in it."""
    args = arg_width(sig, recv)
    locals_, callee, lits = _locals_and_callee(body)
    if locals_ >= MAX_FRAME or args >= MAX_FRAME:
        out.append((path, *pos, f"stack frame too large (>1GB): {locals_ >> 20} MB locals + {args >> 20} MB args"))
    elif locals_ + callee >= MAX_FRAME:
        out.append((path, *pos, f"stack frame too large (>1GB): {locals_ >> 20} MB locals + {args >> 20} MB args"
                                f" + {callee >> 20} MB callee"))
    return lits


def _locals_and_callee(body: ast.BlockStmt) -> tuple[int, int, list[ast.FuncLit]]:
    """The locals estimate and the largest argument area of a function body, and the
    function literals in it (whose bodies are not part of it)."""
    spans: dict[Any, list[int]] = {}  # local variable -> [first, last] mention (node indices)
    temps: list[tuple[ast.Node, int]] = []  # (node whose evaluation holds it, size)
    start: dict[int, int] = {}
    end: dict[int, int] = {}  # id(node) -> index of the last node of its subtree
    lits: list[ast.FuncLit] = []
    callee = 0
    count = 0
    stack: list[Any] = [body]
    while stack:  # depth first, in source order; an int entry closes that node's subtree
        n = stack.pop()
        if isinstance(n, int):
            end[n] = count - 1
            continue
        i = count
        count += 1
        if isinstance(n, ast.FuncLit):
            lits.append(n)
            continue
        if isinstance(n, ast.Ident):
            if _stack_var(n.obj):
                spans.setdefault(n.obj, [i, i])[1] = i
            continue
        if isinstance(n, ast.RangeStmt):
            xt = n.x.type if n.x is not None else None
            blank = n.value is None or (isinstance(n.value, ast.Ident) and n.value.name == "_")
            if not blank and xt is not None and isinstance(xt.underlying(), Array):
                temps.append((n, size_or_zero(xt)))  # gc ranges over a copy of the array
        elif isinstance(n, ast.CallExpr) and n.call_kind not in ("conversion", "builtin"):
            ft = n.fun.type if n.fun is not None else None
            if isinstance(ft, Signature) and _not_inlined(n.fun):
                callee = max(callee, arg_width(ft))
                for a in n.args:
                    if a.type is not None and ast.has_call_or_recv(a):
                        temps.append((n, size_or_zero(a.type)))
        if temps and temps[-1][0] is n:
            start[id(n)] = i
            stack.append(id(n))
        stack.extend(reversed(list(ast.children(n))))
    events: list[tuple[int, int]] = []
    for v, (lo, hi) in spans.items():
        events += [(lo, size_or_zero(v.type)), (hi + 1, -size_or_zero(v.type))]
    for n, size in temps:
        events += [(start[id(n)], size), (end[id(n)] + 1, -size)]
    events.sort(key=lambda e: (e[0], e[1]))  # at one point, ends before starts
    live = peak = 0
    for _, d in events:
        live += d
        peak = max(peak, live)
    return peak, callee, lits


def _not_inlined(fun: ast.Expr) -> bool:
    """Whether a call certainly stays a call in gc: a function of this package declared
    without a body (gc inlines small functions, and then their arguments need no area)."""
    from gomem.check.objects import Func
    obj = fun.obj if isinstance(fun, ast.Ident) else None
    return isinstance(obj, Func) and isinstance(obj.decl, ast.FuncDecl) and obj.decl.body is None and not obj.external


def _stack_var(v: Any) -> bool:
    from gomem.check.objects import Var
    if not isinstance(v, Var) or v.is_global or v.is_param or v.is_result or v.is_field:
        return False
    if v.addr_taken or v.captured or v.type is None:
        return False
    return 0 < size_or_zero(v.type) <= MAX_STACK_VAR


def size_or_zero(t: Any) -> int:
    """A type's size; 0 for what has none (untyped constants, tuples)."""
    try:
        return int(t.size)
    except Exception:  # (untyped and tuple types have no layout)
        return 0
