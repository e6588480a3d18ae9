"""Escape analysis: for every variable and allocation site of a package, stack or heap, with
Go 1.23's rules (gc's cmd/compile/internal/escape; docs/escape-analysis.md says how far
gomem follows them).

It runs after the type check and before code generation, on every compile. Functions are
analysed in batches, bottom-up over the strongly connected components of the call graph
(a function with its closures, or mutually recursive functions, is one batch), so that a
call to a function of an earlier batch uses that function's parameter tags (what each
parameter leaks to). Results are written on the syntax tree for the code generator:

- ``Var.esc_heap``: the variable is moved to the heap;
- ``node.esc_heap`` on each allocating expression (``new``, ``&T{}``, slice and map
  literals, ``make``, func literals, method values, boxing conversions to interfaces
  (on the converted expression), string conversions and concatenations);
- ``call.variadic_esc_heap`` on a call whose implicit ``...`` slice escapes;
- ``node.esc_box_heap`` on an expression converted to an interface: its box escapes (the
  expression may be an allocation of its own, e.g. ``var x any = make([]int, n)``).

With ``-m`` the diagnostics are collected in gc's format and order (see ``Result.messages``).
"""

from __future__ import annotations

from typing import Any

from gomem.check.frames import MAX_STACK_VAR, size_or_zero
from gomem.check.objects import Func, Var
from gomem.escape import printer
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
from gomem.escape.walk import MAX_IMPLICIT_STACK_VAR_SIZE, Walker, has_pointers
from gomem.frontend import ast
from gomem.types import types as T


class Result:
    def __init__(self) -> None:
        # (path, line, col, text) in the order gc prints them
        self.messages: list[tuple[str, int, int, str]] = []
        # inlined copies, each named by its path (the outermost inlined call, then the call
        # inside its callee's body, ...): the callee it copies, and its verdicts
        self.copy_targets: dict[tuple, Any] = {}
        self.copies: dict[tuple, list[tuple[Any, str, bool]]] = {}
        # the copies whose verdicts differ from their callee's own (or that hold such a copy
        # deeper down): path -> (callee FuncDecl, its verdicts); the code generator compiles
        # each as a clone of the callee and calls it at that place (see clone_copies)
        self.clones: dict[tuple, tuple[Any, list[tuple[Any, str, bool]]]] = {}
        # (path, func literal of the copied callee) -> gc's name for the literal's copy
        self.copy_names: dict[tuple[tuple, Any], str] = {}
        # the inlined calls as (caller, first line, last line, callee), see InlineResult.sites
        self.inline_sites: set[tuple[str, int, int, str]] = set()


def analyze(files: list[ast.File], pkg: Any, std: dict[str, Any], level: int = 0,
            no_inline: bool = True, columns: bool = True) -> Result:
    """Escape analysis of a checked package; level is gc's -m count (0: no messages);
    columns: positions inside -m=2 explanations carry columns (gc's -C turns them off)."""
    an = Analysis(files, pkg, std, level)
    an.columns = columns
    an.no_inline = no_inline
    if level or not no_inline:
        # gc inlines before it analyses escapes, and inlined copies have verdicts of their own
        # that the code generator follows, so the inliner runs on every compile (its
        # messages come first with -m; with -l it only devirtualizes, which matters for -m)
        from gomem.escape import inline
        if level:
            an.inline = inline.analyze(files, pkg, level, no_inline)
        else:
            try:
                an.inline = inline.analyze(files, pkg, level, no_inline)
            except Exception:  # (a construct the inliner trips over: then nothing is inlined)
                an.inline = None
    an.run()
    if an.inline is not None:
        an.result.copy_names = an.inline.copy_names
        an.result.inline_sites = an.inline.sites
    clone_copies(an.result)
    if an.inline is not None:
        an.result.messages[:0] = [(p, line, col, text) for (p, line, col), text in an.inline.messages]
    if level:
        try:
            from gomem.escape.bounds import elided_messages
        except ImportError:
            elided_messages = None
        if elided_messages is not None:
            an.result.messages.extend((p, line, col, text) for (p, line, col), text in elided_messages(files))
    return an.result


class Analysis:
    def __init__(self, files: list[ast.File], pkg: Any, std: dict[str, Any], level: int) -> None:
        self.files = files
        self.pkg = pkg
        self.pkg_name = pkg.name
        self.std = std
        self.std_paths = set(std)
        self.std_name_to_path = {p.name: path for path, p in std.items() if p is not None}
        self.level = level
        self.result = Result()
        self.fn_of: dict[int, Fn] = {}
        self.sources: dict[str, printer.Source] = {}
        self.decl_path: dict[int, str] = {}
        self.user_decls: set[int] = set()
        self.func_values: dict[int, Any] = {}  # id(Var) -> FuncLit it is statically bound to
        self.reassigned: set[int] = set()
        self._free_vars: dict[int, list[Var]] = {}
        self.refs: dict[int, list[Any]] = {}  # id(FuncDecl) -> the declarations it mentions
        self.own_vars: dict[int, list[Var]] = {}  # id(FuncDecl) -> its variables, in order
        self.has_labels: set[int] = set()  # id(FuncDecl) of those with labeled statements
        self._std_tags: Any = None
        self.columns = True
        self.inline: Any = None  # the inliner's InlineResult (-m only)
        self.no_inline = True
        self.unwalkable_inline: set[int] = set()  # bodies with labels: not walked in place
        self.autotmp = 0
        self.pre_messages: list[tuple[str, int, int, str]] = []  # the inlining phase's (devirtualizing)

    # ------------------------------------------------------------ helpers for the walker
    def emit(self, path: str, line: int, col: int, text: str) -> None:
        self.result.messages.append((path, line, col, text))

    def emit_at_node(self, path: str, v: Any, text: str, capture_of: Any = None) -> None:
        self.emit(path, v.line, v.col, text)

    def source(self, path: str) -> printer.Source:
        return self.sources[path]

    def pos_of(self, node: Any, path: str) -> tuple[int, int]:
        return printer.pos_of(node, self.sources[path])

    def lparen(self, call: Any, path: str) -> tuple[int, int]:
        return printer.lparen_of(call, self.sources[path])

    @staticmethod
    def node_label(node: Any) -> str:
        return printer.label(node)

    @staticmethod
    def stmt_label(s: Any) -> str:
        return printer.stmt_label(s)

    def path_of_var(self, v: Var, default: str) -> str:
        if v.func is not None:
            return self.decl_path.get(id(v.func), default)
        return default

    def closure_name(self, outer: Fn) -> str:
        outer.closure_count += 1
        if outer.outer is None:
            return f"{outer.name}.func{outer.closure_count}"
        return f"{outer.name}.{outer.closure_count}"

    def is_user_decl(self, decl: Any) -> bool:
        return id(decl) in self.user_decls

    def free_vars(self, lit: Any) -> list[Var]:
        """The variables of enclosing functions that lit (or a closure inside it) uses, in
        order of first use."""
        got = self._free_vars.get(id(lit))
        if got is not None:
            return got
        inner = {id(n) for n in ast.walk(lit) if isinstance(n, ast.FuncLit)}
        seen: dict[int, Var] = {}
        for n in ast.walk(lit.body):
            if isinstance(n, ast.Ident) and isinstance(n.obj, Var):
                v = n.obj
                if not v.is_global and v.func is not None and id(v.func) not in inner \
                        and v.name != "_" and id(v) not in seen:
                    seen[id(v)] = v
        out = list(seen.values())
        self._free_vars[id(lit)] = out
        return out

    def static_func_value(self, v: Var) -> Any:
        """What a local function variable always holds, if that is known statically (gc's
        StaticValue): a func literal, or a function declaration of this package."""
        for _ in range(16):
            if id(v) in self.reassigned or v.addr_taken:
                return None
            e = self.func_values.get(id(v))
            if isinstance(e, ast.FuncLit):
                return e
            if isinstance(e, ast.Ident) and isinstance(e.obj, Func) and e.obj.decl is not None \
                    and id(e.obj.decl) in self.user_decls:
                return e.obj.decl
            if isinstance(e, ast.Ident) and isinstance(e.obj, Var) and not e.obj.is_global:
                v = e.obj
                continue
            return None
        return None

    def callee_tags(self, callee: Any) -> list[Leaks | None] | None:
        node = callee.decl or callee.lit
        if node is not None:
            fn = self.fn_of.get(id(node))
            if fn is not None and fn.tags is not None:
                return fn.tags
            if isinstance(node, ast.FuncDecl) and node.body is None:
                return self.bodiless_tags(node)
            return None
        if callee.std is not None:
            return self.std_tags(callee.std)
        return None

    @staticmethod
    def bodiless_tags(decl: Any) -> list[Leaks | None]:
        """A function declared without a body (assembly): pointers are assumed to leak."""
        tags: list[Leaks | None] = []
        if decl.recv is not None:
            tags.append(Leaks.heap_only(0))  # (the heap mutates and calls: it covers both)
        for f in decl.ftype.params:
            t = getattr(f.ftype, "type", None)
            for _ in f.names or [None]:
                tags.append(Leaks.heap_only(0) if has_pointers(t) else None)
        return tags

    def std_tags(self, name: str) -> list[Leaks | None] | None:
        if self._std_tags is None:
            self._std_tags = load_std_tags()
        # methods are keyed by the package path; gomem's types know the package name
        pkgname, _, rest = name.partition(".")
        path = self.std_name_to_path.get(pkgname, pkgname)
        entry = self._std_tags.get(f"{path}.{rest}")
        if entry is None:
            entry = self._std_tags.get(name)
        if entry is None:
            return None
        out: list[Leaks | None] = []
        for tag in entry:
            if tag is None:
                out.append(None)
                continue
            lk = Leaks()
            heap, results = tag[0], tag[1]
            if heap is not None:
                lk.d[LEAK_HEAP] = heap
            if len(tag) > 2 and tag[2] is not None:
                lk.d[LEAK_MUTATOR] = tag[2]
            if len(tag) > 3 and tag[3] is not None:
                lk.d[LEAK_CALLEE] = tag[3]
            for i, r in enumerate(results[:NUM_RESULT_LEAKS]):
                if r is not None:
                    lk.d[LEAK_RESULT0 + i] = r
            out.append(lk)
        return out

    # ------------------------------------------------------------ driver
    def run(self) -> None:
        decls: list[Any] = []
        for f in self.files:
            self.sources[f.path] = printer.Source(f.source)
            for d in f.decls:
                if isinstance(d, ast.FuncDecl):
                    self.user_decls.add(id(d))
                    self.decl_path[id(d)] = f.path
                    if d.body is not None:
                        decls.append(d)
        for d in decls:
            self.index_decl(d)
        for batch in self.sccs(decls):
            self.analyze_batch(batch)
        if self.inline is None:  # (the inliner prints its own devirtualizations)
            self.result.messages[:0] = self.pre_messages

    def index_decl(self, d: Any) -> None:
        """One pass over a function's body (closures included) before the analysis: the
        functions of this package it mentions (the call graph), its own variables in
        declaration order, its func literals, which local variables are ever reassigned and
        what each variable is first bound to (gc's StaticValue)."""
        path = self.decl_path[id(d)]
        refs: list[Any] = []
        own: list[Var] = []
        stack = [d.body]
        while stack:
            n = stack.pop()
            if isinstance(n, ast.Ident):
                obj = n.obj
                if isinstance(obj, Var):
                    if obj.func is d and n.name != "_" and not obj.is_global \
                            and obj.line == n.line and obj.col == n.col:
                        own.append(obj)
                elif isinstance(obj, Func) and obj.decl is not None and id(obj.decl) in self.user_decls \
                        and obj.decl.body is not None:
                    refs.append(obj.decl)
                continue
            if isinstance(n, ast.SelectorExpr):
                sel = n.selection
                if sel is not None and sel.kind in ("method", "methodexpr"):
                    target = getattr(sel.obj, "decl", None)
                    if target is not None and id(target) in self.user_decls and target.body is not None:
                        refs.append(target)
            elif isinstance(n, ast.FuncLit):
                self.decl_path[id(n)] = path
            elif isinstance(n, ast.LabeledStmt):
                self.has_labels.add(id(d))
                self.unwalkable_inline.add(id(d))
            elif isinstance(n, ast.AssignStmt):
                for i, x in enumerate(n.lhs):
                    x = ast.unparen(x)
                    if not isinstance(x, ast.Ident) or not isinstance(x.obj, Var):
                        continue
                    v = x.obj
                    if n.tok == ":=" and (v.line, v.col) == (x.line, x.col):
                        if len(n.lhs) == len(n.rhs):
                            self.func_values[id(v)] = ast.unparen(n.rhs[i])
                    else:
                        self.reassigned.add(id(v))
            elif isinstance(n, ast.ValueSpec):
                for i, x in enumerate(n.names):
                    if isinstance(x.obj, Var) and len(n.values) == len(n.names):
                        self.func_values[id(x.obj)] = ast.unparen(n.values[i])
            elif isinstance(n, ast.IncDecStmt):
                x = ast.unparen(n.x)
                if isinstance(x, ast.Ident) and isinstance(x.obj, Var):
                    self.reassigned.add(id(x.obj))
            elif isinstance(n, ast.RangeStmt) and n.tok == "=":
                for x in (n.key, n.value):
                    x = ast.unparen(x)
                    if isinstance(x, ast.Ident) and isinstance(x.obj, Var):
                        self.reassigned.add(id(x.obj))
            elif isinstance(n, ast.TypeSwitchStmt):
                for cc in n.clauses:
                    v = getattr(cc, "implicit_obj", None)
                    if v is not None and v.func is d:
                        own.append(v)
            stack.extend(reversed(list(ast.children(n))))
        self.refs[id(d)] = refs
        self.own_vars[id(d)] = own

    def sccs(self, decls: list[Any]) -> list[list[Any]]:
        """Strongly connected components of the call graph, callees first (Tarjan)."""
        index: dict[int, int] = {}
        low: dict[int, int] = {}
        on_stack: set[int] = set()
        stack: list[Any] = []
        out: list[list[Any]] = []
        counter = [0]
        edges = self.refs

        def visit(root: Any) -> None:
            # iterative Tarjan: (node, iterator over its successors)
            work = [(root, iter(edges[id(root)]))]
            index[id(root)] = low[id(root)] = counter[0]
            counter[0] += 1
            stack.append(root)
            on_stack.add(id(root))
            while work:
                node, it = work[-1]
                advanced = False
                for w in it:
                    if id(w) not in index:
                        index[id(w)] = low[id(w)] = counter[0]
                        counter[0] += 1
                        stack.append(w)
                        on_stack.add(id(w))
                        work.append((w, iter(edges[id(w)])))
                        advanced = True
                        break
                    if id(w) in on_stack:
                        low[id(node)] = min(low[id(node)], index[id(w)])
                if advanced:
                    continue
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[id(parent)] = min(low[id(parent)], low[id(node)])
                if low[id(node)] == index[id(node)]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(id(w))
                        comp.append(w)
                        if w is node:
                            break
                    comp.sort(key=lambda d: decls.index(d))
                    out.append(comp)

        for d in decls:
            if id(d) not in index:
                visit(d)
        return out

    def func_name(self, d: Any) -> str:
        if d.recv is None:
            return d.name.name
        rt = getattr(d, "recv_type", None)
        if isinstance(rt, T.Pointer):
            return f"(*{rt.elem}).{d.name.name}"
        return f"{rt}.{d.name.name}"

    # ------------------------------------------------------------ -m=2 explanations
    def explain(self, kind: str, loc: Loc, root: Loc, x: Any) -> None:
        """Prints why loc escapes or leaks (gc's explainPath/explainFlow), as the solver finds it."""
        if loc.pos is None:
            return
        path, line, col = loc.pos
        if kind == "leak":
            self.emit(path, line, col, f"parameter {loc.label} leaks to {self.explain_loc(root)} with derefs={x}:")
        else:
            self.emit(path, line, col, f"{loc.label} escapes to heap:")
        if kind == "flow":
            self.explain_flow(loc.pos, root, loc, x.derefs, x.notes)
            return
        visited: set[int] = set()
        src = loc
        while True:
            if id(src) in visited or src.dst is None:
                self.emit(path, line, col, "  warning: truncated explanation due to assignment cycle; "
                                           "see golang.org/issue/35518")
                break
            visited.add(id(src))
            dst = src.dst
            _, derefs, notes = dst.edges[src.dst_edge]
            self.explain_flow(loc.pos, dst, src, derefs, notes)
            if dst is root:
                break
            src = dst

    def explain_flow(self, pos: tuple[str, int, int], dst: Loc, src: Loc, derefs: int, notes: Any) -> None:
        ops = "&" if derefs < 0 else "*" * derefs
        self.emit(*pos, f"  flow: {self.explain_loc(dst)} = {ops}{self.explain_loc(src)}:")
        while notes is not None:
            where, why, notes = notes
            self.emit(*pos, f"    from {self.where_label(where)} ({why}) at {self.where_pos(where, pos[0])}")

    @staticmethod
    def explain_loc(loc: Loc) -> str:
        if loc.label.startswith("{"):
            return loc.label
        if loc.var is not None or (loc.node is None and loc.label.startswith("~r")):
            return loc.label
        if loc.node is None:
            return "{temp}"
        return f"{{storage for {loc.label}}}"

    @staticmethod
    def where_label(where: Any) -> str:
        if isinstance(where, Var):
            return where.name
        if isinstance(where, ast.AssignStmt):
            return printer.stmt_label(where)
        if isinstance(where, ast.ReturnStmt):
            return "return " + ", ".join(printer.label(x) for x in where.results)
        if isinstance(where, ast.SendStmt):
            return f"{printer.label(where.chan)} <- {printer.label(where.value)}"
        if isinstance(where, ast.RangeStmt):
            return f"for range {printer.label(where.x)}"
        if isinstance(where, (ast.GoStmt, ast.DeferStmt)):
            return ("go " if isinstance(where, ast.GoStmt) else "defer ") + printer.label(where.call)
        if isinstance(where, ast.Expr):
            return printer.label(where)
        return "?"

    def where_pos(self, where: Any, path: str) -> str:
        if isinstance(where, Var):
            line, col = where.line, where.col
        elif isinstance(where, ast.AssignStmt):
            line, col = where.tok_line or where.line, where.tok_col or where.col
        elif isinstance(where, ast.Expr):
            line, col = printer.pos_of(where, self.sources[path])
        else:
            line, col = where.line, where.col
        return f"{path}:{line}:{col}" if self.columns else f"{path}:{line}"

    def analyze_batch(self, decls: list[Any]) -> None:
        g = Graph()
        if self.level >= 2:
            g.explain = self.explain
        w = Walker(self, g, decls)
        for d in decls:
            w.path = self.decl_path[id(d)]
            w.declare_fn(d, self.func_name(d), None)
        top = list(w.fns)
        for fn in top:
            w.path = self.decl_path[id(fn.node)]
            self.declare_locals(w, fn)
        for fn in top:
            w.path = self.decl_path[id(fn.node)]
            w.walk_fn(fn)
        w.flow_closures()
        for loc in list(g.locs):
            why = heap_alloc_reason(loc)
            if why:
                g.flow(Hole(g.heap).addr(loc.node, why), loc)
        g.solve(w.in_batch)
        self.finish(w, g)

    def declare_locals(self, w: Walker, fn: Fn) -> None:
        """Locations for the function's own variables, in declaration order (gc creates
        them before walking, so their messages come first)."""
        for v in self.own_vars[id(fn.node)]:
            w.var_loc(v)

    def finish(self, w: Walker, g: Graph) -> None:
        level = self.level
        for fn in w.fns:
            tags: list[Leaks | None] = []
            for v in fn.params:
                if v is None or not has_pointers(v.type):
                    tags.append(None)
                    continue
                loc = w.var_loc(v)
                lk = (loc.leaks or Leaks()).optimized()
                tags.append(lk)
                if level and not loc.escapes and fn.node is not None:
                    self.report_leaks(self.path_of_var(v, w.path), v, lk, fn)
            fn.tags = tags
        for loc in g.locs:
            if loc.inlined:
                if loc.wrapper or (loc.var is None and loc.node is None):
                    continue
                # a verdict for one inlined copy: the code generator compiles that copy's
                # callee with it (Result.copies)
                self.result.copies.setdefault(loc.inlined, []).extend(verdicts(loc))
                if level:
                    if loc.var is not None:
                        if loc.escapes and loc.var.name != "_":
                            self.emit(*loc.pos, f"moved to heap: {loc.var.name}")
                    else:
                        self.emit(*loc.pos, f"{loc.label} escapes to heap" if loc.escapes
                                  else f"{loc.label} does not escape")
                        if not loc.escapes and not loc.mutates and is_string_to_bytes(loc.node):
                            self.emit(*loc.pos, "zero-copy string->[]byte conversion")
                continue
            if loc.var is not None:
                loc.var.esc_heap = loc.escapes
                if level and loc.escapes and loc.var.name != "_":
                    self.emit(loc.pos[0], loc.pos[1], loc.pos[2], f"moved to heap: {loc.var.name}")
                continue
            node = loc.node
            if node is None or loc.wrapper:
                continue
            for obj, attr, value in verdicts(loc):
                setattr(obj, attr, value)
            if level:
                text = f"{loc.label} escapes to heap" if loc.escapes else f"{loc.label} does not escape"
                self.emit(loc.pos[0], loc.pos[1], loc.pos[2], text)
                if getattr(node, "zero_copy", False):
                    self.emit(loc.pos[0], loc.pos[1], loc.pos[2], "zero-copy string->[]byte conversion")

    def report_leaks(self, path: str, v: Var, lk: Leaks, fn: Fn) -> None:
        warned = False
        h = lk.heap()
        if h != NO_LEAK:
            self.emit(path, v.line, v.col, f"leaking param: {v.name}" if h == 0 else f"leaking param content: {v.name}")
            warned = True
        for i in range(NUM_RESULT_LEAKS):
            x = lk.result(i)
            if x != NO_LEAK and i < len(fn.results):
                r = fn.results[i]
                rname = r.name if r is not None else f"~r{i}"
                self.emit(path, v.line, v.col, f"leaking param: {v.name} to result {rname} level={x}")
                warned = True
        if not warned:
            self.emit(path, v.line, v.col, f"{v.name} does not escape")


_UNSET = object()


def clone_copies(result: Result) -> None:
    """Result.clones from the copies' verdicts: a copy is compiled as a clone of its callee
    when one of its verdicts differs from the callee's own or it has closures (named after
    the caller), and so is every copy on the way to it (the clone of the outer callee calls the inner clone). Only function declarations
    without type parameters are cloned (an inlined func literal keeps its own verdicts)."""
    differ = [path for path, vs in result.copies.items()
              if any(getattr(obj, attr, _UNSET) != value for obj, attr, value in vs)]
    # a copy with func literals has closures of other names (main.main.adder.func1)
    differ.extend(path for path, _ in result.copy_names if path in result.copy_targets)
    for path in differ:
        for i in range(1, len(path) + 1):
            prefix = path[:i]
            target = result.copy_targets.get(prefix)
            if not isinstance(target, ast.FuncDecl) or target.ftype.type_params:
                break
            if prefix not in result.clones:
                result.clones[prefix] = (target, result.copies.get(prefix, []))


def verdicts(loc: Loc) -> list[tuple[Any, str, bool]]:
    """What the code generator reads of a location's verdict: (object, attribute, value)."""
    if loc.var is not None:
        return [(loc.var, "esc_heap", loc.escapes)]
    node = loc.node
    if loc.label == "... argument" and isinstance(node, ast.CallExpr):
        return [(node, "variadic_esc_heap", loc.escapes)]
    out = [(node, "esc_heap", loc.escapes)]
    if loc.box:
        # (an expression can be an allocation and be boxed: the box has its own result)
        box_node = node
        if isinstance(node, ast.CallExpr) and node.call_kind == "conversion" and node.args:
            box_node = node.args[0]  # (the code generator boxes the operand)
        out.append((box_node, "esc_box_heap", loc.escapes))
    elif is_string_to_bytes(node):
        # never written: the bytes can be the string's own (gc's -d=zerocopy)
        out.append((node, "zero_copy", not loc.escapes and not loc.mutates))
    return out


def is_string_to_bytes(node: Any) -> bool:
    if not isinstance(node, ast.CallExpr) or node.call_kind != "conversion" or not node.args:
        return False
    t, x = node.type, node.args[0].type
    if t is None or x is None or not T.is_string(x):
        return False
    u = t.underlying()
    return isinstance(u, T.Slice) and isinstance(u.elem, T.Basic) and u.elem.kind == T.Kind.UINT8


_STD_TAGS: dict[str, list] | None = None


def load_std_tags() -> dict[str, list]:
    """The standard packages' parameter tags (std_tags.json, written by
    tools/regen_escape_std.py from real Go): per function, per parameter (receiver
    first), None or [derefs to the heap or None, [derefs to each result or None], derefs to
    the mutator or None, derefs to the callee or None]."""
    global _STD_TAGS
    if _STD_TAGS is None:
        import json
        from pathlib import Path
        p = Path(__file__).with_name("std_tags.json")
        _STD_TAGS = json.loads(p.read_text()) if p.exists() else {}
    return _STD_TAGS


def heap_alloc_reason(loc: Loc) -> str:
    """Why a location must be on the heap whatever flows into it (gc's size limits)."""
    if loc.is_param or loc.is_result:
        return ""
    if loc.var is not None:
        t = loc.var.type
        if t is not None and size_or_zero(t) > MAX_STACK_VAR:
            return "too large for stack"
        return ""
    node = loc.node
    if node is None or loc.wrapper:
        return ""
    if isinstance(node, ast.CallExpr) and node.call_kind == "builtin":
        if node.builtin == "new" and isinstance(node.type, T.Pointer):
            if size_or_zero(node.type.elem) > MAX_IMPLICIT_STACK_VAR_SIZE:
                return "too large for stack"
        elif node.builtin == "make" and loc.label != "... argument" and node.type is not None \
                and isinstance(node.type.underlying(), T.Slice):
            elem = node.type.underlying().elem
            esize = size_or_zero(elem)
            n = node.args[2] if len(node.args) > 2 else (node.args[1] if len(node.args) > 1 else None)
            if esize == 0:
                return ""
            if n is None or not isinstance(n.const, int) or isinstance(n.const, bool) or not (0 <= n.const < 1 << 31):
                return "non-constant size"
            if n.const > MAX_IMPLICIT_STACK_VAR_SIZE // esize:
                return "too large for stack"
    elif isinstance(node, ast.UnaryExpr) and node.op == "&" and isinstance(node.type, T.Pointer):
        if size_or_zero(node.type.elem) > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
    elif isinstance(node, ast.SelectorExpr) and node.selection is not None \
            and node.selection.kind in ("method", "iface", "extmethod"):
        # a method value's closure: the function and a copy of the receiver
        sel = node.selection
        recv = node.x.type if sel.kind == "iface" else sel.recv_type
        if isinstance(recv, T.Pointer) or (sel.kind != "iface" and sel.pointer_recv):
            recv = None  # (a pointer receiver: one word)
        if recv is not None and 8 + size_or_zero(recv) > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
    elif isinstance(node, ast.CompositeLit) and getattr(node, "elided_ptr", False):
        if size_or_zero(node.type.underlying().elem) > MAX_IMPLICIT_STACK_VAR_SIZE:
            return "too large for stack"
    return ""
