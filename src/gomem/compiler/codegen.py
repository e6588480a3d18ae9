"""The compiler: a checked Go program → Python source code, executed as one Python module.

Each Go function becomes a Python function; Go locals become Python locals (renamed where Go's
block scoping or Python keywords require); package variables become module globals. The value
representation is described in gomem.runtime.values. The generated code calls a small set of
run-time helpers (gomem.runtime.core) for what Python has no direct operation for, and inlines
the rest: integer wrap-around, bounds checks, slice element access.

Naming in the generated module:
    F_<name>            package-level function
    M_<Type>_<name>     method
    G_<name>            package variable
    T<n>                a type descriptor (see the comment beside each in the prelude)
    C<n>                the Python class of a struct type
    K<n>                a constant hoisted out of the code (interface values of constants)
    P_<pkg>             a standard package's Python module
    _<name>             run-time helpers
"""

from __future__ import annotations

import ast as pyast
import keyword
import os
from contextlib import contextmanager
from typing import Any, Iterator

from gomem.check.frames import MAX_STACK_VAR
from gomem.check.objects import Const, Func, Nil, Var
from gomem.compiler.pycompile import SPLICE_FUNC, SPLICE_TRAILER
from gomem.escape.walk import MAX_IMPLICIT_STACK_VAR_SIZE
from gomem.frontend import ast
from gomem.runtime import values as V
from gomem.runtime.malloc import BIG_ALLOC
from gomem.runtime.panic import FRAME_BYTES
from gomem.types import types as T
from gomem.types.types import (
    Array,
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Named,
    Pointer,
    Signature,
    Slice,
    Struct,
    Type,
)

PY_RESERVED = set(keyword.kwlist) | {"None", "True", "False", "print", "len", "range", "int", "float",
                                     "bytes", "list", "dict", "str", "type", "object", "min", "max",
                                     "isinstance", "getattr", "setattr", "hasattr", "id", "iter", "next",
                                     "super", "tuple", "set", "abs", "bytearray", "bool", "islice",
                                     "enumerate", "zip", "map", "filter", "sorted", "hash", "repr", "callable"}

WRAP = {
    Kind.INT: "(({x}) + 0x8000000000000000 & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000",
    Kind.INT64: "(({x}) + 0x8000000000000000 & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000",
    Kind.INT32: "(({x}) + 0x80000000 & 0xFFFFFFFF) - 0x80000000",
    Kind.INT16: "(({x}) + 0x8000 & 0xFFFF) - 0x8000",
    Kind.INT8: "(({x}) + 0x80 & 0xFF) - 0x80",
    Kind.UINT: "({x}) & 0xFFFFFFFFFFFFFFFF",
    Kind.UINT64: "({x}) & 0xFFFFFFFFFFFFFFFF",
    Kind.UINTPTR: "({x}) & 0xFFFFFFFFFFFFFFFF",
    Kind.UINT32: "({x}) & 0xFFFFFFFF",
    Kind.UINT16: "({x}) & 0xFFFF",
    Kind.UINT8: "({x}) & 0xFF",
}


# GOMEM_NOSPILL=1: compile without spill_crossing's temporaries (to measure them and to show
# what they keep: without them a cycle inside an allocation frees what a frame's evaluation
# stack still holds)
SPILLS = os.environ.get("GOMEM_NOSPILL", "") in ("", "0")


class CompileError(Exception):
    def __init__(self, node, msg: str):
        super().__init__(msg)
        self.node = node
        self.msg = msg


def is_agg(t: Type | None) -> bool:
    return t is not None and isinstance(t.underlying(), (Struct, Array))


def box_kind(t: Type) -> str:
    """How converting a t to an interface allocates (see Compiler.box)."""
    u = t.underlying()
    if t.size == 0 or t.size == 1 or isinstance(u, (Pointer, Map, Chan, Signature)):
        return "never"
    if isinstance(u, (Struct, Array)) and t.size == 8 and t.ptrdata == 8:
        return "never"  # a single pointer: stored directly in the interface
    if isinstance(u, Basic):
        if T.is_integer(u) and t.size in (2, 4, 8):
            return "int"
        if T.is_float(u):
            return "float"
        if T.is_string(u):
            return "str"
    if isinstance(u, Slice):
        return "slice"
    return "any"


def closure_type(captured: list[Type]) -> Type:
    """The layout of a closure object as gc builds it: the code pointer, then the captured
    values (a variable captured by reference is its address), as struct fields."""
    fields = [T.Field("F", T.UINTPTR)] + [T.Field(f"X{i}", t) for i, t in enumerate(captured)]
    return T.new_struct(tuple(fields))


def mark_transient_string(e) -> None:
    """Mark e when it is a string(b) conversion of a []byte whose result only lives for the
    operation that uses it (a map lookup, a comparison, an operand of a concatenation): gc
    converts those without copying (slicebytetostringtmp), so they allocate nothing."""
    e = ast.unparen(e)
    if isinstance(e, ast.CallExpr) and e.call_kind == "conversion" and len(e.args) == 1 and e.type is not None \
            and T.is_string(e.type.underlying()) and isinstance(e.args[0].type.underlying(), Slice):
        e.transient = True


def _assigned_var(x) -> Var | None:
    """The local variable an assignment to x stores into (x itself, a field of it or an
    element of it when it is a struct or array), as gc's escape analysis sees it."""
    while True:
        if isinstance(x, ast.ParenExpr):
            x = x.x
        elif isinstance(x, ast.SelectorExpr) and x.selection is not None and x.selection.kind == "field" \
                and not isinstance(x.x.type.underlying(), Pointer):
            x = x.x
        elif isinstance(x, ast.IndexExpr) and getattr(x, "index_kind", "") == "array":
            x = x.x
        else:
            break
    obj = x.obj if isinstance(x, ast.Ident) else None
    return obj if isinstance(obj, Var) and not obj.is_global else None


def reassigned_vars(body) -> set:
    """The variables of a function body assigned anywhere but at their definition (gc's
    "reassigned", which makes a captured variable captured by reference). The post statement
    of a three-clause loop does not count for the loop's own variables: each iteration has
    its copy (Go 1.22)."""
    out: set = set()
    post_ok: set = set()
    for n in ast.walk(body):
        if isinstance(n, ast.ForStmt) and isinstance(n.init, ast.AssignStmt) and n.init.tok == ":=":
            if n.post is not None:
                post_ok.add(id(n.post))
        if id(n) in post_ok:
            continue
        targets: list = []
        if isinstance(n, ast.AssignStmt):
            targets = n.lhs
        elif isinstance(n, ast.IncDecStmt):
            targets = [n.x]
        elif isinstance(n, ast.RangeStmt) and n.tok == "=":
            targets = [n.key, n.value]
        for x in targets:
            v = _assigned_var(x) if x is not None else None
            if v is not None and (x.line, x.col) != (v.line, v.col):
                out.add(v)
    return out


def field_offset(st, k: int) -> int:
    """The byte offset of field k of struct type st (its underlying Struct)."""
    st.size  # noqa: B018 - lays the struct out (offsets)
    return st.offsets[k]


def _is_literal(code: str) -> bool:
    try:
        float(code.strip("()"))
        return True
    except ValueError:
        return code in ("True", "False", "None") or code.startswith(("b'", 'b"'))


def is_nil(e) -> bool:
    e = ast.unparen(e)
    return isinstance(e, ast.Ident) and isinstance(e.obj, Nil)


def is_byte(t: Type) -> bool:
    return T.basic_kind(t) == Kind.UINT8


ARITH_PREC = {"+": 1, "-": 1, "*": 2}

# Expressions nested deeper than CPython's parser takes are parsed in pieces (see
# compiler/pycompile.py): every SPLICE_EVERY levels of expression nesting, code with more than
# SPLICE_BRACKETS brackets becomes a piece of its own.
SPLICE_EVERY = 8
SPLICE_BRACKETS = 60
# CPython's parser nests each elif inside the one before: a chain longer than this continues
# in an else block (one more level of indentation, which pycompile takes in any amount;
# CUT_INDENT levels of ELIF_RUN elifs each stay within the parser's stack)
ELIF_RUN = 25

NO_BRANCHES: tuple[set[int], bool, bool] = (set(), False, False)  # (never mutated)


class Emitter:
    """Lines of generated Python. The first line compiled from a Go statement ends with a
    `#@N` marker naming its Go line (tracebacks map Python lines back to Go lines with it)."""

    def __init__(self):
        self.lines: list[str] = []
        self.ind = 0
        self.go_line = 0  # the Go line of the statement being compiled
        self.marked = -1

    def emit(self, line: str) -> None:
        if self.go_line != self.marked and self.go_line:
            self.marked = self.go_line
            line = f"{line}  #@{self.go_line}"
        self.lines.append("    " * self.ind + line)


class FuncState:
    def __init__(self, node, parent: FuncState | None, name: str):
        self.node = node
        self.parent = parent
        self.name = name
        self.names: dict[Var, str] = {}
        self.used_names: set[str] = set(parent.used_names) if parent else set()
        self.globals_assigned: set[str] = set()
        self.nonlocals: set[str] = set()
        self.has_defer = False
        self.result_names: list[str] = []
        self.tmp = 0
        self.loops: list[dict] = []  # python-level loop/flag stack
        # (index variable, container variable) pairs a loop proves in range: x[i] needs no check
        self.proven: set = set()
        # (variable, +1 or -1) steps the loop condition proves cannot wrap (see bounded_steps)
        self.safe_steps: set = set()
        self.defaults: list[str] = []  # captured per-iteration boxes passed as default args


_UNSET = object()


@contextmanager
def _assuming(known: set, facts) -> Iterator[None]:
    """Add facts (proven indexes, safe steps) to known for the code compiled inside; those it
    added, and only those, are dropped after (an enclosing loop's facts stay)."""
    added = set(facts) - known
    known |= added
    try:
        yield
    finally:
        known -= added


def _private_local(x: Any) -> bool:
    """Whether x names a local variable that only its own function's code can change (not
    captured by a closure, address never taken): no call or channel operation can change it."""
    v = getattr(x, "obj", None) if isinstance(x, ast.Ident) else None
    return isinstance(v, Var) and v.func is not None and not v.captured and not v.addr_taken


def _is_std_func(f, pkg: str, name: str) -> bool:
    """Whether f names the standard function pkg.name (e.g. math.Sqrt)."""
    sel = getattr(f, "selection", None) if isinstance(f, ast.SelectorExpr) else None
    obj = sel.obj if sel is not None and sel.kind == "pkg" else None
    return isinstance(obj, Func) and obj.name == name and getattr(obj.pkg, "path", None) == pkg


def _checked_index(e) -> tuple | None:
    """(index variable, container variable) of e when e is x[i] of a slice or array, both
    private locals: reading it checks i against x's length."""
    e = ast.unparen(e)
    if not (isinstance(e, ast.IndexExpr) and getattr(e, "index_kind", None) in ("slice", "array")):
        return None
    x, i = ast.unparen(e.x), e.index
    if not (_private_local(x) and _private_local(i)) or getattr(e, "ptr_array", False):
        return None
    return (i.obj, x.obj)


class Compiler:
    def __init__(self, pkg, std_packages: dict[str, Any], path_of_file: dict[Any, str]):
        self.pkg = pkg
        self.std = std_packages
        self.out = Emitter()
        self.prelude: list[str] = []
        self.ns: dict[str, Any] = {}
        self.type_names: dict[int, str] = {}
        self.const_names: dict[Any, str] = {}
        self.fn: FuncState | None = None
        self.lit_counter = 0
        self.lits_in: dict[str, int] = {}  # Go function name -> function literals numbered in it
        self.sites: dict[tuple, str] = {}
        self.cur_file = ""
        self.cur_func_name = "main.init"  # package-level initialisers' closures are main.init.funcN
        self.iface_types: list[Type] = []
        self.methods_installed: set[int] = set()
        self.path_of_file = path_of_file
        self.has_go = False
        self.expr_depth = 0
        self.splices: list[str] = []  # expression pieces (see expr)
        self.lit_free: dict[int, dict[Var, None]] = {}  # id(FuncLit) -> free_vars
        self.reassigned: dict[int, set] = {}  # id(function body) -> reassigned_vars(body)
        self.gotos_by_func: dict[int, set[str]] | None = None
        self.assigned_memo: dict[int, set] = {}  # id(BlockStmt) -> assigned_vars
        self.branch_memo: dict[int, tuple[set[int], bool, bool]] = {}  # id(node) -> branch_summary
        # inlined copies compiled as clones of their callee (escape.Result.clones): path ->
        # (callee, verdicts); the clone being compiled is named by its path (() outside clones)
        self.inline_clones: dict[tuple, tuple[Any, list]] = {}
        self.clone_path: tuple = ()
        self.clone_names: dict[tuple, str] = {}  # path -> the clone's Python name
        self.clone_by_key: dict[tuple, str] = {}  # clone_key -> the clone's Python name
        self.clone_children: dict[tuple, list[tuple]] | None = None
        self.copy_names: dict[tuple[tuple, Any], str] = {}  # (path, func literal) -> gc's name
        self.clone_lit_names: dict[tuple, list[str]] = {}  # path -> its closures' names
        self.clones_pending: list[tuple] = []
        self.file_of_decl: dict[int, str] = {}

    # ----------------------------------------------------------------- naming
    def tname(self, t: Type) -> str:
        """Python name of the descriptor for type t, registered in the namespace."""
        n = self.type_names.get(id(t))
        if n is None:
            base = "T_" + (t.name if isinstance(t, Named) and t.pkg == "main" and not t.local_id else str(len(self.type_names)))
            if base in self.ns:
                base = f"T{len(self.type_names)}_"
            n = base
            self.type_names[id(t)] = n
            self.ns[n] = t
            self.prelude.append(f"# {n} = {t}")
        return n

    def cname(self, t: Type) -> str:
        """Python name of the class of struct type t."""
        tn = self.tname(t)
        n = "C" + tn[1:]
        if n not in self.ns:
            self.ns[n] = V.struct_class(t)
        return n

    def konst(self, value: Any, hint: str = "K") -> str:
        key = (hint, repr(value) if not isinstance(value, V.Iface) else (id(value.t), repr(value.v)))
        n = self.const_names.get(key)
        if n is None:
            n = f"{hint}{len(self.const_names)}"
            self.const_names[key] = n
            self.ns[n] = value
        return n

    def site(self, node, t: Type | None = None) -> str:
        """The name of the malloc.Site for an allocation at node (of a t object if fixed-size)."""
        key = (self.cur_func_name, self.cur_file, node.line, id(t))
        n = self.sites.get(key)
        if n is None:
            from gomem.runtime import malloc
            n = f"S{len(self.sites)}"
            self.sites[key] = n
            self.ns[n] = malloc.new_site(self.cur_func_name, self.cur_file, node.line, t, t.size if t is not None else 0)
        return n

    def local_site(self, node) -> str:
        """The site of an allocation at node, or None when escape analysis keeps it in the frame
        (node.esc_heap False): the run-time function then allocates nothing."""
        return "None" if getattr(node, "esc_heap", True) is False else self.site(node)

    def new_tmp(self) -> str:
        self.fn.tmp += 1
        return f"_t{self.fn.tmp}"

    def foreign_name(self, obj: Var | Func) -> str:
        """A variable or function of a standard package, named without its package (a dot
        import): as the package's selector names it."""
        alias = obj.pkg.path.replace("/", "_")
        if isinstance(obj, Func) and obj.decl is not None and obj.decl.body is not None:
            return f"P_{alias}.F_{obj.name}"
        return f"P_{alias}.{obj.name}"

    def var_name(self, v: Var) -> str:
        if v.is_global and v.pkg is not None and v.pkg is not self.pkg:
            return self.foreign_name(v)
        fs = self.fn
        while fs is not None:
            n = fs.names.get(v)
            if n is not None:
                return n
            fs = fs.parent
        if v.is_global:
            return "G_" + v.name
        raise CompileError(v, f"internal: no name for {v.name}")

    def declare_var(self, v: Var) -> str:
        base = v.name
        if base in PY_RESERVED or base.startswith("_"):
            base = "v" + base if base.startswith("_") else base + "_"
        if base.startswith(("F_", "M_", "G_", "T_", "C_", "P_")):
            base = "v_" + base
        name = base
        i = 1
        while name in self.fn.used_names:
            i += 1
            name = f"{base}_{i}"
        self.fn.used_names.add(name)
        self.fn.names[v] = name
        v.boxed = self.needs_box(v)
        if v.boxed or (v.type is not None and v.type.ptrdata > 0):
            self.ns.setdefault("__frames__", {}).setdefault(self.fn.name, []).append(
                (name, v.name, v.type, v.boxed))
        return name

    def var_box(self, v: Var, code: str) -> str:
        """The box of a variable whose address is taken or that closures share: a heap
        object when escape analysis moved the variable to the heap, else a frame slot."""
        if getattr(v, "esc_heap", False):
            return f"_new({self.site(v, v.type)}, _Box({code}))"
        return f"_Box({code})"

    def var_init(self, v: Var, code: str) -> str:
        """The value a declared variable starts with: its box when it has one; a struct or
        array variable escape analysis moved to the heap is itself one heap object (the Python
        object standing for it gets the heap address)."""
        if v.boxed:
            return self.var_box(v, code)
        if getattr(v, "esc_heap", False):
            if is_agg(v.type):
                return f"_new({self.site(v, v.type)}, {code})"
            # captured by reference outside loops: a Python cell holds it, the heap object
            # Go makes for it is only counted
            return f"_moved({self.site(v, v.type)}, {code})"
        return code

    def needs_box(self, v: Var) -> bool:
        if is_agg(v.type):
            return False  # struct and array variables are already objects
        if v.addr_taken:
            return True
        if v.captured and v.in_loop:
            return True
        return False

    def func_name(self, f: Func) -> str:
        if getattr(f, "method_of", None) is not None:
            return f"M_{f.method_of.name}_{f.name}"
        return "F_" + f.name

    # ---------------------------------------------------------------- program
    def compile_program(self) -> str:
        pkg = self.pkg
        body: list[str] = []
        self.out = Emitter()
        self.has_go = any(isinstance(n, ast.GoStmt) for f in pkg.files for n in ast.walk(f))
        # functions and methods
        for f in pkg.files:
            self.cur_file = f.path
            for d in f.decls:
                if isinstance(d, ast.FuncDecl) and d.body is not None and d.obj is not None:
                    self.file_of_decl[id(d)] = f.path
                    self.func_decl(d)
        # clones of inlined callees (compiling one can ask for the clones inside it)
        while self.clones_pending:
            self.clone_decl(self.clones_pending.pop(0))
        # method tables for interface dispatch
        self.install_methods()
        # package variable initialisation and init functions, then main
        self.out.emit("def _init_package():")
        self.out.ind += 1
        self.fn = FuncState(None, None, "init")
        gl = [f"G_{o.name}" for o in pkg.scope.names.values() if isinstance(o, Var)]
        if gl:
            self.out.emit("global " + ", ".join(gl))
        for o in pkg.scope.names.values():
            if isinstance(o, Var):
                self.out.emit(f"G_{o.name} = {self.zero(o.type)}")
                if o.type.ptrdata > 0:
                    self.ns.setdefault("__globals__", []).append((f"G_{o.name}", o.name, o.type))
        self.cur_func_name = "main.init"
        for spec in pkg.init_order:
            self.cur_file = self.path_of_file.get(id(spec), self.cur_file)
            self.value_spec_global(spec)
        n_init = 0
        for f in pkg.files:
            for d in f.decls:
                if isinstance(d, ast.FuncDecl) and d.name.name == "init" and d.recv is None:
                    self.out.emit(f"F_init_{n_init}()")
                    n_init += 1
        self.out.emit("pass")
        self.out.ind -= 1
        self.fn = None
        # the types package variable initializers convert to interfaces (sync.NewCond(&mu))
        self.install_methods()
        body = self.out.lines
        head = ["# generated by gomem from Go source; names: see gomem.compiler.codegen"] + self.prelude
        tail = [f"{SPLICE_TRAILER}{k}: {code}" for k, code in enumerate(self.splices)]
        return "\n".join(head + body + tail) + "\n"

    def install_methods(self) -> None:
        """Give every type that can sit in an interface its m_<Name> attributes."""
        todo = list(self.pkg.named_types)
        for nt in todo:
            self.method_table(nt)
            self.method_table(T.new_pointer(nt))
        for t in list(self.iface_types):
            self.method_table(t)

    def method_table(self, t: Type) -> None:
        if id(t) in self.methods_installed:
            return
        self.methods_installed.add(id(t))
        from gomem.check.checker import Checker
        names = self.method_names(t)
        if not names:
            return
        chk = Checker.__new__(Checker)
        tn = self.tname(t)
        # method signatures, so that run-time interface checks compare them too
        sigs: dict[str, Type] = {}
        t.method_sigs = sigs  # type: ignore[attr-defined]
        for name in sorted(names):
            sel = Checker.lookup(chk, t, name)
            if sel is not None and sel.kind in ("method", "iface") and getattr(sel.obj, "sig", None) is not None:
                sigs[name] = sel.obj.sig
            if sel is None or sel.kind != "method":
                if sel is not None and sel.kind == "iface":
                    # promoted from an embedded interface field
                    path = self.path_expr("v", t, sel.path)
                    self.out.emit(f"{tn}.m_{name} = lambda v, *a: (lambda x: x.t.m_{name}(x.v, *a))({path})")
                continue
            if sel.pointer_recv and not isinstance(t.underlying(), Pointer) and not sel.indirect:
                continue  # not in the method set of the value type
            fi = sel.obj
            fname = self.method_pyname(sel.recv_type, fi)
            if sel.path:
                recv = self.embedded_recv("v", t, sel)
            elif not fi.pointer_recv and isinstance(t.underlying(), Pointer):
                recv = self.copy_expr("v", sel.recv_type) if is_agg(sel.recv_type) else "v.v"
                rt = sel.recv_type
                if isinstance(rt, Named):
                    msg = f"value method {rt.pkg}.{rt.name}.{name} called using nil *{rt.name} pointer"
                    recv = f"({recv} if v is not None else _panicwrap({msg!r}))"
            else:
                recv = "v"
            if recv == "v" and not fi.pointer_recv and is_agg(sel.recv_type) and self.receiver_written(fi):
                # the interface holds the value itself: a method that changes its copy of
                # the receiver must not change the value inside the interface
                recv = self.copy_expr("v", sel.recv_type)
            if recv == "v":
                self.out.emit(f"{tn}.m_{name} = {fname}")
            else:
                self.out.emit(f"{tn}.m_{name} = lambda v, *a: {fname}({recv}, *a)")

    def method_pyname(self, recv_type: Type, fi) -> str:
        # Methods of other packages, and the body-less (Python) methods of a standard package
        # being compiled, are attributes of the package's module.
        decl = getattr(fi, "decl", None)
        if isinstance(recv_type, Named) and (recv_type.pkg != self.pkg.name or decl is None or decl.body is None):
            return f"P_{self.std_alias(recv_type.pkg)}.{recv_type.name}_{fi.name}"
        return f"M_{recv_type.name}_{fi.name}"

    def std_alias(self, pkgname: str) -> str:
        for path, mod in self.std.items():
            if mod.name == pkgname:
                return path.replace("/", "_")
        return pkgname

    def method_names(self, t: Type) -> set[str]:
        names: set[str] = set()
        seen: set[int] = set()

        def walk(x: Type, depth: int) -> None:
            if depth > 8:
                return
            if isinstance(x, Pointer):
                x = x.elem
            if id(x) in seen:
                return
            seen.add(id(x))
            if isinstance(x, Named):
                names.update(x.methods)
            u = x.underlying()
            if isinstance(u, Struct):
                for f in u.fields:
                    if f.embedded:
                        walk(f.type, depth + 1)
            elif isinstance(u, Interface) and depth > 0:
                names.update(m.name for m in u.methods)
        walk(t, 0)
        return names

    def path_expr(self, base: str, t: Type, path) -> str:
        """Follow embedded fields: path is [(field index, is_pointer)]."""
        cur_t = t.underlying().elem if isinstance(t.underlying(), Pointer) else t
        s = base
        for idx, _isptr in path:
            st = cur_t.underlying()
            s = f"{s}.{V.field_pynames(st)[idx]}"
            ft = st.fields[idx].type
            cur_t = ft.elem if isinstance(ft, Pointer) else ft
        return s

    # -------------------------------------------------------------- functions
    def func_decl(self, d: ast.FuncDecl, clone_name: str | None = None) -> None:
        f = d.obj
        name = clone_name or self.func_name(f)
        if d.name.name == "init" and d.recv is None:
            idx = self.init_index(d)
            name = f"F_init_{idx}"
            self.cur_func_name = f"{self.pkg.name}.init.{idx}"  # Go's name for the i-th init
        else:
            self.cur_func_name = (self.pkg.name + "." + (f"(*{f.method_of.name})." if getattr(f, "pointer_recv", False) else f"{f.method_of.name}." if getattr(f, "method_of", None) else "") + d.name.name)
        self.out.go_line = d.line
        self.function(d, name, d.recv)
        self.ns.setdefault("__funcnames__", {})[name] = self.cur_func_name

    # ------------------------------------------------- inlined copies as clones
    # gc inlines small functions, and the escape analysis decides each inlined copy's
    # allocations in its caller: a constructor's &T{} that escapes in the function itself may
    # stay in the frame of a caller that keeps the pointer local. gomem calls the function
    # rather than copying its body, so such a copy is compiled as a clone of the callee with
    # the copy's verdicts, and the call site calls the clone. Clones are only made for copies
    # whose verdicts differ from the callee's own, or whose closures gc names after the caller
    # (escape.clone_copies): no code bloat else.
    def inline_clone(self, c: ast.CallExpr) -> str | None:
        """The Python name of the clone to call at c, if gc inlines c into a copy that needs
        one."""
        path = self.clone_path + (c,)
        if path not in self.inline_clones:
            return None
        name = self.clone_names.get(path)
        if name is None:
            # copies alike (same callee, verdicts and clones inside) share one clone
            key = self.clone_key(path)
            name = self.clone_by_key.get(key)
            if name is None:
                target = self.inline_clones[path][0]
                name = f"{self.func_name(target.obj)}\u00b7{len(self.clone_by_key)}"  # (· is no Go identifier)
                self.clone_by_key[key] = name
                self.clone_names[path] = name
                self.clones_pending.append(path)
            else:
                self.clone_names[path] = name
        return name

    def clone_key(self, path: tuple) -> tuple:
        """What makes the clone of the copy at path: its callee, its verdicts and the clones
        of the copies inlined inside it."""
        if self.clone_children is None:
            self.clone_children = {}
            for p in self.inline_clones:
                if len(p) > 1:
                    self.clone_children.setdefault(p[:-1], []).append(p)
            for (p, _), name in self.copy_names.items():
                self.clone_lit_names.setdefault(p, []).append(name)
        target, verdicts = self.inline_clones[path]
        inner = tuple(sorted((id(p[-1]), self.clone_key(p)) for p in self.clone_children.get(path, ())))
        names = tuple(sorted(self.clone_lit_names.get(path, ())))
        return (id(target), frozenset((id(obj), attr, value) for obj, attr, value in verdicts), inner, names)

    def clone_decl(self, path: tuple) -> None:
        """Compiles the clone of an inlined copy: the callee with the copy's verdicts. Its
        frame is counted without return address and frame pointer, as the inlined body's
        variables are in its caller's frame; a panic's traceback shows the callee's name, as
        Go shows an inlined frame."""
        target, verdicts = self.inline_clones[path]
        saved = [(obj, attr, getattr(obj, attr, _UNSET)) for obj, attr, _ in verdicts]
        for obj, attr, value in verdicts:
            setattr(obj, attr, value)
        saved_path, self.clone_path = self.clone_path, path
        # (its func literals are numbered as the callee's: main.adder.func1)
        saved_lits, self.lits_in = self.lits_in, {}
        self.cur_file = self.file_of_decl.get(id(target), self.cur_file)
        self.out.marked = -1  # (the def line maps to the Go line even right after the callee)
        try:
            self.func_decl(target, self.clone_names[path])
        finally:
            self.clone_path, self.lits_in = saved_path, saved_lits
            for obj, attr, old in reversed(saved):
                if old is _UNSET:
                    delattr(obj, attr)
                else:
                    setattr(obj, attr, old)

    def init_index(self, d) -> int:
        i = 0
        for f in self.pkg.files:
            for x in f.decls:
                if isinstance(x, ast.FuncDecl) and x.name.name == "init" and x.recv is None:
                    if x is d:
                        return i
                    i += 1
        return i

    def function(self, node, pyname: str, recv: ast.FieldDecl | None, default_args: list[str] | None = None) -> None:
        parent = self.fn
        self.ns.setdefault("__funcfiles__", {})[pyname] = (self.cur_file, bool(node.ftype.params) or recv is not None)
        fs = FuncState(node, parent, pyname)
        self.fn = fs
        params = []
        if recv is not None and recv.names:
            v = recv.names[0].obj
            if v is not None:
                params.append(self.declare_var(v))
            else:
                params.append("_recv")
        elif recv is not None:
            params.append("_recv")
        for p in node.ftype.params:
            for n in p.names or [None]:
                if n is None or n.obj is None:
                    params.append(f"_p{len(params)}")
                else:
                    params.append(self.declare_var(n.obj))
        if default_args:
            params.extend(f"{a}={a}" for a in default_args)
        self.out.emit(f"def {pyname}({', '.join(params)}):")
        self.out.ind += 1
        start = len(self.out.lines)
        # boxes for parameters whose address is taken or that are captured per iteration
        for p in list(fs.names):
            if p.boxed:
                n = fs.names[p]
                self.out.emit(f"{n} = {self.var_box(p, n)}")
            elif getattr(p, "esc_heap", False):
                # a parameter moved to heap: Go copies it into a new heap object on entry
                n = fs.names[p]
                self.out.emit(f"{n} = {self.var_init(p, self.copy_expr(n, p.type))}")
        # named results
        ctx = node.fn_ctx
        for r in node.ftype.results:
            for n in r.names:
                if n.obj is not None:
                    rn = self.declare_var(n.obj)
                    fs.result_names.append(rn)
                    z = self.zero(n.obj.type)
                    self.out.emit(f"{rn} = {self.var_init(n.obj, z)}")
        fs.has_defer = ctx.has_defer
        if fs.has_defer:
            self.out.emit("_d = _Defers()")
            results = ctx.sig.results
            if results and not fs.result_names:
                # a recovered panic returns the zero values of unnamed results
                zeros = [self.zero(t) for t in results]
                self.out.emit(f"_d.rv = {zeros[0] if len(zeros) == 1 else '(' + ', '.join(zeros) + ')'}")
            self.out.emit("try:")
            try_at = len(self.out.lines) - 1
            self.out.ind += 1
            self.block(node.body.stmts)
            self.out.emit("pass")
            self.out.ind -= 1
            self.out.emit("except BaseException as _e:")
            self.out.emit("    _d.catch(_e)")
            self.out.emit("finally:")
            self.out.ind += 1
            self.charge_big_frame(try_at)
            self.out.emit("_d.run()")
            if fs.result_names:
                self.out.emit("return " + self.results_tuple())
            elif node.ftype.results:
                self.out.emit("return _d.rv")
            self.out.ind -= 1
        else:
            # A RecursionError here means the goroutine passed Go's stack limit: fatal at
            # once, in the deepest frame (runtime/panic.py: stack_overflow). The handler
            # costs nothing until an exception passes.
            try_at = len(self.out.lines)
            self.out.emit("try:")
            self.out.ind += 1
            self.block(node.body.stmts)
            self.out.emit("pass")
            self.out.ind -= 1
            self.out.emit("except RecursionError:")
            self.out.emit("    _stack_overflow()")
            if self.frame_bytes() > FRAME_BYTES:
                self.out.emit("finally:")
                self.out.ind += 1
                self.charge_big_frame(try_at)
                self.out.ind -= 1
        if len(self.out.lines) == start:
            self.out.emit("pass")
        # declarations Python needs at the top of the function
        decls = []
        if fs.globals_assigned:
            decls.append("global " + ", ".join(sorted(fs.globals_assigned)))
        if fs.nonlocals:
            decls.append("nonlocal " + ", ".join(sorted(fs.nonlocals)))
        for i, dl in enumerate(decls):
            self.out.lines.insert(start + i, "    " * self.out.ind + dl)
        self.ns.setdefault("__framesizes__", {})[pyname] = self.frame_bytes()
        self.out.ind -= 1
        self.fn = parent

    def frame_bytes(self) -> int:
        """An estimate of gc's stack frame for the function being compiled: return address,
        frame pointer and every parameter, result and local variable kept on the stack. A
        local escape analysis moves to the heap (``Var.esc_heap``; without that result:
        captured or address-taken, gomem's boxed variables) and one over gc's 10 MiB limit
        for stack variables count as a pointer; parameters and results are on the stack
        whatever their size (runtime/stack.py uses these sizes)."""
        n = 16 if not self.clone_path or self.fn.parent is not None else 0  # (an inlined body: no call)
        for v in self.fn.names:
            size = v.type.size if v.type is not None else 8
            if v.is_param or v.is_result:
                n += size
                continue
            on_heap = getattr(v, "esc_heap", None)
            if on_heap is None:
                on_heap = v.boxed
            n += 8 if on_heap or size > MAX_STACK_VAR else size
        return n

    def charge_big_frame(self, try_at: int) -> None:
        """A frame bigger than the FRAME_BYTES a Python frame stands for is also counted in
        bytes on its goroutine (runtime/sched.py: stack_push), so that recursion of functions
        with big locals overflows as Go's does. Called in the function's `finally:`, with
        try_at the index of its `try:` line."""
        size = self.frame_bytes()
        if size <= FRAME_BYTES:
            return
        self.out.emit(f"_sg.stk -= {size}")
        self.out.lines.insert(try_at, self.out.lines[try_at].replace("try:", f"_sg = _stack_push({size})", 1))

    def results_tuple(self) -> str:
        fs = self.fn
        vals = []
        for rn, v in zip(fs.result_names, self.result_vars()):
            vals.append(f"{rn}.v" if v.boxed else rn)
        if len(vals) == 1:
            return vals[0]
        return "(" + ", ".join(vals) + ")"

    def result_vars(self) -> list[Var]:
        out = []
        for r in self.fn.node.ftype.results:
            for n in r.names:
                out.append(n.obj)
        return out

    # -------------------------------------------------------------- statements
    def block(self, stmts: list[ast.Stmt]) -> None:
        targets = self.goto_targets()
        if targets and any(isinstance(s, ast.LabeledStmt) and s.label.name in targets for s in stmts):
            self.goto_block(stmts, targets)
            return
        for s in stmts:
            self.stmt(s)

    def goto_targets(self) -> set[str]:
        """Labels of the current function that some goto names."""
        fs = self.fn
        cached = getattr(fs, "goto_labels", None)
        if cached is None:
            if self.gotos_by_func is None:
                self.gotos_by_func = self.goto_labels_by_function()
            cached = self.gotos_by_func.get(id(fs.node), set())
            fs.goto_labels = cached
            fs.goto_dispatch = {}
        return cached

    def goto_labels_by_function(self) -> dict[int, set[str]]:
        """id(function node) → the labels its gotos name, for the whole package in one pass
        (a walk per function would be quadratic in the nesting of function literals)."""
        out: dict[int, set[str]] = {}
        stack: list[tuple[Any, Any]] = [(f, None) for f in self.pkg.files]
        while stack:
            n, owner = stack.pop()
            if isinstance(n, (ast.FuncDecl, ast.FuncLit)):
                owner = n
            elif isinstance(n, ast.BranchStmt) and n.tok == "goto" and n.label is not None:
                out.setdefault(id(owner), set()).add(n.label.name)
            stack.extend((ch, owner) for ch in ast.children(n))
        return out

    def goto_block(self, stmts: list[ast.Stmt], targets: set[str]) -> None:
        """A statement list with goto targets: a dispatch loop over the pieces between labels.

        Piece k runs when ``_pcN == k``; falling off its end moves on to piece k+1, and
        `goto L` sets ``_pcN`` to L's piece and restarts the loop (through any inner loops,
        like a labeled continue).
        """
        pieces: list[list[ast.Stmt]] = [[]]
        for st in stmts:
            if isinstance(st, ast.LabeledStmt) and st.label.name in targets:
                pieces.append([])
            pieces[-1].append(st)
        pc = f"_pc{len(self.fn.goto_dispatch) + 1}"
        info = self.push_loop(("goto", pc), post=[])
        for k, piece in enumerate(pieces):
            if piece and isinstance(piece[0], ast.LabeledStmt) and piece[0].label.name in targets:
                self.fn.goto_dispatch[piece[0].label.name] = (info, pc, k)
        start = len(self.out.lines)
        self.out.emit(f"{pc} = 0")
        self.out.emit("while True:")
        self.out.ind += 1
        for k, piece in enumerate(pieces):
            self.out.emit(f"if {pc} == {k}:")
            self.out.ind += 1
            for st in piece:
                self.stmt(st)
            self.out.emit(f"{pc} = {k + 1}")
            self.out.ind -= 1
        self.out.emit("break")
        self.out.ind -= 1
        self.pop_loop()
        self.loop_flags_init(info, start)
        self.after_loop_checks(info)

    def stmt(self, s: ast.Stmt) -> None:
        self.out.go_line = s.line
        getattr(self, "s_" + type(s).__name__)(s)

    def s_EmptyStmt(self, s) -> None:
        pass

    def s_BlockStmt(self, s: ast.BlockStmt) -> None:
        n = len(self.out.lines)
        self.block(s.stmts)
        if len(self.out.lines) == n:
            self.out.emit("pass")

    def s_ExprStmt(self, s: ast.ExprStmt) -> None:
        self.out.emit(self.expr(s.x, discard=True))

    def s_DeclStmt(self, s: ast.DeclStmt) -> None:
        d = s.decl
        if d.tok != "var":
            return
        for spec in d.specs:
            names = [self.declare_var(n.obj) if n.obj is not None and n.name != "_" else "_" for n in spec.names]
            vars_ = [n.obj for n in spec.names]
            if not spec.values:
                for nm, v in zip(names, vars_):
                    if nm == "_":
                        continue
                    z = self.zero(v.type)
                    self.out.emit(f"{nm} = {self.var_init(v, z)}")
                continue
            if len(spec.values) == 1 and len(names) > 1:
                tmps = self.unpack(spec.values[0], [v.type if v is not None else None for v in vars_])
                for nm, v, tmp in zip(names, vars_, tmps):
                    if nm != "_":
                        self.out.emit(f"{nm} = {self.var_init(v, tmp)}")
                continue
            vals = [self.expr_copy(e) for e in spec.values]
            for nm, v, val in zip(names, vars_, vals):
                if nm == "_":
                    self.out.emit(val)
                    continue
                self.out.emit(f"{nm} = {self.var_init(v, val)}")

    def value_spec_global(self, spec: ast.ValueSpec) -> None:
        names = [f"G_{n.name}" if n.name != "_" else "_" for n in spec.names]
        if len(spec.values) == 1 and len(names) > 1:
            objs = [n.obj if n.name != "_" else None for n in spec.names]
            vals = self.unpack(spec.values[0], [o.type if o is not None else None for o in objs])
            for nm, val in zip(names, vals):
                if nm != "_":
                    self.out.emit(f"{nm} = {val}")
            return
        for nm, e in zip(names, spec.values):
            self.out.emit(f"{nm} = {self.expr_copy(e)}")

    def s_AssignStmt(self, s: ast.AssignStmt) -> None:
        if s.tok == ":=":
            self.short_var(s)
            return
        if s.tok != "=":
            op = s.tok[:-1]
            x = s.lhs[0]
            be = ast.BinaryExpr(x.line, x.col, op=op, x=x, y=s.rhs[0])
            be.type = x.type
            be.mode = ast.MODE_VALUE
            self.read_modify_write(x, be)
            return
        if len(s.lhs) == 1:
            x, e = s.lhs[0], s.rhs[0]
            if self.is_blank(x):
                self.out.emit(self.expr(e))
                return
            if self.append_in_place(x, e):
                return
            self.assign_to(x, self.expr_copy(e), fresh=True)
            return
        if len(s.rhs) == 1:
            assigned = {x.obj for x in s.lhs if isinstance(x, ast.Ident)}
            pre = [self.pre_evaluate(x, assigned) for x in s.lhs]
            tmps = self.unpack(s.rhs[0], [None if self.is_blank(x) else x.type for x in s.lhs])
            for x, tmp in zip(s.lhs, tmps):
                if not self.is_blank(x):
                    self.assign_to(x, tmp, fresh=True)
            for nodes in pre:
                for n in nodes:
                    del n.pre_code
            return
        # parallel assignment: index and pointer operands on the left, then the values, are
        # evaluated first (spec: Assignment statements); then the stores happen left to right
        assigned = {x.obj for x in s.lhs if isinstance(x, ast.Ident)}
        pre = [self.pre_evaluate(x, assigned) for x in s.lhs]
        vals = self.spill_crossing([(e, self.expr_copy(e)) for e in s.rhs])
        tmps = [self.new_tmp() for _ in s.lhs]
        self.out.emit(f"{', '.join(tmps)} = {', '.join(vals)}")
        # x[i] read on the right (its bounds checked there) and stored on the left, x and i
        # locals the statement does not assign (a swap): the store needs no second check
        checked = {k for k in map(_checked_index, s.rhs) if k is not None and k[0] not in assigned
                   and k[1] not in assigned}
        with _assuming(self.fn.proven, checked):
            for x, tmp in zip(s.lhs, tmps):
                if not self.is_blank(x):
                    self.assign_to(x, tmp, fresh=True)
        for nodes in pre:
            for n in nodes:
                del n.pre_code

    def append_in_place(self, x, e) -> bool:
        """`s = append(s, v)` with s a local: while the backing array has room, store v and
        make the longer header inline (the common case costs no call); else core.append1
        grows it. Same result and accounting as _append1."""
        e = ast.unparen(e)
        if not (isinstance(e, ast.CallExpr) and e.call_kind == "builtin" and e.builtin == "append"
                and len(e.args) == 2 and not e.has_ellipsis and not getattr(e, "append_string", False)):
            return False
        s0 = ast.unparen(e.args[0])
        if not (isinstance(x, ast.Ident) and isinstance(s0, ast.Ident) and s0.obj is x.obj
                and _private_local(x) and not x.obj.boxed):
            return False  # (a call in v cannot change a private local s read after it)
        elem = e.type.underlying().elem
        if elem.size == 0:
            return False
        nm = self.var_name(x.obj)
        self.note_assign(x.obj, nm)
        v = self.expr_copy(e.args[1])
        if e.args[1].mode != ast.MODE_CONST:
            v = self.simple(v)
        n = self.new_tmp()
        self.out.emit(f"if ({n} := {nm}.len) < {nm}.cap:")
        self.out.ind += 1
        slot = f"{nm}.a[{nm}.off + {n}]"
        self.barrier(slot, v, elem.ptrdata > 0, f"{nm}.a")
        self.out.emit(f"{slot} = {v}")
        self.out.emit(f"{nm} = _Slice({nm}.a, {nm}.off, {n} + 1, {nm}.cap)")
        self.out.ind -= 1
        self.out.emit("else:")
        self.out.ind += 1
        self.out.emit(f"{nm} = _append1({nm}, {v}, {self.tname(elem)}, {self.zero_maker(elem)}, {self.site(e)})")
        self.out.ind -= 1
        return True

    def pre_evaluate(self, x, assigned: set) -> list:
        """Evaluate the operands of a left-hand side now (fixing them for a later store)."""
        x = ast.unparen(x)
        if isinstance(x, ast.IndexExpr):
            parts = [x.x, x.index]
        elif isinstance(x, ast.SelectorExpr) and x.selection is not None and x.selection.kind == "field":
            parts = [x.x]
        elif isinstance(x, ast.StarExpr):
            parts = [x.x]
        else:
            return []
        for p in parts:
            code = self.expr(p)
            if isinstance(p, ast.Ident) and p.obj not in assigned and isinstance(p.obj, Var) and not p.obj.boxed:
                pass  # a local the statement does not assign keeps its value until the stores
            elif p.mode != ast.MODE_CONST:
                tmp = self.new_tmp()
                self.out.emit(f"{tmp} = {code}")
                code = tmp
            p.pre_code = code
        return parts

    def is_blank(self, x) -> bool:
        return isinstance(x, ast.Ident) and x.name == "_"

    def unpack(self, e, dst_types: list) -> list[str]:
        """Evaluate the multi-valued e (a call, or a comma-ok form for two targets) into
        temporaries, one per target, each converted to its target's type (None: no target);
        as in Go, a value stored into an interface-typed target is boxed."""
        n = len(dst_types)
        rhs = self.expr(e, commaok=n == 2)
        tmps = [self.new_tmp() for _ in dst_types]
        self.out.emit(f"{', '.join(tmps)} = {rhs}")
        src_types = list(e.type.types) if isinstance(e.type, T.Tuple) else [e.type, T.BOOL]
        vals = []
        for tmp, src_t, dst_t in zip(tmps, src_types, dst_types):
            vals.append(self.convert_stored(tmp, src_t, dst_t, e))
        return vals

    def convert_stored(self, val: str, src_t: Type, dst_t: Type | None, node) -> str:
        """val (of type src_t, already a fresh value) as stored into a dst_t location."""
        if dst_t is None or src_t is None or not isinstance(dst_t.underlying(), Interface):
            return val
        if isinstance(src_t.underlying(), Interface):
            return val
        if T.is_untyped(src_t):
            src_t = T.default_type(src_t)
        return self.box(val, src_t, node)

    def short_var(self, s: ast.AssignStmt) -> None:
        targets = []
        for x in s.lhs:
            if self.is_blank(x):
                targets.append(("_", None))
            elif getattr(x, "is_new", False):
                targets.append((None, x.obj))
            else:
                targets.append(("old", x))
        if len(s.rhs) == 1 and len(s.lhs) > 1:
            vals = self.unpack(s.rhs[0], [None if self.is_blank(x) else x.type for x in s.lhs])
        elif len(s.lhs) == 1:
            vals = [self.expr_copy(s.rhs[0])]
        else:
            vals = [self.new_tmp() for _ in s.lhs]
            codes = self.spill_crossing([(e, self.expr_copy(e)) for e in s.rhs])
            self.out.emit(f"{', '.join(vals)} = {', '.join(codes)}")
        for (kind, obj), val in zip(targets, vals):
            if kind == "_":
                if len(s.lhs) == 1:
                    self.out.emit(val)
                continue
            if kind == "old":
                self.assign_to(obj, val, fresh=True)
                continue
            nm = self.declare_var(obj)
            self.out.emit(f"{nm} = {self.var_init(obj, val)}")

    def assign_to(self, x, val: str, fresh: bool) -> None:
        """Store val (already a copy where Go copies) into the location x.

        Stores of pointer-holding values into heap locations pass the write-barrier hook
        (gomem.runtime.barrier): one global check while the GC is not marking.
        """
        x = ast.unparen(x)
        t = x.type
        agg = is_agg(t)
        ptrs = t is not None and t.ptrdata > 0
        if ptrs and not val.isidentifier():
            val = self.simple(val)
        if isinstance(x, ast.Ident):
            obj = x.obj
            if isinstance(obj, Var):
                nm = self.var_name(obj)
                self.note_assign(obj, nm)
                if obj.boxed:
                    self.barrier(f"{nm}.v", val, ptrs, nm)
                    self.out.emit(f"{nm}.v = {val}")
                elif agg and (obj.addr_taken or obj.captured or obj.is_global):
                    self.barrier(nm, val, ptrs and (obj.is_global or obj.captured))
                    self.out.emit(f"{nm}{self.set_suffix(t, val)}")
                else:
                    # (a captured variable lives in a cell a closure shares: a heap location)
                    self.barrier(nm, val, ptrs and (obj.is_global or obj.captured))
                    self.out.emit(f"{nm} = {val}")
            return
        if isinstance(x, ast.IndexExpr):
            kind = x.index_kind
            if kind == "map":
                m = self.simple(self.expr(x.x))
                mt = x.x.type.underlying()
                k = self.map_key(x.index, mt.key)
                if ptrs:
                    k = self.simple(k)
                    self.barrier(f"{m}.get({k})", val, True, m)
                if mt.key.size > 128 or mt.elem.size > 128:  # Go keeps these out of line
                    self.out.emit(f"_map_store_indirect({m}, {k}, {val})")
                    return
                self.out.emit(f"{m}[{k}] = {val}")
                # mirror Go's bucket growth (allocation accounting; a nil map panicked above)
                self.out.emit(f"if len({m}) > {m}.grow_at: _map_grow({m})")
                return
            if kind == "slice":
                s = self.simple(self.expr(x.x))
                i = self.simple(self.expr(x.index))
                if not self.index_proven(x):
                    self.out.emit(f"if not 0 <= {i} < {s}.len: _panic_index({i}, {s}.len)")
                slot = f"{s}.a[{s}.off + {i}]"
                self.barrier(slot, val, ptrs, f"{s}.a")
                if agg:
                    self.out.emit(f"{slot}{self.set_suffix(t, val)}")
                else:
                    self.out.emit(f"{slot} = {val}")
                return
            if kind == "array":
                a = self.simple(self.array_obj(x.x))
                n = x.x.type.underlying().elem.underlying().length if getattr(x, "ptr_array", False) else x.x.type.underlying().length
                i = self.expr(x.index)
                if not self.known_in_range(x.index, n) and not self.index_proven(x):
                    i = self.simple(i)
                    self.out.emit(f"if not 0 <= {i} < {n}: _panic_index({i}, {n})")
                self.barrier(f"{a}[{i}]", val, ptrs, a)
                if agg:
                    self.out.emit(f"{a}[{i}]{self.set_suffix(t, val)}")
                else:
                    self.out.emit(f"{a}[{i}] = {val}")
                return
        if isinstance(x, ast.SelectorExpr) and x.selection is not None:
            if x.selection.kind == "field":
                base = self.field_base(x)
                if ptrs:
                    base = self.simple(base)
                fname = V.field_pynames(self.field_struct(x))[x.selection.index]
                self.barrier(f"{base}.{fname}", val, ptrs, base)
                if agg:
                    self.out.emit(f"{base}.{fname}{self.set_suffix(t, val)}")
                else:
                    self.out.emit(f"{base}.{fname} = {val}")
                return
            if x.selection.kind == "pkg":
                obj = x.selection.obj
                self.out.emit(f"P_{self.pkg_alias(x.x)}.{obj.name} = {val}")
                return
        if isinstance(x, ast.StarExpr):
            p = self.simple(self.expr(x.x))
            if agg:
                self.out.emit(f"if {p} is None: _panic_nil()")
                self.barrier(p, val, ptrs, p)
                self.out.emit(f"{p}{self.set_suffix(t, val)}")
            else:
                self.barrier(f"{p}.v", val, ptrs, p)
                self.out.emit(f"{p}.v = {val}")
            return
        raise CompileError(x, "gomem cannot assign to this expression yet")

    def barrier(self, old: str, new: str, needed: bool, container: str = "") -> None:
        """The write-barrier hook before a pointer store into a heap location; container is
        the object stored into (the generational policy's remembered set), none for a
        package variable (a root)."""
        if needed:
            self.out.emit(f"if _gcmarking: _write_barrier({old}, {new}{', ' + container if container else ''})")

    def set_suffix(self, t: Type, val: str) -> str:
        if isinstance(t.underlying(), Struct):
            return f"._set({val})"
        return f"[:] = {val}"

    def note_assign(self, obj: Var, nm: str) -> None:
        if obj.is_global:
            if "." not in nm:  # (a dot-imported package's variable is its module's attribute)
                self.fn.globals_assigned.add(nm)
        elif obj.func is not self.fn.node and not obj.boxed:
            self.fn.nonlocals.add(nm)

    def s_IncDecStmt(self, s: ast.IncDecStmt) -> None:
        be = ast.BinaryExpr(s.x.line, s.x.col, op="+" if s.tok == "++" else "-", x=s.x,
                            y=ast.BasicLit(s.line, s.col, kind="INT", value="1"))
        be.y.type = s.x.type
        be.y.mode = ast.MODE_CONST
        be.y.const = 1
        be.type = s.x.type
        be.mode = ast.MODE_VALUE
        self.read_modify_write(s.x, be)

    def read_modify_write(self, x, be) -> None:
        """x op= y and x++: the operands of x (map, index, pointer) are evaluated once.
        As gc does, the calls in y run before x is read (a call that changes the variable
        x indexes or points through changes the location both read and written)."""
        parts = self.pre_evaluate(x, set())
        y = be.y
        if ast.has_call_or_recv(y) and not _private_local(x):
            y.pre_code = self.simple(self.expr(y), force=True)
            parts.append(y)
        self.assign_to(x, self.binary(be), fresh=True)
        for n in parts:
            del n.pre_code

    def s_ReturnStmt(self, s: ast.ReturnStmt) -> None:
        fs = self.fn
        sig = fs.node.fn_ctx.sig
        if not s.results:
            if fs.has_defer:
                self.out.emit("return")
            elif fs.result_names:
                self.out.emit("return " + self.results_tuple())
            else:
                self.out.emit("return")
            return
        if len(s.results) == 1 and len(sig.results) > 1:
            val = self.expr(s.results[0])
        else:
            vals = self.spill_crossing([(e, self.expr_copy(e)) for e, t in zip(s.results, sig.results)])
            val = vals[0] if len(vals) == 1 else "(" + ", ".join(vals) + ")"
        if fs.has_defer:
            if fs.result_names:
                rvars = self.result_vars()
                if len(rvars) == 1:
                    self.out.emit(f"{fs.result_names[0]}{'.v' if rvars[0].boxed else ''} = {val}")
                else:
                    tmps = [self.new_tmp() for _ in rvars]
                    self.out.emit(f"{', '.join(tmps)} = {val}")
                    for rn, v, tmp in zip(fs.result_names, rvars, tmps):
                        self.out.emit(f"{rn}{'.v' if v.boxed else ''} = {tmp}")
            else:
                self.out.emit(f"_d.rv = {val}")
            self.out.emit("return")
            return
        self.out.emit(f"return {val}")

    def s_IfStmt(self, s: ast.IfStmt) -> None:
        if s.init is not None:
            self.stmt(s.init)
        self.if_chain(s, self.cond(s.cond))

    def if_chain(self, s: ast.IfStmt, cond: str) -> None:
        """`if cond:` and s's body, then its else-if chain flat (elif) wherever a condition
        needs no statements before it: thousands of branches must not nest thousands deep."""
        self.out.emit(f"if {cond}:")
        run = 0
        while True:
            self.out.ind += 1
            self.s_BlockStmt(s.body)
            self.out.ind -= 1
            nxt = s.else_
            if nxt is None:
                return
            if isinstance(nxt, ast.IfStmt) and nxt.init is None:
                self.out.go_line = nxt.line
                at = len(self.out.lines)
                cond = self.cond(nxt.cond)
                run += 1
                if len(self.out.lines) == at and run < ELIF_RUN:
                    self.out.emit(f"elif {cond}:")
                    s = nxt
                    continue
                # the condition needs statements first: they go into an else block
                pre = self.out.lines[at:]
                del self.out.lines[at:]
                self.out.emit("else:")
                self.out.lines.extend("    " + line for line in pre)
                self.out.ind += 1
                self.if_chain(nxt, cond)
                self.out.ind -= 1
                return
            self.out.emit("else:")
            self.out.ind += 1
            self.stmt(nxt)
            self.out.ind -= 1
            return

    def cond(self, e) -> str:
        return self.expr(e)

    # loops -------------------------------------------------------------------
    def push_loop(self, go_stmt, is_switch: bool = False, post: list[str] | None = None) -> dict:
        info = {"stmt": go_stmt, "switch": is_switch, "flag": None, "post": post, "python_loop": True}
        self.fn.loops.append(info)
        return info

    def pop_loop(self) -> dict:
        return self.fn.loops.pop()

    def after_loop_checks(self, info: dict) -> None:
        """Propagate labeled break/continue flags set inside this Python loop to outer loops."""
        for flag_target in info.get("passing", []):
            flag = flag_target["flag"]
            self.out.emit(f"if {flag} is not None:")
            self.out.ind += 1
            self.branch_to(flag_target, None, from_flag=True)
            self.out.ind -= 1

    def branch_to(self, target: dict, tok: str | None, from_flag: bool = False) -> None:
        loops = self.fn.loops
        idx = loops.index(target)
        if idx == len(loops) - 1:
            if from_flag:
                flag = target["flag"]
                self.out.emit(f"_fv = {flag}; {flag} = None")
                self.out.emit("if _fv == 'c':")
                self.out.ind += 1
                for line in target["post"] or []:
                    self.out.emit(line)
                self.out.emit("continue")
                self.out.ind -= 1
                self.out.emit("break")
                return
            if tok == "continue":
                for line in target["post"] or []:
                    self.out.emit(line)
                self.out.emit("continue")
            else:
                self.out.emit("break")
            return
        if target["flag"] is None:
            target["flag"] = f"_brk{id(target) % 100000}"
        flag = target["flag"]
        if not from_flag:
            self.out.emit(f"{flag} = '{'c' if tok == 'continue' else 'b'}'")
        inner = loops[-1]
        inner.setdefault("passing", [])
        if target not in inner["passing"]:
            inner["passing"].append(target)
        self.out.emit("break")

    def s_BranchStmt(self, s: ast.BranchStmt) -> None:
        if s.tok in ("break", "continue"):
            target_stmt = s.target
            for info in reversed(self.fn.loops):
                if info["stmt"] is target_stmt:
                    self.branch_to(info, s.tok)
                    return
            raise CompileError(s, "internal: branch target not found")
        if s.tok == "fallthrough":
            self.out.emit("_ft = True")
            return
        if s.tok == "goto":
            self.goto_targets()
            target = self.fn.goto_dispatch.get(s.label.name)
            if target is None:
                # a forward goto whose label's dispatch loop is not open yet cannot happen:
                # the dispatch encloses every statement of its list, gotos included
                raise CompileError(s, f"gomem cannot compile goto {s.label.name} here yet")
            info, pc, k = target
            self.out.emit(f"{pc} = {k}")
            self.branch_to(info, "continue")

    def loop_flags_init(self, info: dict, at: int) -> None:
        if info["flag"]:
            self.out.lines.insert(at, "    " * self.out.ind + f"{info['flag']} = None")

    def s_LabeledStmt(self, s: ast.LabeledStmt) -> None:
        self.stmt(s.stmt)

    def emit_preempt(self) -> None:
        """Loop back-edge: spend one tick of the goroutine's budget (only if goroutines exist)."""
        if not self.has_go:
            return
        self.fn.globals_assigned.add("_tk")
        self.out.emit("_tk -= 1")
        self.out.emit("if _tk < 0: _tk = _preempt()")

    def s_ForStmt(self, s: ast.ForStmt) -> None:
        start = len(self.out.lines)
        rng = self.range_pattern(s)
        if rng is not None:
            v, lo, hi = rng
            nm = self.declare_var(v)
            if v.boxed:
                raw = self.new_tmp()
                self.out.emit(f"for {raw} in range({lo}, {hi}):")
                self.out.ind += 1
                self.out.emit(f"{nm} = _Box({raw})")
            else:
                self.out.emit(f"for {nm} in range({lo}, {hi}):")
                self.out.ind += 1
            info = self.push_loop(s, post=[])
            proof = self.range_proof(s, v)
            # lo <= v < hi <= max inside the body: v + 1 cannot wrap, nor v - 1 when lo > min
            steps = {(v, 1)}
            if s.init.rhs[0].mode == ast.MODE_CONST and int(s.init.rhs[0].const) > T.int_range(v.type)[0]:
                steps.add((v, -1))
            with _assuming(self.fn.proven, [proof] if proof else []), _assuming(self.fn.safe_steps, steps):
                self.s_BlockStmt(s.body)
            self.pop_loop()
            self.out.ind -= 1
            self.loop_flags_init(info, start)
            self.after_loop_checks(info)
            return
        if s.init is not None:
            self.stmt(s.init)
        start = len(self.out.lines)
        # the post statement is compiled once into lines, used at the end and before continue
        post_lines: list[str] = []
        steps = self.bounded_steps(s)  # they hold in the body and in the post statement
        loop_vars = []
        if isinstance(s.init, ast.AssignStmt) and s.init.tok == ":=":
            loop_vars = [x.obj for x in s.init.lhs if isinstance(x, ast.Ident) and getattr(x, "is_new", False)]
        if s.post is not None:
            saved = self.out.lines
            saved_ind = self.out.ind
            self.out.lines = []
            self.out.ind = 0
            # Go 1.22: a captured loop variable gets a fresh copy for the next iteration
            for v in loop_vars:
                if v.boxed:
                    nm = self.var_name(v)
                    self.out.emit(f"{nm} = _Box({nm}.v)")
            with _assuming(self.fn.safe_steps, steps):
                self.stmt(s.post)
            post_lines = self.out.lines
            self.out.lines = saved
            self.out.ind = saved_ind
        if s.cond is not None:
            self.out.emit(f"while {self.cond(s.cond)}:")
        else:
            self.out.emit("while True:")
        self.out.ind += 1
        info = self.push_loop(s, post=post_lines)
        self.emit_preempt()
        with _assuming(self.fn.safe_steps, steps):
            self.s_BlockStmt(s.body)
        for line in post_lines:
            self.out.emit(line)
        self.pop_loop()
        self.out.ind -= 1
        self.loop_flags_init(info, start)
        self.after_loop_checks(info)

    def bounded_steps(self, s: ast.ForStmt) -> set:
        """The steps of the post statement that cannot wrap around: with the condition
        `a < b` (a conjunct of it) true when the iteration began and neither variable changed
        by the body, a + 1 <= b <= max and b - 1 >= a >= min."""
        out: set = set()
        if s.cond is None or s.post is None:
            return out
        conjuncts = [s.cond]
        while conjuncts:
            c = ast.unparen(conjuncts.pop())
            if not isinstance(c, ast.BinaryExpr):
                continue
            if c.op == "&&":
                conjuncts += [c.x, c.y]
                continue
            if c.op not in ("<", ">") or not T.is_integer(c.x.type):
                continue
            lo, hi = (c.x, c.y) if c.op == "<" else (c.y, c.x)
            for v, step in ((ast.unparen(lo), 1), (ast.unparen(hi), -1)):
                if _private_local(v) and not v.obj.boxed and not self.assigns_var(s.body, v.obj):
                    out.add((v.obj, step))
        # `v := c; ...; v++` with the body not changing v: v >= c, so v - 1 cannot wrap if c > min
        init, post = s.init, s.post
        if isinstance(init, ast.AssignStmt) and len(init.lhs) == 1 and isinstance(init.lhs[0], ast.Ident) \
                and isinstance(post, ast.IncDecStmt) \
                and post.tok == "++" and isinstance(post.x, ast.Ident) and post.x.obj is init.lhs[0].obj \
                and init.rhs[0].mode == ast.MODE_CONST and _private_local(post.x) and not post.x.obj.boxed \
                and int(init.rhs[0].const) > T.int_range(post.x.type)[0] \
                and not self.assigns_var(s.body, post.x.obj) and (post.x.obj, 1) in out:
            out.add((post.x.obj, -1))  # (v, 1): the step itself never wraps back below c
        return out

    def range_pattern(self, s: ast.ForStmt):
        """`for i := a; i < n; i++` with i and n not changed in the body → Python range()."""
        init, cond, post = s.init, s.cond, s.post
        if not (isinstance(init, ast.AssignStmt) and init.tok == ":=" and len(init.lhs) == 1):
            return None
        v = init.lhs[0].obj
        if not isinstance(v, Var) or not T.is_integer(v.type) or v.captured or v.addr_taken:
            return None
        if not (isinstance(post, ast.IncDecStmt) and post.tok == "++" and isinstance(post.x, ast.Ident) and post.x.obj is v):
            return None
        if not (isinstance(cond, ast.BinaryExpr) and cond.op in ("<", "<=") and isinstance(cond.x, ast.Ident) and cond.x.obj is v):
            return None
        if self.assigns_var(s.body, v):
            return None
        bound = cond.y
        if not self.is_loop_invariant(bound, s.body):
            return None
        lo = self.expr(init.rhs[0])
        hi = self.expr(bound)
        if cond.op == "<=":
            hi = f"({hi}) + 1"
            lo_range = T.int_range(v.type)
            if bound.mode == ast.MODE_CONST and bound.const >= lo_range[1]:
                return None
            if bound.mode != ast.MODE_CONST:
                return None
        return v, lo, hi

    def range_proof(self, s: ast.ForStmt, v: Var):
        """(v, x) when `for v := c; v < len(x); v++` with c >= 0 and x not changed in the body."""
        lo = s.init.rhs[0]
        if not (lo.mode == ast.MODE_CONST and int(lo.const) >= 0 and s.cond.op == "<"):
            return None
        b = s.cond.y
        if not (isinstance(b, ast.CallExpr) and b.call_kind == "builtin" and b.builtin == "len"):
            return None
        x = b.args[0]
        if not (isinstance(x, ast.Ident) and isinstance(x.obj, Var)) or x.obj.boxed or x.obj.is_global:
            return None
        if not (isinstance(x.type.underlying(), (Slice, Array)) or T.is_string(x.type)) \
                or self.assigns_var(s.body, x.obj):
            return None
        return (v, x.obj)

    def assigns_var(self, node, v) -> bool:
        return v in self.assigned_vars(node)

    def assigned_vars(self, n) -> set:
        """The variables assigned (or whose address is taken) in n. Remembered for blocks,
        so that loops nested n deep cost n walks of their own statements, not n² of all."""
        key = id(n)
        out = self.assigned_memo.get(key)
        if out is not None:
            return out
        out = set()
        targets: list = []
        if isinstance(n, ast.AssignStmt):
            targets = n.lhs
        elif isinstance(n, ast.IncDecStmt):
            targets = [n.x]
        elif isinstance(n, ast.RangeStmt) and n.tok == "=":
            targets = [n.key, n.value]
        elif isinstance(n, ast.UnaryExpr) and n.op == "&":
            targets = [n.x]
        for x in targets:
            if isinstance(x, ast.Ident) and x.obj is not None:
                out.add(x.obj)
        for ch in ast.children(n):
            sub = self.assigned_vars(ch)
            if sub:
                out |= sub
        if isinstance(n, ast.BlockStmt):
            self.assigned_memo[key] = out
        return out

    def is_loop_invariant(self, e, body) -> bool:
        if e.mode == ast.MODE_CONST:
            return True
        if isinstance(e, ast.Ident) and isinstance(e.obj, Var) and not e.obj.is_global and not e.obj.captured:
            return not self.assigns_var(body, e.obj) and not e.obj.addr_taken
        if isinstance(e, ast.CallExpr) and e.call_kind == "builtin" and e.builtin == "len" and len(e.args) == 1:
            a = e.args[0]
            if isinstance(a, ast.Ident) and isinstance(a.obj, Var) and not a.obj.is_global and not a.obj.captured:
                return not self.assigns_var(body, a.obj) and not a.obj.addr_taken
        return False

    def s_RangeStmt(self, s: ast.RangeStmt) -> None:
        kind = getattr(s, "range_kind", None)
        start = len(self.out.lines)
        key = s.key if s.key is not None and not self.is_blank(s.key) else None
        val = s.value if s.value is not None and not self.is_blank(s.value) else None
        define = s.tok == ":="
        x = s.x
        assigns: list[tuple[Any, str]] = []
        held: str | None = None  # the local keeping the operand live (range_operand_root)

        def target(e, src: str) -> str:
            """A Python loop target for e; assignments needed after the header go to assigns."""
            if e is None:
                return "_"
            if define and not self.needs_box(e.obj) and not is_agg(e.obj.type):
                return self.declare_var(e.obj) if e.obj not in self.fn.names else self.var_name(e.obj)
            tmp = self.new_tmp()
            assigns.append((e, tmp))
            return tmp

        if kind == "int":
            n = self.expr(x)
            k = target(key, "")
            self.out.emit(f"for {k} in range({n}):")
        elif kind in ("slice", "array"):
            xt = x.type.underlying()
            if isinstance(xt, Pointer):
                arr = self.simple(self.expr(x))
                lo, hi = "0", str(xt.elem.underlying().length)
                seq = arr
            elif kind == "array":
                arr = self.expr(x)
                n = xt.length
                if val is not None:
                    arr = self.simple(f"{arr}[:]" if not isinstance(x, ast.CompositeLit) else arr)
                seq = arr
                lo, hi = "0", str(n)
            else:
                sl = self.simple(self.expr(x))
                seq = f"{sl}.a"
                lo, hi = f"{sl}.off", f"{sl}.off + {sl}.len"
            if val is not None and x.type.ptrdata:
                held = arr if kind == "array" or isinstance(xt, Pointer) else sl
                held = self.range_operand_root(x, held, s.body)
                if kind == "array" or isinstance(xt, Pointer):
                    arr = seq = held
                else:
                    sl = held
                    seq = f"{sl}.a"
                    lo, hi = f"{sl}.off", f"{sl}.off + {sl}.len"
            if val is None:
                k = target(key, "")
                n = f"{sl}.len" if kind == "slice" and not isinstance(xt, Pointer) else hi
                if kind == "array" and not isinstance(xt, Pointer) and not isinstance(x, ast.Ident):
                    self.out.emit(self.expr(x))  # evaluated once even though only its length is used
                self.out.emit(f"for {k} in range({n}):")
            else:
                elem_t = s.value.type if not define else s.value.obj.type
                v = target(val, "")
                it = f"_islice({seq}, {lo}, {hi})" if kind == "slice" or isinstance(xt, Pointer) else seq
                if kind == "slice":
                    it = f"_islice({seq}, {lo}, {hi}) if {seq} is not None else ()"
                if key is not None:
                    k = target(key, "")
                    self.out.emit(f"for {k}, {v} in enumerate({it}):")
                else:
                    self.out.emit(f"for {v} in {it}:")
                if is_agg(elem_t) and not self.copy_free_body(s.body, val):
                    # the iteration variable is a copy of the element
                    assigns = [(e, self.copy_expr(t, elem_t) if e is val else t) for e, t in assigns]
        elif kind == "string":
            sv = self.expr(x)
            if val is None:
                k = target(key, "")
                self.out.emit(f"for {k}, _ in _runes({sv}):")
            else:
                k = target(key, "")
                v = target(val, "")
                self.out.emit(f"for {k}, {v} in _runes({sv}):")
        elif kind == "map":
            m = self.simple(self.expr(x))
            mt = x.type.underlying()
            conv = V.needs_key_conversion(mt.key)
            kk = self.new_tmp()
            self.out.emit(f"for {kk} in _map_iter({m}):")
            self.out.ind += 1
            self.out.emit(f"if {kk} not in {m}: continue")
            self.out.ind -= 1
            if key is not None:
                kexpr = f"_from_key({self.tname(mt.key)}, {kk})" if conv else kk
                assigns.append((key, kexpr))
            if val is not None:
                assigns.append((val, self.copy_expr(f"{m}[{kk}]", mt.elem)))
        elif kind == "chan":
            ch = self.simple(self.expr(x))
            k = target(key, "")
            tmp_ok = self.new_tmp()
            self.out.emit("while True:")
            self.out.ind += 1
            self.out.emit(f"{k if k != '_' else '_'}, {tmp_ok} = _chan_recv2({ch})")
            self.out.emit(f"if not {tmp_ok}: break")
            self.out.ind -= 1
        else:
            raise CompileError(s, "gomem cannot compile this range statement")
        self.out.ind += 1
        # with `=`, the operands of both targets are evaluated before either is assigned
        pre = [] if define else [self.pre_evaluate(e, {x.obj for x, _ in assigns if isinstance(x, ast.Ident)})
                                 for e, _ in assigns]
        for e, src in assigns:
            if define:
                nm = self.declare_var(e.obj) if e.obj not in self.fn.names else self.var_name(e.obj)
                self.out.emit(f"{nm} = {self.var_init(e.obj, src)}")
            else:
                self.assign_to(e, src, fresh=True)
        for nodes in pre:
            for n in nodes:
                del n.pre_code
        info = self.push_loop(s, post=[])
        self.emit_preempt()
        proof = None
        if kind in ("slice", "array") and define and key is not None and isinstance(x, ast.Ident) \
                and isinstance(x.obj, Var) and not x.obj.boxed and not x.obj.is_global \
                and not self.assigns_var(s.body, x.obj) and not self.assigns_var(s.body, key.obj):
            proof = (key.obj, x.obj)
        steps: set = set()
        if kind in ("slice", "array", "string", "int") and define and key is not None \
                and _private_local(key) and not key.obj.boxed and not self.assigns_var(s.body, key.obj) \
                and T.is_integer(key.obj.type) and T.int_range(key.obj.type)[1] >= 1 << 62:
            # 0 <= key < a length (or n) <= max: key + 1 and key - 1 stay in range
            steps = {(key.obj, 1)} if T.is_unsigned(key.obj.type) else {(key.obj, 1), (key.obj, -1)}
        with _assuming(self.fn.proven, [proof] if proof else []), _assuming(self.fn.safe_steps, steps):
            self.s_BlockStmt(s.body)
        self.pop_loop()
        self.out.ind -= 1
        if held is not None:
            self.out.emit(held)  # (read after the loop: live, hence a root, while the loop runs)
        self.loop_flags_init(info, start)
        self.after_loop_checks(info)

    def range_operand_root(self, x, code: str, body) -> str:
        """The local that holds a range loop's pointer-holding operand while the loop runs.

        Go evaluates the operand once into a hidden variable that its stack map keeps live for
        the whole loop; gomem's iterator over it waits on CPython's evaluation stack, which no
        frame scan sees. So the operand is kept in a local read again after the loop (liveness
        then keeps it live through the body): the operand's own local when the body cannot
        rebind it, a fresh temporary otherwise."""
        if code.isidentifier() and isinstance(x, ast.Ident) and isinstance(x.obj, Var) \
                and not x.obj.is_global and not x.obj.captured and not self.needs_box(x.obj) \
                and not self.assigns_var(body, x.obj):
            return code
        t = self.new_tmp()
        self.out.emit(f"{t} = {code}")
        return t

    def receiver_written(self, fi) -> bool:
        """Whether the method fi (value receiver) may change or share its receiver: assign to
        it or its fields/elements, take their address, slice it or capture it."""
        decl = getattr(fi, "decl", None)
        if not isinstance(decl, ast.FuncDecl) or decl.body is None:
            return False  # implemented in Python by a standard package
        names = decl.recv.names if decl.recv is not None else []
        v = names[0].obj if names else None
        if not isinstance(v, Var):
            return False
        if v.addr_taken or v.captured:
            return True

        def rooted(x) -> bool:
            while True:
                if isinstance(x, ast.ParenExpr):
                    x = x.x
                elif isinstance(x, ast.SelectorExpr) and not isinstance(x.x.type.underlying(), Pointer):
                    x = x.x
                elif isinstance(x, (ast.IndexExpr, ast.SliceExpr)) and isinstance(x.x.type.underlying(), Array):
                    x = x.x
                else:
                    return isinstance(x, ast.Ident) and x.obj is v
        for n in ast.walk(decl.body):
            targets = []
            if isinstance(n, ast.AssignStmt):
                targets = n.lhs
            elif isinstance(n, ast.IncDecStmt):
                targets = [n.x]
            elif isinstance(n, ast.RangeStmt) and n.tok == "=":
                targets = [x for x in (n.key, n.value) if x is not None]
            elif isinstance(n, ast.UnaryExpr) and n.op == "&":
                targets = [n.x]
            elif isinstance(n, ast.SliceExpr):
                targets = [n.x]
            if any(not isinstance(x, ast.Ident) and rooted(x) for x in targets):
                return True
        return False

    def copy_free_body(self, body, val) -> bool:
        """Whether a range loop's struct/array value variable may share the element.

        True when nothing in the body can change memory or observe the difference: the body
        only reads, assigns plain local variables (never the value variable itself), makes
        no calls, channel operations or closures, and no other goroutine can run meanwhile.
        """
        if self.has_go or not isinstance(val, ast.Ident) or not isinstance(val.obj, Var):
            return False
        v = val.obj
        if v.addr_taken or v.captured:
            return False
        for n in ast.walk(body):
            if isinstance(n, (ast.SendStmt, ast.GoStmt, ast.DeferStmt, ast.FuncLit, ast.SelectStmt)):
                return False
            if isinstance(n, ast.UnaryExpr) and n.op in ("<-", "&"):
                return False
            if isinstance(n, ast.CallExpr) and not (n.call_kind == "conversion" or (
                    n.call_kind == "builtin" and n.builtin in ("len", "cap", "min", "max"))):
                return False
            targets = []
            if isinstance(n, ast.AssignStmt):
                targets = n.lhs
            elif isinstance(n, ast.IncDecStmt):
                targets = [n.x]
            elif isinstance(n, ast.RangeStmt) and n.tok == "=":
                targets = [x for x in (n.key, n.value) if x is not None]
            for x in targets:
                if not (isinstance(x, ast.Ident) and (x.name == "_" or (
                        isinstance(x.obj, Var) and not x.obj.is_global and not x.obj.boxed
                        and x.obj is not v and not is_agg(x.obj.type)))):
                    return False
        return True

    # switch -------------------------------------------------------------------
    def s_SwitchStmt(self, s: ast.SwitchStmt) -> None:
        if s.init is not None:
            self.stmt(s.init)
        tag = None
        if s.tag is not None:
            tag = self.simple(self.expr(s.tag), force=True)
        conds = []
        for cc in s.clauses:
            if cc.exprs is None:
                conds.append(None)
                continue
            parts = []
            for e in cc.exprs:
                if tag is None:
                    if isinstance(e.type.underlying(), Interface):
                        parts.append(f"({self.expr(e)} == _Iface(T_bool, True))")
                        self.ns["T_bool"] = T.BOOL
                    else:
                        parts.append(f"({self.expr(e)})")
                else:
                    parts.append(self.equality(tag, s.tag.type, e))
            conds.append(" or ".join(parts))
        self.emit_cases(s, conds, [cc.body for cc in s.clauses])

    def equality(self, tag_code: str, tag_t: Type, e) -> str:
        et = e.type
        if is_nil(e):
            u = tag_t.underlying()
            if isinstance(u, Slice):
                return f"{tag_code}.a is None"
            if isinstance(u, Map):
                return f"{tag_code} is _NIL_MAP"
            return f"{tag_code} is None"
        if isinstance(tag_t.underlying(), Interface) and not isinstance(et.underlying(), Interface):
            return f"{tag_code} == {self.box(self.expr(e), et)}"
        if isinstance(et.underlying(), Interface) and not isinstance(tag_t.underlying(), Interface):
            return f"{self.expr(e)} == {self.box(tag_code, tag_t)}"
        if is_agg(tag_t):
            return f"_go_equal({self.tname(tag_t)}, {tag_code}, {self.expr(e)})"
        return f"{tag_code} == {self.expr(e)}"

    def emit_cases(self, s, conds: list[str | None], bodies: list[list[ast.Stmt]], prebody=None) -> None:
        """if/elif chain; with fallthrough, an index dispatch; wrapped in a loop if break is used."""
        uses_break = self.contains_break(s)
        has_ft = any(b and isinstance(self.last_stmt(b), ast.BranchStmt) and self.last_stmt(b).tok == "fallthrough" for b in bodies)
        start = len(self.out.lines)
        if uses_break:
            self.out.emit("while True:")
            self.out.ind += 1
            info = self.push_loop(s, is_switch=True)
        if has_ft:
            sel = self.new_tmp()
            first = True
            extra = 0  # else blocks opened to keep elif runs short (ELIF_RUN)
            default_idx = None
            for i, c in enumerate(conds):
                if c is None:
                    default_idx = i
                    continue
                if not first and i % ELIF_RUN == 0:
                    self.out.emit("else:")
                    self.out.ind += 1
                    extra += 1
                    first = True
                self.out.emit(f"{'if' if first else 'elif'} {c}: {sel} = {i}")
                first = False
            dflt = default_idx if default_idx is not None else -1
            if first:
                self.out.emit(f"{sel} = {dflt}")
            else:
                self.out.emit(f"else: {sel} = {dflt}")
            self.out.ind -= extra
            self.out.emit("_ft = False")
            for i, body in enumerate(bodies):
                self.out.emit(f"if _ft or {sel} == {i}:")
                self.out.ind += 1
                self.out.emit("_ft = False")
                if prebody:
                    prebody(i)
                self.block(body)
                self.out.ind -= 1
        else:
            order = [i for i, c in enumerate(conds) if c is not None] + [i for i, c in enumerate(conds) if c is None]
            first = True
            extra = 0  # else blocks opened to keep elif runs short (ELIF_RUN)
            for k, i in enumerate(order):
                c = conds[i]
                if c is not None and not first and k % ELIF_RUN == 0:
                    self.out.emit("else:")
                    self.out.ind += 1
                    extra += 1
                    first = True
                if c is None:
                    if first:
                        self.out.emit("if True:")
                    else:
                        self.out.emit("else:")
                else:
                    self.out.emit(f"{'if' if first else 'elif'} {c}:")
                first = False
                self.out.ind += 1
                n = len(self.out.lines)
                if prebody:
                    prebody(i)
                self.block(bodies[i])
                if len(self.out.lines) == n:
                    self.out.emit("pass")
                self.out.ind -= 1
            self.out.ind -= extra
        if uses_break:
            self.out.emit("break")
            self.pop_loop()
            self.out.ind -= 1
            self.loop_flags_init(info, start)
            self.after_loop_checks(info)

    def last_stmt(self, body):
        for st in reversed(body):
            if not isinstance(st, ast.EmptyStmt):
                return st
        return None

    def contains_break(self, s) -> bool:
        """Does a break (or a labeled branch) in s target s itself or pass through it?"""
        targets: set[int] = set()
        labeled = cont = False
        for cc in s.clauses:
            for st in cc.body:
                t, lab, c = self.branch_summary(st)
                targets |= t
                labeled = labeled or lab
                cont = cont or c
        return id(s) in targets or labeled or cont

    def branch_summary(self, n) -> tuple[set[int], bool, bool]:
        """For the break and continue statements in n (outside function literals): the ids of
        their targets, whether one has a label, whether a continue is outside every loop of n.
        Remembered per node: switches nested n deep must not walk n² statements."""
        memo = self.branch_memo
        r = memo.get(id(n))
        if r is not None:
            return r
        if isinstance(n, ast.BranchStmt):
            if n.tok not in ("break", "continue"):
                return NO_BRANCHES
            target = getattr(n, "target", None)
            r = ({id(target)} if target is not None else set(), n.label is not None, n.tok == "continue")
        elif isinstance(n, ast.FuncLit):
            r = NO_BRANCHES
        else:
            targets: set[int] = set()
            labeled = cont = False
            for ch in ast.children(n):
                t, lab, c = self.branch_summary(ch)
                if t:
                    targets |= t
                labeled = labeled or lab
                cont = cont or c
            if isinstance(n, (ast.ForStmt, ast.RangeStmt)):
                cont = False
            r = (targets, labeled, cont) if targets or labeled or cont else NO_BRANCHES
        memo[id(n)] = r
        return r

    def s_TypeSwitchStmt(self, s: ast.TypeSwitchStmt) -> None:
        if s.init is not None:
            self.stmt(s.init)
        x = self.simple(self.expr(s.x), force=True)
        dyn = self.new_tmp()
        self.out.emit(f"{dyn} = {x}.t if {x} is not None else None")
        conds = []
        for cc in s.clauses:
            if cc.exprs is None:
                conds.append(None)
                continue
            parts = []
            for e in cc.exprs:
                if e.type is T.UNTYPED_NIL or (isinstance(e, ast.Ident) and e.name == "nil"):
                    parts.append(f"{x} is None")
                elif isinstance(e.type.underlying(), Interface):
                    parts.append(f"({dyn} is not None and _implements({dyn}, {self.tname(e.type)}))")
                else:
                    parts.append(f"{dyn} is {self.tname(e.type)}")
            conds.append(" or ".join(parts))

        def prebody(i):
            cc = s.clauses[i]
            v = cc.implicit_obj
            if v is None or not v.used:
                return
            nm = self.declare_var(v)
            if cc.exprs is not None and len(cc.exprs) == 1 and v.type is not s.x.type and not isinstance(v.type.underlying(), Interface):
                src = self.copy_expr(f"{x}.v", v.type)
            else:
                src = x
            self.out.emit(f"{nm} = {self.var_init(v, src)}")
        self.emit_cases(s, conds, [cc.body for cc in s.clauses], prebody=prebody)

    def s_SelectStmt(self, s: ast.SelectStmt) -> None:
        cases = []
        has_default = False
        for cc in s.clauses:
            c = cc.comm
            if c is None:
                has_default = True
                cases.append(None)
            elif isinstance(c, ast.SendStmt):
                cases.append(f"('send', {self.expr(c.chan)}, {self.expr_copy(c.value)})")
            else:
                rx = c.x if isinstance(c, ast.ExprStmt) else c.rhs[0]
                rx = ast.unparen(rx)
                cases.append(f"('recv', {self.expr(rx.x)}, None)")
        real = [c for c in cases if c is not None]
        idx, val, ok = self.new_tmp(), self.new_tmp(), self.new_tmp()
        self.out.emit(f"{idx}, {val}, {ok} = _select([{', '.join(real)}], {has_default})")
        conds = []
        n = 0
        for c in cases:
            if c is None:
                conds.append(f"{idx} == -1")
            else:
                conds.append(f"{idx} == {n}")
                n += 1

        def prebody(i):
            c = s.clauses[i].comm
            if isinstance(c, ast.AssignStmt):
                if c.tok == ":=":
                    for j, x in enumerate(c.lhs):
                        if self.is_blank(x):
                            continue
                        nm = self.declare_var(x.obj)
                        src = val if j == 0 else ok
                        self.out.emit(f"{nm} = {self.var_init(x.obj, src)}")
                else:
                    elem_t = c.rhs[0].type
                    for j, x in enumerate(c.lhs):
                        if not self.is_blank(x):
                            src, src_t = (val, elem_t) if j == 0 else (ok, T.BOOL)
                            self.assign_to(x, self.convert_stored(src, src_t, x.type, c), fresh=True)
        self.emit_cases(s, conds, [cc.body for cc in s.clauses], prebody=prebody)

    def s_SendStmt(self, s: ast.SendStmt) -> None:
        ch = self.expr(s.chan)
        v = self.expr_copy(s.value)
        self.out.emit(f"_chan_send({ch}, {v})")

    def s_GoStmt(self, s: ast.GoStmt) -> None:
        fn, args = self.call_parts(s.call)
        captured = self.go_wrapper_captures(s.call)
        if captured:
            # the closure gc wraps the call in, holding what the new goroutine needs
            self.out.emit(f"_alloc_site({self.site(s, closure_type(captured))})")
        self.out.emit(f"_go({fn}{''.join(', ' + a for a in args)})")

    def go_wrapper_captures(self, c: ast.CallExpr) -> list[Type]:
        """What the closure gc wraps `go f(args)` in captures: the receiver of a method call,
        the function value of a call of one, and the arguments that are not constants. A call
        without arguments of a function (value) needs no wrapper, nor does one whose wrapper
        would capture nothing (a static closure)."""
        if c.call_kind == "builtin":
            return [a.type for a in c.args if a.mode != ast.MODE_CONST and a.type is not None]
        f = c.fun
        f = ast.unparen(f)
        sig = f.type.underlying()
        captured: list[Type] = []
        if c.call_kind == "iface":
            captured.append(f.x.type)
        elif c.call_kind == "method":
            fi = f.selection.obj
            captured.append(T.new_pointer(f.selection.recv_type) if fi.pointer_recv else f.selection.recv_type)
        elif not c.args:
            return []
        elif c.call_kind == "value":
            captured.append(f.type)
        params = list(sig.params)
        for i, a in enumerate(c.args):
            if a.mode == ast.MODE_CONST:
                continue
            pt = params[min(i, len(params) - 1)] if params else a.type
            if sig.variadic and i >= len(params) - 1 and not c.has_ellipsis:
                pt = pt.elem
            captured.append(pt if pt is not None else a.type)
        return captured

    def s_DeferStmt(self, s: ast.DeferStmt) -> None:
        if s.call.call_kind == "builtin" and s.call.builtin == "recover":
            self.out.emit("_d.fns.append((_recover_deferred, ()))")  # (see core.recover_deferred)
            return
        fn, args = self.call_parts(s.call)
        tup = "(" + "".join(a + ", " for a in args) + ")"
        self.out.emit(f"_d.fns.append(({fn}, {tup}))")

    def call_parts(self, c: ast.CallExpr) -> tuple[str, list[str]]:
        """A call split into a callable and evaluated arguments (for go and defer)."""
        if c.call_kind == "builtin":
            self.spill_spread(c)
            args = [self.simple(self.expr(a), force=True) for a in c.args]
            fake = self.new_tmp()
            # the arguments are evaluated now and passed in: the variables holding them may
            # change (a loop's next iteration) before the call runs
            params = [f"_b{i}" for i in range(len(args))]
            inner_call = self.builtin_call_with(c, params)
            self.out.emit(f"def {fake}({', '.join(params)}): {inner_call}")
            return fake, args
        f = c.fun
        f = ast.unparen(f)
        if c.call_kind in ("method", "iface"):
            fn, recv = self.method_callee(f)
            args = [self.simple(recv, force=True)] + [self.simple(a, force=True) for a in self.call_args(c)]
            return fn, args
        fn = self.simple(self.expr(f), force=True) if c.call_kind == "value" else self.expr(f)
        args = [self.simple(a, force=True) for a in self.call_args(c)]
        return fn, args

    # ------------------------------------------------------------- spills (GC stack maps)
    def may_gc(self, e) -> bool:
        """Whether evaluating e may start a collection: it may allocate (a call, a composite or
        function literal, &, a string concatenation or conversion, boxing into an interface)
        or block (a receive: other goroutines allocate meanwhile)."""
        for n in ast.walk(e):
            if isinstance(n, (ast.CompositeLit, ast.FuncLit)):
                return True
            if getattr(n, "mode", None) == ast.MODE_CONST:
                continue
            if isinstance(n, ast.CallExpr):
                if n.call_kind == "builtin":
                    name = getattr(ast.unparen(n.fun), "name", "")
                    if name not in ("len", "cap", "min", "max", "real", "imag", "complex"):
                        return True
                elif n.call_kind == "conversion":
                    if n.type is not None and n.type.ptrdata > 0:
                        return True
                else:
                    return True
            elif isinstance(n, ast.UnaryExpr) and n.op in ("<-", "&"):
                return True
            elif isinstance(n, ast.BinaryExpr) and n.op == "+" and n.type is not None and n.type.ptrdata > 0:
                return True
            if getattr(n, "to_iface", None) is not None:
                return True
        return False

    def stable_operand(self, e, code: str) -> bool:
        """Whether the value of operand e stays visible to the frame scan while later operands
        are evaluated: a constant, a value without pointers, or a local variable of this
        function that no closure shares (liveness sees it on the stack)."""
        if _is_literal(code) or code in ("None", "_NIL_SLICE", "_NIL_MAP"):
            return True
        if e is None:
            return False
        if getattr(e, "mode", None) == ast.MODE_CONST:
            return True
        t = e.type
        if t is not None and t.ptrdata == 0 and getattr(e, "to_iface", None) is None:
            return True
        x = ast.unparen(e)
        if isinstance(x, ast.Ident) and isinstance(x.obj, Func):
            return True
        if isinstance(x, ast.Ident) and isinstance(x.obj, Var) and not x.obj.is_global \
                and not x.obj.boxed and not getattr(x.obj, "captured", False) \
                and code in self.fn.used_names:
            return True
        return False

    def spill_crossing(self, operands: list) -> list[str]:
        """The codes of operands [(node, code)] evaluated left to right, with each pointer-holding
        value that stays on Python's evaluation stack while a later operand may start a
        collection bound to a spill temporary ``(_sN := code)``: the frame scan sees it (and
        liveness.py keeps it live while the value is on the stack), as Go's stack maps cover
        the stack slots such values are spilled to."""
        if not SPILLS:
            return [code for _, code in operands]
        last = -1
        for i in range(len(operands) - 1, 0, -1):
            e = operands[i][0]
            if e is None or self.may_gc(e):
                last = i
                break
        out = []
        for i, (e, code) in enumerate(operands):
            if i < last and not self.stable_operand(e, code):
                self.fn.tmp += 1
                code = f"(_s{self.fn.tmp} := {code})"
            out.append(code)
        return out

    # ------------------------------------------------------------- expressions
    def simple(self, code: str, force: bool = False) -> str:
        """Evaluate code once into a temporary unless it is already a plain name."""
        if code.isidentifier() and not force:
            return code
        if code.isidentifier() and force and not code.startswith(("G_",)):
            return code
        t = self.new_tmp()
        self.out.emit(f"{t} = {code}")
        return t

    def reuse(self, code: str) -> tuple[str, str]:
        """(first use, later uses) of a value needed several times inside one expression.

        The first use binds a temporary with := so that the value is computed exactly once and
        at its place in the expression (never hoisted out of && / || or a conditional).
        """
        if code.isidentifier() or _is_literal(code):
            return code, code
        t = self.new_tmp()
        return f"({t} := {code})", t

    def expr_copy(self, e) -> str:
        """The value of e as a fresh copy where Go copies (struct and array values)."""
        code = self.expr(e)
        if is_agg(e.type) and not self.is_fresh(e) and not getattr(e, "to_iface", None):
            return self.copy_expr(code, e.type)
        return code

    def copy_expr(self, code: str, t: Type) -> str:
        """An expression copying the Go value code of type t (unchanged unless struct/array)."""
        u = t.underlying()
        if isinstance(u, Struct):
            return f"{code}._cp()"
        if isinstance(u, Array):
            if is_agg(u.elem):
                return f"_copy_value({self.tname(t)}, {code})"
            return f"{code}[:]"
        return code

    def is_fresh(self, e) -> bool:
        e = ast.unparen(e)
        if isinstance(e, ast.CompositeLit):
            return True
        if isinstance(e, ast.CallExpr) and e.call_kind != "conversion":
            return True
        if isinstance(e, ast.CallExpr) and e.call_kind == "conversion":
            return self.is_fresh(e.args[0])
        return False

    def box(self, code: str, t: Type, node=None) -> str:
        """An interface value holding code (of concrete type t).

        Boxing allocates in Go unless the value is pointer-shaped, zero-size, one byte, a small
        integer (< 256), an empty string or nil slice (Go 1.23's convT rules): such values
        need no allocation entry; the others go through _box, which counts the allocation
        when the value itself requires one.
        """
        if isinstance(t.underlying(), Interface):
            return code
        if t is T.UNTYPED_NIL:
            return "None"
        self.iface_types.append(t)
        kind = box_kind(t)
        if kind == "never" or node is None or getattr(node, "esc_box_heap", True) is False:
            return f"_Iface({self.tname(t)}, {code})"  # (a box that stays in the frame)
        return f"_box_{kind}({self.tname(t)}, {code}, {self.site(node, t)})"

    def expr(self, e, discard: bool = False, commaok: bool = False) -> str:
        self.expr_depth += 1
        code = self.expr_at(e, commaok)
        self.expr_depth -= 1
        if self.expr_depth % SPLICE_EVERY == 0 and self.expr_depth and len(code) > SPLICE_BRACKETS \
                and code.count("(") + code.count("[") + code.count("{") > SPLICE_BRACKETS:
            code = self.splice(code)
        return code

    def splice(self, code: str) -> str:
        """A placeholder for code, which becomes a piece parsed on its own (pycompile)."""
        try:
            pyast.parse(code, mode="eval")
        except SyntaxError:
            return code  # not an expression by itself (a fragment): left in place
        self.splices.append(code)
        return f"{SPLICE_FUNC}({len(self.splices) - 1})"

    def expr_at(self, e, commaok: bool) -> str:
        pre = getattr(e, "pre_code", None)
        if pre is not None:
            return pre
        code = self._expr(e, commaok)
        conv = getattr(e, "to_iface", None)
        if conv is not None and e.type is not None and not isinstance(e.type.underlying(), Interface):
            if e.mode == ast.MODE_CONST:
                val = V.Iface(e.type, self.const_value(e))
                self.iface_types.append(e.type)
                return self.konst(val)
            if e.type is T.UNTYPED_NIL:
                return "None"
            if is_agg(e.type) and not self.is_fresh(e):
                code = self.copy_expr(code, e.type)
            return self.box(code, e.type, e)
        return code

    def const_value(self, e) -> Any:
        from gomem.check.constants import to_runtime
        t = e.type
        if T.is_untyped(t):
            t = T.default_type(t)
        return to_runtime(e.const, t)

    def const_code(self, e) -> str:
        v = self.const_value(e)
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                return self.konst(v)
            r = repr(v)
            return r if not r.startswith("-") else f"({r})"
        if isinstance(v, bool):
            return "True" if v else "False"
        if isinstance(v, int):
            return str(v) if v >= 0 else f"({v})"
        if isinstance(v, bytes):
            return repr(v)
        return repr(v)

    def _expr(self, e, commaok: bool = False) -> str:
        if e.mode == ast.MODE_CONST and e.const is not None and not isinstance(e, ast.FuncLit):
            return self.const_code(e)
        m = getattr(self, "e_" + type(e).__name__, None)
        if m is None:
            raise CompileError(e, f"gomem cannot compile {type(e).__name__} yet")
        if isinstance(e, (ast.IndexExpr, ast.TypeAssertExpr, ast.UnaryExpr)):
            return m(e, commaok)
        return m(e)

    def e_ParenExpr(self, e) -> str:
        return self.expr(e.x)

    def e_Ident(self, e) -> str:
        obj = e.obj
        if isinstance(obj, (Var, Func)) and obj.pkg is not None and obj.pkg is not self.pkg:
            return self.foreign_name(obj)  # a dot-imported name
        if isinstance(obj, Var):
            nm = self.var_name(obj)
            return f"{nm}.v" if obj.boxed else nm
        if isinstance(obj, Func):
            if obj.external:  # a body-less function of the standard package being compiled
                return f"P_{self.pkg.path.replace('/', '_')}.{obj.name}"
            return self.func_name(obj)
        if isinstance(obj, Nil):
            if e.type is not None and isinstance(e.type.underlying(), Slice):
                return "_NIL_SLICE"
            if e.type is not None and isinstance(e.type.underlying(), Map):
                return "_NIL_MAP"
            return "None"
        if isinstance(obj, Const):
            return self.const_code(e)
        raise CompileError(e, f"gomem cannot compile identifier {e.name}")

    def e_BasicLit(self, e) -> str:
        return self.const_code(e)

    def e_FuncLit(self, e) -> str:
        self.lit_counter += 1
        name = f"_lit{self.lit_counter}"
        defaults = self.captured_boxes(e)
        saved_name = self.cur_func_name
        # Go numbers literals per enclosing function: main.f.func1, main.f.func2, and main.f.func1.1
        # for one nested in main.f.func1
        n = self.lits_in[saved_name] = self.lits_in.get(saved_name, 0) + 1
        nested = isinstance(self.fn.node, ast.FuncLit) if self.fn is not None else False
        self.cur_func_name = saved_name + (f".{n}" if nested else f".func{n}")
        copy_name = self.copy_names.get((self.clone_path, e)) if self.clone_path else None
        if copy_name is not None:  # (a closure of an inlined copy: gc names it after the caller)
            self.cur_func_name = f"{self.pkg.name}.{copy_name}"
        stmt_line = self.out.go_line if self.fn is not None and self.fn.node is not None else 0
        self.function(e, name, None, default_args=defaults)
        if stmt_line:
            # the enclosing statement goes on (the call taking the literal): marked with its
            # own line again, not the literal's last one (a package variable's initialiser
            # has no statement line: it stays at the literal's last line)
            self.out.go_line, self.out.marked = stmt_line, -1
        self.ns.setdefault("__funcnames__", {})[name] = self.cur_func_name
        self.cur_func_name = saved_name
        captured = self.free_vars(e)
        if captured and getattr(e, "esc_heap", True) is not False:
            # a closure object: the function pointer and the captured variables (the Python
            # function stands for it and carries its address)
            self.out.emit(f"_new({self.site(e, self.closure_layout(captured))}, {name})")
        return name

    def closure_layout(self, captured) -> Type:
        """The closure object capturing these variables: by value the ones no larger than 128
        bytes that are neither address-taken nor reassigned, the others by reference."""
        fields = []
        for v in captured:
            body = v.func.body if v.func is not None else None
            byval = not v.addr_taken and v.type.size <= 128 and (body is None or v not in self.reassigned_in(body))
            fields.append(v.type if byval else T.new_pointer(v.type))
        return closure_type(fields)

    def reassigned_in(self, body) -> set:
        key = id(body)
        r = self.reassigned.get(key)
        if r is None:
            r = self.reassigned[key] = reassigned_vars(body)
        return r

    def free_vars(self, lit) -> dict[Var, None]:
        """The local variables of enclosing functions that function literal lit uses (itself
        or through literals nested in it), in a fixed order. Computed once for a literal and
        all literals inside it, in one pass: closures may nest hundreds deep."""
        free = self.lit_free.get(id(lit))
        if free is not None:
            return free
        direct: dict[int, dict[Var, None]] = {id(lit): {}}
        lits = [lit]  # in pre-order
        parent: dict[int, Any] = {}
        stack: list[tuple[Any, Any]] = [(ch, lit) for ch in reversed(list(ast.children(lit.body)))]
        while stack:
            n, owner = stack.pop()
            if isinstance(n, ast.FuncLit):
                direct[id(n)] = {}
                parent[id(n)] = owner
                lits.append(n)
                owner = n
            elif isinstance(n, ast.Ident) and isinstance(n.obj, Var) and not n.obj.is_global \
                    and n.obj.func is not None:
                direct[id(owner)][n.obj] = None
            stack.extend((ch, owner) for ch in reversed(list(ast.children(n))))
        for n in reversed(lits):  # inner literals first
            own = {v: None for v in direct[id(n)] if v.func is not n}
            self.lit_free[id(n)] = own
            if n is not lit:
                direct[id(parent[id(n)])].update(own)
        return self.lit_free[id(lit)]

    def captured_boxes(self, lit) -> list[str]:
        """Per-iteration variables a closure captures are bound at creation (default arguments)."""
        known = self.all_names()
        return [self.var_name(v) for v in self.free_vars(lit) if v.boxed and v.in_loop and v in known]

    def all_names(self) -> dict:
        out = {}
        fs = self.fn
        while fs is not None:
            for k, v in fs.names.items():
                out.setdefault(k, v)
            fs = fs.parent
        return out

    def e_CompositeLit(self, e) -> str:
        t = e.type
        if getattr(e, "elided_ptr", False):  # &T elided in []*T{{...}}: allocated as &T{...} is
            t = t.underlying().elem
            code = self.composite(e, t)
            if not is_agg(t):
                return f"_Box({code})"
            if t.size == 0 and not e.elts:
                return self.zerobase(t)
            if getattr(e, "esc_heap", True) is False:
                return code
            return f"_new({self.site(e, t)}, {code})"
        code = self.composite(e, t)
        return code

    def composite(self, e, t: Type) -> str:
        u = t.underlying()
        if isinstance(u, Struct):
            cls = self.cname(t)
            V.field_pynames(u)
            if not e.elts:
                return f"{cls}()"
            if isinstance(e.elts[0], ast.KeyValueExpr):
                pre, given = self.keyed_values([(kv.key.field_index, kv.value) for kv in e.elts])
                last = max(given)
                args = []
                for idx in range(last + 1):
                    ft = u.fields[idx].type
                    if idx in given:
                        args.append(given[idx])
                    else:
                        args.append("None" if is_agg(ft) else self.zero_const(ft))
                return self.evaluated_first(pre, f"{cls}({', '.join(args)})")
            args = self.spill_crossing([(v, self.expr_copy(v)) for v, f in zip(e.elts, u.fields)])
            return f"{cls}({', '.join(args)})"
        if isinstance(u, (Array, Slice)):
            elem = u.elem
            pre, items = self.keyed_values([(v.lit_index, v.value if isinstance(v, ast.KeyValueExpr) else v)
                                            for v in e.elts])
            n = u.length if isinstance(u, Array) else (max(items) + 1 if items else 0)
            if n > 64 and len(items) * 4 < n:
                # a large, mostly zero literal ([1 << 20]byte{42}): fill a zero array instead of
                # spelling out every element
                zero = self.zero(T.new_array(elem, n))
                lst = self.evaluated_first(pre, f"_fill_indexed({zero}, {{{', '.join(f'{i}: {c}' for i, c in items.items())}}})")
                if isinstance(u, Array):
                    return lst
                return f"_slice_lit({lst}, {self.tname(elem)}, {self.local_site(e)})"
            dense = [items.get(i) for i in range(n)]
            if any(x is None for x in dense):
                z = self.zero(elem)
                dense = [x if x is not None else z for x in dense]
            if is_byte(elem):
                lst = self.evaluated_first(pre, f"bytearray([{', '.join(dense)}])")
            else:
                lst = self.evaluated_first(pre, f"[{', '.join(dense)}]")
            if isinstance(u, Array):
                return lst
            return f"_slice_lit({lst}, {self.tname(elem)}, {self.local_site(e)})"
        if isinstance(u, Map):
            ops = []
            for kv in e.elts:
                ops += [(kv.key, self.map_key(kv.key, u.key)), (kv.value, self.expr_copy(kv.value))]
            codes = self.spill_crossing(ops)
            parts = [f"{codes[i]}: {codes[i + 1]}" for i in range(0, len(codes), 2)]
            fn = "_map_lit_local" if getattr(e, "esc_heap", True) is False else "_map_lit"  # hmap in the frame
            return f"{fn}({self.tname(t)}, {self.site(e)}, {{{', '.join(parts)}}})"
        raise CompileError(e, f"gomem cannot compile composite literal of type {t}")

    def keyed_values(self, elts: list) -> tuple[str, dict[int, str]]:
        """The values of a keyed composite literal by index, plus a prefix that evaluates them
        in source order when the keys are out of order (T{y: f(), x: g()} calls f first)."""
        codes = {idx: self.expr_copy(v) for idx, v in elts}
        if len(elts) > 1:  # (evaluated in source order: spills of values crossing later ones)
            codes = dict(zip([idx for idx, _ in elts],
                             self.spill_crossing([(v, codes[idx]) for idx, v in elts])))
        idxs = [idx for idx, _ in elts]
        effects = [idx for idx, v in elts if v.mode != ast.MODE_CONST]
        if len(effects) < 2 or idxs == sorted(idxs):
            return "", codes
        binds = []
        for idx in effects:  # in source order
            tmp = self.new_tmp()
            binds.append(f"({tmp} := {codes[idx]})")
            codes[idx] = tmp
        return f"({', '.join(binds)},)", codes

    @staticmethod
    def evaluated_first(pre: str, code: str) -> str:
        """code, after evaluating the (truthy) tuple expression pre when there is one."""
        return f"({pre} and {code})" if pre else code

    def map_key(self, k, key_t: Type, code: str | None = None) -> str:
        """The Python dict key for key expression k (code: k already evaluated)."""
        if code is None:
            code = self.expr(k)
        if V.needs_key_conversion(key_t):
            return f"_to_key({self.tname(key_t)}, {code})"
        if T.is_float(key_t):
            return f"({code} + 0.0)"
        return code

    def field_struct(self, x: ast.SelectorExpr) -> Struct:
        """The struct type that directly declares the selected field."""
        t = x.x.type
        if isinstance(t.underlying(), Pointer):
            t = t.underlying().elem
        for idx, isptr in x.selection.path:
            ft = t.underlying().fields[idx].type
            t = ft.elem if isinstance(ft, Pointer) else ft
        return t.underlying()

    def field_base(self, x: ast.SelectorExpr) -> str:
        base = self.expr(x.x)
        t = x.x.type
        if isinstance(t.underlying(), Pointer):
            t = t.underlying().elem
        for idx, isptr in x.selection.path:
            st = t.underlying()
            base = f"{base}.{V.field_pynames(st)[idx]}"
            ft = st.fields[idx].type
            t = ft.elem if isinstance(ft, Pointer) else ft
        return base

    def e_SelectorExpr(self, e) -> str:
        sel = e.selection
        if sel is None:
            raise CompileError(e, "internal: unresolved selector")
        if sel.kind == "pkg":
            obj = sel.obj
            alias = self.pkg_alias(e.x)
            if obj is None:  # a generic standard function (see Checker.generic_std_call)
                return f"P_{alias}.{e.sel.name}"
            if isinstance(obj, Const):
                return self.const_code(e)
            if isinstance(obj, Func) and obj.decl is not None and obj.decl.body is not None:
                return f"P_{alias}.F_{obj.name}"
            return f"P_{alias}.{obj.name}"
        if sel.kind == "field":
            base = self.field_base(e)
            return f"{base}.{V.field_pynames(self.field_struct(e))[sel.index]}"
        if sel.kind in ("method", "iface"):
            # method value: bind the receiver now, in a closure object holding the code pointer
            # and the receiver (the interface, the pointer, or a copy of the value)
            fn, recv = self.method_callee(e)
            if sel.kind == "iface":
                recv_t = e.x.type
            else:
                recv_t = T.new_pointer(sel.recv_type) if sel.obj.pointer_recv else sel.recv_type
            if getattr(e, "esc_heap", True) is False:
                return f"_bind({fn}, {recv})"  # (escape analysis keeps the closure in the frame)
            return f"_new({self.site(e, closure_type([recv_t]))}, _bind({fn}, {recv}))"
        if sel.kind == "methodexpr":
            inner = sel.inner
            if inner.kind == "iface":
                return f"(lambda _r, *a: _r.t.m_{e.sel.name}(_r.v, *a))"
            fn = self.method_pyname(inner.recv_type, inner.obj)
            recv_t = sel.recv_type
            if inner.path:
                path = self.embedded_recv("_r", recv_t, inner)
            elif inner.pointer_recv:
                path = "_r"
            elif isinstance(recv_t.underlying(), Pointer):
                path = self.copy_expr("_r", inner.recv_type) if is_agg(inner.recv_type) else "_r.v"
            else:
                path = self.copy_expr("_r", inner.recv_type)
            if path == "_r":
                return fn
            return f"(lambda _r, *a: {fn}({path}, *a))"
        raise CompileError(e, f"gomem cannot compile selector {sel.kind}")

    def pkg_alias(self, x) -> str:
        return x.obj.package.path.replace("/", "_")

    def method_callee(self, f: ast.SelectorExpr) -> tuple[str, str]:
        """(callable, receiver argument) for a method call or method value x.m."""
        sel = f.selection
        x = f.x
        if sel.kind == "iface":
            base = self.expr(x)
            if sel.path:
                base = self.path_expr(base, x.type, sel.path)
            b1, b = self.reuse(base)
            return f"{b1}.t.m_{f.sel.name}", f"{b}.v"
        fi = sel.obj
        fn = self.method_pyname(sel.recv_type, fi)
        xt = x.type
        recv_is_ptr = isinstance(xt.underlying(), Pointer)
        if sel.path:
            return fn, self.embedded_recv(self.expr(x), xt, sel)
        if fi.pointer_recv:
            if recv_is_ptr:
                return fn, self.expr(x)
            return fn, self.address_of(x)
        # value receiver
        if recv_is_ptr:
            p = self.expr(x)
            elem = xt.underlying().elem
            if is_agg(elem):
                return fn, self.copy_expr(p, elem)
            return fn, f"{p}.v"
        code = self.expr(x)
        if is_agg(xt) and not self.is_fresh(x):
            code = self.copy_expr(code, xt)
        return fn, code

    def embedded_recv(self, base: str, xt: Type, sel) -> str:
        """The receiver argument for a method promoted through the embedded fields sel.path
        of base (a value of type xt, or a pointer to one)."""
        code = self.path_expr(base, xt, sel.path)
        t = xt.underlying().elem if isinstance(xt.underlying(), Pointer) else xt
        last_ptr = False
        for idx, _isptr in sel.path:
            ft = t.underlying().fields[idx].type
            last_ptr = isinstance(ft, Pointer)
            t = ft.elem if last_ptr else ft
        if sel.obj.pointer_recv:
            if last_ptr or is_agg(t):
                return code
            # &x.Embedded for an embedded non-struct named type: a pointer to the field
            holder, _, fname = code.rpartition(".")
            return f"_FieldRef({holder}, '{fname}')"
        if last_ptr and not is_agg(t):
            return f"{code}.v"  # dereference the embedded pointer (nil panics)
        return self.copy_expr(code, t)

    def address_of(self, x) -> str:
        """&x for an addressable expression."""
        x = ast.unparen(x)
        t = x.type
        if is_agg(t):
            if isinstance(x, ast.StarExpr):
                p1, p2 = self.reuse(self.expr(x.x))
                return f"({p2} if {p1} is not None else _panic_nil())"  # &*p checks p
            return self.located(x)
        if isinstance(x, ast.Ident) and isinstance(x.obj, Var):
            v = x.obj
            if v.is_global and v.pkg is not None and v.pkg is not self.pkg:
                # (a dot-imported variable: as &pkg.V, out of reach)
                raise CompileError(x, "gomem cannot take the address of this expression yet")
            if v.is_global:
                return f"_GlobalRef(_globals, 'G_{v.name}')"
            if not v.boxed:
                raise CompileError(x, f"internal: address of unboxed variable {v.name}")
            return self.var_name(v)
        if isinstance(x, ast.IndexExpr):
            if x.index_kind == "slice":
                s1, s2 = self.reuse(self.expr(x.x))
                return f"_ElemRef({s1}.a, {s2}.off + _index_check({self.expr(x.index)}, {s2}.len))"
            if x.index_kind == "array":
                ptr = getattr(x, "ptr_array", False)
                a = self.array_obj(x.x) if ptr else self.located(x.x)
                n = x.x.type.underlying().elem.underlying().length if ptr else x.x.type.underlying().length
                return f"_ElemRef({a}, _index_check({self.expr(x.index)}, {n}))"
        if isinstance(x, ast.SelectorExpr) and x.selection is not None and x.selection.kind == "field":
            base = self.located_field_base(x)
            return f"_FieldRef({base}, '{V.field_pynames(self.field_struct(x))[x.selection.index]}')"
        if isinstance(x, ast.StarExpr):
            p1, p2 = self.reuse(self.expr(x.x))
            return f"({p2} if {p1} is not None else _panic_nil())"  # &*p checks p
        raise CompileError(x, "gomem cannot take the address of this expression yet")

    def located(self, x) -> str:
        """The object of x, an addressable struct or array expression, given its Go address
        when x lives inside another object: an element of an array or slice (the container's
        address + index * size) or a field of a struct value (the struct's + the field's
        offset), as Go's &a[i] and &s.f are; through the containers it is nested in."""
        x = ast.unparen(x)
        if isinstance(x, ast.IndexExpr) and is_agg(x.type):
            size = x.type.size
            if x.index_kind == "slice":
                s1, s2 = self.reuse(self.expr(x.x))
                return f"_elem_at({s1}.a, {s2}.off + _index_check({self.expr(x.index)}, {s2}.len), {size})"
            if x.index_kind == "array":
                if getattr(x, "ptr_array", False):  # p[i] of p *[N]T: the array is p's object
                    a = self.array_obj(x.x)
                    n = x.x.type.underlying().elem.underlying().length
                else:
                    a = self.located(x.x)
                    n = x.x.type.underlying().length
                return f"_elem_at({a}, _index_check({self.expr(x.index)}, {n}), {size})"
        if isinstance(x, ast.SelectorExpr) and x.selection is not None and x.selection.kind == "field" \
                and is_agg(x.type):
            st = self.field_struct(x)
            k = x.selection.index
            return f"_field_at({self.located_field_base(x)}, '{V.field_pynames(st)[k]}', {field_offset(st, k)})"
        return self.expr(x)

    def located_field_base(self, x: ast.SelectorExpr) -> str:
        """field_base(x), with each struct value on the way located (see located)."""
        t = x.x.type
        if isinstance(t.underlying(), Pointer):
            base = self.expr(x.x)
            t = t.underlying().elem
        else:
            base = self.located(x.x)
        for idx, _isptr in x.selection.path:
            st = t.underlying()
            name = V.field_pynames(st)[idx]
            ft = st.fields[idx].type
            if isinstance(ft, Pointer):
                base = f"{base}.{name}"
                t = ft.elem
            else:
                base = f"_field_at({base}, '{name}', {field_offset(st, idx)})"
                t = ft
        return base

    def array_obj(self, x) -> str:
        """The list object of an array (or of the array a pointer points to)."""
        code = self.expr(x)
        return code

    def e_IndexExpr(self, e, commaok: bool = False) -> str:
        kind = e.index_kind
        if kind == "map":
            m = self.expr(e.x)
            mt = e.x.type.underlying()
            mark_transient_string(e.index)
            k = self.map_key(e.index, mt.key)
            m, k = self.spill_crossing([(e.x, m), (e.index, k)])
            z = self.zero_const(mt.elem)
            if commaok or getattr(e, "commaok", False):
                return f"_map_get2({m}, {k}, {z})"
            if is_agg(mt.elem):
                return f"_map_get_agg({m}, {k}, {z})"
            return f"{m}.get({k}, {z})"
        # the container is evaluated before the index (both in the condition, which a
        # conditional expression evaluates first)
        if kind == "string":
            if self.index_proven(e):
                sx, ix = self.spill_crossing([(e.x, self.expr(e.x)), (e.index, self.expr(e.index))])
                return f"{sx}[{ix}]"
            s1, s2 = self.reuse(self.expr(e.x))
            i1, i2 = self.reuse(self.expr(e.index))
            return f"({s2}[{i2}] if len({s1}) > {i1} >= 0 else _panic_index({i2}, len({s2})))"
        if kind == "slice":
            s1, s2 = self.reuse(self.expr(e.x))
            if self.index_proven(e):
                return f"{s1}.a[{s2}.off + {self.expr(e.index)}]"
            i1, i2 = self.reuse(self.expr(e.index))
            return f"({s2}.a[{s2}.off + {i2}] if {s1}.len > {i1} >= 0 else _panic_index({i2}, {s2}.len))"
        if kind == "array":
            a = self.array_obj(e.x)
            n = e.x.type.underlying().elem.underlying().length if getattr(e, "ptr_array", False) else e.x.type.underlying().length
            if self.known_in_range(e.index, n) or self.index_proven(e):
                return f"{a}[{self.expr(e.index)}]"
            a1, a2 = self.reuse(a)
            i1, i2 = self.reuse(self.expr(e.index))
            if a1 == a2:
                return f"({a}[{i2}] if {n} > {i1} >= 0 else _panic_index({i2}, {n}))"
            return f"({a2}[{i2}] if ({a1}, {n})[1] > {i1} >= 0 else _panic_index({i2}, {n}))"
        raise CompileError(e, "gomem cannot compile this index expression")

    def index_proven(self, e) -> bool:
        """x[i] where i is a loop variable known to range over x's indices (no check needed)."""
        x, i = e.x, e.index
        x = ast.unparen(x)
        if not (isinstance(i, ast.Ident) and isinstance(i.obj, Var)):
            return False
        key = (i.obj, x.obj if isinstance(x, ast.Ident) else None)
        return key[1] is not None and key in self.fn.proven

    def known_in_range(self, idx, n: int | None) -> bool:
        if idx.mode == ast.MODE_CONST and n is not None:
            return 0 <= int(idx.const) < n
        return False

    def e_SliceExpr(self, e) -> str:
        lo = self.expr(e.low) if e.low is not None else "None"
        hi = self.expr(e.high) if e.high is not None else "None"
        mx = self.expr(e.max) if e.max is not None else "None"
        kind = e.slice_kind
        if kind == "string":
            return f"_slice_string({self.expr(e.x)}, {lo}, {hi})"
        if kind == "slice":
            return f"_reslice({self.expr(e.x)}, {lo}, {hi}, {mx})"
        if kind == "array":
            n = e.x.type.underlying().length
            return f"_slice_array({self.expr(e.x)}, {n}, {lo}, {hi}, {mx})"
        if kind == "ptrarray":
            n = e.x.type.underlying().elem.underlying().length
            return f"_slice_array({self.expr(e.x)}, {n}, {lo}, {hi}, {mx})"
        raise CompileError(e, "gomem cannot compile this slice expression")

    def e_TypeAssertExpr(self, e, commaok: bool = False) -> str:
        x1, x = self.reuse(self.expr(e.x))
        t = e.type
        ok_form = commaok or getattr(e, "commaok", False)
        src = self.tname(e.x.type)
        tn = self.tname(t)
        if isinstance(t.underlying(), Interface):
            test = f"{x1} is not None and _implements({x}.t, {tn})"
            if ok_form:
                return f"(({x}, True) if {test} else (None, False))"
            return f"({x} if {test} else _assert_fail({x}, {src}, {tn}))"
        self.iface_types.append(t)
        test = f"{x1} is not None and {x}.t is {tn}"
        if ok_form:
            return f"(({x}.v, True) if {test} else ({self.zero(t)}, False))"
        return f"({x}.v if {test} else _assert_fail({x}, {src}, {tn}))"

    def e_StarExpr(self, e) -> str:
        p = self.expr(e.x)
        if is_agg(e.type):
            p1, p2 = self.reuse(p)
            return f"({p2} if {p1} is not None else _panic_nil())"
        return f"{p}.v"

    def e_UnaryExpr(self, e, commaok: bool = False) -> str:
        op = e.op
        if op == "&":
            x = e.x
            x = ast.unparen(x)
            if isinstance(x, ast.CompositeLit):
                code = self.expr(x)
                if not is_agg(x.type):
                    return f"_Box({code})"
                if x.type.size == 0 and not x.elts:
                    return self.zerobase(x.type)
                if getattr(e, "esc_heap", True) is False:
                    return code  # escape analysis keeps it in the frame
                return f"_new({self.site(e, x.type)}, {code})"
            return self.address_of(x)
        if op == "<-":
            ch = self.expr(e.x)
            if commaok or getattr(e, "commaok", False):
                return f"_chan_recv2({ch})"
            return f"_chan_recv({ch})"
        x = self.expr(e.x)
        t = e.type
        if op == "!":
            return f"(not {x})"
        if op == "+":
            return x
        if op == "-":
            if T.is_float(t):
                return f"(-{x})" if T.basic_kind(t) != Kind.FLOAT32 else f"(-{x})"
            return self.wrap(f"-{x}", t)
        if op == "^":
            if T.is_unsigned(t):
                lo, hi = T.int_range(t)
                return f"({x} ^ {hi})"
            return f"(~{x})"
        raise CompileError(e, f"gomem cannot compile unary {op}")

    def wrap(self, code: str, t: Type) -> str:
        k = T.basic_kind(t)
        w = WRAP.get(k)
        if w is None:
            return f"({code})"
        return "(" + w.format(x=code) + ")"

    def e_BinaryExpr(self, e) -> str:
        return self.binary(e)

    def binary(self, e) -> str:
        op = e.op
        x, y = e.x, e.y
        if op == "&&":
            return f"({self.expr(x)} and {self.expr(y)})"
        if op == "||":
            return f"({self.expr(x)} or {self.expr(y)})"
        if op in ("==", "!=", "<", "<=", ">", ">="):
            return self.comparison(e)
        t = e.type
        if op in ("+", "-") and T.is_integer(t):
            step = self.constant_step(e)
            if step is not None:
                return step
        if op in ("+", "-", "*") and T.is_integer(t):
            # + - * are exact on Python ints and wrap-around commutes with them, so a tree of
            # them is wrapped once, at its root
            return self.wrap(f"{self.raw_int(x)} {op} {self.raw_int(y)}", t)
        if T.is_string(t):
            # one allocation for the whole chain a + b + c (Go's concatstrings)
            parts = self.spill_crossing(self.concat_operands(e))
            fn = "_concat2" if len(parts) == 2 else "_concat"
            if getattr(e, "esc_heap", True) is False:
                fn = "_concat_tmp"  # the frame's 32-byte buffer when the result fits
            return f"{fn}({self.site(e)}, {', '.join(parts)})"
        a = self.expr(x)
        b = self.expr(y)
        if T.is_float(t):
            f32 = T.basic_kind(t) == Kind.FLOAT32
            if op == "/" and not (y.mode == ast.MODE_CONST and float(y.const) != 0):
                # x/0 is ±Inf or NaN in Go, an exception in Python: _fdiv only for a zero divisor
                if ast.has_call_or_recv(x):
                    r = f"_fdiv({a}, {b})"
                else:  # (x has no call, so evaluating it after y changes nothing)
                    tmp = self.new_tmp()
                    r = f"({a} / {tmp} if ({tmp} := {b}) else _fdiv({a}, {tmp}))"
            else:
                r = f"({a} {op} {b})"
            return f"_f32{r}" if f32 and op != "/" else (f"_f32({r})" if f32 else r)
        # integers
        if op in ("/", "%") and y.mode == ast.MODE_CONST and int(y.const) > 0 and not T.is_unsigned(t):
            c = int(y.const)
            a1, a2 = self.reuse(a)
            if op == "/":
                return f"({a2} // {c} if {a1} >= 0 else -(-{a2} // {c}))"
            return f"({a2} % {c} if {a1} >= 0 else -(-{a2} % {c}))"
        if op == "/":
            if T.is_unsigned(t):
                return f"({a} // {b})"
            slow = self.wrap("_idiv({a}, {b})", t) if T.basic_kind(t) in (Kind.INT, Kind.INT64, Kind.INT32, Kind.INT16, Kind.INT8) else "_idiv({a}, {b})"
            return self.signed_fast_path("//", x, y, a, b, slow)
        if op == "%":
            if T.is_unsigned(t):
                return f"({a} % {b})"
            return self.signed_fast_path("%", x, y, a, b, "_imod({a}, {b})")
        if op in ("&", "|", "^"):
            return f"({a} {op} {b})"
        if op == "&^":
            return f"({a} & ~{b})"
        if op == "<<":
            k = T.basic_kind(t)
            bits = T.INT_BITS.get(k, 64)
            if y.mode == ast.MODE_CONST:
                c = int(y.const)
                if c >= bits:
                    return "0"
                return self.wrap(f"{a} << {c}", t)
            return self.wrap(f"_shl({a}, {b})", t)
        if op == ">>":
            if y.mode == ast.MODE_CONST:
                c = int(y.const)
                return f"({a} >> {min(c, 64)})"
            s = b if T.is_unsigned(y.type) else f"_shift_count({b})"
            return f"({a} >> min({s}, 64))"
        raise CompileError(e, f"gomem cannot compile operator {op}")

    def constant_step(self, e) -> str | None:
        """x + c or x - c with constant c and x in range: only one bound can be crossed, so a
        single comparison replaces the full wrap-around."""
        x, y, op, t = e.x, e.y, e.op, e.type
        if y.mode == ast.MODE_CONST and x.mode != ast.MODE_CONST and not self.is_arith(x):
            c = int(y.const)
            code = f"{self.expr(x)} {op} {c if c >= 0 else f'({c})'}"
            up = (op == "+") == (c >= 0)
        elif x.mode == ast.MODE_CONST and op == "+" and y.mode != ast.MODE_CONST and not self.is_arith(y):
            c = int(x.const)
            code = f"{c if c >= 0 else f'({c})'} + {self.expr(y)}"
            up = c >= 0
        else:
            return None
        x0 = ast.unparen(e.x if y.mode == ast.MODE_CONST else e.y)
        if abs(c) == 1 and isinstance(x0, ast.Ident) and (x0.obj, 1 if up else -1) in self.fn.safe_steps:
            return f"({code})"  # the loop condition bounds it (bounded_steps)
        if isinstance(x0, ast.CallExpr) and x0.call_kind == "builtin" and x0.builtin in ("len", "cap") \
                and abs(c) < 1 << 32 and T.int_range(t)[1] >= 1 << 62:
            return f"({code})"  # 0 <= len < 2**48: a small step stays in range
        lo, hi = T.int_range(t)
        span = hi - lo + 1
        tmp = self.new_tmp()
        if up:
            return f"({tmp} if ({tmp} := {code}) <= {hi} else {tmp} - {span})"
        return f"({tmp} if ({tmp} := {code}) >= {lo} else {tmp} + {span})"

    def signed_fast_path(self, pyop: str, x, y, a: str, b: str, slow: str) -> str:
        """Signed a / b or a % b: Python's // and % agree with Go's truncating ones when
        a >= 0 and b > 0 (no call, no wrap-around); slow (a format with {a} and {b}) handles
        the rest (signs, zero, MinInt / -1). Only when y is a name or constant, so that each
        operand is still evaluated once and in Go's order."""
        if not (b.isidentifier() or y.mode == ast.MODE_CONST):
            return slow.format(a=a, b=b)
        if a.isidentifier():
            return f"({a} {pyop} {b} if {a} >= 0 and {b} > 0 else {slow.format(a=a, b=b)})"
        tmp = self.new_tmp()
        return f"({tmp} {pyop} {b} if ({tmp} := {a}) >= 0 and {b} > 0 else {slow.format(a=tmp, b=b)})"

    def is_arith(self, e) -> bool:
        e = ast.unparen(e)
        return isinstance(e, ast.BinaryExpr) and e.op in ("+", "-", "*") and e.mode != ast.MODE_CONST

    def concat_operands(self, e) -> list[tuple[Any, str]]:
        """The operands (node, code) of a chain a + b + c of strings."""
        inner = e
        inner = ast.unparen(inner)
        if isinstance(inner, ast.BinaryExpr) and inner.op == "+" and inner.mode != ast.MODE_CONST \
                and T.is_string(inner.type) and getattr(inner, "pre_code", None) is None:
            out = self.concat_operands(inner.x)
            out.extend(self.concat_operands(inner.y))
            return out
        mark_transient_string(e)
        return [(e, self.expr(e))]

    def raw_int(self, e) -> str:
        """Code for integer operand e, without its final wrap-around when e is + - * itself."""
        code, op = self.raw_arith(e)
        return f"({code})" if op else code

    def raw_arith(self, e) -> tuple[str, str | None]:
        """raw_int's code without outer parentheses, and its operator (None for an operand).
        Parentheses only where Python's precedence needs them, so that a long chain
        a + b + c + ... stays flat text (CPython's parser limits nesting, not length)."""
        inner = e
        inner = ast.unparen(inner)
        if isinstance(inner, ast.BinaryExpr) and inner.op in ("+", "-", "*") and inner.mode != ast.MODE_CONST \
                and inner.type is e.type and not getattr(e, "to_iface", None) and getattr(e, "pre_code", None) is None:
            op = inner.op
            self.expr_depth += 1
            x, xop = self.raw_arith(inner.x)
            y, yop = self.raw_arith(inner.y)
            self.expr_depth -= 1
            if xop is not None and ARITH_PREC[xop] < ARITH_PREC[op]:
                x = f"({x})"
            if yop is not None and ARITH_PREC[yop] <= ARITH_PREC[op]:
                y = f"({y})"
            code = f"{x} {op} {y}"
            if self.expr_depth % SPLICE_EVERY == 0 and self.expr_depth and code.count("(") > SPLICE_BRACKETS:
                return self.splice(f"({code})"), None
            return code, op
        return self.expr(e), None

    def comparison(self, e) -> str:
        op = e.op
        x, y = e.x, e.y
        mark_transient_string(x)
        mark_transient_string(y)
        xt, yt = x.type, y.type
        pyop = op
        # nil comparisons
        if is_nil(x) or is_nil(y):
            if is_nil(x) and is_nil(y):
                return "True" if op == "==" else "False"
            other = x if is_nil(y) else y
            ou = other.type.underlying()
            code = self.expr(other)
            if isinstance(ou, Slice):
                return f"({code}.a {'is' if op == '==' else 'is not'} None)"
            if isinstance(ou, Map):
                return f"({code} {'is' if op == '==' else 'is not'} _NIL_MAP)"
            return f"({code} {'is' if op == '==' else 'is not'} None)"
        xi = isinstance(xt.underlying(), Interface)
        yi = isinstance(yt.underlying(), Interface)
        a = self.expr(x)
        b = self.expr(y)
        a, b = self.spill_crossing([(x, a), (y, b)])
        if xi and not yi:
            b = self.box(b, yt)
        elif yi and not xi:
            a = self.box(a, xt)
        if xi or yi:
            return f"({a} {pyop} {b})" if op in ("==", "!=") else f"({a} {pyop} {b})"
        u = xt.underlying()
        if isinstance(u, (Struct, Array)):
            r = f"_go_equal({self.tname(xt)}, {a}, {b})"
            return r if op == "==" else f"(not {r})"
        if isinstance(u, (Pointer, Chan, Signature, Map)):
            if isinstance(u, Pointer) and u.elem.size == 0:
                # every zero-size object lives at the same address (gc's zerobase)
                return f"(({a} is None) {pyop} ({b} is None))"
            if isinstance(u, Pointer) and not is_agg(u.elem):
                return f"({a} {pyop} {b})"
            return f"({a} {'is' if op == '==' else 'is not'} {b})"
        return f"({a} {pyop} {b})"

    def e_KeyValueExpr(self, e) -> str:
        raise CompileError(e, "internal: key-value outside composite literal")

    # calls ------------------------------------------------------------------
    def call_args(self, c: ast.CallExpr, lead: list | None = None) -> list[str]:
        """The Python argument list of a Go call (variadic arguments packed into a slice);
        with lead ([(node, code)]: the callee value, the receiver), those codes come first and
        every operand crossing a later allocating one is spilled (spill_crossing)."""
        if lead is None:
            return self._call_args(c, [])
        ops: list = list(lead)
        return self._call_args(c, ops)

    def _call_args(self, c: ast.CallExpr, ops: list) -> list[str]:
        nlead = len(ops)
        f = c.fun
        f = ast.unparen(f)
        sig = f.type.underlying()
        if getattr(c, "spread", False):
            first, tmp = self.reuse(self.expr(c.args[0]))
            lead_codes = self.spill_crossing(ops + [(c.args[0], first)])[:nlead] if nlead else []
            n = len(c.args[0].type.types)
            parts = [f"{first if i == 0 else tmp}[{i}]" for i in range(n)]
            types = list(c.args[0].type.types)
            if sig.variadic:
                fixed = len(sig.params) - 1
                elem = sig.params[-1].elem
                rest = [self.box(p, t) if isinstance(elem.underlying(), Interface) else p for p, t in zip(parts[fixed:], types[fixed:])]
                return lead_codes + [self.box(p, t) if isinstance(sp.underlying(), Interface) else p for p, t, sp in zip(parts[:fixed], types[:fixed], sig.params)] + [f"_slice_lit([{', '.join(rest)}], {self.tname(elem)}, None)"]
            return lead_codes + [self.box(p, t) if isinstance(sp.underlying(), Interface) else p for p, t, sp in zip(parts, types, sig.params)]
        args = c.args
        if sig.variadic and not c.has_ellipsis:
            fixed = len(sig.params) - 1
            codes = [(a, self.expr_copy(a)) for a in args]
            if nlead or len(codes) > 1:
                codes = list(zip([x[0] for x in ops] + list(args), self.spill_crossing(ops + codes)))
            lead_codes = [cd for _, cd in codes[:nlead]]
            codes = codes[nlead:]
            out = lead_codes + [cd for _, cd in codes[:fixed]]
            elem = sig.params[-1].elem
            rest = [cd for _, cd in codes[fixed:]]
            if not rest:
                out.append("_NIL_SLICE")
            else:
                lst = f"bytearray([{', '.join(rest)}])" if is_byte(elem) else f"[{', '.join(rest)}]"
                if self.variadic_escapes(c, f):
                    out.append(f"_slice_lit({lst}, {self.tname(elem)}, {self.site(c)})")
                else:
                    out.append(f"_Slice({lst}, 0, {len(rest)}, {len(rest)})")
            return out
        codes = [(a, self.expr_copy(a)) for a, t in zip(args, sig.params)]
        if nlead + len(codes) > 1:
            return self.spill_crossing(ops + codes)
        return [cd for _, cd in ops + codes]

    def variadic_escapes(self, c: ast.CallExpr, f) -> bool:
        """Whether the implicit slice of a call's variadic arguments is a heap object: as
        escape analysis decided (c.variadic_esc_heap); without its verdict, the standard
        library's variadic parameters do not escape (gc: "... argument does not escape" for
        fmt, log, ...) and those of the program's functions and of function values do."""
        esc = getattr(c, "variadic_esc_heap", None)
        if esc is not None:
            return esc
        if isinstance(f, ast.SelectorExpr) and f.selection is not None:
            if f.selection.kind == "pkg":
                return False
            recv = getattr(f.selection, "recv_type", None)
            if recv is not None and isinstance(recv.underlying(), Pointer):
                recv = recv.underlying().elem
            if isinstance(recv, Named) and recv.pkg != self.pkg.name:
                return False
        return True

    def e_CallExpr(self, c) -> str:
        kind = c.call_kind
        if kind == "conversion":
            return self.conversion(c)
        if kind == "builtin":
            return self.builtin(c)
        f = c.fun
        f = ast.unparen(f)
        clone = self.inline_clone(c) if self.inline_clones else None
        if kind == "iface" and clone is not None and not f.selection.path \
                and getattr(self.inline_clones[self.clone_path + (c,)][0].obj, "pointer_recv", False):
            # a devirtualized call of a pointer method: the interface holds the *T it takes
            fn, recv = clone, f"{self.expr(f.x)}.v"
            args = self.call_args(c, [(f.x, recv)])
            return f"{fn}({', '.join(args)})"
        if kind in ("method", "iface"):
            fn, recv = self.method_callee(f)
            if clone is not None and kind == "method":
                fn = clone
            args = self.call_args(c, [(f.x, recv)])
            return f"{fn}({', '.join(args)})"
        fn = self.expr(f)
        if clone is not None and (fn == self.func_name(self.inline_clones[self.clone_path + (c,)][0].obj)
                                  or (kind == "value" and isinstance(f, ast.Ident))):
            # (a variable gc knows always holds the function; not through a wrapper that
            # copies a method expression's receiver)
            fn = clone
        if kind == "value" and not self.stable_operand(f, fn):
            fn, *args = self.call_args(c, [(f, fn)])
        else:
            args = self.call_args(c)
        if _is_std_func(f, "math", "Sqrt"):
            # an intrinsic in gc: math.sqrt for x >= 0; negatives and NaN take math.Sqrt's path
            tmp = self.new_tmp()
            return f"(_sqrt({tmp}) if ({tmp} := {args[0]}) >= 0.0 else {fn}({tmp}))"
        return f"{fn}({', '.join(args)})"

    def conversion(self, c) -> str:
        t = c.type
        x = c.args[0]
        xt = x.type
        code = self.expr(x)
        tu, xu = t.underlying(), xt.underlying()
        if isinstance(tu, Interface):
            if isinstance(xu, Interface):
                if tu.methods:
                    tn = self.tname(t)
                    v1, v = self.reuse(code)
                    return f"({v} if {v1} is None or _implements({v}.t, {tn}) else _assert_fail({v}, {self.tname(xt)}, {tn}))"
                return code
            return code if getattr(x, "to_iface", None) else self.box(self.copy_expr(code, xt) if not self.is_fresh(x) else code, xt)
        if isinstance(tu, Basic):
            if T.is_string(tu):
                # a result that does not escape uses a 32-byte buffer in the frame when it fits
                local = getattr(c, "esc_heap", True) is False
                if T.is_integer(xu):
                    return f"_encode_rune({code})" if local else f"_rune_to_string({code}, {self.site(c)})"
                if isinstance(xu, Slice):
                    if is_byte(xu.elem):
                        if getattr(c, "transient", False):
                            return f"_bytes_to_string({code}, None)"
                        return f"_bytes_to_string{'_tmp' if local else ''}({code}, {self.site(c)})"
                    return f"_runes_to_string{'_tmp' if local else ''}({code}, {self.site(c)})"
                return code
            if T.is_integer(tu):
                if T.is_float(xu):
                    k = T.basic_kind(tu)
                    return f"_float_to_int({code}, {T.INT_BITS[k]}, {not T.is_unsigned(tu)})"
                if T.is_integer(xu):
                    lo, hi = T.int_range(tu)
                    xlo, xhi = T.int_range(xu)
                    if lo <= xlo and xhi <= hi:
                        return code
                    return self.wrap(code, tu)
                return code
            if T.is_float(tu):
                if T.basic_kind(tu) == Kind.FLOAT32:
                    return f"_f32({code})"
                if T.is_integer(xu):
                    return f"float({code})"
                return code
            return code
        if isinstance(tu, Slice) and T.is_string(xu):
            tmp = "_tmp" if getattr(c, "esc_heap", True) is False else ""  # see string(b) above
            if is_byte(tu.elem):
                if getattr(c, "zero_copy", False):
                    return f"_string_to_bytes_alias({code})"
                if c.args[0].mode == ast.MODE_CONST:
                    limit = MAX_IMPLICIT_STACK_VAR_SIZE if tmp else 0
                    return f"_const_string_to_bytes({code}, {self.site(c)}, {limit})"
                return f"_string_to_bytes{tmp}({code}, {self.site(c)})"
            return f"_string_to_runes{tmp}({code}, {self.site(c)})"
        if isinstance(tu, Array) and isinstance(xu, Slice):
            return f"_slice_to_array({code}, {tu.length}, True)"
        if isinstance(tu, Pointer) and isinstance(xu, Slice):
            return f"_slice_to_array({code}, {tu.elem.underlying().length}, False)"
        if isinstance(tu, Struct) and t is not xt:
            # named struct ↔ struct with identical underlying type: a new object of t's class
            v1, v = self.reuse(code)
            names = V.field_pynames(tu)
            if not names:
                return f"({v1}, {self.cname(t)}())[1]"
            fields = [f"{v1 if i == 0 else v}.{n}" for i, n in enumerate(names)]
            return f"{self.cname(t)}({', '.join(fields)})"
        return code

    def spill_spread(self, c) -> None:
        """Evaluate the multi-valued call of print(f())-style built-in calls into temporaries."""
        call = getattr(c, "spread", None)
        if call is not None:
            tmps = [self.new_tmp() for _ in c.args]
            self.out.emit(f"{', '.join(tmps)} = {self.expr(call)}")
            for a, tmp in zip(c.args, tmps):
                a.tmp = tmp

    def e_TupleElem(self, e) -> str:
        return e.tmp

    def builtin(self, c) -> str:
        self.spill_spread(c)
        args = [self.expr(a) if not (c.builtin in ("new", "make") and i == 0) else "" for i, a in enumerate(c.args)]
        if len(args) > 1 and c.builtin not in ("new", "make", "append"):  # (append: its elements)
            args = self.spill_crossing(list(zip(c.args, args)))
        return self.builtin_call_with(c, args)

    def builtin_call_with(self, c, args: list[str]) -> str:
        name = c.builtin
        a = c.args
        if name in ("len", "cap"):
            u = a[0].type.underlying()
            if isinstance(u, Pointer) or isinstance(u, Array):
                n = u.elem.underlying().length if isinstance(u, Pointer) else u.length
                return f"({args[0]}, {n})[1]" if c.mode != ast.MODE_CONST else str(n)
            if isinstance(u, Slice):
                return f"{args[0]}.{name}"
            if isinstance(u, Chan):
                return f"_chan_{name}({args[0]})"
            return f"len({args[0]})"  # strings and maps
        if name == "new":
            t = a[0].type
            if t.size == 0 and is_agg(t):
                return self.zerobase(t)
            if getattr(c, "esc_heap", True) is False:  # escape analysis keeps it in the frame
                return self.zero(t) if is_agg(t) else f"_Box({self.zero(t)})"
            if is_agg(t):
                return f"_new({self.site(c, t)}, {self.zero(t)})"
            return f"_new({self.site(c, t)}, _Box({self.zero(t)}))"
        if name == "make":
            t = a[0].type
            u = t.underlying()
            site = self.site(c)
            if isinstance(u, Slice):
                n = self.expr(a[1])
                cap = self.expr(a[2]) if len(a) > 2 else "None"
                if getattr(c, "esc_heap", True) is False:  # a backing array in the frame
                    site = "None"
                return f"_make_slice({self.tname(u.elem)}, {self.zero_maker(u.elem)}, {n}, {cap}, {site})"
            if isinstance(u, Map):
                hint = f", {self.expr(a[1])}" if len(a) > 1 else ""
                fn = "_make_map_local" if getattr(c, "esc_heap", True) is False else "_make_map"  # hmap in the frame
                return f"{fn}({self.tname(t)}, {site}{hint})"
            if isinstance(u, Chan):
                n = self.expr(a[1]) if len(a) > 1 else "0"
                return f"_make_chan({n}, {self.zero(u.elem)}, {self.tname(t)}, {site})"
        if name == "append":
            st = c.type.underlying()
            elem = st.elem
            s = args[0]
            site = self.site(c)
            z = self.zero_maker(elem)
            if len(args) == 2 and (c.has_ellipsis or getattr(c, "append_string", False)):
                s, args[1] = self.spill_crossing([(a[0], s), (a[1], args[1])])
            if getattr(c, "append_string", False):
                return f"_append_values({s}, {args[1]}, {self.tname(elem)}, _BYTES, {site})"
            if c.has_ellipsis:
                other = args[1]
                if is_agg(elem):
                    return f"_append_values({s}, _slice_elems_copy({other}, _copier({self.tname(elem)})), {self.tname(elem)}, {z}, {site})"
                return f"_append_values({s}, _slice_elems({other}), {self.tname(elem)}, {z}, {site})"
            s, *vals = self.spill_crossing([(a[0], s)] + [(x, self.expr_copy(x)) for x in a[1:]])
            if not vals:
                return s
            if len(vals) == 1:
                return f"_append1({s}, {vals[0]}, {self.tname(elem)}, {z}, {site})"
            return f"_append_values({s}, [{', '.join(vals)}], {self.tname(elem)}, {z}, {site})"
        if name == "copy":
            du = a[0].type.underlying()
            if is_agg(du.elem):
                return f"_copy_slice_aggregate({args[0]}, {args[1]})"
            return f"_copy_slice({args[0]}, {args[1]})"
        if name == "delete":
            mt = a[0].type.underlying()
            key = self.map_key(a[1], mt.key, args[1])
            if isinstance(mt.key.underlying(), Interface):
                key = f"_hashed_key({key})"  # unhashable dynamic types panic even on an empty map
            if mt.key.ptrdata or mt.elem.ptrdata:  # (pointers leave the map: the deletion barrier)
                return f"_map_delete({args[0]}, {key})"
            return f"{args[0]}.pop({key}, None)"
        if name == "panic":
            v = args[0]
            return f"_go_panic({v})"
        if name == "recover":
            return "_recover()"
        if name in ("print", "println"):
            items = ", ".join(f"({self.tname(x.type)}, {code})" for x, code in zip(a, args))
            return f"_print_builtin([{items}], {name == 'println'})"
        if name == "close":
            return f"_chan_close({args[0]})"
        if name == "clear":
            u = a[0].type.underlying()
            if isinstance(u, Map):
                if u.key.ptrdata or u.elem.ptrdata:
                    return f"_map_clear({args[0]})"
                return f"{args[0]}.clear()"
            return f"_clear_slice({args[0]}, {self.zero_maker(u.elem)})"
        if name in ("min", "max"):
            t = c.type
            if T.is_float(t):
                return f"_f{name}({', '.join(args)})"
            return f"{name}({', '.join(args)})"
        raise CompileError(c, f"gomem does not support builtin {name} yet")

    # zero values ---------------------------------------------------------------
    def zero(self, t: Type) -> str:
        u = t.underlying()
        if isinstance(u, Struct):
            return f"{self.cname(t)}()"
        if isinstance(u, Array):
            if is_byte(u.elem):
                code = f"bytearray({u.length})"
            elif is_agg(u.elem):
                code = f"[{self.zero(u.elem)} for _ in range({u.length})]"
            else:
                code = f"[{self.zero(u.elem)}] * {u.length}"
            if u.size >= BIG_ALLOC or u.length >= BIG_ALLOC // 8:  # Go's out-of-memory checks first
                code = f"(_check_big_alloc({u.size}, {u.length if is_byte(u.elem) else u.length * 8}) or {code})"
            return code
        return self.zero_const(t)

    def zerobase(self, t: Type) -> str:
        """new(T) for a zero-size T: every such allocation is the same object (Go's zerobase)."""
        name = "Z_" + self.tname(t)
        if name not in self.ns:
            self.ns[name] = V.zero_value(t)
        return name

    def zero_const(self, t: Type) -> str:
        """Zero value usable as a shared constant (immutable values only)."""
        u = t.underlying()
        if isinstance(u, Basic):
            if T.is_string(u):
                return "b''"
            if T.is_boolean(u):
                return "False"
            if T.is_float(u):
                return "0.0"
            return "0"
        if isinstance(u, Slice):
            return "_NIL_SLICE"
        if isinstance(u, Map):
            return "_NIL_MAP"
        if isinstance(u, (Struct, Array)):
            return f"_zero_maker({self.tname(t)})"
        return "None"

    def zero_maker(self, t: Type) -> str:
        """For make/append: _BYTES for byte elements, a callable for aggregates, else the zero."""
        if is_byte(t):
            return "_BYTES"
        if is_agg(t):
            if isinstance(t.underlying(), Struct):
                return self.cname(t)
            return f"_zero_maker({self.tname(t)})"
        return self.zero_const(t)

