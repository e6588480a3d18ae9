"""Builds the escape graph of one batch from the checked syntax tree (gc's escape/expr.go,
stmt.go, assign.go and call.go describe the same rules for gc's IR; see
docs/escape-analysis.md and the fact reference for what each construct does)."""

from __future__ import annotations

from typing import Any

from gomem.check.objects import Func, Var
from gomem.escape.graph import (
    LEAK_CALLEE,
    LEAK_HEAP,
    LEAK_MUTATOR,
    LEAK_RESULT0,
    NO_LEAK,
    NUM_RESULT_LEAKS,
    Fn,
    Graph,
    Hole,
    Leaks,
    Loc,
)
from gomem.frontend import ast
from gomem.types import types as T

MAX_IMPLICIT_STACK_VAR_SIZE = 64 * 1024  # gc's MaxImplicitStackVarSize
MAX_BYVAL_CAPTURE = 128  # closure variables up to this size may be captured by value



def pointer_shaped(t: T.Type) -> bool:
    """Whether an interface holds a value of type t directly (gc's IsDirectIface): no box."""
    u = t.underlying()
    if isinstance(u, (T.Pointer, T.Map, T.Chan, T.Signature)):
        return True
    if isinstance(u, T.Basic):
        return u.kind == T.Kind.UNSAFE_POINTER
    if isinstance(u, T.Struct):
        return len(u.fields) == 1 and pointer_shaped(u.fields[0].type)
    if isinstance(u, T.Array):
        return u.length == 1 and pointer_shaped(u.elem)
    return False


def has_pointers(t: Any) -> bool:
    if t is None or isinstance(t, T.Tuple):
        return True
    if isinstance(t, T.Basic) and t.kind in T.UNTYPED_KINDS:
        return True  # (untyped values keep their hole: gc does not redirect them)
    try:
        return t.has_pointers
    except Exception:  # noqa: BLE001 - a type without layout: keep the flow
        return True


class StaticCallee:
    """A call's callee when it is known statically."""

    def __init__(self, decl: Any = None, std: str | None = None, lit: Any = None) -> None:
        self.decl = decl  # FuncDecl of this package
        self.std = std  # "pkg.F" / "pkg.T.M" / "pkg.(*T).M" of a standard package
        self.lit = lit  # FuncLit


class Walker:
    """Walks the functions of one batch into its graph."""

    def __init__(self, analysis: Any, graph: Graph, batch_decls: list[Any]) -> None:
        self.an = analysis
        self.g = graph
        self.batch_ids = {id(d) for d in batch_decls}
        self.fn: Fn | None = None
        self.depth = 1
        self.labels: dict[str, str] = {}
        self.vars: dict[int, Loc] = {}  # id(Var) -> its location
        self.closures: list[tuple[Hole, Loc, Fn, list[tuple[Var, Loc]]]] = []
        self.path = ""
        self.fns: list[Fn] = []
        self.inlining: _Inlining | None = None  # the inlined call being walked

    # ------------------------------------------------------------ locations
    def in_batch(self, fn: Fn) -> bool:
        return fn in self.fns

    def var_loc(self, v: Var) -> Loc:
        loc = self.vars.get(id(v))
        if loc is None:
            if self.inlining is not None and id(v.func) in self.inlining.funcs:
                # a variable of an inlined body: a variable of the caller, reported at the call
                # (one of a closure copied with the body: where it is declared)
                loc = self.g.new_loc(None, v, self.fn, self.depth)
                loc.pos = self.inlining.pos if self.inlining.pos is not None else \
                    (self.an.path_of_var(v, self.path), v.line, v.col)
                loc.inlined = self.inlining.path
                self.inlining.vars.append(id(v))
            elif self.inlining is not None and not v.is_global and v.func is not None \
                    and self.an.fn_of.get(id(v.func)) not in self.fns:
                # a variable an inlined closure captured from a function of an earlier batch,
                # which decided it: seen from here as memory on the heap (what flows into it
                # escapes), neither reported nor recorded
                loc = self.g.new_loc(None, v, self.fn, self.depth)
                loc.pos = self.inlining.pos or (self.an.path_of_var(v, self.path), v.line, v.col)
                loc.inlined = self.inlining.path
                loc.wrapper = True
                self.inlining.vars.append(id(v))
                self.g.flow(self.heap_hole().note(v, "captured by an inlined closure"), loc)
            else:
                fn = self.an.fn_of.get(id(v.func)) if v.func is not None else None
                loc = self.g.new_loc(None, v, fn or self.fn, self.depth)
                loc.pos = (self.an.path_of_var(v, self.path), v.line, v.col)
            loc.label = v.name
            self.vars[id(v)] = loc
        return loc

    def new_temp(self) -> Loc:
        return self.g.new_loc(None, None, self.fn, self.depth)

    def spill(self, k: Hole, node: Any, pos: tuple[int, int] | None = None, label: str | None = None) -> Hole:
        """An allocation: a new location for node whose address flows to k."""
        loc = self.g.new_loc(node, None, self.fn, self.depth)
        if self.inlining is not None and self.inlining.pos is not None:
            loc.pos = self.inlining.pos  # (gc reports inlined code at the outermost call)
            loc.inlined = self.inlining.path
        else:
            if self.inlining is not None:  # (in a closure copied with an inlined body)
                loc.inlined = self.inlining.path
            if pos is None:
                pos = self.an.pos_of(node, self.path)
            loc.pos = (self.path, pos[0], pos[1])
        # (spelled only when messages are printed: the analysis runs on every compile)
        loc.label = label if label is not None else (self.an.node_label(node) if self.an.level else "")
        self.g.flow(k.addr(node, "spill"), loc)
        return Hole(loc)

    def heap_hole(self) -> Hole:
        return Hole(self.g.heap)

    def discard_hole(self) -> Hole:
        return Hole(self.g.blank)

    def tee(self, holes: list[Hole]) -> Hole:
        holes = [h for h in holes if h.dst is not self.g.blank]
        if not holes:
            return self.discard_hole()
        if len(holes) == 1:
            return holes[0]
        loc = self.new_temp()
        for h in holes:
            self.g.flow(h, loc)
        return Hole(loc)

    def later(self, k: Hole) -> Hole:
        loc = self.new_temp()
        self.g.flow(k, loc)
        return Hole(loc)

    # ------------------------------------------------------------ functions
    def declare_fn(self, node: Any, name: str, outer: Fn | None) -> Fn:
        fn = Fn(node, name, outer)
        self.an.fn_of[id(node)] = fn
        self.fns.append(fn)
        saved, self.fn = self.fn, fn
        saved_depth, self.depth = self.depth, 1
        ft = node.ftype
        recv = getattr(node, "recv", None)
        if recv is not None:
            fn.params.append(recv.names[0].obj if recv.names and recv.names[0].name != "_" else None)
        for f in ft.params:
            for n in f.names or [None]:
                v = n.obj if n is not None and n.name != "_" else None
                fn.params.append(v)
        for p in fn.params:
            if p is not None:
                loc = self.var_loc(p)
                loc.is_param = True
        ri = 0
        for f in ft.results:
            for n in f.names or [None]:
                if n is not None and isinstance(getattr(n, "obj", None), Var):
                    loc = self.var_loc(n.obj)
                    fn.results.append(n.obj)
                else:
                    loc = self.g.new_loc(None, None, fn, 1)
                    loc.label = f"~r{ri}"
                    fn.results.append(None)
                loc.is_result = True
                loc.result_index = ri
                fn.result_locs.append(loc)
                ri += 1
        self.fn, self.depth = saved, saved_depth
        return fn

    def walk_fn(self, fn: Fn) -> None:
        saved = (self.fn, self.depth, self.labels)
        self.fn, self.depth = fn, 1
        top = fn
        while top.outer is not None:
            top = top.outer
        self.labels = self.find_labels(fn.node.body) if id(top.node) in self.an.has_labels else {}
        self.stmts(fn.node.body.stmts)
        self.fn, self.depth, self.labels = saved

    @staticmethod
    def find_labels(body: Any) -> dict[str, str]:
        """Labels that a goto jumps back to start a loop (their statements are one loop
        deeper); other labels do not count."""
        labels: dict[str, str] = {}
        for n in ast.walk(body):
            if isinstance(n, ast.FuncLit):
                continue
            if isinstance(n, ast.LabeledStmt):
                labels[n.label.name] = "nonlooping"
            elif isinstance(n, ast.BranchStmt) and n.tok == "goto" and n.label is not None:
                if labels.get(n.label.name) == "nonlooping":
                    labels[n.label.name] = "looping"
        return labels

    # ------------------------------------------------------------ statements
    def block(self, stmts: list[Any]) -> None:
        """A nested block: a looping label inside it deepens the loop only until its end."""
        depth = self.depth
        self.stmts(stmts)
        self.depth = depth

    def stmts(self, stmts: list[Any]) -> None:
        for s in stmts:
            self.stmt(s)
            if isinstance(s, ast.IfStmt) and s.init is None and isinstance(s.cond.const, bool):
                taken = s.body if s.cond.const else s.else_
                if isinstance(taken, ast.BlockStmt) and taken.stmts and terminates(taken.stmts[-1]):
                    break  # (gc drops the dead code after an if on a constant that returns)

    def stmt(self, s: Any) -> None:
        if s is None:
            return
        m = getattr(self, "stmt_" + type(s).__name__, None)
        if m is not None:
            m(s)

    def stmt_BlockStmt(self, s: Any) -> None:
        self.stmts(s.stmts)

    def stmt_LabeledStmt(self, s: Any) -> None:
        if self.labels.get(s.label.name) == "looping":
            self.depth += 1
        self.stmt(s.stmt)

    def stmt_ExprStmt(self, s: Any) -> None:
        x = ast.unparen(s.x)
        if isinstance(x, ast.CallExpr):
            self.call([], x)
        else:
            self.expr(self.discard_hole(), x)

    def stmt_DeclStmt(self, s: Any) -> None:
        d = s.decl
        if d is None or d.tok != "var":
            return
        for spec in d.specs:
            for n in spec.names:
                if isinstance(n.obj, Var) and n.name != "_":
                    self.dcl(n.obj)
            if spec.values:
                self.assign_list(spec.names, spec.values, "assign", s, decl=True)

    def dcl(self, v: Var) -> Hole:
        loc = self.var_loc(v)
        loc.depth = self.depth
        return Hole(loc)

    def stmt_IfStmt(self, s: Any) -> None:
        self.stmt(s.init)
        self.discard(s.cond)
        const = s.cond.const if isinstance(s.cond.const, bool) else None
        if const is not False:
            self.block(s.body.stmts)
        if const is True:
            return  # (the other branch is dead code, which gc drops)
        if isinstance(s.else_, ast.BlockStmt):
            self.block(s.else_.stmts)
        else:
            self.stmt(s.else_)

    def stmt_ForStmt(self, s: Any) -> None:
        self.loop_vars_init(s.init)
        self.depth += 1
        self.discard(s.cond)
        self.stmt(s.post)
        self.block(s.body.stmts)
        self.depth -= 1

    def loop_vars_init(self, init: Any) -> None:
        """A 3-clause loop's variables: per iteration (one loop deeper) when a closure
        captures them or their address is taken (Go 1.22 copies them each iteration)."""
        if isinstance(init, ast.AssignStmt) and init.tok == ":=":
            per_iteration = [n for n in init.lhs if isinstance(getattr(n, "obj", None), Var)
                             and (n.obj.addr_taken or n.obj.captured)]
            if per_iteration:
                self.depth += 1
                self.stmt(init)
                self.depth -= 1
                return
        self.stmt(init)

    def stmt_RangeStmt(self, s: Any) -> None:
        tmp = self.new_temp()
        self.expr(Hole(tmp), s.x)
        self.depth += 1
        holes = []
        for v in (s.key, s.value):
            if v is None:
                holes.append(self.discard_hole())
                continue
            if s.tok == ":=" and isinstance(getattr(v, "obj", None), Var):
                if v.name == "_":
                    holes.append(self.discard_hole())
                    continue
                # per-iteration variables live in the body; shared ones are declared outside
                if not (v.obj.addr_taken or v.obj.captured):
                    self.depth -= 1
                    h = self.dcl(v.obj)
                    self.depth += 1
                else:
                    h = self.dcl(v.obj)
                holes.append(h)
            else:
                holes.append(self.addr(v))
        if s.value is not None and not has_pointers(s.value.type):
            holes[1] = self.discard_hole()  # (a scalar per-iteration copy carries nothing)
        xt = s.x.type.underlying() if s.x.type is not None else None
        if isinstance(xt, T.Pointer):
            self.g.flow(holes[1].deref(s, "range-deref"), tmp)
        elif isinstance(xt, T.Array):
            self.g.flow(holes[1].note(s, "range"), tmp)
        elif s.value is not None:
            self.g.flow(holes[1].deref(s, "range-deref"), tmp)
        for h in holes:
            h.dst.reassigned = True
        self.block(s.body.stmts)
        self.depth -= 1

    def stmt_SwitchStmt(self, s: Any) -> None:
        self.stmt(s.init)
        self.discard(s.tag)
        for cc in s.clauses:
            for e in cc.exprs or []:
                self.discard(e)
            self.block(cc.body)

    def stmt_TypeSwitchStmt(self, s: Any) -> None:
        self.stmt(s.init)
        holes = []
        for cc in s.clauses:
            v = getattr(cc, "implicit_obj", None)
            if v is not None:
                k = self.dcl(v)
                if has_pointers(v.type):
                    holes.append(self.dot_type(k, v.type, cc, "switch case"))
        x = s.x
        if isinstance(x, ast.TypeAssertExpr):
            x = x.x
        self.expr(self.tee(holes), x)
        for cc in s.clauses:
            for e in cc.exprs or []:
                pass  # (types)
            self.block(cc.body)

    def stmt_SelectStmt(self, s: Any) -> None:
        for cc in s.clauses:
            self.stmt(cc.comm)
            self.block(cc.body)

    def stmt_SendStmt(self, s: Any) -> None:
        self.discard(s.chan)
        self.expr(self.heap_hole().note(s, "send"), s.value)

    def stmt_IncDecStmt(self, s: Any) -> None:
        k = self.addr(s.x)
        k.dst.reassigned = True

    def stmt_AssignStmt(self, s: Any) -> None:
        if s.tok not in ("=", ":="):  # x op= y
            k = self.addr(s.lhs[0])
            self.expr(k.note(s, "assign"), s.rhs[0])
            k.dst.reassigned = True
            return
        if s.tok == ":=":
            for n in s.lhs:
                if isinstance(getattr(n, "obj", None), Var) and n.name != "_" \
                        and (n.obj.line, n.obj.col) == (n.line, n.col):
                    self.dcl(n.obj)
        self.assign_list(s.lhs, s.rhs, "assign" if len(s.lhs) == 1 else "assign-pair", s,
                         decl=s.tok == ":=")

    def stmt_ReturnStmt(self, s: Any) -> None:
        if not s.results:
            return
        result_locs = self.inlining.results if self.inlining is not None else self.fn.result_locs
        holes = [Hole(loc) for loc in result_locs]
        if len(s.results) == 1 and len(holes) > 1:
            call = ast.unparen(s.results[0])
            self.call([h.note(s, "return") for h in holes], call)
            return
        for h, e in zip(holes, s.results):
            self.expr(h.note(s, "return"), e)

    def stmt_GoStmt(self, s: Any) -> None:
        self.go_defer(s, False)

    def stmt_DeferStmt(self, s: Any) -> None:
        self.go_defer(s, True)

    def assign_list(self, lhs: list[Any], rhs: list[Any], why: str, where: Any, decl: bool = False) -> None:
        holes = [self.addr(x) for x in lhs]
        if len(rhs) == 1 and len(lhs) > 1:
            r = ast.unparen(rhs[0])
            if isinstance(r, ast.CallExpr) and r.call_kind != "conversion":
                self.call(holes, r)
            elif isinstance(r, ast.IndexExpr):  # v, ok = m[k]
                self.expr(holes[0].note(where, "assign-pair-mapr"), r)
            elif isinstance(r, ast.TypeAssertExpr):
                k = holes[0].note(where, "assign-pair-dot-type")
                lt = ast.unparen(lhs[0]).type
                if lt is not None and T.is_interface(lt) and r.type is not None \
                        and not T.is_interface(r.type) and not pointer_shaped(r.type):
                    # the asserted value goes through a temporary, boxed again for the interface
                    self.an.autotmp += 1
                    k = self.spill(k, r, label=f"autotmp_{self.an.autotmp}")  # (as gc names it)
                self.expr(k, r)
            else:  # v, ok = <-ch
                self.expr(holes[0].note(where, "assign-pair-receive"), r)
        else:
            for k, dst, src in zip(holes, lhs, rhs):
                if self.is_self_assign(dst, src):
                    if self.an.level:
                        self.an.emit(self.path, where.tok_line or where.line, where.tok_col or where.col,
                                     f"{self.fn.name} ignoring self-assignment in {self.an.stmt_label(where)}")
                    k = self.discard_hole()
                self.expr(k.note(where, why), src)
        for x, k in zip(lhs, holes):
            if decl and isinstance(getattr(ast.unparen(x), "obj", None), Var) \
                    and (x.obj.line, x.obj.col) == (x.line, x.col):
                continue  # a variable's own declaration does not reassign it
            k.dst.reassigned = True

    def is_self_assign(self, dst: Any, src: Any) -> bool:
        dst, src = ast.unparen(dst), ast.unparen(src)
        if dst is None or src is None:
            return False
        if self.is_slice_self_assign(dst, src):
            return True
        if isinstance(dst, ast.SelectorExpr) and isinstance(src, ast.SelectorExpr):
            if not (dst.selection and src.selection and dst.selection.kind == "field" == src.selection.kind):
                return False
            return same_safe_expr(dst.x, src.x)
        if isinstance(dst, ast.IndexExpr) and isinstance(src, ast.IndexExpr):
            if not isinstance(dst.x.type, T.Type) or isinstance(dst.x.type.underlying(), T.Map) \
                    or isinstance(src.x.type.underlying(), T.Map):
                return False
            if may_affect_memory(dst.index) or may_affect_memory(src.index):
                return False
            return same_safe_expr(dst.x, src.x)
        return False

    def is_slice_self_assign(self, dst: Any, src: Any) -> bool:
        base = deref_base(dst)
        if base is None or not isinstance(src, ast.SliceExpr):
            return False
        sx = ast.unparen(src.x)
        if sx.type is not None and isinstance(sx.type.underlying(), T.Array):
            return False  # slicing an array held by value takes its address
        b2 = deref_base(sx)
        return b2 is not None and b2.obj is base.obj

    # ------------------------------------------------------------ go / defer
    def go_defer(self, s: Any, is_defer: bool) -> None:
        k = self.heap_hole()
        if is_defer and self.depth == 1:
            k = self.later(self.discard_hole())  # runs at the function's end: stays in the frame
        call = ast.unparen(s.call)
        if not isinstance(call, ast.CallExpr):
            self.expr(self.discard_hole(), call)
            return
        sig = call.fun.type.underlying() if call.fun is not None and call.fun.type is not None else None
        if call.call_kind in ("func", "value") and isinstance(sig, T.Signature) \
                and not sig.params and not sig.results and not call.args:
            self.expr(k, call.fun)
            return
        # gc wraps the call in a closure without parameters: operands that are constants,
        # new(T), functions or literals built of those are evaluated inside it, the others
        # before the statement, into temporaries the closure captures
        outer = self.fn
        wfn = Fn(s, f"{outer.name}.{'defer' if is_defer else 'go'}wrap", outer)
        wrapper = self.g.new_loc(s, None, self.fn, self.depth)
        wrapper.wrapper = True
        wrapper.closure_fn = wfn
        self.g.flow(k.addr(s, "spill"), wrapper)
        self.fns.append(wfn)
        w = _Wrap(wrapper, wfn, outer, self.depth)
        self.fn, self.depth = wfn, 1
        try:
            self.call([], call, wrapper=w)
        finally:
            self.fn, self.depth = outer, w.depth

    def wrapped_arg(self, k: Hole, arg: Any, w: _Wrap) -> None:
        """An operand of a go/defer call, walked inside the wrapper (self.fn is it)."""
        a = ast.unparen(arg)
        if stays_in_wrapper(a):
            self.expr(k, a)
            return
        if isinstance(a, ast.CompositeLit) and getattr(a, "to_iface", None) is None \
                and not getattr(a, "elided_ptr", False) and a.type is not None \
                and isinstance(a.type.underlying(), (T.Slice, T.Array, T.Struct)):
            if isinstance(a.type.underlying(), T.Slice):
                k = self.spill(k, a)
            for el in a.elts:
                self.wrapped_arg(k, el.value if isinstance(el, ast.KeyValueExpr) else el, w)
            return
        tmp = self.outside_temp(w, lambda h: self.expr(h, a), a.type, a)
        self.g.flow(k, tmp)

    def outside_temp(self, w: _Wrap, walk: Any, typ: Any, where: Any) -> Loc:
        """A temporary of the function around a go/defer wrapper, set by walk(hole) before
        the statement and captured by the wrapper."""
        inner = (self.fn, self.depth)
        self.fn, self.depth = w.outer, w.depth
        try:
            tmp = self.new_temp()
            walk(Hole(tmp))
        finally:
            self.fn, self.depth = inner
        size = typ.size if isinstance(typ, T.Type) else 8
        k = Hole(w.loc)
        if size > MAX_BYVAL_CAPTURE:
            k = k.addr(where, "reference")
        self.g.flow(k.note(where, "captured by a closure"), tmp)
        return tmp

    # ------------------------------------------------------------ assignment targets
    def addr(self, x: Any) -> Hole:
        """The hole of an assignment's destination."""
        x = ast.unparen(x)
        if x is None or (isinstance(x, ast.Ident) and x.name == "_"):
            return self.discard_hole()
        if isinstance(x, ast.Ident):
            obj = x.obj
            if isinstance(obj, Var) and not obj.is_global:
                return Hole(self.var_loc(obj))
            return self.heap_hole()
        if isinstance(x, ast.SelectorExpr):
            sel = x.selection
            if sel is not None and sel.kind == "pkg":
                return self.heap_hole()
            if sel is not None and sel.kind == "field" and not self.field_indirect(x):
                return self.addr(x.x)
            if sel is not None and sel.kind == "field":
                # stored through a pointer: the memory it points to is mutated
                self.expr(Hole(self.g.mutator).shift(self.field_derefs(x) - 1), x.x)
            else:
                self.discard(x.x)
            return self.heap_hole()
        if isinstance(x, ast.IndexExpr):
            xt = x.x.type.underlying() if x.x.type is not None else None
            if isinstance(xt, T.Map):
                self.discard(x.x)
                self.expr(self.heap_hole().note(x, "key of map put"), x.index)
                return self.heap_hole()
            self.discard(x.index)
            if isinstance(xt, T.Array):
                return self.addr(x.x)
            self.expr(Hole(self.g.mutator), x.x)
            return self.heap_hole()
        if isinstance(x, ast.StarExpr):
            self.expr(Hole(self.g.mutator), x.x)
            return self.heap_hole()
        self.discard(x)
        return self.heap_hole()

    @staticmethod
    def field_indirect(x: Any) -> bool:
        """x.f goes through a pointer (x is one, or an embedded pointer is on the path)."""
        xt = x.x.type
        if xt is not None and isinstance(xt.underlying(), T.Pointer):
            return True
        return any(isptr for _, isptr in x.selection.path)

    @staticmethod
    def field_derefs(x: Any) -> int:
        xt = x.x.type
        n = 1 if xt is not None and isinstance(xt.underlying(), T.Pointer) else 0
        return n + sum(1 for _, isptr in x.selection.path if isptr)

    # ------------------------------------------------------------ expressions
    def discard(self, e: Any) -> None:
        if e is not None:
            self.expr(self.discard_hole(), e)

    def dot_type(self, k: Hole, t: Any, where: Any, why: str) -> Hole:
        if t is not None and not T.is_interface(t) and not pointer_shaped(t):
            k = k.shift(1)
        return k.note(where, why)

    def expr(self, k: Hole, e: Any, boxed: bool = False) -> None:
        if e is None:
            return
        if not boxed:
            conv = getattr(e, "to_iface", None)
            if conv is not None and e.type is not None and not T.is_interface(e.type):
                if not pointer_shaped(e.type):
                    k = self.spill(k, e)
                    k.dst.box = True
                self.expr(k.note(e, "interface-converted"), e, boxed=True)
                return
        if k.derefs >= 0 and not has_pointers(e.type):
            k = Hole(self.g.blank)
        m = getattr(self, "expr_" + type(e).__name__, None)
        if m is not None:
            m(k, e)

    def expr_ParenExpr(self, k: Hole, e: Any) -> None:
        self.expr(k, e.x)

    def expr_Ident(self, k: Hole, e: Any) -> None:
        obj = e.obj
        if isinstance(obj, Var) and not obj.is_global and obj.name != "_":
            self.g.flow(k, self.var_loc(obj))

    def expr_FuncLit(self, k: Hole, e: Any) -> None:
        if self.inlining is not None:
            self.inlined_func_lit(k, e)
            return
        k = self.spill(k, e)
        outer = self.fn
        fn = self.an.fn_of.get(id(e))
        if fn is None:
            fn = self.declare_fn(e, self.an.closure_name(outer), outer)
        k.dst.closure_fn = fn
        self.closures.append((k, k.dst, fn, self.capture(e)))
        self.walk_fn(fn)

    def capture(self, e: Any) -> list[tuple[Var, Loc]]:
        """The variables func literal e captures, with their locations (kept: those of an
        inlined body are gone once it is walked)."""
        out = []
        for v in self.an.free_vars(e):
            loc = self.var_loc(v)
            if not loc.captured:
                loc.captured = True
                # assignments in straight-line code before the first capture do not count
                if loc.depth == self.depth:
                    loc.reassigned = False
            out.append((v, loc))
        return out

    def inlined_func_lit(self, k: Hole, e: Any) -> None:
        """A func literal in an inlined body: gc copies it into the caller as a closure of
        its own, so its variables, like the body's, are the copy's (recorded for the copy)."""
        k = self.spill(k, e)
        outer_inl = self.inlining
        fn = Fn(e, "", self.fn)
        fn.inlined_copy = True
        k.dst.closure_fn = fn
        captured = self.capture(e)
        # (the same copy; what the closure's body allocates is reported where it is written)
        ctx = _Inlining(None, e, outer_inl, None)
        ctx.path, ctx.vars = outer_inl.path, outer_inl.vars
        saved = (self.fn, self.depth, self.inlining, self.path)
        self.fn, self.depth, self.inlining = fn, 1, ctx
        self.path = self.an.decl_path.get(id(e), self.path)
        try:
            for f in e.ftype.params:
                for n in f.names or [None]:
                    if n is not None and n.name != "_" and isinstance(n.obj, Var):
                        self.var_loc(n.obj).is_param = True
                        fn.params.append(n.obj)
                    else:
                        fn.params.append(None)
            ri = 0
            for f in e.ftype.results:
                for n in f.names or [None]:
                    if n is not None and isinstance(getattr(n, "obj", None), Var) and n.name != "_":
                        loc = self.var_loc(n.obj)
                    else:
                        loc = self.g.new_loc(None, None, fn, 1)
                        loc.label = f"~r{ri}"
                    loc.is_result = True
                    loc.result_index = ri
                    fn.result_locs.append(loc)
                    ctx.results.append(loc)
                    ri += 1
            self.stmts(e.body.stmts)
        finally:
            self.fn, self.depth, self.inlining, self.path = saved
        self.closures.append((k, k.dst, fn, captured))

    def flow_closures(self) -> None:
        """Decides, once the whole batch is walked, how each closure captures each free
        variable (by value: small, never reassigned, never address-taken)."""
        for k, clo, fn, captured in self.closures:
            for v, loc in captured:
                size = v.type.size if v.type is not None else 8
                byval = not loc.addrtaken and not loc.reassigned and size <= MAX_BYVAL_CAPTURE
                if self.an.level >= 2 and fn.node is not None and not fn.inlined_copy:
                    self.an.emit_at_node(
                        self.an.path_of_var(v, self.path), v,
                        f"{fn.name} capturing by {'value' if byval else 'ref'}: {v.name} "
                        f"(addr={str(loc.addrtaken).lower()} assign={str(loc.reassigned).lower()} width={size})",
                        capture_of=fn.node)
                h = k if byval else k.addr(v, "reference")
                self.g.flow(h.note(v, "captured by a closure"), loc)

    def expr_CompositeLit(self, k: Hole, e: Any) -> None:
        t = e.type
        if t is None:
            return
        if getattr(e, "elided_ptr", False):  # &T elided in []*T{{...}}
            k = self.spill(k, e, label="&" + self.an.node_label(e))
            t = t.underlying().elem
        u = t.underlying()
        if isinstance(u, T.Slice):
            k = self.spill(k, e) if not getattr(e, "elided_ptr", False) else k
            for el in e.elts:
                v = el.value if isinstance(el, ast.KeyValueExpr) else el
                if isinstance(el, ast.KeyValueExpr):
                    self.discard(el.key)
                self.expr(k.note(e, "slice-literal-element"), v)
        elif isinstance(u, T.Map):
            self.spill(k, e)
            for el in e.elts:
                if isinstance(el, ast.KeyValueExpr):
                    self.expr(self.heap_hole().note(e, "map literal key"), el.key)
                    self.expr(self.heap_hole().note(e, "map literal value"), el.value)
        elif isinstance(u, T.Array):
            for el in e.elts:
                v = el.value if isinstance(el, ast.KeyValueExpr) else el
                self.expr(k.note(e, "array literal element"), v)
        else:
            for el in e.elts:
                v = el.value if isinstance(el, ast.KeyValueExpr) else el
                self.expr(k.note(e, "struct literal element"), v)

    def expr_SelectorExpr(self, k: Hole, e: Any) -> None:
        sel = e.selection
        if sel is None:
            return
        if sel.kind == "pkg":
            return  # a package-level variable or function: read from the heap
        if sel.kind == "field":
            n = self.field_derefs(e)
            self.expr(k.shift(n).note(e, "dot of pointer" if n else "dot") if n else k.note(e, "dot"), e.x)
            return
        if sel.kind == "methodexpr":
            return
        # a method value x.M: a closure holding the receiver
        closure_k = self.spill(k, e)
        callee = self.method_callee(e)
        recv_k = self.tag_hole([self.heap_hole()] * len(self.sig_results(e)), callee, 0, e)
        self.receiver(self.tee([recv_k, closure_k]), e)

    @staticmethod
    def sig_results(e: Any) -> tuple:
        t = e.type.underlying() if e.type is not None else None
        return t.results if isinstance(t, T.Signature) else ()

    def expr_IndexExpr(self, k: Hole, e: Any) -> None:
        xt = e.x.type.underlying() if e.x.type is not None else None
        if isinstance(xt, T.Map):
            self.discard(e.x)
            self.discard(e.index)
            return
        if isinstance(xt, T.Array):
            self.expr(k.note(e, "fixed-array-index-of"), e.x)
        elif isinstance(xt, T.Signature) or xt is None:
            return
        else:
            self.expr(k.deref(e, "dot of pointer"), e.x)
        self.discard(e.index)

    def expr_SliceExpr(self, k: Hole, e: Any) -> None:
        xt = e.x.type.underlying() if e.x.type is not None else None
        if isinstance(xt, T.Array):
            self.expr(k.note(e, "slice").addr(e, "address-of"), e.x)
        else:
            self.expr(k.note(e, "slice"), e.x)
        self.discard(e.low)
        self.discard(e.high)
        self.discard(e.max)

    def expr_TypeAssertExpr(self, k: Hole, e: Any) -> None:
        self.expr(self.dot_type(k, e.type, e, "dot"), e.x)

    def expr_StarExpr(self, k: Hole, e: Any) -> None:
        self.expr(k.deref(e, "indirection"), e.x)

    def expr_UnaryExpr(self, k: Hole, e: Any) -> None:
        if e.op == "&":
            x = ast.unparen(e.x)
            if isinstance(x, ast.CompositeLit):
                self.expr(self.spill(k, e), x)
            else:
                self.expr(k.addr(e, "address-of"), x)
            return
        self.discard(e.x)

    def expr_BinaryExpr(self, k: Hole, e: Any) -> None:
        if e.op == "+" and e.const is None and e.type is not None and T.is_string(e.type):
            self.spill(k, e)
            for op in string_add_operands(e):
                self.discard(op)
            return
        self.discard(e.x)
        self.discard(e.y)

    def expr_KeyValueExpr(self, k: Hole, e: Any) -> None:
        self.expr(k, e.value)

    def expr_CallExpr(self, k: Hole, e: Any) -> None:
        self.call([k], e)

    # ------------------------------------------------------------ calls
    def call(self, ks: list[Hole], call: Any, wrapper: _Wrap | None = None) -> None:
        kind = call.call_kind
        if kind == "conversion":
            k = ks[0] if ks else self.discard_hole()
            if wrapper is not None:
                self.wrapped_arg(k, call, wrapper)
            else:
                self.conversion(k, call)
            return
        if kind == "builtin":
            self.builtin(ks, call, wrapper)
            return
        fun = ast.unparen(call.fun)
        target = self.inlined_body(call) if wrapper is None else None
        if target is not None:
            self.inline_call(ks, call, fun, target)
            return
        callee = self.static_callee(call, fun)
        devirt = self.devirtualize(call, fun) if kind == "iface" and wrapper is None else None
        if devirt is not None:
            callee = devirt[0]
        args = list(call.args)

        def argument(k: Hole, arg: Any) -> None:
            k = k.note(call, "call parameter")
            if wrapper is not None:
                self.wrapped_arg(k, arg, wrapper)
            else:
                self.expr(k, arg)

        recv = None
        index = 0
        methodexpr = isinstance(fun, ast.SelectorExpr) and fun.selection is not None \
            and fun.selection.kind == "methodexpr"
        if kind in ("method", "iface"):
            recv = fun
        elif kind in ("func", "value") and not methodexpr:
            callee_k = self.discard_hole()
            if callee is None and any(k.dst is not self.g.blank for k in ks):
                callee_k = Hole(self.g.callee).note(call, "callee operand")
            if wrapper is not None:
                self.wrapped_arg(callee_k, fun, wrapper)
            else:
                self.expr(callee_k, fun)
        # results of a callee in this batch flow straight from its result variables
        fn_in_batch = self.batch_fn(callee)
        if ks and fn_in_batch is not None:
            for k, loc in zip(ks, fn_in_batch.result_locs):
                self.g.flow(k, loc)

        sig = fun.type.underlying() if fun.type is not None else None
        if recv is not None:
            recv_hole = self.tag_hole(ks, callee, 0, call).note(call, "call parameter")
            if devirt is not None:
                # x.M() on an interface variable that always holds a T: x.(T).M()
                _, ct, value_recv = devirt
                k = self.dot_type(recv_hole, ct, call, "dot")
                if value_recv and isinstance(ct, T.Pointer):
                    k = k.shift(1)
                self.expr(k, recv.x)
            elif wrapper is not None:
                tmp = self.outside_temp(wrapper, lambda h: self.receiver(h, recv), recv.x.type, recv)
                self.g.flow(recv_hole, tmp)
            else:
                self.receiver(recv_hole, recv)
            index = 1
        elif methodexpr and args:
            argument(self.tag_hole(ks, callee, 0, call), args[0])
            args = args[1:]
            index = 1
        if not isinstance(sig, T.Signature):
            for a in args:
                argument(self.heap_hole(), a)
            return
        params = sig.params
        if len(args) == 1 and isinstance(args[0].type, T.Tuple) and len(params) > 1:
            # f(g()): g's results go to temporaries first
            inner = ast.unparen(args[0])
            temps = [self.new_temp() for _ in args[0].type.types]
            self.call([Hole(t) for t in temps], inner)
            for i, tmp in enumerate(temps):
                self.g.flow(self.tag_hole(ks, callee, index + i, call).note(call, "call parameter"), tmp)
            return
        nfixed = len(params) - 1 if sig.variadic else len(params)
        for i, a in enumerate(args[:nfixed]):
            argument(self.tag_hole(ks, callee, index + i, call), a)
        if sig.variadic:
            rest = args[nfixed:]
            k = self.tag_hole(ks, callee, index + nfixed, call)
            if call.has_ellipsis:
                for a in rest:
                    argument(k, a)
            elif rest:
                lit = self.spill(k.note(call, "call parameter"), call, pos=self.an.lparen(call, self.path),
                                 label="... argument")
                for a in rest:
                    if wrapper is not None:
                        self.wrapped_arg(lit.note(call, "slice-literal-element"), a, wrapper)
                    else:
                        self.expr(lit.note(call, "slice-literal-element"), a)

    # ------------------------------------------------------------ inlined calls
    def inlined_body(self, call: Any) -> Any:
        """The function declaration or literal whose body gc inlines at call, when it is this
        package's code that gomem can walk in place (else None: the call stays a call)."""
        res = self.an.inline
        if res is None or self.an.no_inline:
            return None
        path = (self.inlining.path if self.inlining is not None else ()) + (call,)
        target = res.inlined_paths.get(path)
        if target is None and len(path) == 1:
            target = res.inlined.get(call)
        if not isinstance(target, (ast.FuncDecl, ast.FuncLit)) or target.body is None:
            return None
        if id(target) in self.an.unwalkable_inline:
            return None
        fn = self.an.fn_of.get(id(target))
        if fn is not None and fn in self.fns:
            return None  # (the same batch: gc does not inline recursion)
        if self.inlining is not None and id(target) in self.inlining.funcs:
            return None
        return target

    def inline_call(self, ks: list[Hole], call: Any, fun: Any, target: Any) -> None:
        """An inlined call: the callee's body walked in the caller, its parameters and
        results as the caller's variables, everything reported at the outermost call."""
        outer = self.inlining
        pos = outer.pos if outer is not None and outer.pos is not None \
            else (self.path, *self.an.lparen(call, self.path))
        inl = _Inlining(call, target, outer, pos)
        self.an.result.copy_targets[inl.path] = target
        ft = target.ftype
        params: list[Any] = []
        recv = getattr(target, "recv", None)
        if recv is not None:
            params.append(recv.names[0].obj if recv.names and recv.names[0].name != "_" else None)
        for f in ft.params:
            for n in f.names or [None]:
                params.append(n.obj if n is not None and n.name != "_" and isinstance(n.obj, Var) else None)
        self.inlining = inl
        try:
            param_holes = [Hole(self.var_loc(v)) if v is not None else self.discard_hole() for v in params]
            ri = 0
            for f in ft.results:
                for n in f.names or [None]:
                    if n is not None and isinstance(getattr(n, "obj", None), Var) and n.name != "_":
                        loc = self.var_loc(n.obj)
                    else:
                        loc = self.new_temp()
                        loc.label = f"~r{ri}"
                    inl.results.append(loc)
                    ri += 1
        finally:
            self.inlining = outer
        # the operands are the caller's: evaluated outside the inlined body
        kind = call.call_kind
        args = list(call.args)
        index = 0
        if kind == "method" and recv is not None:
            self.receiver(param_holes[0].note(call, "call parameter"), fun)
            index = 1
        elif kind == "iface" and recv is not None:
            # a devirtualized call: x.M() on a variable that always holds a T is x.(T).M()
            devirt = self.devirtualize(call, fun)
            k = param_holes[0].note(call, "call parameter")
            if devirt is None:
                k = self.heap_hole()
            else:
                _, ct, value_recv = devirt
                k = self.dot_type(k, ct, call, "dot")
                if value_recv and isinstance(ct, T.Pointer):
                    k = k.shift(1)
            self.expr(k, fun.x)
            index = 1
        elif isinstance(fun, ast.SelectorExpr) and fun.selection is not None \
                and fun.selection.kind == "methodexpr" and recv is not None and args:
            self.expr(param_holes[0].note(call, "call parameter"), args[0])
            args = args[1:]
            index = 1
        elif not isinstance(fun, ast.FuncLit):
            self.expr(self.discard_hole(), fun)
        sig = fun.type.underlying() if fun.type is not None else None
        variadic = isinstance(sig, T.Signature) and sig.variadic and not call.has_ellipsis
        nfixed = len(params) - index - (1 if variadic else 0)
        for i, a in enumerate(args[:nfixed] if variadic else args):
            if index + i < len(param_holes):
                self.expr(param_holes[index + i].note(call, "call parameter"), a)
        if variadic and args[nfixed:]:
            k = param_holes[-1]
            self.inlining = inl if outer is not None else None
            lit = self.spill(k.note(call, "call parameter"), call, pos=self.an.lparen(call, self.path),
                             label="... argument")
            if outer is not None:
                lit.dst.inlined = outer.path  # (the call is in the outer copy's body)
            self.inlining = outer
            for a in args[nfixed:]:
                self.expr(lit.note(call, "slice-literal-element"), a)
        self.inlining = inl
        saved_depth = self.depth
        try:
            self.block(target.body.stmts)
        finally:
            self.inlining = outer
            self.depth = saved_depth
            for vid in inl.vars:  # (another inlined copy gets variables of its own)
                self.vars.pop(vid, None)
        for k, loc in zip(ks, inl.results):
            self.g.flow(k, loc)

    def receiver(self, k: Hole, fun: Any) -> None:
        """The receiver operand of a method call or method value x.M, with the implicit
        & or * and the embedded fields on the way."""
        sel = fun.selection
        x = fun.x
        derefs = 0
        cur_ptr = x.type is not None and isinstance(x.type.underlying(), T.Pointer)
        for _, isptr in (sel.path if sel is not None else []):
            if cur_ptr:
                derefs += 1  # the embedded field is read through a pointer
            cur_ptr = isptr
        if sel is not None and sel.kind in ("method", "extmethod", "methodexpr"):
            if sel.pointer_recv and not cur_ptr:
                derefs -= 1  # &x implied
            elif not sel.pointer_recv and cur_ptr:
                derefs += 1  # *x implied
        if derefs < 0:
            self.expr(k.addr(fun, "address-of"), x)
        elif derefs > 0:
            self.expr(k.shift(derefs).note(fun, "dot of pointer"), x)
        else:
            self.expr(k, x)

    def devirtualize(self, call: Any, fun: Any) -> tuple[StaticCallee, Any, bool] | None:
        """gc's static devirtualization: an interface method call on a local variable that is
        only ever assigned once, from a value of a concrete type T, calls T's method."""
        if fun.selection is None or fun.selection.path:
            return None
        x = ast.unparen(fun.x)
        if not isinstance(x, ast.Ident) or not isinstance(x.obj, Var) or x.obj.is_global:
            return None
        v = x.obj
        if id(v) in self.an.reassigned or v.addr_taken:
            return None
        rhs = self.an.func_values.get(id(v))
        if rhs is None or getattr(rhs, "to_iface", None) is None or rhs.type is None \
                or T.is_interface(rhs.type):
            return None
        ct = rhs.type
        named = ct.elem if isinstance(ct, T.Pointer) else ct
        if not isinstance(named, T.Named):
            return None
        fi = named.methods.get(fun.sel.name)
        if fi is None or (fi.pointer_recv and not isinstance(ct, T.Pointer)):
            return None
        if named.pkg not in ("main", "", self.an.pkg_name):
            callee = StaticCallee(std=f"{named.pkg}.({'*' if fi.pointer_recv else ''}{named.name}).{fi.name}"
                                  if fi.pointer_recv else f"{named.pkg}.{named.name}.{fi.name}")
        elif fi.decl is not None:
            callee = StaticCallee(decl=fi.decl)
        else:
            return None
        if self.an.level:
            line, col = self.an.lparen(call, self.path)
            self.an.pre_messages.append((self.path, line, col, f"devirtualizing {self.an.node_label(fun)} to {ct}"))
        return callee, ct, not fi.pointer_recv

    def batch_fn(self, callee: StaticCallee | None) -> Fn | None:
        if callee is None:
            return None
        node = callee.decl or callee.lit
        if node is None:
            return None
        fn = self.an.fn_of.get(id(node))
        if fn is not None and fn in self.fns:
            return fn
        return None

    def tag_hole(self, ks: list[Hole], callee: StaticCallee | None, index: int, where: Any) -> Hole:
        """Where the index-th argument (receiver first) of a call goes."""
        if callee is None:
            return self.heap_hole()
        fn = self.batch_fn(callee)
        if fn is not None:
            if index >= len(fn.params) or fn.params[index] is None:
                return self.discard_hole()
            return Hole(self.var_loc(fn.params[index]))
        tags = self.an.callee_tags(callee)
        if tags is None:
            return self.heap_hole()
        tag = tags[index] if index < len(tags) else None
        if tag is None:
            return self.discard_hole()
        holes = []
        if tag.d[LEAK_HEAP] != NO_LEAK:
            holes.append(self.heap_hole().shift(tag.d[LEAK_HEAP]))
        if tag.d[LEAK_CALLEE] != NO_LEAK:
            holes.append(Hole(self.g.callee).shift(tag.d[LEAK_CALLEE]))
        if tag.d[LEAK_MUTATOR] != NO_LEAK:
            holes.append(Hole(self.g.mutator).shift(tag.d[LEAK_MUTATOR]))
        for i in range(NUM_RESULT_LEAKS):
            x = tag.d[LEAK_RESULT0 + i]
            if x != NO_LEAK and i < len(ks):
                holes.append(ks[i].shift(x))
        return self.tee(holes)

    def method_callee(self, fun: Any) -> StaticCallee | None:
        sel = fun.selection
        if sel is None or sel.kind not in ("method", "methodexpr", "extmethod"):
            return None
        fi = sel.obj
        decl = getattr(fi, "decl", None)
        rt = sel.recv_type
        if isinstance(rt, T.Pointer):
            rt = rt.elem
        if isinstance(rt, T.Named) and rt.pkg not in ("main", "", self.an.pkg_name):
            name = f"{rt.pkg}.({'*' if sel.pointer_recv else ''}{rt.name}).{fi.name}" if sel.pointer_recv \
                else f"{rt.pkg}.{rt.name}.{fi.name}"
            return StaticCallee(std=name)
        if decl is not None and getattr(decl, "body", None) is not None:
            return StaticCallee(decl=decl)
        if decl is not None:
            return StaticCallee(decl=decl)
        return None

    def static_callee(self, call: Any, fun: Any) -> StaticCallee | None:
        kind = call.call_kind
        if kind == "method":
            return self.method_callee(fun)
        if kind == "iface":
            return None
        if isinstance(fun, ast.FuncLit):
            return StaticCallee(lit=fun)
        if isinstance(fun, ast.Ident):
            obj = fun.obj
            if isinstance(obj, Func):
                if obj.decl is not None and obj.pkg is not None and obj.pkg.path not in self.an.std_paths:
                    return StaticCallee(decl=obj.decl)
                if obj.decl is not None and not getattr(obj, "external", False) \
                        and self.an.is_user_decl(obj.decl):
                    return StaticCallee(decl=obj.decl)
                return None
            if isinstance(obj, Var) and not obj.is_global:
                target = self.an.static_func_value(obj)
                if isinstance(target, ast.FuncLit):
                    return StaticCallee(lit=target)
                if target is not None:
                    return StaticCallee(decl=target)
            return None
        if isinstance(fun, ast.SelectorExpr) and fun.selection is not None:
            sel = fun.selection
            if sel.kind == "pkg" and isinstance(sel.obj, Func):
                pkg = sel.obj.pkg
                return StaticCallee(std=f"{pkg.path if pkg is not None else '?'}.{fun.sel.name}")
            if sel.kind == "methodexpr":
                return self.method_callee(fun)
        return None

    def conversion(self, k: Hole, call: Any) -> None:
        if not call.args:
            return
        x = call.args[0]
        t = call.type
        if call.const is not None or t is None or x.type is None:
            self.discard(x)
            return
        if getattr(x, "to_iface", None) is not None and not T.is_interface(x.type):
            if not pointer_shaped(x.type):
                k = self.spill(k, call, pos=self.an.pos_of(x, self.path))
                k.dst.box = True
            self.expr(k.note(call, "interface-converted"), x, boxed=True)
            return
        tu, xu = t.underlying(), x.type.underlying()
        if isinstance(tu, T.Array) and isinstance(xu, T.Slice):
            self.expr(k.deref(call, "slice-to-array"), x)  # [N]T(s) copies the elements
            return
        if (T.is_string(t) and not T.is_string(x.type)) or \
                (isinstance(tu, T.Slice) and T.is_string(x.type)):
            if T.is_string(t) and not isinstance(xu, T.Slice):
                # string(rune): a location too (a one-rune string)
                pass
            self.spill(k, call, pos=self.an.pos_of(x, self.path))
            self.discard(x)
            return
        self.expr(k, x)

    def builtin(self, ks: list[Hole], call: Any, wrapper: _Wrap | None) -> None:
        name = call.builtin
        args = call.args
        k0 = ks[0] if ks else self.discard_hole()

        def argument(k: Hole, arg: Any) -> None:
            if wrapper is not None:
                self.wrapped_arg(k.note(call, "call parameter"), arg, wrapper)
            else:
                self.expr(k.note(call, "call parameter"), arg)

        if name == "new":
            self.spill(k0, call, pos=self.an.lparen(call, self.path))
        elif name == "make":
            t = call.type.underlying() if call.type is not None else None
            if isinstance(t, (T.Slice, T.Map)):
                self.spill(k0, call, pos=self.an.lparen(call, self.path))
            for a in args[1:]:
                self.discard(a)
        elif name == "append":
            if not args:
                return
            st = args[0].type.underlying() if args[0].type is not None else None
            elem_ptrs = isinstance(st, T.Slice) and has_pointers(st.elem)
            appendee = self.tee([k0, Hole(self.g.mutator)])
            if elem_ptrs:
                appendee = self.tee([appendee, self.heap_hole().deref(call, "appendee slice")])
            argument(appendee, args[0])
            if call.has_ellipsis and len(args) > 1:
                at = args[1].type.underlying() if args[1].type is not None else None
                appended = self.discard_hole()
                if isinstance(at, T.Slice) and has_pointers(at.elem):
                    appended = self.heap_hole().deref(call, "appended slice...")
                argument(appended, args[1])
            else:
                for a in args[1:]:
                    argument(self.heap_hole(), a)
        elif name == "copy":
            argument(Hole(self.g.mutator), args[0])
            yt = args[1].type.underlying() if args[1].type is not None else None
            copied = self.discard_hole()
            if isinstance(yt, T.Slice) and has_pointers(yt.elem):
                copied = self.heap_hole().deref(call, "copied slice")
            argument(copied, args[1])
        elif name == "panic":
            argument(self.heap_hole(), args[0])
        elif name == "clear":
            argument(Hole(self.g.mutator), args[0])
        elif name in ("min", "max"):
            for a in args:
                argument(k0, a)
        else:  # len cap delete print println close complex real imag clear recover
            for a in args:
                argument(self.discard_hole(), a)


class _Inlining:
    """An inlined call being walked: the callee's functions (its variables are the
    caller's), its result locations, and where its messages go."""

    def __init__(self, call: Any, target: Any, outer: _Inlining | None, pos: tuple[str, int, int] | None) -> None:
        self.path: tuple = (outer.path if outer is not None else ()) + (call,)
        self.funcs = (outer.funcs if outer is not None else set()) | {id(target)}
        self.pos = pos  # where its messages go (None: where each thing is written)
        self.results: list[Loc] = []
        self.vars: list[int] = []


class _Wrap:
    """A go/defer wrapper closure being walked: its location and function, and the
    function and loop depth of the statement."""

    def __init__(self, loc: Loc, fn: Fn, outer: Fn, depth: int) -> None:
        self.loc = loc
        self.fn = fn
        self.outer = outer
        self.depth = depth


def stays_in_wrapper(a: Any) -> bool:
    """Operands of a go/defer call that gc evaluates inside the wrapper closure: constants,
    nil, new(T), functions and method expressions."""
    if getattr(a, "to_iface", None) is not None:
        return False
    if a.const is not None or isinstance(a, ast.BasicLit):
        return True
    if isinstance(a, ast.Ident):
        return a.name == "nil" or isinstance(a.obj, Func)
    if isinstance(a, ast.SelectorExpr) and a.selection is not None:
        return a.selection.kind == "methodexpr" or (a.selection.kind == "pkg" and isinstance(a.selection.obj, Func))
    if isinstance(a, ast.CallExpr) and a.call_kind == "builtin" and a.builtin == "new":
        return True
    return False


def terminates(s: Any) -> bool:
    """s ends its function (a return, or a call of panic)."""
    if isinstance(s, ast.ReturnStmt):
        return True
    if isinstance(s, ast.ExprStmt):
        x = ast.unparen(s.x)
        return isinstance(x, ast.CallExpr) and x.call_kind == "builtin" and x.builtin == "panic"
    return False


def string_add_operands(e: Any) -> list[Any]:
    """The operands of a chain of string concatenations (gc makes one node of a + b + c)."""
    out = []
    x = ast.unparen(e.x)
    if isinstance(x, ast.BinaryExpr) and x.op == "+" and x.const is None:
        out.extend(string_add_operands(x))
    else:
        out.append(e.x)
    out.append(e.y)
    return out


def deref_base(x: Any) -> Any:
    """p for *p or p.f through pointer p (p a plain variable), else None."""
    x = ast.unparen(x)
    if isinstance(x, ast.StarExpr):
        b = ast.unparen(x.x)
    elif isinstance(x, ast.SelectorExpr) and x.selection is not None and x.selection.kind == "field" \
            and x.x.type is not None and isinstance(x.x.type.underlying(), T.Pointer) and not x.selection.path:
        b = ast.unparen(x.x)
    else:
        return None
    if isinstance(b, ast.Ident) and isinstance(b.obj, Var):
        return b
    return None


def same_safe_expr(a: Any, b: Any) -> bool:
    a, b = ast.unparen(a), ast.unparen(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, ast.Ident):
        return a.obj is b.obj and a.obj is not None
    if isinstance(a, ast.SelectorExpr):
        return a.sel.name == b.sel.name and same_safe_expr(a.x, b.x)
    if isinstance(a, ast.StarExpr):
        return same_safe_expr(a.x, b.x)
    if isinstance(a, ast.IndexExpr):
        xt = a.x.type.underlying() if a.x.type is not None else None
        if isinstance(xt, T.Map):
            return False
        return same_safe_expr(a.x, b.x) and same_safe_expr(a.index, b.index)
    if isinstance(a, ast.BasicLit):
        return a.const == b.const and a.const is not None
    return False


def may_affect_memory(e: Any) -> bool:
    """Whether evaluating e may read or write memory that an assignment could touch."""
    e = ast.unparen(e)
    if e is None or e.const is not None:
        return False
    if isinstance(e, ast.Ident):
        return False
    if isinstance(e, ast.BinaryExpr):
        return may_affect_memory(e.x) or may_affect_memory(e.y)
    if isinstance(e, ast.UnaryExpr) and e.op in ("-", "+", "^", "!"):
        return may_affect_memory(e.x)
    if isinstance(e, ast.CallExpr) and e.call_kind == "conversion" and e.args:
        return may_affect_memory(e.args[0])
    if isinstance(e, ast.CallExpr) and e.call_kind == "builtin" and e.builtin in ("len", "cap") and e.args:
        return may_affect_memory(e.args[0])
    return True


__all__ = ["Walker", "LEAK_CALLEE", "Leaks"]
