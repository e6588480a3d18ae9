"""Inlining decisions as gc (Go 1.23) makes them, and the ``-m`` messages they print.

gc inlines before escape analysis, so what escapes depends on what is inlined (a constructor
``func New() *T { return &T{} }`` inlined into a caller that keeps the pointer local allocates
on the stack). This module decides, over gomem's checked AST, what gc decides over its IR:

1. **Which functions can be inlined** (gc's ``CanInline``), visiting the package's functions
   bottom-up over the call graph's strongly connected components, as gc does. A function is
   excluded outright by ``//go:noinline``, by a ``go``/``defer`` statement or a ``recover()``
   call, or by self-recursion; otherwise its *cost* is the number of IR nodes gc would build
   for its body, with gc's adjustments (see :class:`_Cost`), and it is inlinable when the cost
   is at most 80.
2. **Which calls are inlined** (gc's ``TryInlineCall``), function by function in gc's order
   (top-level functions in source order, then closures): a call whose callee is statically
   known and inlinable, unless it is a ``go``/``defer`` call or the callee is the caller
   itself; callees of more than 20 are refused in "big" functions (more than 5000 nodes).
   The calls inside an inlined body are then considered in turn, at the position of the
   outermost call. Interface method calls on a value whose concrete type is statically known
   are devirtualized first.

Standard functions: gomem implements them in Python, so their inlinability, cost and the
calls inlined inside them are facts from real Go, generated into :mod:`std_inline` by
``tools/regen_inline_std.py``.

The cost model counts the IR nodes of gc's unified IR as the Go 1.23 front end builds them
(declarations add a DCL node, method calls become method-expression calls with the receiver
as first argument, variadic calls build a slice literal, conversions that generate no code are
free, statements after a terminating one and branches of constant ``if`` conditions are
dropped). docs/escape-analysis.md ("Inlining") says how faithful it is; tests/escape
compares it with real Go's costs.
"""

from __future__ import annotations

import re
from typing import Any

from gomem.check.objects import Func, Var
from gomem.escape import printer
from gomem.frontend import ast
from gomem.types import types as T

__all__ = ["InlineResult", "StdFunc", "analyze", "func_pragmas", "call_lparen"]

INLINE_MAX_BUDGET = 80          # gc's inlineMaxBudget
INLINE_EXTRA_CALL_COST = 57     # a call that is not inlined
INLINE_EXTRA_PANIC_COST = 1
INLINE_EXTRA_THROW_COST = INLINE_MAX_BUDGET
INLINE_CLOSURE_COST = 15        # each function literal, on top of its node
BIG_FUNCTION_NODES = 5000       # a function with more nodes is "big"
BIG_FUNCTION_MAX_COST = 20      # the largest callee inlined into a big function

Pos = tuple[str, int, int]      # (file path as given, line, column)


# (plain classes, not dataclasses: the inliner is imported on every compile, and making a
# dataclass costs about a millisecond at import)
class StdFunc:
    """A standard-library function or method as real Go compiles it (see std_inline)."""

    __slots__ = ("name", "cost", "inlined", "intrinsic")

    def __init__(self, name: str, cost: int | None, inlined: tuple[str, ...] = (), intrinsic: bool = False) -> None:
        self.name = name            # as gc prints it at a call site: fmt.Println, bytes.(*Buffer).Len
        self.cost = cost            # None: not inlinable
        self.inlined = inlined      # the calls gc inlines inside its body (printed at the call)
        self.intrinsic = intrinsic  # compiled to machine instructions: costs like an operator

    def _key(self) -> tuple:
        return (self.name, self.cost, self.inlined, self.intrinsic)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StdFunc) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"StdFunc(name={self.name!r}, cost={self.cost!r}, inlined={self.inlined!r}, intrinsic={self.intrinsic!r})"


class InlineResult:
    """What the inliner decided for one package.

    can_inline: inlinable function (FuncDecl / FuncLit; a go/defer wrapper is keyed by its
    GoStmt/DeferStmt) -> cost. reasons: function -> why not (the text of -m=2's "cannot
    inline F: REASON"). inlined: each inlined call in user code -> its callee (the FuncDecl or
    FuncLit, or a StdFunc); nested_inlined: call -> the callees inlined inside that call's
    inlined body (at its position); inlined_paths: (outermost call, call in its callee's
    body, ...) -> callee, for every inlined call, nested ones included (a standard function's
    inner calls are its callee's names). A literal copied by inlining is reported as its
    original FuncLit. call_pos: each inlined call in user code -> where gc reports it and
    everything that came from its inlined body (the outermost call's '('). sites: the inlined
    calls as (caller, first line, last line, callee) names, for the runtime's stacks. names: function node -> gc's name for it (f, T.M, (*T).M,
    outer.func1, outer.deferwrap1). devirtualized: interface method call -> concrete type.
    copy_names: (inlined call path, func literal of its callee) -> gc's name for the copy
    (main.adder.func2: the caller's closures count on). messages: ((path, line, col), text) in gc's order of emission.
    """

    def __init__(self) -> None:
        self.can_inline: dict[Any, int] = {}
        self.reasons: dict[Any, str] = {}
        self.inlined: dict[ast.CallExpr, Any] = {}
        self.nested_inlined: dict[ast.CallExpr, list[Any]] = {}
        self.inlined_paths: dict[tuple, Any] = {}
        self.call_pos: dict[ast.CallExpr, Pos] = {}
        self.names: dict[Any, str] = {}
        self.devirtualized: dict[ast.CallExpr, Any] = {}
        # (inlined call path, func literal of the callee) -> gc's name for the literal's copy
        self.copy_names: dict[tuple[tuple, Any], str] = {}
        self.messages: list[tuple[Pos, str]] = []
        # (caller, first line, last line, callee) of each inlined call whose caller is a
        # function of the package (Go's qualified names: main.f, main.(*T).M, sync.(*Mutex).Lock);
        # the lines are from its statement's first (gomem's frames report a statement's line)
        # to the call's '(': the runtime shows the callee's frame inlined into its caller's
        self.sites: set[tuple[str, int, int, str]] = set()


# ---------------------------------------------------------------------------------------
# Real Go's facts about the standard library (generated: see tools/regen_inline_std.py)

_STD: dict[str, StdFunc] = {}


_STD_LINES: dict[str, str] = {}


def std_func(name: str) -> StdFunc | None:
    """What real Go decides for the standard function gc calls name at a call site
    (fmt.Println, bytes.(*Buffer).Len), or None; read from std_inline's text table, each
    entry on first use (the inliner runs on every compile: most entries are never asked)."""
    fact = _STD.get(name)
    if fact is None:
        if not _STD_LINES:
            from gomem.escape.std_inline import FACTS
            _STD_LINES.update((line.partition(" ")[0], line) for line in FACTS.splitlines())
        line = _STD_LINES.get(name)
        if line is None:
            return None
        _, cost, *calls = line.split()
        fact = _STD[name] = StdFunc(name, None if cost == "-" else int(cost), tuple(calls))
    return fact


_STD_PATHS: dict[str, str] = {}


def std_go_name(name: str) -> str:
    """A standard function's name as Go's runtime gives it (its package's import path first:
    math/rand.Intn), from gc's name at a call site (rand.Intn)."""
    if not _STD_PATHS:
        from gomem.escape.std_inline import PACKAGES
        _STD_PATHS.update({pkg: path for path, pkg in PACKAGES.items()})
        _STD_PATHS["pprof"] = "runtime/pprof"
    pkg, dot, rest = name.partition(".")
    return _STD_PATHS.get(pkg, pkg) + dot + rest


def std_funcs() -> dict[str, StdFunc]:
    """Every entry of std_inline's table: gc's name at a call site -> what real Go decides."""
    std_func("")
    for name in _STD_LINES:
        std_func(name)
    return _STD


def std_intrinsics() -> frozenset[str]:
    """import path + name of the standard functions gc compiles to instructions on amd64."""
    from gomem.escape.std_inline import INTRINSICS
    return INTRINSICS


# ---------------------------------------------------------------------------------------
# Positions and directives


def _line_starts(src: bytes) -> list[int]:
    starts = [0]
    for i, b in enumerate(src):
        if b == 10:
            starts.append(i + 1)
    return starts


class _Source:
    """A file's bytes with line offsets, for the positions gc uses that gomem's AST lacks."""

    def __init__(self, f: ast.File) -> None:
        self.path = f.path
        self.src = f.source or b""
        self.starts = _line_starts(self.src)
        self.scanner = printer.Source(self.src)

    def offset(self, line: int, col: int) -> int:
        if line - 1 >= len(self.starts):
            return len(self.src)
        return self.starts[line - 1] + col - 1

    def pos_of(self, off: int) -> tuple[int, int]:
        import bisect
        i = bisect.bisect_right(self.starts, off) - 1
        return i + 1, off - self.starts[i] + 1


def call_lparen(call: ast.CallExpr, src: _Source) -> tuple[int, int]:
    """The position of a call's '(' (where gc reports calls), as the escape analysis finds it."""
    return printer.lparen_of(call, src.scanner)


def _decl_pos(d: ast.FuncDecl, src: _Source) -> tuple[int, int]:
    """Where gc reports a function: its name, or for a method the receiver's '(' (the first
    token after `func`)."""
    if d.recv is None:
        return d.name.line, d.name.col
    off = src.offset(d.line, d.col) + 4
    while off < len(src.src) and src.src[off:off + 1] in b" \t\r\n":
        off += 1
    return src.pos_of(off)


_DIRECTIVE = re.compile(rb"^//(go:[a-z_]+)")


def func_pragmas(f: ast.File, decl: ast.FuncDecl) -> frozenset[str]:
    """The //go: directives a top-level function takes: those on the comment and blank lines
    right above its `func` (gc gives a declaration the directives since the previous one)."""
    if not f.source:
        return frozenset()
    lines = f.source.split(b"\n")
    out = set()
    i = decl.line - 2
    while i >= 0:
        text = lines[i].strip()
        if not text:
            i -= 1
            continue
        if not text.startswith(b"//"):
            break
        m = _DIRECTIVE.match(text)
        if m:
            out.add(m.group(1).decode())
        i -= 1
    return frozenset(out)


# ---------------------------------------------------------------------------------------
# Functions


class _Fn:
    """A function as the inliner sees it (a declaration, a literal, a go/defer wrapper or the
    package's initializers)."""

    def __init__(self, node: Any, name: str, src: _Source, pos: tuple[int, int], outer: _Fn | None = None,
                 pragmas: frozenset[str] = frozenset(), is_closure: bool = False, is_wrapper: bool = False,
                 checked: bool = False, clone_of: _Fn | None = None, at_pos: tuple[int, int] | None = None,
                 bound: dict | None = None) -> None:
        self.node = node            # FuncDecl | FuncLit | GoStmt | DeferStmt (wrapper)
        self.name = name
        self.src = src
        self.pos = pos
        self.outer = outer
        self.pragmas = pragmas
        self.is_closure = is_closure
        self.is_wrapper = is_wrapper
        self.checked = checked
        self.cost: int | None = None    # set when inlinable
        self.big = False
        self.big_known = False      # big is decided (once: a big function is costly to count)
        self.reason = ""
        self.closure_counter = 0
        self.wrap_counter = 0
        self.closures: list[_Fn] = []
        self.clone_of = clone_of    # a literal copied into a caller by inlining
        self.at_pos = at_pos        # where a clone's messages go (the outermost call)
        self.bound = bound if bound is not None else {}  # a clone's static values: parameters, literals
        self.autotmp = 0            # temporaries named in messages (gc's numbering is not modelled)

    @property
    def body(self) -> list[ast.Stmt]:
        n = self.node
        if isinstance(n, (ast.GoStmt, ast.DeferStmt)):
            return [ast.ExprStmt(n.line, n.col, x=n.call)]
        if isinstance(n, ast.BlockStmt):  # the package initializers
            return n.stmts
        return n.body.stmts if n.body is not None else []

    @property
    def signature(self):
        n = self.node
        if isinstance(n, ast.FuncDecl):
            t = n.obj.type if n.obj is not None else None
        elif isinstance(n, ast.FuncLit):
            t = n.type
        else:
            return None
        t = t.underlying() if t is not None else None
        return t if isinstance(t, T.Signature) else None

    @property
    def has_body(self) -> bool:
        n = self.node
        return isinstance(n, (ast.GoStmt, ast.DeferStmt, ast.BlockStmt)) or n.body is not None



def _recv_base(t) -> tuple[Any, bool]:
    if isinstance(t, T.Pointer):
        return t.elem, True
    return t, False


def _method_name(named, pointer: bool, name: str, qualify: str = "") -> str:
    """gc's name for a method: T.M, (*T).M; from another package pkg.T.M, pkg.(*T).M."""
    return qualify + (f"(*{named.name}).{name}" if pointer else f"{named.name}.{name}")


def _find_method(t, name: str):
    """The method name of concrete type t: (declaring named type, FuncInfo), with FuncInfo
    None when it is promoted from an embedded interface; None if there is none."""
    level = [t]
    seen: set[int] = set()
    for _ in range(8):
        nxt = []
        for typ in level:
            base, _ = _recv_base(typ)
            if id(base) in seen:
                continue
            seen.add(id(base))
            if isinstance(base, T.Named) and name in base.methods:
                return base, base.methods[name]
            u = base.underlying()
            if isinstance(u, T.Interface):
                if any(m.name == name for m in u.methods):
                    return base, None
                continue
            if isinstance(u, T.Struct):
                nxt.extend(f.type for f in u.fields if f.embedded)
        if not nxt:
            return None
        level = nxt
    return None


def _delayed_result(node):
    """For a function whose body has exactly one return statement, with one operand and an
    unnamed result (gc's CanDelayResults), that operand: an inlined call of it has that value."""
    if not isinstance(node, (ast.FuncDecl, ast.FuncLit)) or node.body is None:
        return None
    ft = node.ftype
    if ft is None or len(ft.results) != 1 or ft.results[0].names:
        return None
    returns = []
    stack = list(node.body.stmts)
    while stack:
        n = stack.pop()
        if isinstance(n, ast.FuncLit):
            continue
        if isinstance(n, ast.ReturnStmt):
            returns.append(n)
        stack.extend(ast.children(n))
    if len(returns) != 1 or len(returns[0].results) != 1:
        return None
    return returns[0].results[0]


def _captures(lit) -> bool:
    """Whether a function literal refers to local variables of an enclosing function."""
    if not isinstance(lit, ast.FuncLit):
        return False
    inner = {id(n) for n in ast.walk(lit) if isinstance(n, ast.FuncLit)}
    for n in ast.walk(lit):
        if isinstance(n, ast.Ident) and isinstance(n.obj, Var) and not n.obj.is_global \
                and not n.obj.is_field and n.obj.func is not None and id(n.obj.func) not in inner:
            return True
    return False


def _needs_wrapper(call) -> bool:
    """Whether gc wraps `go`/`defer` call in a closure: unless it already is a plain call of
    a function with no parameters and no results."""
    call = ast.unparen(call)
    if not isinstance(call, ast.CallExpr):
        return True
    if call.call_kind in ("builtin", "conversion", "iface", "method"):
        return True
    sig = call.fun.type.underlying() if call.fun.type is not None else None
    if not isinstance(sig, T.Signature):
        return True
    return bool(sig.params) or bool(sig.results)


# ---------------------------------------------------------------------------------------
# Static values (gc's ir.StaticValue, ir.Reassigned)


class _Defs:
    """For local variables: the one value each was declared with, and whether it is ever
    assigned again (then its value is not static)."""

    def __init__(self) -> None:
        self.value: dict[Any, Any] = {}
        self.reassigned: set[Any] = set()

    def scan(self, node: ast.Node) -> None:
        for n in ast.walk(node):
            if isinstance(n, ast.AssignStmt):
                if n.tok == ":=" and len(n.lhs) == len(n.rhs):
                    for lhs, rhs in zip(n.lhs, n.rhs):
                        obj = getattr(lhs, "obj", None)
                        if isinstance(obj, Var) and (obj.line, obj.col) == (lhs.line, lhs.col):
                            self.value[obj] = rhs
                        else:
                            self._assign(lhs)
                else:
                    for lhs in n.lhs:
                        self._assign(lhs)
            elif isinstance(n, ast.IncDecStmt):
                self._assign(n.x)
            elif isinstance(n, ast.RangeStmt) and n.tok == "=":
                self._assign(n.key)
                self._assign(n.value)
            elif isinstance(n, ast.UnaryExpr) and n.op == "&":
                self._assign(n.x)
            elif isinstance(n, ast.ValueSpec) and len(n.values) == len(n.names):
                for name, v in zip(n.names, n.values):
                    if isinstance(name.obj, Var):
                        self.value[name.obj] = v

    def _assign(self, e) -> None:
        e = ast.unparen(e)
        if isinstance(e, ast.Ident) and isinstance(e.obj, Var):
            self.reassigned.add(e.obj)

    def static(self, e, bound: dict | None = None):
        """e's statically known value: through local variables assigned once, and through
        the parameters of an inlined body (bound: parameter -> the call's argument)."""
        for _ in range(20):
            if getattr(e, "to_iface", None) is not None:
                return e  # a conversion to an interface (gc's OCONVIFACE)
            e = ast.unparen(e)
            if isinstance(e, ast.CallExpr) and e.call_kind == "conversion" and e.args \
                    and _conv_is_nop(e.args[0].type, e.type):
                e = e.args[0]  # a conversion that generates no code (gc's OCONVNOP)
                continue
            if isinstance(e, ast.Ident) and isinstance(e.obj, Var) and not e.obj.is_global:
                v = e.obj
                if bound and v in bound and v not in self.reassigned and not v.addr_taken:
                    e = bound[v]
                    continue
                if v in self.reassigned or v.addr_taken or v not in self.value:
                    return e
                val = self.value[v]
                vt = getattr(val, "type", None)
                if vt is not None and v.type is not None and vt is not v.type \
                        and isinstance(vt.underlying(), T.Interface) and isinstance(v.type.underlying(), T.Interface):
                    return val  # converted between interfaces: the concrete type is not static
                e = val
                continue
            return e
        return e


# ---------------------------------------------------------------------------------------
# Constants


def _is_const(e) -> bool:
    return getattr(e, "mode", None) == ast.MODE_CONST and getattr(e, "const", None) is not None


def _static_bool(e) -> tuple[int, Any]:
    """gc's writer simplification of an `if` condition: (+1 true, -1 false, 0 unknown) and the
    condition it keeps for its side effects."""
    e0 = ast.unparen(e)
    if _is_const(e0) and isinstance(e0.const, bool):
        return (1 if e0.const else -1), e0
    if isinstance(e0, ast.UnaryExpr) and e0.op == "!":
        v, _ = _static_bool(e0.x)
        return -v, e0
    if isinstance(e0, ast.BinaryExpr) and e0.op in ("&&", "||"):
        x, _ = _static_bool(e0.x)
        if e0.op == "&&":
            if x < 0:
                return x, e0.x
            y, _ = _static_bool(e0.y)
            if x > 0 or y < 0:
                return y, (e0.y if _is_const(ast.unparen(e0.x)) else e0)
        else:
            if x > 0:
                return x, e0.x
            y, _ = _static_bool(e0.y)
            if x < 0 or y > 0:
                return y, (e0.y if _is_const(ast.unparen(e0.x)) else e0)
    return 0, e0


def _terminates(s) -> bool:
    """Whether gc's front end treats s as ending the statement list (what follows is dropped)."""
    if isinstance(s, ast.BranchStmt):
        return s.tok == "goto"
    if isinstance(s, ast.ReturnStmt):
        return True
    if isinstance(s, ast.ExprStmt):
        x = ast.unparen(s.x)
        return isinstance(x, ast.CallExpr) and x.call_kind == "builtin" and getattr(x, "builtin", "") == "panic"
    if isinstance(s, ast.IfStmt):
        c, _ = _static_bool(s.cond)
        return (c < 0 or _terminates(s.body)) and (c > 0 or _terminates(s.else_))
    if isinstance(s, ast.BlockStmt):
        stmts = [x for x in s.stmts if not isinstance(x, ast.EmptyStmt)]
        return bool(stmts) and _terminates(stmts[-1])
    return False


def switch_target(s) -> tuple[bool, Any]:
    """gc's front end resolves a switch on a constant whose cases are all constants: (True,
    the one clause that runs, or None when none does); (False, None) otherwise."""
    tag = s.tag
    if tag is not None and not _is_const(ast.unparen(tag)):
        return False, None
    value = ast.unparen(tag).const if tag is not None else True
    target = None
    for cl in s.clauses:
        if cl.exprs is None:
            target = cl
        for e in cl.exprs or ():
            if not _is_const(ast.unparen(e)):
                return False, None
            if ast.unparen(e).const == value:
                if _falls_through(cl):
                    return False, None
                return True, cl
    if target is not None and _falls_through(target):
        return False, None
    return True, target


def _falls_through(cl) -> bool:
    return any(isinstance(st, ast.BranchStmt) and st.tok == "fallthrough" for st in cl.body)


def _live_children(n):
    """The syntax children gc's front end keeps: not the statements after a terminating
    one, not the branch a constant condition skips, not the clauses of a resolved switch."""
    if isinstance(n, ast.BlockStmt):
        return live_stmts(n.stmts)
    if isinstance(n, ast.CaseClause):
        return list(n.exprs or ()) + live_stmts(n.body)
    if isinstance(n, ast.CommClause):
        return ([n.comm] if n.comm is not None else []) + live_stmts(n.body)
    if isinstance(n, ast.IfStmt):
        c, keep = _static_bool(n.cond)
        if c != 0:
            out = [x for x in (n.init, None if _is_const(keep) else keep) if x is not None]
            branch = n.body if c > 0 else n.else_
            return out + ([branch] if branch is not None else [])
    if isinstance(n, ast.SwitchStmt):
        resolved, cl = switch_target(n)
        if resolved:
            return ([n.init] if n.init is not None else []) + ([cl] if cl is not None else [])
    return list(ast.children(n))


def live_stmts(stmts: list) -> list:
    """The statements gc keeps: those after a terminating statement are dropped, unless a
    label follows."""
    last_label = max((i for i, s in enumerate(stmts) if isinstance(s, ast.LabeledStmt)), default=-1)
    out = []
    dead = False
    for i, s in enumerate(stmts):
        if dead and i > last_label and not isinstance(s, ast.LabeledStmt):
            continue
        out.append(s)
        dead = _terminates(s)
    return out


# ---------------------------------------------------------------------------------------
# Conversions


_SIM_KIND = {T.Kind.INT: T.Kind.INT64, T.Kind.UINT: T.Kind.UINT64, T.Kind.UINTPTR: T.Kind.UINT64}


def _conv_is_nop(src, dst) -> bool:
    """Whether converting a value of type src to dst generates no code (gc's OCONVNOP):
    identical underlying types (floats excepted: a conversion rounds), pointers to identical
    types, integers of the same machine type (int and int64 on amd64)."""
    if src is None or dst is None or src is dst:
        return True
    su, du = src.underlying(), dst.underlying()
    if isinstance(su, T.Interface) or isinstance(du, T.Interface):
        return su is du
    if T.identical_ignore_tags(su, du):
        return not (isinstance(su, T.Basic) and su.kind in T.FLOAT_KINDS and src is not dst)
    if isinstance(su, T.Pointer) and isinstance(du, T.Pointer) \
            and T.identical_ignore_tags(su.elem.underlying(), du.elem.underlying()):
        return True
    if isinstance(su, T.Basic) and isinstance(du, T.Basic) and T.is_numeric(su) and T.is_numeric(du):
        return _SIM_KIND.get(su.kind, su.kind) == _SIM_KIND.get(du.kind, du.kind)
    return False


# ---------------------------------------------------------------------------------------
# The cost of a function body (gc's hairyVisitor)


class _Hairy(Exception):
    """The function cannot be inlined whatever its cost."""


class _Cost:
    """Counts gc's IR nodes for a function body, with gc's adjustments.

    Each node costs 1. On top: a call that is not inlined costs 57 more; a call to an
    inlinable function costs that function's cost instead; a function literal 15 more;
    `panic` 1 more. Free: type expressions, conversions that generate no code, blocks,
    fallthrough, parentheses, method expressions. `&x.f` with f at offset 0 costs nothing.
    A constant expression is one node. Method calls are calls of the method expression with
    the receiver (implicitly &x or *p: one more node) as first argument; a variadic call's
    arguments form a slice literal (2 nodes, as gc counts OSLICELIT) or nil (1 node);
    `x := v` is a DCL (2 nodes) and an assignment.
    """

    def __init__(self, inl: _Inliner, fn: _Fn, for_big: bool = False) -> None:
        self.inl = inl
        self.fn = fn
        self.for_big = for_big  # counting raw nodes: no call adjustments, no hairy stops
        self.cost = 0

    # statements ------------------------------------------------------------------
    def stmts(self, stmts) -> None:
        for s in live_stmts(stmts):
            self.stmt(s)

    def stmt(self, s) -> None:
        if s is None:
            return
        m = getattr(self, "s_" + type(s).__name__, None)
        if m is None:
            return
        m(s)

    def s_BlockStmt(self, s) -> None:
        self.stmts(s.stmts)

    def s_ExprStmt(self, s) -> None:
        self.expr(s.x)

    def s_EmptyStmt(self, s) -> None:
        pass

    def s_DeclStmt(self, s) -> None:
        d = s.decl
        if d is None or d.tok != "var":
            return
        for spec in d.specs:
            names = [n for n in spec.names]
            if not spec.values:
                for n in names:
                    self.cost += 2 + (2 if n.name != "_" else 1)
                continue
            self._define(names, spec.values)

    def _define(self, lhs, rhs) -> None:
        """x, y := a, b / var x, y = a, b: a DCL (2 nodes) per new variable, then the assignment."""
        for x in lhs:
            obj = getattr(x, "obj", None)
            if isinstance(x, ast.Ident) and x.name != "_" and isinstance(obj, Var) \
                    and (obj.line, obj.col) == (x.line, x.col):
                self.cost += 2
        self._assign(lhs, rhs)

    def _assign(self, lhs, rhs) -> None:
        self.cost += 1
        for x in lhs:
            self.expr(x)
        for i, y in enumerate(rhs):
            self.expr(y)
            if len(lhs) == len(rhs):
                self._iface_to_iface(y, lhs[i].type)
        if len(rhs) == 1 and len(lhs) > 1:
            # a, b = f() / v, ok = x.(T): the results are assigned through temporaries,
            # converted as needed
            rt0 = getattr(rhs[0], "type", None)
            types = rt0.types if isinstance(rt0, T.Tuple) else (rt0, None)
            for x, rt in zip(lhs, types):
                xt = getattr(x, "type", None)
                if xt is not None and rt is not None and xt is not rt \
                        and isinstance(xt.underlying(), T.Interface) and xt.underlying() is not rt.underlying():
                    self.cost += 1

    def _iface_to_iface(self, e, dst) -> None:
        """An implicit conversion between different interface types (OCONVIFACE); the checker
        marks only conversions of concrete values (to_iface)."""
        src = getattr(e, "type", None)
        if src is None or dst is None or src is dst:
            return
        if isinstance(src.underlying(), T.Interface) and isinstance(dst.underlying(), T.Interface) \
                and src.underlying() is not dst.underlying():
            self.cost += 1

    def s_AssignStmt(self, s) -> None:
        if s.tok == ":=":
            self._define(s.lhs, s.rhs)
        else:
            self._assign(s.lhs, s.rhs)

    def s_IncDecStmt(self, s) -> None:
        self.cost += 2  # OASOP and the constant 1
        self.expr(s.x)

    def s_SendStmt(self, s) -> None:
        self.cost += 1
        self.expr(s.chan)
        self.expr(s.value)

    def s_ReturnStmt(self, s) -> None:
        self.cost += 1
        sig = self.fn.signature
        results = sig.results if sig is not None else ()
        for i, r in enumerate(s.results):
            self.expr(r)
            if len(results) == len(s.results):
                self._iface_to_iface(r, results[i])

    def s_GoStmt(self, s) -> None:
        self._go_defer(s, "GO")

    def s_DeferStmt(self, s) -> None:
        self._go_defer(s, "DEFER")

    def _go_defer(self, s, op) -> None:
        if not self.for_big:
            raise _Hairy("unhandled op " + op)
        self.cost += 1
        self.expr(s.call)

    def s_BranchStmt(self, s) -> None:
        if s.tok != "fallthrough":
            self.cost += 1

    def s_LabeledStmt(self, s) -> None:
        self.cost += 1
        self.stmt(s.stmt)

    def s_IfStmt(self, s) -> None:
        c, keep = _static_bool(s.cond)
        if c != 0:
            self.stmt(s.init)
            if not _is_const(keep):
                self.cost += 2  # _ = cond, for its side effects
                self.expr(keep)
            if c > 0:
                self.stmt(s.body)
            else:
                self.stmt(s.else_)
            return
        self.cost += 1
        self.stmt(s.init)
        self.expr(s.cond)
        self.stmt(s.body)
        self.stmt(s.else_)

    def s_ForStmt(self, s) -> None:
        self.cost += 1
        self.stmt(s.init)
        self.expr(s.cond)
        self.stmt(s.post)
        self.stmt(s.body)

    def s_RangeStmt(self, s) -> None:
        self.cost += 1
        self.expr(s.x)
        for v in (s.key, s.value):
            if v is None:
                continue
            self.expr(v)
            if s.tok == ":=" and isinstance(v, ast.Ident) and v.name != "_":
                self.cost += 2  # DCL
        self.stmt(s.body)

    def s_SwitchStmt(self, s) -> None:
        self.cost += 1
        self.stmt(s.init)
        resolved, target = switch_target(s)
        if resolved:  # only the clause that runs is kept, as a tagless default
            if target is not None:
                self.cost += 1
                self.stmts(target.body)
            return
        self.expr(s.tag)
        for cl in s.clauses:
            self.cost += 1
            for e in cl.exprs or ():
                self.expr(e)
            self.stmts(cl.body)

    def s_TypeSwitchStmt(self, s) -> None:
        self.cost += 2  # OSWITCH and its type-switch guard
        self.stmt(s.init)
        self.expr(ast.unparen(s.x).x if isinstance(ast.unparen(s.x), ast.TypeAssertExpr) else s.x)
        if s.bind is not None:
            self.cost += 1
        for cl in s.clauses:
            self.cost += 1
            if s.bind is not None:
                self.cost += 1  # the clause's own variable
            for e in cl.exprs or ():
                if getattr(e, "mode", "") != ast.MODE_TYPE:
                    self.cost += 1  # nil
            self.stmts(cl.body)

    def s_SelectStmt(self, s) -> None:
        self.cost += 1
        for cl in s.clauses:
            self.cost += 1
            c = cl.comm
            if isinstance(c, ast.AssignStmt):
                lhs = list(c.lhs)
                if len(lhs) == 1:
                    self.cost += 1  # the comma-ok slot gc fills with _
                else:
                    self.cost += 9  # v, ok received into temporaries first (measured)
                if c.tok == ":=":
                    self._define(lhs, c.rhs)
                else:
                    self._assign(lhs, c.rhs)
            elif isinstance(c, ast.ExprStmt):
                self.cost += 3  # case <-ch: received into _, _
                self.stmt(c)
            else:
                self.stmt(c)
            self.stmts(cl.body)

    # expressions -----------------------------------------------------------------
    def expr(self, e) -> None:
        if e is None:
            return
        if getattr(e, "to_iface", None) is not None:
            self.cost += 1  # OCONVIFACE
        e = ast.unparen(e)
        if getattr(e, "mode", "") == ast.MODE_TYPE:
            return
        if _is_const(e):
            self.cost += 1
            return
        m = getattr(self, "e_" + type(e).__name__, None)
        if m is None:
            self.cost += 1
            for c in ast.children(e):
                if isinstance(c, ast.Expr):
                    self.expr(c)
            return
        m(e)

    def e_Ident(self, e) -> None:
        self.cost += 1

    def e_BasicLit(self, e) -> None:
        self.cost += 1

    def e_FuncLit(self, e) -> None:
        self.cost += 1 + (0 if self.for_big else INLINE_CLOSURE_COST)

    def e_CompositeLit(self, e) -> None:
        self._composite(e, e.type)

    def _composite(self, e, t) -> None:
        if t is None:
            self.cost += 1
            return
        u = t.underlying()
        if isinstance(u, T.Pointer):  # an elided &T{...} inside another literal
            self.cost += 1
            u = u.elem.underlying()
        self.cost += 2 if isinstance(u, T.Slice) else 1
        for el in e.elts:
            if isinstance(u, T.Struct):
                self.cost += 1  # OSTRUCTKEY
                self._elem(el.value if isinstance(el, ast.KeyValueExpr) else el)
            elif isinstance(u, T.Map):
                self.cost += 1  # OKEY
                self._elem(el.key)
                self._elem(el.value)
            elif isinstance(el, ast.KeyValueExpr):
                self.cost += 1  # OKEY
                self.expr(el.key)
                self._elem(el.value)
            else:
                self._elem(el)

    def _elem(self, el) -> None:
        if isinstance(el, ast.CompositeLit) and el.ctype is None:
            if getattr(el, "to_iface", None) is not None:
                self.cost += 1
            self._composite(el, el.type)
        else:
            self.expr(el)

    def e_SelectorExpr(self, e) -> None:
        sel = e.selection
        if sel is None or sel.kind == "pkg":
            self.cost += 1
            return
        if sel.kind == "methodexpr":
            return
        if sel.kind == "field":
            self.cost += 1 + len(sel.path)
            self.expr(e.x)
            return
        # a method value x.M (calls are handled in e_CallExpr)
        self.cost += 2
        self._receiver(e, sel)

    def e_IndexExpr(self, e) -> None:
        self.cost += 1
        xt = e.x.type.underlying() if e.x.type is not None else None
        if isinstance(xt, T.Pointer):
            self.cost += 1  # implicit *p
        self.expr(e.x)
        self.expr(e.index)

    def e_SliceExpr(self, e) -> None:
        self.cost += 1
        xt = e.x.type.underlying() if e.x.type is not None else None
        if isinstance(xt, T.Array):
            self.cost += 1  # slicing an array takes its address
        self.expr(e.x)
        self.expr(e.low)
        self.expr(e.high)
        self.expr(e.max)

    def e_TypeAssertExpr(self, e) -> None:
        self.cost += 1
        xt = e.x.type.underlying() if e.x.type is not None else None
        if isinstance(xt, T.Interface) and not xt.is_empty and e.type is not None:
            self.cost += 4  # the itab / type word the value is checked with (measured)
        self.expr(e.x)

    def e_StarExpr(self, e) -> None:
        x = ast.unparen(e.x)
        self.cost += 1
        if isinstance(x, ast.UnaryExpr) and x.op == "&" and not isinstance(ast.unparen(x.x), ast.CompositeLit):
            self.cost -= 1  # *&x
        self.expr(e.x)

    def e_UnaryExpr(self, e) -> None:
        if e.op == "&":
            x = ast.unparen(e.x)
            if isinstance(x, ast.CompositeLit):
                self.cost += 1  # OPTRLIT
                self._composite(x, x.type)
                return
            if isinstance(x, ast.SelectorExpr) and x.selection is not None and x.selection.kind == "field" \
                    and not x.selection.path and isinstance(ast.unparen(x.x), ast.Ident) \
                    and self._field_offset(x) == 0:
                self.expr(x.x)  # &v.f at offset 0: no code
                return
        self.cost += 1
        self.expr(e.x)

    @staticmethod
    def _field_offset(sel) -> int:
        t = sel.x.type
        if t is None:
            return -1
        u = t.underlying()
        if isinstance(u, T.Pointer):
            u = u.elem.underlying()
        if not isinstance(u, T.Struct):
            return -1
        u.size  # noqa: B018 - computes the offsets
        return u.offsets[sel.selection.index]

    def e_BinaryExpr(self, e) -> None:
        t = e.type.underlying() if e.type is not None else None
        if e.op == "+" and isinstance(t, T.Basic) and T.is_string(t):
            # a + b + c is one OADDSTR over its operands
            ops: list = []
            self._concat_operands(e, ops)
            self.cost += 1
            for o in ops:
                self.expr(o)
            return
        self.cost += 1
        self.expr(e.x)
        self.expr(e.y)
        if e.op in ("==", "!="):
            # comparing an interface with a concrete value converts the value
            xt, yt = getattr(e.x, "type", None), getattr(e.y, "type", None)
            for a, b in ((e.x, yt), (e.y, xt)):
                at = getattr(a, "type", None)
                if at is None or b is None or getattr(a, "to_iface", None) is not None:
                    continue
                if isinstance(b.underlying(), T.Interface) and not isinstance(at.underlying(), T.Interface) \
                        and at is not T.UNTYPED_NIL:
                    self.cost += 1

    def _concat_operands(self, e, out) -> None:
        x = e
        if getattr(x, "to_iface", None) is None:
            x = ast.unparen(x)
        if isinstance(x, ast.BinaryExpr) and x.op == "+" and not _is_const(x) and x.type is not None \
                and T.is_string(x.type.underlying()):
            self._concat_operands(x.x, out)
            self._concat_operands(x.y, out)
        else:
            out.append(x)

    def e_KeyValueExpr(self, e) -> None:
        self.cost += 1
        self.expr(e.key)
        self.expr(e.value)

    def wrapper_call(self, e) -> None:
        """The body of a go/defer wrapper: the call, with every operand evaluated beforehand
        into a captured temporary (one node each)."""
        self.cost += 1
        if e.call_kind == "builtin" and getattr(e, "builtin", "") == "recover":
            raise _Hairy("call to recover")
        if e.call_kind in ("method", "iface"):
            self.cost += 1 + (1 if e.call_kind == "iface" else 0)
        elif e.call_kind != "builtin":
            self.cost += 1
        sig = e.fun.type.underlying() if e.fun.type is not None else None
        n = len(e.args)
        last = ast.unparen(e.args[-1]) if e.args else None
        if e.has_ellipsis and isinstance(last, ast.CompositeLit):
            n += 1 + len(last.elts)  # f([]T{a, b}...): the literal stays, of temporaries
        if isinstance(sig, T.Signature) and sig.variadic and not e.has_ellipsis and e.call_kind != "builtin":
            fixed = len(sig.params) - 1
            # the variadic operands form a slice literal (2 nodes) of temporaries, or nil
            n = fixed + (2 + n - fixed if n > fixed else 1)
        self.cost += n
        if e.call_kind == "builtin" and getattr(e, "builtin", "") == "panic":
            self.cost += INLINE_EXTRA_PANIC_COST
        if e.call_kind not in ("builtin", "conversion"):
            self.cost += self.inl.call_cost(self.fn, e, for_cost=True)

    def e_CallExpr(self, e) -> None:
        kind = e.call_kind
        if kind == "conversion":
            arg = e.args[0] if e.args else None
            if arg is not None and not _conv_is_nop(arg.type, e.type):
                self.cost += 1
            self.expr(arg)
            return
        if kind == "builtin":
            self._builtin(e)
            return
        self.cost += 1
        fun = ast.unparen(e.fun)
        sel = getattr(fun, "selection", None)
        if kind in ("method", "iface") and isinstance(fun, ast.SelectorExpr):
            self._receiver(fun, sel)
        else:
            self.expr(fun)
        self._args(e)
        if self.for_big:
            return
        self.cost += self.inl.call_cost(self.fn, e, for_cost=True)

    def _receiver(self, fun, sel) -> None:
        """A method call's receiver, passed as the first argument (implicitly &x or *p)."""
        self.cost += len(sel.path)
        if sel.kind == "iface":
            self.cost += 1  # ODOTINTER
        else:
            xt = fun.x.type
            if xt is not None:
                is_ptr = isinstance(xt.underlying(), T.Pointer) if not sel.path else sel.path[-1][1]
                if sel.pointer_recv != is_ptr:
                    self.cost += 1  # &x or *p
                    x = ast.unparen(fun.x)
                    if sel.pointer_recv and not sel.path and isinstance(x, ast.SelectorExpr) \
                            and x.selection is not None and x.selection.kind == "field" \
                            and not x.selection.path and isinstance(ast.unparen(x.x), ast.Ident) \
                            and self._field_offset(x) == 0:
                        self.cost -= 2  # &v.f at offset 0: no code
        self.expr(fun.x)

    def _args(self, e) -> None:
        sig = e.fun.type.underlying() if e.fun.type is not None else None
        args = list(e.args)
        if len(args) == 1 and isinstance(getattr(args[0], "type", None), T.Tuple) \
                and isinstance(sig, T.Signature):
            self._spread(args[0], sig)
            return
        if isinstance(sig, T.Signature) and sig.variadic and not e.has_ellipsis \
                and not (len(args) == 1 and isinstance(getattr(args[0], "type", None), T.Tuple)):
            nfixed = len(sig.params) - 1
            for a in args[:nfixed]:
                self.expr(a)
            rest = args[nfixed:]
            if rest:
                self.cost += 2  # the implicit slice literal
                for a in rest:
                    self.expr(a)
                    self._iface_to_iface(a, sig.params[-1].elem)
            else:
                self.cost += 1  # nil
            return
        params = sig.params if isinstance(sig, T.Signature) else ()
        for i, a in enumerate(args):
            self.expr(a)
            if i < len(params):
                self._iface_to_iface(a, params[i])

    def _spread(self, call, sig) -> None:
        """f(g()) with several results: gc assigns them to temporaries first (a DCL each and
        one assignment), then passes the temporaries (converted where needed)."""
        results = call.type.types
        n = len(results)
        self.cost += 2 * n + 1 + n
        self.expr(call)
        params = list(sig.params)
        if sig.variadic:
            fixed = len(params) - 1
            elem = params[-1].elem
            params = params[:fixed] + [elem] * max(0, n - fixed)
            self.cost += 2 if n > fixed else 1
        for i, rt in enumerate(results):
            self.cost += 1
            pt = params[i] if i < len(params) else None
            if pt is not None and rt is not pt and isinstance(pt.underlying(), T.Interface) \
                    and rt.underlying() is not pt.underlying():
                self.cost += 1

    def _builtin(self, e) -> None:
        name = getattr(e, "builtin", "")
        if name == "recover":
            if not self.for_big:
                raise _Hairy("call to recover")
        self.cost += 1
        args = list(e.args)
        if name == "make":
            args = args[1:]
            t = e.args[0].type.underlying() if e.args and e.args[0].type is not None else None
            if isinstance(t, (T.Map, T.Chan)) and not args:
                self.cost += 1  # the implicit size 0
        elif name == "new":
            args = []
        elif name == "panic":
            if not self.for_big:
                self.cost += INLINE_EXTRA_PANIC_COST
                if args and getattr(args[0], "to_iface", None) is not None:
                    self.cost -= 1  # gc's concession for implicit conversions
        for a in args:
            self.expr(a)


# ---------------------------------------------------------------------------------------
# The inliner


class _Inliner:
    def __init__(self, files: list[ast.File], pkg, level: int, no_inline: bool) -> None:
        self.files = files
        self.pkg = pkg
        self.level = level
        self.no_inline = no_inline
        self.result = InlineResult()
        self.fns: list[_Fn] = []            # gc's Target.Funcs order: declarations, then closures
        self.top: list[_Fn] = []
        self.by_node: dict[Any, _Fn] = {}
        self.closures_in_order: list[_Fn] = []
        self.defs = _Defs()
        self.calls_memo: dict[int, list[ast.CallExpr]] = {}  # id(_Fn) -> calls_of
        self.stmt_line: dict[int, int] = {}  # id(call) -> the first line of its statement
        self.lits_memo: dict[int, list[ast.FuncLit]] = {}  # id(_Fn) -> its function literals
        self.returned_closure: dict[ast.CallExpr, _Fn] = {}
        self.init_counter = 0

    # collecting functions ------------------------------------------------------
    def collect(self) -> None:
        for f in self.files:
            src = _Source(f)
            for d in f.decls:
                if isinstance(d, ast.FuncDecl):
                    if d.ftype is not None and d.ftype.type_params:
                        continue  # generic: gomem does not model instantiation
                    fn = _Fn(d, self._decl_name(d), src, _decl_pos(d, src), pragmas=func_pragmas(f, d))
                    self.top.append(fn)
                    self.by_node[d] = fn
                    if d.body is not None:
                        self.defs.scan(d.body)
        # closures are numbered while the front end reads each body, in source order
        spec_src: dict[int, _Source] = {}
        specs = []
        for f in self.files:
            src = _Source(f)
            for d in f.decls:
                if isinstance(d, ast.FuncDecl) and d in self.by_node:
                    if d.body is not None:
                        self._closures_in(self.by_node[d], d.body, src)
                elif isinstance(d, ast.GenDecl) and d.tok == "var":
                    for spec in d.specs:
                        if getattr(spec, "values", None):
                            spec_src[id(spec)] = src
                            specs.append(spec)
        # package-level initializers form the package's init function, in initialization
        # order (its closures are init.func1, ...), where gc inlines too
        order = [sp for sp in (getattr(self.pkg, "init_order", None) or []) if id(sp) in spec_src]
        if len(order) != len(specs):
            order = specs
        init_fns = []
        if order:
            blk = ast.BlockStmt(0, 0, stmts=[ast.ExprStmt(v.line, v.col, x=v) for sp in order for v in sp.values])
            init_fn = _Fn(blk, "init", spec_src[id(order[0])], (0, 0), checked=True)
            init_fns.append(init_fn)
            for sp in order:
                for v in sp.values:
                    self._closures_in(init_fn, v, spec_src[id(sp)])
                    self.defs.scan(v)
        self.fns = self.top + init_fns + self.closures_in_order
        for fn in self.fns:
            self.result.names[fn.node] = fn.name

    def _decl_name(self, d: ast.FuncDecl) -> str:
        if d.recv is None:
            if d.name.name == "init":  # gc numbers a package's init functions: init.0, init.1
                self.init_counter += 1
                return f"init.{self.init_counter - 1}"
            return d.name.name
        named = getattr(d, "recv_named", None)
        rt = getattr(d, "recv_type", None)
        if named is None:
            return d.name.name
        return _method_name(named, isinstance(rt, T.Pointer), d.name.name)

    def _closures_in(self, outer: _Fn, node, src: _Source) -> None:
        """Names the function literals and go/defer wrappers directly inside node (and, through
        recursion, those nested in them) as gc does: outer.funcN, outer.func1.N,
        outer.gowrapN / outer.deferwrapN; init.funcN for package-level ones."""
        stack = [node]
        while stack:
            n = stack.pop()
            if isinstance(n, ast.FuncLit):
                outer.closure_counter += 1
                sep = "." if outer.is_closure else ".func"
                name = f"{outer.name}{sep}{outer.closure_counter}"
                fn = _Fn(n, name, src, (n.line, n.col), outer=outer, is_closure=True)
                self._add_closure(outer, fn)
                if n.body is not None:
                    self._closures_in(fn, n.body, src)
                continue
            if isinstance(n, (ast.GoStmt, ast.DeferStmt)) and _needs_wrapper(n.call):
                # the call's operands are evaluated in outer; the wrapper makes the call
                call = ast.unparen(n.call)
                outer.wrap_counter += 1
                kind = "gowrap" if isinstance(n, ast.GoStmt) else "deferwrap"
                fn = _Fn(n, f"{outer.name}.{kind}{outer.wrap_counter}", src, (n.line, n.col),
                         outer=outer, is_closure=True, is_wrapper=True)
                self._add_closure(outer, fn)
                stack.extend(reversed(list(ast.children(call))) if isinstance(call, ast.CallExpr) else [call])
                continue
            stack.extend(reversed(list(ast.children(n))))

    def _add_closure(self, outer: _Fn, fn: _Fn) -> None:
        self.by_node[fn.node] = fn
        self.closures_in_order.append(fn)
        outer.closures.append(fn)

    # messages ----------------------------------------------------------------------
    def emit(self, src: _Source, pos: tuple[int, int], text: str) -> None:
        self.result.messages.append(((src.path, pos[0], pos[1]), text))

    # static callees ------------------------------------------------------------------
    def callee(self, call: ast.CallExpr, bound: dict | None = None):
        """The statically known callee of call: a _Fn of this package, a StdFunc, or None."""
        kind = call.call_kind
        fun = ast.unparen(call.fun)
        if kind in ("func", "value"):
            fun = self.defs.static(fun, bound)
            if isinstance(fun, ast.CallExpr) and fun in self.returned_closure:
                return self.returned_closure[fun]
            if isinstance(fun, ast.FuncLit):
                return self.by_node.get(fun)
            if isinstance(fun, ast.Ident) and isinstance(fun.obj, Func):
                return self._func_obj(fun.obj)
            if isinstance(fun, ast.SelectorExpr) and fun.selection is not None:
                if fun.selection.kind == "pkg" and isinstance(fun.selection.obj, Func):
                    return self._func_obj(fun.selection.obj)
                if fun.selection.kind == "methodexpr":
                    return self._method_expr(fun)
            return None
        if kind == "method" and isinstance(fun, ast.SelectorExpr):
            return self._method(fun.selection)
        return None

    def _func_obj(self, obj: Func):
        d = getattr(obj, "decl", None)
        if d is not None and d in self.by_node:
            return self.by_node[d]
        pkg = obj.pkg
        if pkg is None or pkg is self.pkg:
            return None
        return self._std(f"{pkg.name}.{obj.name}", pkg.path)

    def _method(self, sel):
        fi = sel.obj
        d = getattr(fi, "decl", None)
        if d is not None and d in self.by_node:
            return self.by_node[d]
        named = sel.recv_type
        if isinstance(named, T.Pointer):
            named = named.elem
        if not isinstance(named, T.Named):
            return None
        name = _method_name(named, fi.pointer_recv, fi.name, qualify=f"{named.pkg}.")
        return self._std(name, None)

    def _method_expr(self, fun):
        sel = fun.selection
        if sel.path:
            return None  # a promoted method: gc calls its generated wrapper
        fi = sel.obj
        rt = fun.x.type
        base, ptr = _recv_base(rt)
        if getattr(fi, "pointer_recv", False) != ptr:
            return None  # gc inlines T.M / (*T).M only with the method's own receiver type
        d = getattr(fi, "decl", None)
        if d is not None and d in self.by_node:
            return self.by_node[d]
        if isinstance(base, T.Named):
            return self._std(_method_name(base, ptr, fi.name, qualify=f"{base.pkg}."), None)
        return None

    def _std(self, name: str, path: str | None):
        fact = std_func(name)
        if fact is not None:
            return fact
        return StdFunc(name, None)

    def is_intrinsic(self, call: ast.CallExpr) -> bool:
        fun = ast.unparen(call.fun)
        if isinstance(fun, ast.SelectorExpr) and fun.selection is not None and fun.selection.kind == "pkg":
            obj = fun.selection.obj
            if isinstance(obj, Func) and obj.pkg is not None:
                return f"{obj.pkg.path}.{obj.name}" in std_intrinsics()
        return False

    # costs -----------------------------------------------------------------------------
    def call_cost(self, caller: _Fn, call: ast.CallExpr, for_cost: bool) -> int:
        """What a call adds to its caller's cost on top of its own nodes."""
        if call.call_kind == "iface":
            return INLINE_EXTRA_CALL_COST
        if self.is_intrinsic(call):
            return 0
        callee = self.callee(call, caller.bound)
        if isinstance(callee, _Fn) and callee.node in caller.bound:
            callee = caller.bound[callee.node]
        if isinstance(callee, _Fn):
            if callee.is_closure and not callee.checked:
                self.can_inline(callee)  # a closure is judged where it is called
            if callee.cost is not None and callee is not caller \
                    and callee.cost <= (BIG_FUNCTION_MAX_COST if caller.big else INLINE_MAX_BUDGET):
                return callee.cost
        elif isinstance(callee, StdFunc):
            if callee.name == "runtime.throw":
                return INLINE_EXTRA_THROW_COST - 1
            if callee.cost is not None \
                    and callee.cost <= (BIG_FUNCTION_MAX_COST if caller.big else INLINE_MAX_BUDGET):
                return callee.cost
        return INLINE_EXTRA_CALL_COST

    def can_inline(self, fn: _Fn) -> None:
        """gc's CanInline: decides and reports whether fn can be inlined, and its cost."""
        if fn.checked:
            return
        fn.checked = True
        reason = ""
        if "go:noinline" in fn.pragmas:
            reason = "marked go:noinline"
        elif "go:cgo_unsafe_args" in fn.pragmas:
            reason = "marked go:cgo_unsafe_args"
        elif "go:uintptrkeepalive" in fn.pragmas:
            reason = "marked as having a keep-alive uintptr argument"
        elif "go:uintptrescapes" in fn.pragmas:
            reason = "marked as having an escaping uintptr argument"
        elif "go:yeswritebarrierrec" in fn.pragmas:
            reason = "marked go:yeswritebarrierrec"
        elif not fn.has_body:
            reason = "no function body"
        if not reason:
            if self.level > 1:
                fn.big = self.is_big(fn)
                fn.big_known = True
            # else counted as not big: a cost within the budget means so few nodes that the
            # function is not big (the cost counts every node and adds non-negative
            # adjustments), and a function over the budget is not inlined whatever its
            # bigness, which inline_calls decides when it needs it (-m=2 prints the exact cost)
            c = _Cost(self, fn)
            try:
                if fn.is_wrapper:
                    c.wrapper_call(ast.unparen(fn.node.call))
                else:
                    c.stmts(fn.body)
            except _Hairy as h:
                reason = str(h)
            else:
                if c.cost > INLINE_MAX_BUDGET:
                    reason = f"function too complex: cost {c.cost} exceeds budget {INLINE_MAX_BUDGET}"
                else:
                    fn.cost = c.cost
                    fn.big_known = True
        if reason:
            fn.reason = reason
            if fn.clone_of is None:
                self.result.reasons[fn.node] = reason
            if self.level > 1:
                self.emit(fn.src, fn.pos, f"cannot inline {fn.name}: {reason}")
            return
        if fn.clone_of is None:
            self.result.can_inline[fn.node] = fn.cost
        if self.level > 1:
            self.emit(fn.src, fn.pos, f"can inline {fn.name} with cost {fn.cost} as: {func_text(fn)}")
        elif self.level:
            self.emit(fn.src, fn.pos, f"can inline {fn.name}")

    def is_big(self, fn: _Fn) -> bool:
        c = _Cost(self, fn, for_big=True)
        c.stmts(fn.body)
        return c.cost > BIG_FUNCTION_NODES

    # bottom-up over the call graph (gc's VisitFuncsBottomUp) -----------------------------
    def refs(self, fn: _Fn) -> list[_Fn]:
        """The functions fn refers to (calls, function values, method values, its closures),
        in the order gc's visitor meets them."""
        out: list[_Fn] = []
        stack = list(reversed(fn.body))
        while stack:
            n = stack.pop()
            if isinstance(n, ast.FuncLit) or (isinstance(n, (ast.GoStmt, ast.DeferStmt)) and n in self.by_node
                                              and self.by_node[n] is not fn):
                c = self.by_node.get(n)
                if c is not None:
                    out.append(c)
                if isinstance(n, ast.FuncLit):
                    continue
                call = ast.unparen(n.call)
                stack.extend(reversed(list(ast.children(call))))
                continue
            if isinstance(n, ast.Ident) and isinstance(n.obj, Func):
                d = getattr(n.obj, "decl", None)
                if d in self.by_node:
                    out.append(self.by_node[d])
            elif isinstance(n, ast.SelectorExpr) and n.selection is not None \
                    and n.selection.kind in ("method", "methodexpr"):
                d = getattr(n.selection.obj, "decl", None)
                if d in self.by_node:
                    out.append(self.by_node[d])
            stack.extend(reversed(list(ast.children(n))))
        return out

    def bottom_up(self) -> None:
        ids: dict[_Fn, int] = {}
        stack: list[_Fn] = []
        gen = [0]
        done = 1 << 62

        def visit(fn: _Fn) -> int:
            if fn in ids:
                return ids[fn]
            gen[0] += 1
            my = gen[0]
            ids[fn] = my
            gen[0] += 1
            low = gen[0]
            stack.append(fn)
            for r in self.refs(fn):
                m = visit(r)
                if m < low:
                    low = m
            if (low == my or low == my + 1) and not fn.is_closure:
                recursive = low == my
                i = len(stack) - 1
                while i >= 0:
                    ids[stack[i]] = done
                    if stack[i] is fn:
                        break
                    i -= 1
                block = stack[i:]
                del stack[i:]
                self.analyze_block(block, recursive)
            return low

        for fn in self.top:
            visit(fn)

    def analyze_block(self, block: list[_Fn], recursive: bool) -> None:
        non_closures = sum(1 for f in block if not f.is_closure)
        for fn in block:
            if not recursive or non_closures > 1:
                self.can_inline(fn)
            elif not fn.is_closure:
                fn.checked = True
                fn.reason = "recursive"
                self.result.reasons[fn.node] = "recursive"
                if self.level > 1:
                    self.emit(fn.src, fn.pos, f"cannot inline {fn.name}: recursive")

    # inlining call sites (gc's DevirtualizeAndInlineFunc) --------------------------------
    def calls_of(self, fn: _Fn) -> list[ast.CallExpr]:
        """fn's calls in gc's order (each after the calls in its operands), without those in
        function literals, and without the go/defer calls themselves (computed once per
        function: a callee's calls are asked for at each call inlining it)."""
        got = self.calls_memo.get(id(fn))
        if got is None:
            got = self.calls_memo[id(fn)] = self._calls_of(fn)
        return got

    def _calls_of(self, fn: _Fn) -> list[ast.CallExpr]:
        out: list[ast.CallExpr] = []
        skip: set[int] = set()
        body = fn.body
        if fn.is_wrapper:
            # the operands were evaluated by the go/defer statement: only the call is here
            call = ast.unparen(fn.node.call)
            ok = isinstance(call, ast.CallExpr) and call.call_kind not in ("builtin", "conversion")
            return [call] if ok else []

        seen: set[int] = set()
        stmt_line = [0]

        def visit(n) -> None:
            if isinstance(n, ast.FuncLit) or id(n) in seen:
                return
            seen.add(id(n))
            outer_line = stmt_line[0]
            if isinstance(n, ast.Stmt) and not isinstance(n, ast.BlockStmt):
                stmt_line[0] = n.line
            if isinstance(n, (ast.GoStmt, ast.DeferStmt)):
                call = ast.unparen(n.call)
                if n in self.by_node and self.by_node[n] is not fn:
                    # wrapped: the operands are evaluated here, the call is the wrapper's
                    if isinstance(call, ast.CallExpr):
                        for c in ast.children(call):
                            if isinstance(c, ast.TupleElem):
                                continue  # defer print(f()): gc keeps f() in the deferred call
                            if c is not call.fun or not isinstance(ast.unparen(c), ast.FuncLit):
                                visit(c)
                    return
                if isinstance(call, ast.CallExpr):
                    skip.add(id(call))
            for c in _live_children(n):
                visit(c)
            if isinstance(n, ast.CallExpr) and id(n) not in skip:
                out.append(n)
                self.stmt_line[id(n)] = stmt_line[0]
            stmt_line[0] = outer_line

        for s in live_stmts(body):
            visit(s)
        return out

    def inline_calls(self, fn: _Fn) -> None:
        big = fn.big if fn.big_known else self.is_big(fn)
        fn.big, fn.big_known = big, True
        if big and self.level > 1:
            self.emit(fn.src, fn.pos, f"function {fn.name} considered 'big'; reducing max cost of inlinees")
        max_cost = BIG_FUNCTION_MAX_COST if big else INLINE_MAX_BUDGET
        # the work list: (call or std callee, outermost position, inline chain, outermost call,
        # the closures cloned for the inlined body the call belongs to)
        queue: list[tuple[Any, tuple[int, int], tuple[Any, ...], Any, dict, tuple]] = []
        for call in self.calls_of(fn):
            queue.append((call, fn.at_pos or call_lparen(call, fn.src), (), None, fn.bound, ()))
        i = 0
        while i < len(queue):
            item, pos, chain, top, ctx, path = queue[i]
            i += 1
            path = path + (item if isinstance(item, ast.CallExpr) else item.name,)
            if isinstance(item, ast.CallExpr):
                callee = self._devirtualize(fn, item, pos) if item.call_kind == "iface" else None
                if callee is None:
                    if self.is_intrinsic(item):
                        continue
                    callee = self.callee(item, ctx)
                    if isinstance(callee, _Fn) and callee.node in ctx:
                        callee = ctx[callee.node]
            else:
                callee = item  # a call inside an inlined standard function
            if callee is None:
                continue
            if isinstance(callee, _Fn):
                if callee.is_closure and not callee.checked:
                    self.can_inline(callee)
                if callee.cost is None or callee is fn or callee.cost > max_cost or callee in chain:
                    continue
                if callee.is_closure and callee.clone_of is None and callee.outer is not fn \
                        and _captures(callee.node):
                    continue  # gc does not inline a closure across closure frames
            elif isinstance(callee, StdFunc):
                if callee.cost is None or callee.cost > max_cost or callee.name in chain:
                    continue
            self.emit(fn.src, pos, f"inlining call to {callee.name}")
            holder = fn if top is None else chain[-1]  # the function whose body has the call
            if isinstance(item, ast.CallExpr) and isinstance(holder, _Fn):
                qual = (self.pkg.name + ".") if self.pkg is not None else ""
                callee_name = std_go_name(callee.name) if isinstance(callee, StdFunc) else qual + callee.name
                last = call_lparen(item, holder.src)[0]
                first = min(self.stmt_line.get(id(item)) or last, item.line, last)
                self.result.sites.add((qual + holder.name, first, last, callee_name))
            node = callee.node if isinstance(callee, _Fn) else callee
            self.result.inlined_paths[path] = node
            if top is None:
                self.result.inlined[item] = node
                self.result.call_pos[item] = (fn.src.path, pos[0], pos[1])
                top_call = item
            else:
                top_call = top
                self.result.nested_inlined.setdefault(top, []).append(node)
            key = callee if isinstance(callee, _Fn) else callee.name
            if isinstance(callee, _Fn):
                inner = dict(ctx)
                inner.update(callee.bound)  # a copied literal sees its inlined parameters
                if isinstance(item, ast.CallExpr):
                    inner.update(self._bind_params(callee, item))
                copies = self._clone_closures(fn, callee, chain, pos, item, inner)
                for lit, copy in copies.items():
                    self.result.copy_names[(path, lit)] = copy.name
                inner.update(copies)
                for c in self.calls_of(callee):
                    queue.append((c, pos, chain + (key,), top_call, inner, path))
            else:
                # the list is already flattened (gc printed every level inside the body)
                for name in callee.inlined:
                    queue.append((StdFunc(name, 0), pos, chain + (key,), top_call, ctx, path))

    @staticmethod
    def _bind_params(callee: _Fn, call: ast.CallExpr) -> dict:
        """An inlined body's parameters hold the call's arguments: a parameter never assigned
        has its argument as static value (so a function passed in is a known callee)."""
        sig = callee.signature
        ftype = getattr(callee.node, "ftype", None)
        if sig is None or ftype is None or call.has_ellipsis:
            return {}
        names = [n for fd in ftype.params for n in (fd.names or [None])]
        if sig.variadic:
            names = names[:-1]
        out = {}
        recv = getattr(callee.node, "recv", None)
        fun = ast.unparen(call.fun)
        if recv is not None and recv.names and call.call_kind == "method" and isinstance(fun, ast.SelectorExpr) \
                and isinstance(recv.names[0].obj, Var) and not fun.selection.path:
            out[recv.names[0].obj] = fun.x
        for name, arg in zip(names, call.args):
            if name is not None and isinstance(name.obj, Var):
                out[name.obj] = arg
        return out

    def _clone_closures(self, fn: _Fn, callee: _Fn, chain: tuple, pos, call, bound: dict) -> dict:
        """Inlining a function copies its function literals into the caller as new closures,
        named caller.callee.funcN (gc's #60324 naming, N counting on the caller's closures);
        they are judged for inlining at once and compiled as functions of their own."""
        lits = self.lits_memo.get(id(callee))
        if lits is None:  # (once per callee: it may be inlined at many calls)
            lits = self.lits_memo[id(callee)] = []
            stack = list(reversed(callee.body))
            while stack:
                n = stack.pop()
                if isinstance(n, ast.FuncLit):
                    lits.append(n)
                    continue
                stack.extend(reversed(list(ast.children(n))))
        if not lits:
            return {}
        clones = {}
        names = [fn.name] + [c.name for c in chain if isinstance(c, _Fn)] + [callee.name]
        for lit in lits:
            fn.closure_counter += 1
            sep = "." if fn.is_closure else ".func"
            clone = _Fn(lit, f"{'.'.join(names)}{sep}{fn.closure_counter}", callee.src, (lit.line, lit.col),
                        outer=fn, is_closure=True, clone_of=self.by_node.get(lit), at_pos=pos,
                        bound=bound)
            # judged for inlining where it is called, as closures are; gc's pass over the
            # package's functions has its list already, so the copy's own calls stay
            clones[lit] = clone
        # a callee that returns one of its literals: the call's value is that closure
        live = live_stmts(callee.body)
        if live and isinstance(live[-1], ast.ReturnStmt) and len(live[-1].results) == 1:
            r = ast.unparen(live[-1].results[0])
            if r in clones and isinstance(call, ast.CallExpr):
                self.returned_closure[call] = clones[r]
        return clones

    def _devirtualize(self, fn: _Fn, call: ast.CallExpr, pos):
        """An interface method call on a value whose concrete type is statically known (an
        interface variable assigned once from a concrete value) becomes a direct call."""
        fun = ast.unparen(call.fun)
        if not isinstance(fun, ast.SelectorExpr):
            return None
        v = self.defs.static(fun.x)
        for _ in range(8):
            # the value of an inlined call whose body returns once: that return's operand
            callee = self.result.inlined.get(v) if isinstance(v, ast.CallExpr) else None
            r = _delayed_result(callee) if callee is not None else None
            if r is None:
                break
            v = self.defs.static(r)
        conc = getattr(v, "to_iface", None) and v.type
        if conc is None or v is ast.unparen(fun.x):
            return None
        if isinstance(conc.underlying(), T.Interface):
            return None
        found = _find_method(conc, fun.sel.name)
        if found is None:
            return None
        owner, fi = found
        if fi is None:  # promoted from an embedded interface: still an interface call
            self.emit(fn.src, pos, f"partially devirtualizing {expr_text(fun)} to {conc}")
            return None
        recv = ast.unparen(fun.x)
        if isinstance(recv, ast.CallExpr):  # gc names the call's result temporary
            fn.autotmp += 1
            shown = f".autotmp_{fn.autotmp}.{fun.sel.name}"
        else:
            shown = expr_text(fun)
        self.emit(fn.src, pos, f"devirtualizing {shown} to {conc}")
        self.result.devirtualized[call] = conc
        d = getattr(fi, "decl", None)
        if d is not None and d in self.by_node:
            return self.by_node[d]
        return self._std(_method_name(owner, fi.pointer_recv, fi.name, qualify=f"{owner.pkg}."), None)

    def devirtualize_only(self, fn: _Fn) -> None:
        """With -l gc still devirtualizes interface calls (it only inlines nothing)."""
        for call in self.calls_of(fn):
            if call.call_kind == "iface":
                self._devirtualize(fn, call, call_lparen(call, fn.src))

    def run(self) -> InlineResult:
        self.collect()
        if not self.no_inline:
            self.bottom_up()
        for fn in self.fns:
            if fn.has_body:
                if self.no_inline:
                    self.devirtualize_only(fn)
                else:
                    self.inline_calls(fn)
        return self.result


def analyze(files: list[ast.File], pkg, level: int, no_inline: bool) -> InlineResult:
    """Decides inlining for a checked package as gc does: which functions can be inlined
    (and their costs), which calls are inlined, and the -m messages (level: the -m count;
    0 decides silently). With no_inline (gc's -l) nothing is inlined."""
    from gomem.compiler.driver import alias_spelling
    spelling = alias_spelling([f.source for f in files]) if level > 1 else None
    with T.unqualified(pkg.name if pkg is not None else "", spelling):
        return _Inliner(files, pkg, level, no_inline).run()



# ---------------------------------------------------------------------------------------
# The body text of -m=2's "can inline F with cost N as: SIGNATURE { BODY }" (gc's IR printer,
# as far as gomem's AST allows: loops and switches are summarized as gc does)

_PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
         "+": 4, "-": 4, "|": 4, "^": 4, "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5}
_UNARY_PREC = 7
_POSTFIX_PREC = 8


def _type_text(t) -> str:
    if t is None:
        return "?"
    u = t
    if isinstance(u, T.Interface) and u.is_empty:
        return "interface {}"
    return str(t).replace("interface{}", "interface {}")


def _sig_text(sig) -> str:
    if not isinstance(sig, T.Signature):
        return "func()"
    ps = [_type_text(p) for p in sig.params]
    if sig.variadic and ps:
        ps[-1] = "..." + _type_text(sig.params[-1].elem)
    out = "func(" + ", ".join(ps) + ")"
    rs = [_type_text(r) for r in sig.results]
    if len(rs) == 1:
        out += " " + rs[0]
    elif rs:
        out += " (" + ", ".join(rs) + ")"
    return out


def func_text(fn: _Fn) -> str:
    n = fn.node
    if isinstance(n, (ast.GoStmt, ast.DeferStmt)):
        sig = "func()"
    elif isinstance(n, ast.FuncDecl) and n.recv is not None:
        sig = f"method({_type_text(getattr(n, 'recv_type', None))}) " + _sig_text(n.obj.type if n.obj else None)
    elif isinstance(n, ast.FuncDecl):
        sig = _sig_text(n.obj.type if n.obj is not None else None)
    else:
        sig = _sig_text(n.type.underlying() if n.type is not None else None)
    body = "; ".join(t for t in (_stmt_text(s) for s in live_stmts(fn.body)) if t is not None)
    return f"{sig} {{ {body} }}"


def _stmts_text(stmts) -> str:
    return "; ".join(t for t in (_stmt_text(s) for s in live_stmts(stmts)) if t is not None)


def _stmt_text(s) -> str | None:
    if isinstance(s, ast.ExprStmt):
        return expr_text(s.x)
    if isinstance(s, ast.AssignStmt):
        return f"{', '.join(expr_text(x) for x in s.lhs)} {s.tok} {', '.join(expr_text(x) for x in s.rhs)}"
    if isinstance(s, ast.DeclStmt):
        d = s.decl
        if d is None or d.tok != "var":
            return None
        parts = []
        for spec in d.specs:
            if spec.values:
                parts.append(f"{', '.join(n.name for n in spec.names)} := {', '.join(expr_text(v) for v in spec.values)}")
            else:
                parts.extend(f"{n.name} = <nil>" for n in spec.names)
        return "; ".join(parts) if parts else None
    if isinstance(s, ast.IncDecStmt):
        return f"{expr_text(s.x)}{s.tok}"
    if isinstance(s, ast.ReturnStmt):
        return "return " + ", ".join(expr_text(r) for r in s.results)
    if isinstance(s, ast.SendStmt):
        return f"{expr_text(s.chan)} <- {expr_text(s.value)}"
    if isinstance(s, (ast.ForStmt, ast.RangeStmt)):
        return "for loop"
    if isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt)):
        return "switch statement"
    if isinstance(s, ast.SelectStmt):
        return "select statement"
    if isinstance(s, ast.IfStmt):
        c, keep = _static_bool(s.cond)
        if c != 0:
            parts = [_stmt_text(s.init) if s.init else None]
            if not _is_const(keep):
                parts.append(f"_ = {expr_text(keep)}")
            branch = s.body if c > 0 else s.else_
            if isinstance(branch, ast.BlockStmt):
                parts.append(_stmts_text(branch.stmts))
            elif branch is not None:
                parts.append(_stmt_text(branch))
            return "; ".join(p for p in parts if p)
        out = f"if {expr_text(s.cond)} {{ {_stmts_text(s.body.stmts)} }}"  # (gc omits the init)
        if s.else_ is not None:
            inner = _stmts_text(s.else_.stmts) if isinstance(s.else_, ast.BlockStmt) else _stmt_text(s.else_)
            out += f" else {{ {inner} }}"
        return out
    if isinstance(s, ast.BlockStmt):
        return _stmts_text(s.stmts)
    if isinstance(s, ast.LabeledStmt):
        inner = _stmt_text(s.stmt)
        return f"{s.label.name}: ; " + (inner or "")
    if isinstance(s, ast.BranchStmt):
        return s.tok + (f" {s.label.name}" if s.label is not None else "")
    return None


def _const_text(e) -> str:
    v = e.const
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, bytes):
        from gomem.stdlib.gostrconv import quote
        return quote(v).decode("utf-8", "surrogateescape")
    if isinstance(e, ast.BasicLit):
        return e.value
    return str(v)


def _prec(e) -> int:
    e = ast.unparen(e)
    if _is_const(e):
        return _POSTFIX_PREC
    if isinstance(e, ast.BinaryExpr):
        return _PREC.get(e.op, 4)
    if isinstance(e, (ast.UnaryExpr, ast.StarExpr)):
        return _UNARY_PREC
    return _POSTFIX_PREC


def _wrap(e, prec: int) -> str:
    text = expr_text(e)
    return f"({text})" if _prec(e) < prec else text


def expr_text(e) -> str:
    """An expression as gc's IR printer shows it (short forms for literals)."""
    e = ast.unparen(e)
    if e is None:
        return ""
    if _is_const(e) and not (isinstance(e, ast.Ident) and e.name in ("true", "false")):
        return _const_text(e)
    if isinstance(e, ast.Ident):
        return e.name
    if isinstance(e, ast.BasicLit):
        return e.value
    if isinstance(e, ast.FuncLit):
        return "func literal"
    if isinstance(e, ast.CompositeLit):
        return f"{_type_text(e.type)}{{...}}" if e.elts else f"{_type_text(e.type)}{{}}"
    if isinstance(e, ast.SelectorExpr):
        return f"{_wrap(e.x, _POSTFIX_PREC)}.{e.sel.name}"
    if isinstance(e, ast.IndexExpr):
        return f"{_wrap(e.x, _POSTFIX_PREC)}[{expr_text(e.index)}]"
    if isinstance(e, ast.SliceExpr):
        parts = [expr_text(e.low), expr_text(e.high)]
        if e.slice3:
            parts.append(expr_text(e.max))
        return f"{_wrap(e.x, _POSTFIX_PREC)}[{':'.join(parts)}]"
    if isinstance(e, ast.TypeAssertExpr):
        return f"{_wrap(e.x, _POSTFIX_PREC)}.({_type_text(e.type)})"
    if isinstance(e, ast.StarExpr):
        return "*" + _wrap(e.x, _UNARY_PREC)
    if isinstance(e, ast.UnaryExpr):
        x = ast.unparen(e.x)
        if e.op == "&" and isinstance(x, ast.CompositeLit):
            return "&" + expr_text(x)
        return e.op + _wrap(e.x, _UNARY_PREC)
    if isinstance(e, ast.BinaryExpr):
        p = _PREC.get(e.op, 4)
        return f"{_wrap(e.x, p)} {e.op} {_wrap(e.y, p + 1)}"
    if isinstance(e, ast.CallExpr):
        args = ", ".join(expr_text(a) for a in e.args)
        if e.has_ellipsis:
            args += "..."
        if e.call_kind == "conversion":
            t = e.type
            name = _type_text(t)
            if not isinstance(t, (T.Named, T.Basic)):
                name = f"({name})"
            return f"{name}({args})"
        fun = ast.unparen(e.fun)
        if e.call_kind == "method" and isinstance(fun, ast.SelectorExpr) and fun.selection is not None:
            sel = fun.selection
            named = sel.recv_type.elem if isinstance(sel.recv_type, T.Pointer) else sel.recv_type
            recv = expr_text(fun.x)  # gc leaves the implicit &x / *p out
            mname = _method_name(named, sel.pointer_recv, fun.sel.name) if isinstance(named, T.Named) else fun.sel.name
            return f"{mname}({', '.join([recv] + [expr_text(a) for a in e.args])})"
        if e.call_kind == "builtin" and getattr(e, "builtin", "") in ("make", "new"):
            parts = [_type_text(e.args[0].type)] + [expr_text(a) for a in e.args[1:]]
            return f"{expr_text(fun)}({', '.join(parts)})"
        sig = e.fun.type.underlying() if e.fun.type is not None else None
        if isinstance(sig, T.Signature) and sig.variadic and not e.has_ellipsis and e.call_kind != "builtin":
            fixed = [expr_text(a) for a in e.args[:len(sig.params) - 1]]
            rest = "... argument..." if len(e.args) >= len(sig.params) else "nil..."
            args = ", ".join(fixed + [rest])
        ftext = expr_text(fun)
        if isinstance(fun, ast.FuncLit):
            ftext = f"({ftext})"
        return f"{ftext}({args})"
    if isinstance(e, ast.KeyValueExpr):
        return f"{expr_text(e.key)}:{expr_text(e.value)}"
    return "?"
