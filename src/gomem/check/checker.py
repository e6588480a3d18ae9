"""The type checker: resolves names, computes the type of every expression, reports Go's errors.

It works like go/types: package-level declarations are collected first and resolved on demand
(so declaration order does not matter), then every function body is checked. Results are
written into the AST (see gomem.frontend.ast) for the compiler to read. Error messages follow
the gc compiler's wording for the common errors; all errors are collected, sorted by position
and reported as ``path:line:col: message``.
"""

from __future__ import annotations

import heapq
from fractions import Fraction
from typing import Any

from gomem.check import constants as C
from gomem.check.exprstr import expr_string
from gomem.check.frames import large_frames
from gomem.check.gotos import goto_errors
from gomem.check.ifaces import PendingInterface, anonymous_cycles, embedded_interface, identical
from gomem.check.imports import invalid_import_path, unimportable, unused_import_msg
from gomem.check.objects import (
    Builtin,
    Const,
    Func,
    Label,
    Nil,
    Object,
    Package,
    PkgName,
    Scope,
    Selection,
    TypeName,
    Var,
)
from gomem.frontend import ast
from gomem.stdlib._go_exports import GO_EXPORTS
from gomem.types import types as T
from gomem.types.types import (
    Array,
    Basic,
    Chan,
    ChanDir,
    FuncInfo,
    Interface,
    Kind,
    Map,
    Named,
    Pointer,
    Signature,
    Slice,
    Struct,
    Tuple,
    Type,
)

BUILTINS = (
    "append cap clear close complex copy delete imag len make max min new panic print println real recover"
).split()

# generic functions of supported packages, typed by Checker.generic_std_call
GENERIC_STD_FUNCS = {("sync", "OnceValue"), ("sync", "OnceValues")}

UNSUPPORTED_PACKAGES = {"reflect": "reflect", "C": "cgo"}  # (unsafe: StringData only, stdlib/unsafe)


class CheckErrors(Exception):
    def __init__(self, errors: list[tuple[str, int, int, str]]):
        super().__init__("\n".join(f"{p}:{line}:{c}: {m}" for p, line, c, m in errors))
        self.errors = errors


class Unsupported(Exception):
    pass


def make_universe() -> Scope:
    u = Scope(None, "universe")
    for name, t in T.PREDECLARED_TYPES.items():
        u.insert(TypeName(name, t))
    u.insert(Const("true", T.UNTYPED_BOOL, True))
    u.insert(Const("false", T.UNTYPED_BOOL, False))
    u.insert(Const("iota", T.UNTYPED_INT, 0))
    u.insert(Nil("nil", T.UNTYPED_NIL))
    for b in BUILTINS:
        u.insert(Builtin(b, None))
    u.insert(TypeName("comparable", T.EMPTY_INTERFACE))
    return u


UNIVERSE = make_universe()


class FuncContext:
    """What the checker knows about the function whose body it is in."""

    def __init__(self, sig: Signature, node: Any, parent: FuncContext | None):
        self.sig = sig
        self.node = node
        self.parent = parent
        self.labels: dict[str, Label] = {}
        self.has_defer = False
        self.has_recover = False
        self.named_results: list[Var] = []
        self.locals: list[Var] = []
        self.loop_depth = 0


class Checker:
    def __init__(self, pkg: Package, importer):
        self.pkg = pkg
        pkg.scope.parent = UNIVERSE
        self.importer = importer
        self.errors: list[tuple[str, int, int, str]] = []
        self.path = ""
        self.decl_info: dict[Object, tuple] = {}
        self.resolving: set[Object] = set()
        self.fn: FuncContext | None = None
        self.scope: Scope = pkg.scope
        self.iota: int | None = None
        self.file_scopes: dict[Any, Scope] = {}
        self.pkgnames: list[tuple[PkgName, str]] = []
        # dot imports: (id of the file scope, name) -> the import that brought the name in,
        # and per file scope the packages imported so
        self.dot_imported: dict[tuple[int, str], PkgName] = {}
        self.bad_literals = False  # a malformed literal (reported by the scanner) was met
        self.dot_packages: dict[int, list[PkgName]] = {}
        self.method_decls: list[tuple[ast.FuncDecl, str, Scope]] = []
        self.all_funcs: list[Any] = []
        self.global_var_deps: dict[Var, set] = {}
        self.cur_global: Any = None
        self.func_deps: dict[Any, set] = {}
        self.breakable: list[Any] = []
        self.is_std = False
        self.predefined_types: dict[str, Named] = {}  # std packages: Named objects built in Python
        # package-level dependencies as gc records them, for its initialization-cycle check:
        # the const/var/func objects each declaration's initializer or body refers to
        self.decl_deps: dict[Any, dict[Object, None]] = {}
        self.cur_decl: Any = None  # key in decl_deps of the declaration being checked
        self.cycle_pending = False  # a const/var refers to itself while resolving: reported later
        self.embedded_fields: list[tuple[str, Any, Type]] = []  # checked once all types are complete
        self.size_checked: set[int] = set()  # ids of types whose size was checked against gc's limit
        # non-constant untyped shifts (1 << s): typed by their context, else int at the end
        self.delayed_shifts: list[Any] = []
        self.delayed_key_checks: list[tuple[str, Any, Type]] = []  # map keys whose type was incomplete
        # interfaces embedding an interface still being declared, by id (see check.ifaces)
        self.pending_ifaces: dict[int, PendingInterface] = {}
        self.had_pending_ifaces = False
        self.rejected_generics: set[str] = set()  # generic declarations gomem reported: uses are silent
        self.type_path: list[TypeName] = []  # type declarations being resolved, innermost last
        self.alias_decls: dict[TypeName, tuple[ast.TypeSpec, str, Scope]] = {}  # aliases among them
        # methods two embedded interfaces both have: (path, node, other node, name, sig, sig)
        self.embedded_dups: list[tuple[str, Any, Any, str, Signature, Signature]] = []

    # ------------------------------------------------------------------ errors
    def error(self, node: Any, msg: str) -> None:
        if self.errors and (msg.find("invalid type") > 0 or msg.find("invalid operand") > 0):
            return  # gc's rule: a message about an invalid type follows from an earlier error
        if isinstance(node, tuple):
            line, col = node
        else:
            line, col = node.line, node.col
        self.errors.append((self.path, line, col, msg))

    def unsupported(self, node: Any, what: str) -> None:
        self.error(node, f"gomem does not support {what} yet")

    # ---------------------------------------------------------- package level
    def check_files(self, files: list[ast.File]) -> None:
        self.pkg.files = files
        for f in files:
            self.path = f.path
            if f.package is not None and f.package.name == "_":
                self.error(f.package, "invalid package name _")
            fscope = Scope(self.pkg.scope, "file")
            self.file_scopes[f] = fscope
            for imp in f.imports:
                self.collect_import(imp, fscope)
            for d in f.decls:
                self.collect_decl(d, fscope)
        # a package-level name may not also be an import's name in one of the files (gc reports
        # it at the declaration; in the file, the name stays the package's)
        for f in files:
            fscope = self.file_scopes[f]
            for name, pn in list(fscope.names.items()):
                alt = self.pkg.scope.lookup_local(name)
                dot = self.dot_imported.get((id(fscope), name))
                if dot is not None and alt is not None:
                    self.path = f.path
                    self.error(alt, f'{name} already declared through dot-import of package {dot.package.name} '
                                    f'("{dot.package.path}")')
                elif isinstance(pn, PkgName) and alt is not None:
                    self.path = f.path
                    self.error(alt, f'{name} already declared through import of package {pn.package.name} '
                                    f'("{pn.package.path}")\n\t{f.path}:{pn.line}:{pn.col}: other declaration of {name}')
        # resolve everything at package level
        for f in files:
            self.path = f.path
            self.scope = self.file_scopes[f]
            for d in f.decls:
                if isinstance(d, ast.GenDecl):
                    for s in d.specs:
                        if isinstance(s, ast.TypeSpec):
                            obj = s.name.obj  # (blank ones too: gc checks their types)
                            if isinstance(obj, TypeName):
                                self.resolve(obj)
        self.complete_pending_interfaces(force=True)
        self.run_delayed_key_checks()
        for fd, path, fscope in self.method_decls:
            self.path = path
            self.scope = fscope
            self.collect_method(fd)
        for f in files:
            self.path = f.path
            self.scope = self.file_scopes[f]
            for d in f.decls:
                if isinstance(d, ast.GenDecl):
                    for s in d.specs:
                        if isinstance(s, ast.ValueSpec):
                            for n in s.names:
                                obj = n.obj
                                if obj is not None:
                                    self.resolve(obj)
                elif isinstance(d, ast.FuncDecl) and d.recv is None:
                    if d.obj is not None:
                        self.resolve(d.obj)
        for f in files:
            self.path = f.path
            for d in f.decls:
                if isinstance(d, ast.GenDecl):
                    for s in d.specs:
                        if isinstance(s, ast.TypeSpec) and isinstance(s.name.obj, TypeName):
                            self.check_type_size(s.name.obj.type, s.name)
                        elif isinstance(s, ast.ValueSpec) and d.tok == "var":
                            for n in s.names:
                                if isinstance(n.obj, Var):
                                    self.check_type_size(n.obj.type, n)
        # function bodies
        for f in files:
            self.path = f.path
            self.scope = self.file_scopes[f]
            for d in f.decls:
                if isinstance(d, ast.FuncDecl) and d.body is not None and d.obj is not None:
                    self.cur_decl = d.obj
                    self.func_body(d, d.obj.type, d.recv)
                    self.cur_decl = None
                    self.scope = self.file_scopes[f]
        if not self.is_std:
            for pn, path in self.pkgnames:
                if not pn.used:
                    self.path = path
                    self.errors.append((path, pn.line, pn.col, unused_import_msg(pn)))
        self.run_delayed_key_checks()
        for e in self.delayed_shifts:
            if T.is_untyped(e.type):
                self._set_untyped(e, T.default_type(e.type))
        self.check_embedded_fields()
        self.complete_pending_interfaces(force=True)
        if self.had_pending_ifaces and not self.errors:  # (gc looks for them once all is well)
            for path, n in anonymous_cycles(files):
                self.errors.append((path, n.line, n.col, "invalid recursive type: anonymous interface "
                                                         "refers to itself (see https://go.dev/issue/56103)"))
        self.report_init_cycles(files)
        self.compute_init_order(files)
        if not self.errors and not self.is_std:
            # gc's backend runs (and checks frame sizes) only on a package without errors
            self.errors.extend(large_frames(files))

    def stand_in_package(self, imp: ast.ImportSpec, fscope: Scope) -> None:
        """After an import that failed (reported), gc goes on with a stand-in package named
        by the path's last element, which counts as used and whose members raise no more
        errors; gomem does the same for the packages it does not have."""
        path = imp.path
        fake = Package(path, path.rstrip("/").rsplit("/", 1)[-1])
        fake.fake = True  # type: ignore[attr-defined]
        name = imp.name.name if imp.name else fake.name
        if name not in ("_", "."):
            pn = PkgName(name, fake, imp.line, imp.col)
            pn.used = True
            self.declare(fscope, pn, imp)

    def collect_import(self, imp: ast.ImportSpec, fscope: Scope) -> None:
        path = imp.path
        why = invalid_import_path(path)
        if why:  # (gc's words: the go command, which gomem build models, reports these first)
            self.error((imp.path_line, imp.path_col), f"invalid import path ({why})")
            return
        why = unimportable(path)
        if why:
            self.error((imp.path_line, imp.path_col), f"could not import {path} ({why})")
            self.stand_in_package(imp, fscope)
            return
        if path in UNSUPPORTED_PACKAGES:
            self.unsupported(imp, f"package {path} ({UNSUPPORTED_PACKAGES[path]})")
            self.stand_in_package(imp, fscope)
            return
        pkg = self.importer(path)
        if pkg is None:
            self.error(imp, f"package {path} is not supported by gomem")
            self.stand_in_package(imp, fscope)
            return
        name = imp.name.name if imp.name else pkg.name
        if name == "_":
            return
        if name == "init":
            self.error(imp, "cannot import package as init - init must be a func")
            return
        if name == ".":
            self.dot_import(imp, pkg, fscope)
            return
        pn = PkgName(name, pkg, imp.line, imp.col)
        self.declare(fscope, pn, imp)  # (one import of a name per file; both count as unused)
        self.pkgnames.append((pn, self.path))

    def declare(self, scope: Scope, obj: Object, node: Any) -> bool:
        if obj.name == "_":
            return True
        old = scope.insert(obj)
        if old is not None:
            msg = f"{obj.name} redeclared in this block"
            if old.line:
                msg += f"\n\t{self.path}:{old.line}:{old.col}: other declaration of {obj.name}"
            self.error(node, msg)
        return old is None

    def dot_import(self, imp: ast.ImportSpec, pkg: Package, fscope: Scope) -> None:
        """import . "path": the package's exported names join the file's scope."""
        pn = PkgName(".", pkg, imp.line, imp.col)
        self.pkgnames.append((pn, self.path))
        self.dot_packages.setdefault(id(fscope), []).append(pn)
        for name, obj in pkg.scope.names.items():
            if not name[:1].isupper():
                continue
            old = fscope.insert(obj)
            if old is not None:
                msg = f"{name} redeclared in this block"
                if old.line and (isinstance(old, PkgName) or old.pkg is self.pkg):  # (not a dot import's)
                    msg += f"\n\t{self.path}:{old.line}:{old.col}: other declaration of {name}"
                self.error(imp.name, msg)
                continue
            self.dot_imported[(id(fscope), name)] = pn

    def use_dot_import(self, obj: Object) -> None:
        """A name was found: if it came through a dot import, that import is used."""
        if not self.dot_imported or getattr(obj, "pkg", None) in (None, self.pkg):
            return
        s = self.scope
        while s is not None and s.kind != "file":
            s = s.parent
        pn = self.dot_imported.get((id(s), obj.name))
        if pn is not None:
            pn.used = True

    def dot_imported_unsupported(self, e: ast.Ident) -> bool:
        """Reports a use of a name a dot-imported package lacks because gomem does not
        support it (//gomem:unsupported) or types it specially (generic functions)."""
        s = self.scope
        while s is not None and s.kind != "file":
            s = s.parent
        for pn in self.dot_packages.get(id(s), ()) if s is not None else ():
            if e.name in getattr(pn.package, "unsupported", {}):
                self.error(e, self.unsupported_msg(pn.package, e.name))
                return True
            if (pn.package.path, e.name) in GENERIC_STD_FUNCS:
                self.unsupported(e, f"{pn.package.path}.{e.name} through a dot import")
                return True
        return False

    def declare_pkg_obj(self, obj: Object, node: Any) -> None:
        """Declares a package-level constant, variable or type: init, and main in package
        main, may only be functions."""
        if obj.name == "init" or (obj.name == "main" and self.pkg.name == "main"):
            self.error(node, f"cannot declare {obj.name} - must be func")
            return
        self.declare(self.pkg.scope, obj, node)

    def collect_decl(self, d: Any, fscope: Scope) -> None:
        if isinstance(d, ast.FuncDecl):
            if d.ftype.type_params:
                self.unsupported(d.name, "type parameters (generics)")
                if d.recv is None:
                    self.rejected_generics.add(d.name.name)
                return
            if d.recv is not None:
                self.method_decls.append((d, self.path, fscope))
                return
            name = d.name.name
            f = Func(name, None, d, d.name.line, d.name.col)
            f.pkg = self.pkg
            d.obj = f
            d.name.obj = f
            self.decl_info[f] = ("func", d, self.path, fscope)
            if name == "init":
                if d.ftype.params or d.ftype.results:
                    self.error(d.name, "func init must have no arguments and no return values")
                if d.body is None:  # (gc's type checker says so, with or without -complete)
                    self.error(d.name, "missing function body")
                return
            if name == "main" and self.pkg.name == "main" and (d.ftype.params or d.ftype.results):
                self.error(d.name, "func main must have no arguments and no return values")
            self.declare(self.pkg.scope, f, d.name)
            return
        if not isinstance(d, ast.GenDecl):
            return
        if d.tok == "const":
            last: ast.ValueSpec | None = None
            for s in d.specs:
                if s.implicit or (not s.values and s.vtype is None):
                    if last is not None:
                        s.values_src = last  # type: ignore[attr-defined]
                else:
                    last = s
                for i, n in enumerate(s.names):
                    c = Const(n.name, None, None, n.line, n.col)
                    c.pkg = self.pkg
                    n.obj = c
                    self.decl_info[c] = ("const", s, i, self.path, fscope)
                    self.declare_pkg_obj(c, n)
        elif d.tok == "var":
            for s in d.specs:
                for i, n in enumerate(s.names):
                    v = Var(n.name, None, n.line, n.col)
                    v.is_global = True
                    v.used = True
                    v.pkg = self.pkg
                    n.obj = v
                    self.decl_info[v] = ("var", s, i, self.path, fscope)
                    self.declare_pkg_obj(v, n)
        elif d.tok == "type":
            for s in d.specs:
                if s.type_params:
                    self.unsupported(s.name, "type parameters (generics)")
                    self.rejected_generics.add(s.name.name)
                    continue
                tn = TypeName(s.name.name, None, s.name.line, s.name.col)
                tn.pkg = self.pkg
                s.name.obj = tn
                self.decl_info[tn] = ("type", s, self.path, fscope)
                self.declare_pkg_obj(tn, s.name)

    def resolve(self, obj: Object) -> None:
        if obj in self.resolving and isinstance(obj, (Var, Const)):
            # an initialization cycle: reported, as gc does, when the initialization order is
            # computed; meanwhile the reference is an invalid operand
            self.cycle_pending = True
            return
        info = self.decl_info.get(obj)
        if info is None:
            return
        del self.decl_info[obj]
        self.resolving.add(obj)
        saved = (self.path, self.scope, self.iota, self.fn, self.cur_global, self.cur_decl)
        kind = info[0]
        if kind == "const":
            self.cur_decl = obj
        elif kind == "var":
            spec = info[1]
            self.cur_decl = spec if len(spec.values) == 1 and len(spec.names) > 1 else obj
        try:
            if kind == "type":
                _, s, self.path, self.scope = info
                self.type_path.append(obj)
                self.resolve_type_decl(obj, s)
            elif kind == "func":
                _, d, self.path, self.scope = info
                obj.type = self.func_type(d.ftype)
                self.all_funcs.append(d)
            elif kind == "const":
                _, s, i, self.path, self.scope = info
                self.fn = None
                self.resolve_const(obj, s, i)
            elif kind == "var":
                _, s, i, self.path, self.scope = info
                self.fn = None
                self.resolve_global_var(obj, s, i)
        finally:
            self.path, self.scope, self.iota, self.fn, self.cur_global, self.cur_decl = saved
            self.resolving.discard(obj)
            if kind == "type":
                self.type_path.pop()

    def resolve_type_decl(self, tn: TypeName, s: ast.TypeSpec) -> None:
        if s.alias:
            tn.type = self.alias_type(tn, s)
            return
        named = self.predefined_types.get(s.name.name) or Named(s.name.name, self.pkg.name)
        named.pkg = self.pkg.name
        tn.type = named
        named.obj = tn  # type: ignore[attr-defined]
        self.pkg.named_types.append(named)
        self.declare_underlying(named, self.typexpr(s.ttype), s.name)

    def alias_type(self, tn: TypeName, s: ast.TypeSpec) -> Type:
        """The type an alias declaration denotes (tn is on type_path)."""
        self.alias_decls[tn] = (s, self.path, self.scope)
        try:
            return self.typexpr(s.ttype)
        finally:
            del self.alias_decls[tn]

    def alias_in_cycle(self, tn: TypeName, use: ast.Ident) -> Type:
        """A use of an alias inside its own declaration. Through a defined type (type A = *B;
        type B struct{ a A }) that is fine: B already stands for itself, so A's right side,
        evaluated again, ends there. Through aliases alone the type would be infinite."""
        decl = self.alias_decls.get(tn)
        if decl is None or tn not in self.type_path:
            self.error(use, f"invalid recursive type {use.name}")
            return T.INT
        i = len(self.type_path) - 1 - self.type_path[::-1].index(tn)
        cycle = self.type_path[i:]
        if any(x not in self.alias_decls for x in cycle):
            spec, path, scope = decl
            saved = self.path, self.scope
            self.path, self.scope = path, scope
            self.type_path.append(tn)
            try:
                return self._typexpr(spec.ttype)
            finally:
                self.type_path.pop()
                self.path, self.scope = saved
        # as gc, from the declaration first in the source
        start = min(range(len(cycle)), key=lambda k: (cycle[k].line, cycle[k].col))
        cycle = cycle[start:] + cycle[:start]
        first, path = cycle[0], self.alias_decls[cycle[0]][1]
        if len(cycle) == 1:
            msg = f"invalid recursive type: {first.name} refers to itself"
        else:
            steps = "".join(f"\n\t{self.alias_decls[x][1]}:{x.line}:{x.col}: {x.name} refers to" for x in cycle)
            msg = f"invalid recursive type {first.name}{steps}\n\t{path}:{first.line}:{first.col}: {first.name}"
        self.errors.append((path, first.line, first.col, msg))
        return T.INT

    def declare_underlying(self, named: Named, under: Type, name: Any) -> None:
        """Give a declared type (type name under) its underlying type, reporting the
        recursive declarations gc rejects."""
        if isinstance(under, Named):
            # The methods are not inherited, only the underlying type. When under is still
            # being declared (type T4 T5; type T5 T3; with T3 pointing back at T4), T4 keeps
            # under itself and its underlying type resolves through it once T3 is complete.
            end = under
            while isinstance(end, Named) and end is not named:
                end = end._underlying
            if end is named:
                self.error(name, f"invalid recursive type: {name.name} refers to itself" if under is named
                           else f"invalid recursive type {name.name}")
                under = T.INT
            elif end is not None:
                under = under.underlying()
        named.set_underlying(under)
        cycle = self.value_cycle(under, named, set())
        if cycle is not None:
            if not cycle:
                self.error(name, f"invalid recursive type: {name.name} refers to itself")
            else:  # as gc: the declarations around the cycle, back to the first
                def at(n: Named) -> str:
                    tn = getattr(n, "obj", None)
                    return f"{self.path}:{tn.line}:{tn.col}: {n.name}" if tn is not None else n.name
                steps = "".join(f"\n\t{at(n)} refers to" for n in [named] + cycle)
                self.error(name, f"invalid recursive type {name.name}{steps}\n\t{at(named)}")
            # (an interface that embeds itself stays an interface, so that uses of it are fine)
            named.set_underlying(T.new_interface([]) if isinstance(under, Interface) else T.new_struct(()))
        self.complete_pending_interfaces()

    def check_map_key(self, node: Any, k: Type) -> None:
        """A map's key type must be comparable; when the key's type is still being declared
        (type m map[k]int; type k [1]m), the check waits until the package's types are."""
        try:
            ok = T.comparable(k)
        except AssertionError:
            self.delayed_key_checks.append((self.path, node, k))
            return
        if not ok:
            self.error(node, f"invalid map key type {k}")

    def run_delayed_key_checks(self) -> None:
        checks, self.delayed_key_checks = self.delayed_key_checks, []
        saved = self.path
        for self.path, node, k in checks:
            self.check_map_key(node, k)
        self.path = saved

    def value_cycle(self, t: Type, target: Named, seen: set) -> list[Named] | None:
        """The named types through which a value of type t contains a value of type target
        (an infinite type), or None when it does not."""
        if t is target:
            return []
        if isinstance(t, Named):
            if id(t) in seen or t._underlying is None:
                return None
            seen.add(id(t))
            rest = self.value_cycle(t._underlying, target, seen)
            return None if rest is None else [t] + rest
        if isinstance(t, Struct):
            for f in t.fields:
                found = self.value_cycle(f.type, target, seen)
                if found is not None:
                    return found
        if isinstance(t, Array):
            return self.value_cycle(t.elem, target, seen)
        if isinstance(t, Interface) and id(t) in self.pending_ifaces:  # an interface contains what it embeds
            for et, _ in self.pending_ifaces[id(t)].embeds:
                found = self.value_cycle(et, target, seen)
                if found is not None:
                    return found
        return None

    def resolve_const(self, c: Const, s: ast.ValueSpec, i: int) -> None:
        src = getattr(s, "values_src", None) or s
        self.iota = s.iota
        if i >= len(src.values):
            if not src.values:
                self.error(c, "missing init expr for const declaration")
            else:
                self.error(c, "missing init expr for const declaration")
            c.type, c.value = T.INT, 0
            return
        e = src.values[i]
        if src.vtype is not None:
            t = self.typexpr(src.vtype)
            if not isinstance(t.underlying(), Basic) or t.underlying().kind == Kind.UNSAFE_POINTER:
                self.error(src.vtype, f"invalid constant type {t}")  # (the value is not looked at)
                c.type, c.value = T.INT, 0
                return
        if src is not s:
            e = _clone_expr(e, (c.line, c.col))
        errors_before = len(self.errors)
        self.expr(e)
        if e.mode != ast.MODE_CONST:
            if e.type is not None and len(self.errors) == errors_before:
                self.error(e, f"{expr_string(e)} (value of type {e.type}) is not constant")
            # as gc: the constant is invalid, and its uses are silently invalid operands
            c.type, c.value = None, None
            return
        if src.vtype is not None:
            self.assign_to(e, t, "constant declaration")
            c.type = t
        else:
            c.type = e.type
        c.value = e.const

    def resolve_global_var(self, v: Var, s: ast.ValueSpec, i: int) -> None:
        self.cur_global = s
        deps = self.global_var_deps.setdefault(s, set())
        self._deps = deps
        t = self.typexpr(s.vtype) if s.vtype is not None else None
        if not s.values:
            v.type = t
            return
        if len(s.values) == 1 and len(s.names) > 1:
            e = s.values[0]
            if getattr(e, "_checked", False):
                if v.type is None:  # the first name's resolution typed them all (INT on a mismatch)
                    types = self.commaok_types(e, len(s.names))
                    v.type = t or (T.default_type(types[i]) if i < len(types) else T.INT)
                return
            self.expr(e, allow_commaok=True)
            e._checked = True
            vals = self.commaok_types(e, len(s.names))
            if len(vals) != len(s.names):
                self.assign_mismatch(s.names[0], len(s.names), e)
                vals = [T.INVALID] * len(s.names)
            for j, n in enumerate(s.names):
                o = n.obj
                if o is not None and o.type is None:
                    o.type = t or T.default_type(vals[j])
            return
        if len(s.values) != len(s.names):
            if i == 0:
                self.error(s.names[0] if len(s.values) < len(s.names) else s.values[len(s.names)],
                           f"assignment mismatch: {len(s.names)} variable{'s' if len(s.names) > 1 else ''} but {len(s.values)} value{'s' if len(s.values) > 1 else ''}")
            v.type = t or T.INT
            if i < len(s.values):
                self.expr(s.values[i])
            return
        e = s.values[i]
        self.expr(e, hint=t)
        if t is not None:
            self.assign_to(e, t, "variable declaration")
            v.type = t
        else:
            v.type = self.default_value_type(e, "variable declaration")

    def check_embedded_fields(self) -> None:
        """An embedded field is a type name T or *T where T is no pointer, nor (for *T) an
        interface (spec: Struct types); checked once every type's underlying type is known."""
        for path, node, t in self.embedded_fields:
            is_ptr = isinstance(t, Pointer)
            base = t.elem if is_ptr else t
            u = base.underlying() if not (isinstance(base, Named) and base._underlying is None) else None
            msg = ""
            if isinstance(u, Basic) and u.kind == Kind.UNSAFE_POINTER:
                msg = "embedded field type cannot be unsafe.Pointer"
            elif isinstance(u, Pointer):
                msg = "embedded field type cannot be a pointer"
            elif isinstance(u, Interface) and is_ptr:
                msg = "embedded field type cannot be a pointer to an interface"
            if msg:
                self.errors.append((path, node.line, node.col, msg))

    # gc's limit on the size of a value on amd64: types reaching it do not compile
    MAX_WIDTH = 1 << 50

    def check_type_size(self, t: Type | None, at: Any) -> None:
        """Report, at `at` (a declaration), a type as large as gc refuses: an array whose size
        reaches 2**50 bytes ("larger than address space"), or a struct whose fields do, or a
        channel whose elements reach 64kB. gc sizes each type once, but a named type has its
        own copy of its underlying type, so both are reported (each where first sized)."""
        if t is None or id(t) in self.size_checked:
            return
        self.size_checked.add(id(t))
        if isinstance(t, Named):
            if t._underlying is not None:
                self._check_size_parts(t._underlying, at)
                self._check_own_size(t._underlying, at)
            return
        self._check_size_parts(t, at)
        self._check_own_size(t, at)

    def _check_size_parts(self, t: Type, at: Any) -> None:
        if isinstance(t, (Pointer, Slice, Chan, Array)):
            self.check_type_size(t.elem, at)
        elif isinstance(t, Map):
            self.check_type_size(t.key, at)
            self.check_type_size(t.elem, at)
        elif isinstance(t, Struct):
            for f in t.fields:
                self.check_type_size(f.type, at)

    def _check_own_size(self, t: Type, at: Any) -> None:
        if isinstance(t, Array):
            esize = t.elem.size  # sizes are exact Python ints: no overflow to guard against
            if esize and t.length > (self.MAX_WIDTH - 1) // esize:
                self.error(at, f"type {t} larger than address space")
        elif isinstance(t, Struct):
            if t.size >= self.MAX_WIDTH and not any(isinstance(f.type.underlying(), Array) and f.type.size >= self.MAX_WIDTH for f in t.fields):
                self.error(at, f"type {t} too large")
        elif isinstance(t, Chan) and t.elem.size >= 1 << 16:
            self.error(at, "channel element type too large (>64kB)")

    def report_init_cycles(self, files: list[ast.File]) -> None:
        """gc's initialization-cycle check: package-level constants and variables whose
        initializers depend on themselves, directly or through functions and methods.

        As gc does: functions are dropped from the dependency graph (their callers inherit
        their dependencies), then nodes are taken fewest-dependencies first, in declaration
        order; one still waiting on others starts a cycle, reported along the path found."""
        nodes: list[Object] = []
        deps_of: dict[Object, list[Object]] = {}
        path_of: dict[Object, tuple[int, str]] = {}
        for fi, f in enumerate(files):
            for d in f.decls:
                if isinstance(d, ast.FuncDecl):
                    if d.obj is not None:
                        nodes.append(d.obj)
                        path_of[d.obj] = (fi, f.path)
                        deps_of[d.obj] = list(self.decl_deps.get(d.obj, ()))
                elif isinstance(d, ast.GenDecl) and d.tok in ("var", "const"):
                    for spec in d.specs:
                        shared = d.tok == "var" and len(spec.values) == 1 and len(spec.names) > 1
                        for n in spec.names:
                            if isinstance(n.obj, (Var, Const)) and n.name != "_":
                                nodes.append(n.obj)
                                path_of[n.obj] = (fi, f.path)
                                deps_of[n.obj] = list(self.decl_deps.get(spec if shared else n.obj, ()))
        if not nodes:
            return
        known = set(nodes)
        order = {o: (path_of[o][0], o.line, o.col) for o in nodes}
        succ = {o: {d: None for d in deps_of[o] if d in known} for o in nodes}
        pred: dict[Object, dict[Object, None]] = {o: {} for o in nodes}
        for o in nodes:
            for d in succ[o]:
                pred[d][o] = None
        for fn in [o for o in nodes if isinstance(o, Func)]:
            for p in pred[fn]:
                if p is fn:
                    continue
                for s in succ[fn]:
                    if s is not fn:
                        succ[p][s] = None
                        pred[s][p] = None
                succ[p].pop(fn, None)
            for s in succ[fn]:
                pred[s].pop(fn, None)
        remaining = {o: len(succ[o]) for o in nodes if not isinstance(o, Func)}
        reported = False

        def find_path(frm: Object, to: Object, seen: set) -> list[Object] | None:
            if frm in seen:
                return None
            seen.add(frm)
            for d in deps_of.get(frm, ()):
                if d is to:
                    return [d]
                p = find_path(d, to, seen)
                if p is not None:
                    return p + [d]
            return None

        while remaining:
            n = min(remaining, key=lambda o: (remaining[o], order[o]))
            if remaining[n] > 0:
                cycle = find_path(n, n, set())
                if cycle is not None:
                    self.report_cycle(cycle, {o: p for o, (_, p) in path_of.items()})
                    reported = True
            del remaining[n]
            for p in pred[n]:
                if p in remaining:
                    remaining[p] -= 1
        if self.cycle_pending and not reported:
            self.error((0, 0), "gomem: initialization cycle not located (please report this program)")

    def report_cycle(self, cycle: list[Object], path_of: dict[Object, str]) -> None:
        first = cycle[0]
        path = path_of[first]
        if len(cycle) == 1:
            self.errors.append((path, first.line, first.col, f"initialization cycle: {first.name} refers to itself"))
            return
        lines = [f"initialization cycle for {first.name}"]
        obj = first
        for i in range(len(cycle) - 1, -1, -1):
            lines.append(f"\t{path_of[obj]}:{obj.line}:{obj.col}: {obj.name} refers to")
            obj = cycle[i]
        lines.append(f"\t{path_of[obj]}:{obj.line}:{obj.col}: {obj.name}")
        self.errors.append((path, first.line, first.col, "\n".join(lines)))

    def compute_init_order(self, files: list[ast.File]) -> None:
        """Package variables are initialised one at a time, each time the earliest in
        declaration order that is ready: every variable it depends on (directly or through
        the functions it refers to) is initialised already (spec: Package initialization).
        Variables without an initializer take part too: they are ready at once but their
        turn still comes in declaration order."""
        specs = []
        for f in files:
            for d in f.decls:
                if isinstance(d, ast.GenDecl) and d.tok == "var":
                    specs.extend(d.specs)
        func_of = {d.obj: d for d in self.all_funcs if getattr(d, "obj", None) is not None}
        spec_of_var: dict[Var, Any] = {}
        for s in specs:
            for n in s.names:
                if isinstance(n.obj, Var):
                    spec_of_var[n.obj] = s

        def var_deps(s, seen_funcs: set) -> set:
            out = set()
            for dep in self.global_var_deps.get(s, ()):
                if isinstance(dep, Var) and dep in spec_of_var:
                    out.add(spec_of_var[dep])
                elif isinstance(dep, Func) and dep not in seen_funcs:
                    seen_funcs.add(dep)
                    d = func_of.get(dep)
                    if d is not None:
                        out |= var_deps(d, seen_funcs)
            return out

        index = {id(s): i for i, s in enumerate(specs)}
        waiting_on = {id(s): ({id(d) for d in var_deps(s, set())} - {id(s)}) if s.values else set()
                      for s in specs}
        dependents: dict[int, list[int]] = {}
        for k, deps in waiting_on.items():
            for d in deps:
                dependents.setdefault(d, []).append(k)
        ready = [index[k] for k, deps in waiting_on.items() if not deps]
        heapq.heapify(ready)
        left = set(index.values())
        order = []
        while left:
            # a dependency cycle leaves nothing ready: go on in declaration order
            i = heapq.heappop(ready) if ready else min(left)
            if i not in left:
                continue
            left.discard(i)
            s = specs[i]
            if s.values:
                order.append(s)
            for k in dependents.get(id(s), ()):
                deps = waiting_on[k]
                deps.discard(id(s))
                if not deps and index[k] in left:
                    heapq.heappush(ready, index[k])
        self.pkg.init_order = order

    def note_dep(self, obj: Object) -> None:
        """Record that the code being checked refers to a package-level var or func."""
        if self.cur_decl is not None:
            self.decl_deps.setdefault(self.cur_decl, {})[obj] = None
        if isinstance(obj, Const):
            return
        if self.cur_global is not None:  # in an initializer, function literals included
            self.global_var_deps.setdefault(self.cur_global, set()).add(obj)
        elif self.fn is not None:
            top = self.fn
            while top.parent is not None:
                top = top.parent
            self.global_var_deps.setdefault(top.node, set()).add(obj)

    def collect_method(self, d: ast.FuncDecl) -> None:
        recv = d.recv
        rt_expr = recv.ftype
        pointer = False
        if isinstance(rt_expr, ast.ParenExpr):
            rt_expr = rt_expr.x
        if isinstance(rt_expr, ast.StarExpr):
            pointer = True
            rt_expr = rt_expr.x
        if isinstance(rt_expr, ast.IndexExpr):
            self.unsupported(rt_expr, "type parameters (generics)")
            return
        if isinstance(rt_expr, ast.SelectorExpr) and isinstance(rt_expr.x, ast.Ident):
            reported = len(self.errors)
            t = self.typexpr(rt_expr)  # a qualified type: never this package's
            if len(self.errors) == reported:
                self.error(recv.names[0] if recv.names else rt_expr,
                           f"cannot define new methods on non-local type {t}")
            return
        if not isinstance(rt_expr, ast.Ident):
            self.error(rt_expr, "invalid receiver type")
            return
        tn = self.pkg.scope.lookup_local(rt_expr.name)
        if tn is None:
            other = UNIVERSE.lookup_local(rt_expr.name)
            if isinstance(other, TypeName):
                self.error(recv.names[0] if recv.names else rt_expr,
                           f"cannot define new methods on non-local type {rt_expr.name}")
                return
            self.error(rt_expr, f"undefined: {rt_expr.name}")
            return
        if not isinstance(tn, TypeName):
            self.error(rt_expr, f"{rt_expr.name} is not a type")
            return
        base = tn.type
        shown = rt_expr.name  # gc names the receiver type as written (an alias by its name)
        if isinstance(base, Pointer) and not pointer:  # an alias of a pointer type: T is its base
            base, shown, pointer = base.elem, str(base.elem), True
        if not isinstance(base, Named) or base.pkg != self.pkg.name:
            at = recv.names[0] if recv.names else recv.ftype
            if isinstance(base, (Named, Basic)):
                self.error(at, f"cannot define new methods on non-local type {shown}")
            else:
                self.error(at, f"invalid receiver type {rt_expr.name}")
            return
        rt_expr.obj = tn
        named: Named = base
        u = named.underlying()
        if isinstance(u, (Pointer, Interface)):
            self.error(recv.names[0] if recv.names else recv.ftype, f"invalid receiver type {named} (pointer or interface type)")
            return
        sig = self.func_type(d.ftype, recv)
        name = d.name.name
        if name in named.methods and self.is_std:
            named.methods[name].decl = d
            return
        if name in named.methods:
            self.error(d.name, f"method {named.name}.{name} already declared at {self.path}:{named.methods[name].decl.name.line}:{named.methods[name].decl.name.col}")
            return
        if isinstance(u, Struct) and name in u.index:
            self.error(d.name, f"field and method with the same name {name}")
            return
        fi = FuncInfo(name, sig, pointer, d)
        named.methods[name] = fi
        f = Func(name, sig, d, d.name.line, d.name.col)
        f.pkg = self.pkg
        f.method_of = named  # type: ignore[attr-defined]
        f.pointer_recv = pointer  # type: ignore[attr-defined]
        d.obj = f
        d.name.obj = f
        d.recv_named = named  # type: ignore[attr-defined]
        d.recv_type = T.new_pointer(named) if pointer else named  # type: ignore[attr-defined]
        self.all_funcs.append(d)

    # ------------------------------------------------------------------ types
    def typexpr(self, e: Any) -> Type:
        t = self._typexpr(e)
        if e is not None:
            e.type = t
            e.mode = ast.MODE_TYPE
        return t

    def _typexpr(self, e: Any) -> Type:
        if isinstance(e, ast.Ident):
            obj = self.scope.lookup(e.name)
            if obj is None:
                if e.name not in self.rejected_generics and not self.dot_imported_unsupported(e):
                    self.error(e, "cannot use _ as value or type" if e.name == "_" else f"undefined: {e.name}")
                return T.INVALID
            e.obj = obj
            self.use_dot_import(obj)
            if not isinstance(obj, TypeName):
                self.error(e, f"{e.name} is not a type")
                if isinstance(obj, Var):
                    obj.used = True  # (gc counts the mention as a use)
                return T.INVALID
            if obj.type is None:
                self.resolve(obj)
            if obj.type is None:
                return self.alias_in_cycle(obj, e)
            return obj.type
        if isinstance(e, ast.ParenExpr):
            return self.typexpr(e.x)
        if isinstance(e, ast.SelectorExpr) and isinstance(e.x, ast.Ident):
            obj = self.scope.lookup(e.x.name)
            if isinstance(obj, PkgName):
                obj.used = True
                if getattr(obj.package, "fake", False):  # (an import that failed: reported)
                    return T.INVALID
                m = obj.package.scope.lookup_local(e.sel.name)
                if m is None and e.sel.name in getattr(obj.package, "unsupported", {}):
                    self.error(e.sel, self.unsupported_msg(obj.package, e.sel.name))
                    return T.INVALID  # (reported: nothing more is said of what uses it)
                if m is None:
                    self.error(e.sel, self.undefined_in_package(obj, e.x.name, e.sel.name))
                    return T.INVALID
                if not isinstance(m, TypeName):
                    self.error(e, f"{expr_string(e)} is not a type")
                    return T.INVALID
                return m.type
            if obj is None:
                self.error(e.x, f"undefined: {e.x.name}")
            else:  # (gc's position: the selected name)
                self.error(e.sel, f"{expr_string(e)} is not a type")
            return T.INVALID
        if isinstance(e, ast.StarExpr):
            return T.new_pointer(self.typexpr(e.x))
        if isinstance(e, ast.ArrayType):
            elem = self.typexpr(e.elt)
            if e.len is None:
                return T.new_slice(elem)
            if isinstance(e.len, ast.Ellipsis):
                self.error(e.len, "invalid use of [...] array (outside a composite literal)")
                return T.new_array(elem, 0)
            self.expr(e.len)
            if e.len.type is None and e.len.mode != ast.MODE_NOVALUE:
                return T.new_array(elem, 0)  # an invalid length, reported
            if e.len.mode != ast.MODE_CONST:
                self.error(e.len, f"array length {self.describe(e.len)} must be constant")
                return T.new_array(elem, 0)
            # gc: an integer (or untyped constant with an integer value) that fits in int and
            # is not negative; "invalid array length" for any other integer
            n = C.to_int(e.len.const) if T.is_untyped(e.len.type) or T.is_integer(e.len.type) else None
            if n is None or not C.representable(n, T.INT)[0] or n < 0:
                if T.is_integer(e.len.type):
                    self.error(e.len, f"invalid array length {self.describe(e.len)}")
                else:
                    self.error(e.len, f"array length {self.describe(e.len)} must be integer")
                return T.new_array(elem, 0)
            return T.new_array(elem, n)
        if isinstance(e, ast.MapType):
            k = self.typexpr(e.key)
            v = self.typexpr(e.value)
            self.check_map_key(e.key, k)
            return T.new_map(k, v)
        if isinstance(e, ast.ChanType):
            return T.new_chan(self.typexpr(e.value), e.dir)
        if isinstance(e, ast.FuncType):
            return self.func_type(e)
        if isinstance(e, ast.StructType):
            fields = []
            seen: dict[str, Any] = {}
            for fd in e.fields:
                ft = self.typexpr(fd.ftype)
                tag = C.string_literal(fd.tag) if fd.tag else b""
                if not fd.names:
                    base = fd.ftype
                    if isinstance(base, ast.StarExpr):
                        base = base.x
                    at = base.sel if isinstance(base, ast.SelectorExpr) else base  # the field's name
                    name = getattr(at, "name", "?")
                    if self.new_field_name(name, at, seen):
                        fields.append(T.Field(name, ft, True, tag=tag))
                        self.embedded_fields.append((self.path, fd.ftype, ft))
                else:
                    for n in fd.names:
                        if self.new_field_name(n.name, n, seen):
                            fields.append(T.Field(n.name, ft, False, tag=tag))
            return T.new_struct(tuple(fields))
        if isinstance(e, ast.InterfaceType):
            return self.interface_type(e)
        if isinstance(e, ast.IndexExpr):
            self.unsupported(e, "type parameters (generics)")
            return T.INVALID  # (reported: nothing more is said of what uses it)
        if e is None:
            return T.INT
        self.error(e, f"{expr_string(e)} is not a type")
        return T.INT

    def new_field_name(self, name: str, at: Any, seen: dict[str, Any]) -> bool:
        """Whether a struct field's name is new among its fields (a repeated one is reported
        and, as in gc, left out of the struct)."""
        if name == "_":
            return True
        other = seen.setdefault(name, at)
        if other is not at:
            self.error(at, f"{name} redeclared\n\t{self.path}:{other.line}:{other.col}: other declaration of {name}")
            return False
        return True

    def interface_type(self, e: ast.InterfaceType) -> Interface:
        explicit: list[tuple[T.Method, Any]] = []
        names: dict[str, Any] = {}
        embeds: list[tuple[Type, Any]] = []
        for el in e.elems:
            if el.is_union:
                self.unsupported(el, "type constraints (generics)")
            elif el.name is not None:
                sig = self.func_type(el.ftype)
                name = el.name.name
                if name == "_":
                    self.error(el.name, "methods must have a unique non-blank name")
                    continue
                if name in names:
                    other = names[name]
                    self.error(el.name, f"duplicate method {name}\n\t{self.path}:{other.line}:{other.col}: "
                                        f"other declaration of method {name}")
                    continue
                names[name] = el.name
                explicit.append((T.Method(name, sig), el.name))
            else:
                nerrors = len(self.errors)
                et = self.typexpr(el.ftype)
                eu = embedded_interface(et, self.pending_ifaces)
                if eu is not None and not isinstance(eu, Interface):
                    if len(self.errors) == nerrors:  # (not after an error in the type itself)
                        self.unsupported(el, "type constraints (generics)")
                    continue
                embeds.append((et, el.ftype))
        rec = PendingInterface(T.Interface(()), explicit, embeds, self.path)
        if all(embedded_interface(et, self.pending_ifaces) is not None for et, _ in embeds):
            iface = T.new_interface(self.interface_methods(rec))
            if not self.pending_ifaces:
                self.report_embedded_dups()
            return iface
        # an embedded interface is still being declared: the method set comes later
        self.pending_ifaces[id(rec.iface)] = rec
        self.had_pending_ifaces = True
        return rec.iface

    def interface_methods(self, rec: PendingInterface) -> list[T.Method]:
        """The method set of an interface: its own methods, then each embedded interface's;
        a name may come twice only from embeddings, and only with identical signatures."""
        saved, self.path = self.path, rec.path
        methods: dict[str, T.Method] = {}
        where: dict[str, Any] = {}
        for m, at in rec.explicit:
            methods[m.name] = m
            where[m.name] = at
        for et, at in rec.embeds:
            eu = embedded_interface(et, self.pending_ifaces)
            for m in eu.methods if isinstance(eu, Interface) else ():
                other = methods.setdefault(m.name, m)
                if other is m:
                    where[m.name] = at
                elif other.sig is not m.sig:  # identical? (once every interface is complete)
                    self.embedded_dups.append((self.path, at, where[m.name], m.name, other.sig, m.sig))
        self.path = saved
        return list(methods.values())

    def report_embedded_dups(self) -> None:
        dups, self.embedded_dups = self.embedded_dups, []
        saved = self.path
        for self.path, at, w, name, sig1, sig2 in dups:
            if not identical(sig1, sig2):
                self.error(at, f"duplicate method {name}\n\t{self.path}:{w.line}:{w.col}: "
                               f"other declaration of method {name}")
        self.path = saved

    def complete_pending_interfaces(self, force: bool = False) -> None:
        """Fill in the method sets of interfaces whose embedded interfaces are now complete;
        with force, all of them (what is still missing is part of an embedding cycle,
        already reported: it counts as empty)."""
        progress = True
        while self.pending_ifaces and progress:
            progress = False
            for rec in list(self.pending_ifaces.values()):
                if all(embedded_interface(et, self.pending_ifaces) is not None for et, _ in rec.embeds):
                    del self.pending_ifaces[id(rec.iface)]
                    T.complete_interface(rec.iface, self.interface_methods(rec))
                    progress = True
            if force and not progress and self.pending_ifaces:
                rec = next(iter(self.pending_ifaces.values()))
                rec.embeds = [(et, at) for et, at in rec.embeds
                              if embedded_interface(et, self.pending_ifaces) is not None]
                progress = True
        if not self.pending_ifaces:
            self.report_embedded_dups()

    def func_type(self, ft: ast.FuncType, recv: ast.FieldDecl | None = None) -> Signature:
        if ft.type_params:
            self.unsupported(ft, "type parameters (generics)")
        self.check_signature_names(([recv] if recv is not None else []) + ft.params + ft.results)
        params = []
        variadic = False
        for i, p in enumerate(ft.params):
            if p.variadic:
                if i != len(ft.params) - 1 or len(p.names) > 1:
                    self.error(p, "can only use ... with final parameter in list")
                variadic = True
                t = T.new_slice(self.typexpr(p.ftype))
            else:
                t = self.typexpr(p.ftype)
            p.type = t
            params.extend([t] * max(1, len(p.names)))
        results = []
        for r in ft.results:
            t = self.typexpr(r.ftype)
            r.type = t
            results.extend([t] * max(1, len(r.names)))
        return T.new_signature(tuple(params), tuple(results), variadic)

    def check_signature_names(self, fields: list[ast.FieldDecl]) -> None:
        """Receiver, parameters and results share one block: a name may appear once in a
        signature, with or without a body (gc reports it for function types too)."""
        seen: dict[str, ast.Ident] = {}
        for f in fields:
            for n in f.names:
                if n.name == "_":
                    continue
                old = seen.setdefault(n.name, n)
                if old is not n:
                    self.error(n, f"{n.name} redeclared in this block\n\t{self.path}:{old.line}:{old.col}: "
                                  f"other declaration of {n.name}")

    # --------------------------------------------------------- function bodies
    def func_body(self, node: Any, sig: Signature, recv: ast.FieldDecl | None = None) -> None:
        outer_fn = self.fn
        self.fn = FuncContext(sig, node, outer_fn)
        saved_scope = self.scope
        self.scope = Scope(self.scope, "func")
        node.fn_ctx = self.fn
        ft = node.ftype
        if recv is not None:
            rt = getattr(node, "recv_type", None) or self.typexpr(recv.ftype)
            if recv.names and recv.names[0].name != "_":
                v = self.signature_var(recv.names[0], rt)
                v.is_param = True
                recv.names[0].obj = v
            node.recv_var = recv.names[0].obj if recv.names else None
        self.declare_signature_vars(ft.params, sig.params, is_result=False)
        self.fn.named_results = self.declare_signature_vars(ft.results, sig.results, is_result=True)
        self.block_stmts(node.body.stmts)
        if sig.results and not self.is_terminating_list(node.body.stmts):
            self.error((node.body.rbrace_line, node.body.rbrace_col), "missing return")
        if self.fn.labels:  # (walking every body would be quadratic in closure nesting)
            self.check_gotos(node.body)
        for name, lab in self.fn.labels.items():
            if not lab.used:
                self.error(lab, f"label {name} defined and not used")
        self.check_unused(self.fn)
        self.scope = saved_scope
        self.fn = outer_fn

    def declare_signature_vars(self, fields: list, types: tuple, is_result: bool) -> list[Var]:
        """The named parameters (or results) of a function, as variables of its body."""
        out = []
        idx = 0
        for f in fields:
            for n in f.names or [None]:
                t = types[idx]
                idx += 1
                if n is not None:
                    v = self.signature_var(n, t)
                    v.is_param = not is_result
                    v.is_result = is_result
                    out.append(v)
        return out

    def signature_var(self, ident: ast.Ident, t: Type) -> Var:
        """A receiver, parameter or result as a variable of the body. A name repeated in
        the signature was reported by check_signature_names: the repeat stays out of scope."""
        if ident.name != "_" and self.scope.lookup_local(ident.name) is not None:
            v = Var(ident.name, t, ident.line, ident.col)
            v.func = self.fn.node if self.fn else None
            ident.obj = v
        else:
            v = self.new_var(ident, t)
        v.used = True
        return v

    def check_gotos(self, body: ast.BlockStmt) -> None:
        if not any(isinstance(g, ast.BranchStmt) and g.tok == "goto" for g in ast.walk(body)):
            return  # (one walk: labeled loops nested n deep would cost n² in goto_errors)
        for node, msg in goto_errors(body, self.path):
            self.error(node, msg)

    def check_unused(self, fn: FuncContext) -> None:
        for v in fn.locals:
            if not v.used and v.name != "_" and not v.is_param and not v.is_result:
                self.error(v, f"declared and not used: {v.name}")

    def new_var(self, ident: ast.Ident, t: Type | None) -> Var:
        v = Var(ident.name, t, ident.line, ident.col)
        self.check_type_size(t, ident)
        v.func = self.fn.node if self.fn else None
        v.in_loop = bool(self.fn and self.fn.loop_depth)
        ident.obj = v
        # a redeclared variable is not in scope, so (as in gc) it is never reported unused
        if (ident.name == "_" or self.declare(self.scope, v, ident)) and self.fn is not None:
            self.fn.locals.append(v)
        return v

    def open_scope(self) -> None:
        self.scope = Scope(self.scope)

    def close_scope(self) -> None:
        self.scope = self.scope.parent  # type: ignore[assignment]

    def block_stmts(self, stmts: list[ast.Stmt]) -> None:
        for s in stmts:
            self.stmt(s)

    # terminating statements (spec) ------------------------------------------
    def is_terminating_list(self, stmts: list[ast.Stmt]) -> bool:
        for s in reversed(stmts):
            if isinstance(s, ast.EmptyStmt):
                continue
            return self.is_terminating(s)
        return False

    def is_terminating(self, s: ast.Stmt) -> bool:
        if isinstance(s, ast.ReturnStmt):
            return True
        if isinstance(s, ast.BranchStmt) and s.tok == "goto":
            return True
        if isinstance(s, ast.ExprStmt) and isinstance(s.x, ast.CallExpr):
            f = s.x.fun
            while isinstance(f, ast.ParenExpr):
                f = f.x
            if isinstance(f, ast.Ident) and isinstance(f.obj, Builtin) and f.name == "panic":
                return True
            if isinstance(f, ast.SelectorExpr) and isinstance(f.x, ast.Ident) and isinstance(f.x.obj, PkgName):
                if (f.x.obj.package.path, f.sel.name) in (("os", "Exit"), ("log", "Fatal"), ("log", "Fatalf"),
                                                          ("log", "Fatalln"), ("log", "Panic"), ("log", "Panicf")):
                    return False
            return False
        if isinstance(s, ast.BlockStmt):
            return self.is_terminating_list(s.stmts)
        if isinstance(s, ast.IfStmt):
            return s.else_ is not None and self.is_terminating_list(s.body.stmts) and self.is_terminating(s.else_)
        if isinstance(s, ast.ForStmt):
            return s.cond is None and not self.has_break(s.body, s, True)
        if isinstance(s, ast.LabeledStmt):
            return self.is_terminating(s.stmt)
        if isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt)):
            has_default = False
            for cc in s.clauses:
                if cc.exprs is None:
                    has_default = True
                body = [x for x in cc.body if not isinstance(x, ast.EmptyStmt)]
                if self.has_break_list(cc.body, s, True):
                    return False
                if body and isinstance(body[-1], ast.BranchStmt) and body[-1].tok == "fallthrough":
                    continue
                if not self.is_terminating_list(cc.body):
                    return False
            return has_default
        if isinstance(s, ast.SelectStmt):
            for cc in s.clauses:
                if self.has_break_list(cc.body, s, True) or not self.is_terminating_list(cc.body):
                    return False
            return True
        return False

    def has_break_list(self, stmts, target, top) -> bool:
        return any(self.has_break(x, target, top) for x in stmts)

    def has_break(self, s, target, top: bool) -> bool:
        if s is None:
            return False
        if isinstance(s, ast.BranchStmt) and s.tok == "break":
            if s.label is None:
                return top
            return getattr(s, "target", None) is target
        if isinstance(s, ast.BlockStmt):
            return self.has_break_list(s.stmts, target, top)
        if isinstance(s, ast.IfStmt):
            return self.has_break(s.body, target, top) or self.has_break(s.else_, target, top)
        if isinstance(s, ast.LabeledStmt):
            return self.has_break(s.stmt, target, top)
        if isinstance(s, (ast.ForStmt, ast.RangeStmt)):
            return self.has_break(s.body, target, False)
        if isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
            return any(self.has_break_list(cc.body, target, False) for cc in s.clauses)
        if isinstance(s, ast.CaseClause) or isinstance(s, ast.CommClause):
            return self.has_break_list(s.body, target, top)
        return False

    # -------------------------------------------------------------- statements
    def stmt(self, s: ast.Stmt) -> None:
        m = getattr(self, "stmt_" + type(s).__name__, None)
        if m is None:
            self.error(s, f"gomem does not support this statement ({type(s).__name__}) yet")
            return
        m(s)

    def stmt_EmptyStmt(self, s) -> None:
        pass

    def stmt_BadStmt(self, s) -> None:
        pass

    def stmt_BlockStmt(self, s: ast.BlockStmt) -> None:
        self.open_scope()
        self.block_stmts(s.stmts)
        self.close_scope()

    def stmt_ExprStmt(self, s: ast.ExprStmt) -> None:
        e = s.x
        self.expr(e, stmt_context=True)
        inner = e
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if isinstance(inner, ast.CallExpr):
            if inner.call_kind == "conversion":
                self.error(e, f"{expr_string(e)} ({self.describe_kind(e)}) is not used")
            elif inner.call_kind == "builtin":
                name = inner.builtin
                if name not in ("panic", "print", "println", "copy", "delete", "close", "clear", "recover"):
                    self.error(e, f"{expr_string(e)} ({self.describe_kind(e)}) is not used")
            return
        if isinstance(inner, ast.UnaryExpr) and inner.op == "<-":
            return
        if e.type is not None or e.mode == ast.MODE_CONST:
            self.error(e, f"{expr_string(e)} ({self.describe_kind(e)}) is not used")

    def describe_kind(self, e) -> str:
        if e.type is None and e.mode != ast.MODE_NOVALUE:
            return "invalid operand"
        if e.mode == ast.MODE_CONST:
            if T.is_untyped(e.type):
                return f"{e.type} constant"
            return f"constant {C.const_text(e.const, e.type)} of type {e.type}"
        return f"{_MODE_WORDS.get(e.mode, 'value')} of type {e.type}"

    def describe(self, e) -> str:
        """gc's operand description: `x (variable of type int)`."""
        s = expr_string(e)
        if e.mode == ast.MODE_BUILTIN:
            return f"{s} (built-in)"
        if e.type is None and e.mode != ast.MODE_NOVALUE:
            return f"{s} (invalid operand)"  # (messages with it are not reported after an error)
        if e.mode == ast.MODE_CONST:
            # the value is shown when it reads otherwise than the expression
            value = C.const_text(e.const, e.type)
            value = "" if value == s else " " + value
            if T.is_untyped(e.type):
                return f"{s} ({e.type} constant{value})"
            return f"{s} (constant{value} of type {e.type})"
        if e.type is T.UNTYPED_NIL:
            return "nil"
        if e.type is not None and T.is_untyped(e.type):  # a comparison, a shift of an untyped constant
            return f"{s} ({e.type} value)"
        return f"{s} ({_MODE_WORDS.get(e.mode, 'value')} of type {e.type})"

    def stmt_DeclStmt(self, s: ast.DeclStmt) -> None:
        d = s.decl
        if d.tok == "var":
            for spec in d.specs:
                self.local_var_spec(spec)
        elif d.tok == "const":
            last = None
            for spec in d.specs:
                if spec.implicit or (not spec.values and spec.vtype is None):
                    if last is not None:
                        spec.values_src = last
                else:
                    last = spec
                objs = []
                for i, n in enumerate(spec.names):
                    c = Const(n.name, None, None, n.line, n.col)
                    n.obj = c
                    self.resolve_const(c, spec, i)
                    objs.append((c, n))
                for c, n in objs:
                    self.declare(self.scope, c, n)
        elif d.tok == "type":
            for spec in d.specs:
                tn = TypeName(spec.name.name, None, spec.name.line, spec.name.col)
                spec.name.obj = tn
                self.declare(self.scope, tn, spec.name)
                if spec.alias:
                    self.type_path.append(tn)
                    tn.type = self.alias_type(tn, spec)
                    self.type_path.pop()
                    continue
                named = Named(spec.name.name, self.pkg.name)
                named.local_id = len(self.pkg.named_types) + 1
                named.obj = tn
                tn.type = named
                self.pkg.named_types.append(named)
                self.declare_underlying(named, self.typexpr(spec.ttype), spec.name)

    def local_var_spec(self, spec: ast.ValueSpec) -> None:
        t = self.typexpr(spec.vtype) if spec.vtype is not None else None
        n = len(spec.names)
        types: list[Type | None] = [t] * n
        if spec.values:
            if len(spec.values) == 1 and n > 1:
                e = spec.values[0]
                self.expr(e, allow_commaok=True)
                vals = self.commaok_types(e, n)
                if len(vals) != n:
                    self.assign_mismatch(spec.names[0], n, e)
                    vals = (T.INVALID,) * n
                for i in range(n):
                    if t is not None:
                        self.check_assignable_type(vals[i], t, e, "assignment")
                    else:
                        types[i] = T.default_type(vals[i])
            elif len(spec.values) != n:
                for e in spec.values:
                    self.expr(e)
                self.error(spec.values[0],
                           f"assignment mismatch: {n} variable{'s' if n > 1 else ''} but {len(spec.values)} value{'s' if len(spec.values) > 1 else ''}")
                types = [t or T.INT] * n
            else:
                for i, e in enumerate(spec.values):
                    self.expr(e, hint=t)
                    if t is not None:
                        self.assign_to(e, t, "variable declaration")
                    else:
                        types[i] = self.default_value_type(e, "variable declaration")
        for i, ident in enumerate(spec.names):
            self.new_var(ident, types[i] or T.INT)

    def default_value_type(self, e, context: str) -> Type:
        if e.type is T.UNTYPED_NIL:
            self.error(e, f"use of untyped nil in {context}")
            return T.INT
        if e.mode == ast.MODE_BUILTIN:
            self.error(e, f"{expr_string(e)} (built-in) must be called")
            return T.INT
        if e.mode == ast.MODE_TYPE:
            self.error(e, f"{expr_string(e)} (type) is not an expression")
            return T.INT
        if e.type is None and e.mode != ast.MODE_NOVALUE and (self.errors or self.cycle_pending
                                                              or self.bad_literals):
            return T.INT  # an invalid operand, already reported: no knock-on error
        if e.type is None or e.mode == ast.MODE_NOVALUE:
            self.error(e, f"{expr_string(e)} (no value) used as value")
            return T.INT
        if isinstance(e.type, Tuple):
            self.error(e, f"multiple-value {expr_string(e)} (value of type {e.type}) in single-value context")
            return T.INT
        if T.is_untyped(e.type):
            t = T.default_type(e.type)
            self._ctx = context  # (named in an overflow error)
            self.convert_untyped(e, t)
            return t
        return e.type

    def assign_mismatch(self, at, nvars: int, e) -> None:
        if e.type is None and e.mode != ast.MODE_NOVALUE:
            return  # an invalid value, reported: no count error (as gc)
        inner = e
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if (isinstance(inner, ast.CallExpr) and getattr(inner.fun, "type", None) is None
                and getattr(inner.fun, "mode", None) == ast.MODE_VALUE and isinstance(inner.fun, ast.SelectorExpr)):
            return  # the callee is an invalid pkg.Name or x.M: its error is reported
        if isinstance(inner, ast.CallExpr) and inner.call_kind not in ("conversion",):
            nres = len(e.type.types) if isinstance(e.type, Tuple) else (0 if e.type is None else 1)
            if nres == 0 and e.mode == ast.MODE_NOVALUE:
                self.error(e, f"{expr_string(e)} (no value) used as value")
                return
            self.error(e, f"assignment mismatch: {nvars} variable{'s' if nvars > 1 else ''} but {expr_string(inner.fun)} returns {nres} value{'s' if nres != 1 else ''}")
        else:
            self.error(e, f"assignment mismatch: {nvars} variable{'s' if nvars > 1 else ''} but 1 value")

    def several_results(self, e, nvars: int) -> bool:
        """`x = f()` (one variable) where f returns several values: gc counts them, as it does
        for several variables (and says "multiple-value" only in declarations)."""
        inner = e
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if nvars == 1 and isinstance(inner, ast.CallExpr) and isinstance(e.type, Tuple):
            self.assign_mismatch(e, 1, e)
            return True
        return False

    def commaok_types(self, e, n: int) -> tuple:
        """The types a multi-value right-hand side yields.

        In `v, ok := m[k]` (and x.(T), <-ch) the expression yields (value, untyped bool): it is
        marked ``commaok`` and keeps its own type (the value's).
        """
        inner = e
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if n == 2 and inner.mode in (ast.MODE_MAPINDEX, ast.MODE_COMMAOK) and not isinstance(inner.type, Tuple):
            inner.commaok = True
            return (inner.type, T.BOOL)
        return e.type.types if isinstance(e.type, Tuple) else (e.type,)

    def stmt_LabeledStmt(self, s: ast.LabeledStmt) -> None:
        name = s.label.name
        if name == "_":  # the blank label declares nothing: it can neither clash nor be a target
            self.stmt(s.stmt)
            return
        lab = self.fn.labels.get(name)
        if lab is None or lab.stmt is None:
            if lab is None:
                lab = Label(name, s.label.line, s.label.col)
                self.fn.labels[name] = lab
            lab.stmt = s
        else:
            self.error(s.label, f"label {name} already defined at {self.path}:{lab.line}:{lab.col}")
        s.label.obj = lab
        s.stmt.go_label = name
        self.stmt(s.stmt)

    def stmt_BranchStmt(self, s: ast.BranchStmt) -> None:
        if s.label is not None:
            name = s.label.name
            lab = self.fn.labels.get(name)
            if lab is None and name != "_":
                lab = self._find_label_ahead(name, s)
            if lab is None:
                if s.tok == "goto":
                    self.error(s.label, f"label {name} not defined")
                else:
                    self.error(s.label, f"{s.tok} label not defined: {name}")
                return
            lab.used = True
            s.label.obj = lab
            if s.tok in ("break", "continue"):
                target = lab.stmt.stmt if lab.stmt else None
                ok_targets = (ast.ForStmt, ast.RangeStmt) if s.tok == "continue" else (
                    ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)
                if target is None or not isinstance(target, ok_targets) or target not in self.breakable:
                    self.error(s.label, f"invalid {s.tok} label {name}")
                    return
                s.target = target
            return
        if s.tok == "break":
            if not self.breakable:
                self.error(s, "break is not in a loop, switch, or select")
                return
            s.target = self.breakable[-1]
        elif s.tok == "continue":
            loops = [b for b in self.breakable if isinstance(b, (ast.ForStmt, ast.RangeStmt))]
            if not loops:
                self.error(s, "continue is not in a loop")
                return
            s.target = loops[-1]
        elif s.tok == "fallthrough":
            if not getattr(s, "fallthrough_ok", False):
                self.error(s, "fallthrough statement out of place")

    def _find_label_ahead(self, name: str, s) -> Label | None:
        # goto to a label declared later in the function: pre-scan the function body
        body = self.fn.node.body
        found = []

        def walk(x):
            if isinstance(x, ast.LabeledStmt):
                if x.label.name == name:
                    found.append(x)
                walk(x.stmt)
            elif isinstance(x, ast.BlockStmt):
                for y in x.stmts:
                    walk(y)
            elif isinstance(x, (ast.IfStmt,)):
                walk(x.body)
                walk(x.else_)
            elif isinstance(x, (ast.ForStmt, ast.RangeStmt)):
                walk(x.body)
            elif isinstance(x, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
                for c in x.clauses:
                    for y in c.body:
                        walk(y)
        walk(body)
        if not found:
            return None
        ls = found[0]
        lab = Label(name, ls.label.line, ls.label.col)
        self.fn.labels[name] = lab
        return lab

    def stmt_SendStmt(self, s: ast.SendStmt) -> None:
        self.expr(s.chan)
        ct = s.chan.type
        u = ct.underlying() if ct is not None else None
        if not isinstance(u, Chan):
            if ct is not None:  # (None: the channel operand was reported)
                self.error(s, f"invalid operation: cannot send to non-channel {self.describe(s.chan)}")
            self.expr(s.value)
            return
        if u.dir == ChanDir.RECV:
            self.error(s, f"invalid operation: cannot send to receive-only channel {self.describe(s.chan)}")
        self.expr(s.value, hint=u.elem)
        self.assign_to(s.value, u.elem, "send")

    def stmt_IncDecStmt(self, s: ast.IncDecStmt) -> None:
        if self.is_blank(s.x):  # (x++ reads x)
            self.error(s.x, "cannot use _ as value or type")
            return
        self.expr(s.x, lhs=True)
        self.mark_read(s.x)
        if s.x.type is not None and not T.is_numeric(s.x.type):
            op = "++" if s.tok == "++" else "--"
            self.error(s, f"invalid operation: {expr_string(s.x)}{op} (non-numeric type {s.x.type})")
        self.check_assignable_lhs(s.x)

    def check_assignable_lhs(self, e) -> bool:
        inner = e
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if isinstance(inner, ast.Ident) and inner.name == "_":
            return True
        if inner.mode in (ast.MODE_VAR, ast.MODE_MAPINDEX):
            return True
        # what is no value at all is reported as such (gc's operand checks)
        if inner.mode == ast.MODE_BUILTIN:
            self.error(e, f"{expr_string(e)} (built-in) must be called")
            return False
        if inner.mode == ast.MODE_TYPE:
            self.error(e, f"{expr_string(e)} (type) is not an expression")
            return False
        if inner.mode == ast.MODE_NOVALUE or isinstance(inner.type, Tuple):
            self.single_value(inner)
            return False
        if inner.type is None and inner.mode == ast.MODE_VALUE:
            return False  # an invalid operand: its error is reported already
        if (isinstance(inner, ast.SelectorExpr) and inner.selection and inner.selection.kind == "field"
                and ast.unparen(inner.x).mode == ast.MODE_MAPINDEX):
            self.error(e, f"cannot assign to struct field {expr_string(e)} in map")
            return False
        self.error(e, f"cannot assign to {expr_string(e)} (neither addressable nor a map index expression)")
        return False

    def stmt_AssignStmt(self, s: ast.AssignStmt) -> None:
        if s.tok == ":=":
            self.short_var_decl(s)
            return
        if s.tok != "=":
            # x op= y
            op = s.tok[:-1]
            x, y = s.lhs[0], s.rhs[0]
            if self.is_blank(x):  # (x op= y reads x)
                self.error(x, "cannot use _ as value or type")
                self.expr(y)
                return
            self.expr(x, lhs=True)
            self.mark_read(x)
            self.expr(y, hint=x.type)
            be = ast.BinaryExpr(x.line, x.col, op=op, x=x, y=y, op_line=s.tok_line, op_col=s.tok_col)
            self.binary(be, already=True)
            s.op_type = be.type
            self.check_assignable_lhs(x)
            if be.type is not None and x.type is not None and T.is_untyped(y.type or T.INT):
                self.convert_untyped(y, x.type if op not in ("<<", ">>") else T.UINT)
            return
        nl, nr = len(s.lhs), len(s.rhs)
        for e in s.lhs:
            self.expr(e, lhs=True)
        if nr == 1 and nl > 1:
            e = s.rhs[0]
            self.expr(e, allow_commaok=True)
            vals = self.commaok_types(e, nl)
            if len(vals) != nl:
                self.assign_mismatch(s.lhs[0], nl, e)
                return
            commaok = getattr(e, "commaok", False) or getattr(getattr(e, "x", None), "commaok", False)
            for i, (lx, vt) in enumerate(zip(s.lhs, vals)):
                if self.check_assignable_lhs(lx) and lx.type is not None and not self.is_blank(lx):
                    if i == 1 and commaok and T.is_boolean(lx.type):
                        continue  # the comma-ok value is an untyped bool: any boolean type takes it
                    self.check_assignable_type(vt, lx.type, e, "assignment")
            return
        if nl != nr:
            for e in s.rhs:
                self.expr(e)
            self.error(s.rhs[0], f"assignment mismatch: {nl} variable{'s' if nl > 1 else ''} but {nr} value{'s' if nr > 1 else ''}")
            return
        for lx, e in zip(s.lhs, s.rhs):
            self.expr(e, hint=lx.type)
            if self.several_results(e, nl):
                continue
            if not self.check_assignable_lhs(lx):
                continue
            if self.is_blank(lx):
                self.default_value_type(e, "assignment")
                continue
            if lx.type is not None:
                self.assign_to(e, lx.type, "assignment")

    def mark_read(self, x) -> None:
        """x op= y and x++ read x: as in gc, that counts as a use of a local variable."""
        while isinstance(x, ast.ParenExpr):
            x = x.x
        if isinstance(x, ast.Ident) and isinstance(x.obj, Var):
            x.obj.used = True

    def is_blank(self, e) -> bool:
        return isinstance(e, ast.Ident) and e.name == "_"

    def short_var_decl(self, s: ast.AssignStmt) -> None:
        nl, nr = len(s.lhs), len(s.rhs)
        # the right-hand side is checked before the new variables exist
        if nr == 1 and nl > 1:
            e = s.rhs[0]
            self.expr(e, allow_commaok=True)
            vals = list(self.commaok_types(e, nl))
            if len(vals) != nl:
                self.assign_mismatch(s.lhs[0], nl, e)
                vals = [T.INVALID] * nl
            rtypes = [T.default_type(v) if v is not None else T.INVALID for v in vals]
            rexprs = [None] * nl
        else:
            rtypes = []
            rexprs = list(s.rhs)
            for e in s.rhs:
                self.expr(e)
            if nl != nr:
                self.error(s.rhs[0], f"assignment mismatch: {nl} variable{'s' if nl > 1 else ''} but {nr} value{'s' if nr > 1 else ''}")
                rtypes = [T.INVALID] * nl
                rexprs = [None] * nl
            elif self.several_results(s.rhs[0], nl):
                rtypes, rexprs = [T.INVALID], [None]
        new_any = False
        bad_lhs = False  # (then gc does not say there are no new variables)
        seen = set()
        for i, lx in enumerate(s.lhs):
            if not isinstance(lx, ast.Ident):
                self.error(lx, f"non-name {expr_string(lx)} on left side of :=")
                bad_lhs = True
                continue
            if lx.name in seen and lx.name != "_":
                self.error(lx, f"{lx.name} repeated on left side of :=")
                lx.type, lx.mode = None, ast.MODE_VAR  # (declares nothing more)
                bad_lhs = True
                continue
            seen.add(lx.name)
            old = self.scope.lookup_local(lx.name)
            e = rexprs[i] if i < len(rexprs) else None
            if old is not None and lx.name != "_":
                lx.obj = old
                lx.type = old.type
                lx.mode = ast.MODE_VAR
                if e is not None:
                    self.assign_to(e, old.type, "assignment")
                elif rtypes:
                    self.check_assignable_type(rtypes[i], old.type, s.rhs[0], "assignment")
                continue
            new_any = new_any or lx.name != "_"
            if lx.name == "_":
                new_any = new_any
            if e is not None:
                t = self.default_value_type(e, "assignment")
            else:
                t = rtypes[i] if i < len(rtypes) else T.INT
            v = Var(lx.name, t, lx.line, lx.col)
            self.check_type_size(t, lx)
            v.func = self.fn.node
            v.in_loop = bool(self.fn.loop_depth)
            lx.obj = v
            lx.type = t
            lx.mode = ast.MODE_VAR
            lx.is_new = True
            self.fn.locals.append(v)
        if not new_any and not bad_lhs:
            self.error((s.tok_line, s.tok_col) if s.tok_line else s, "no new variables on left side of :=")
        for lx in s.lhs:
            if isinstance(lx, ast.Ident) and getattr(lx, "is_new", False) and lx.name != "_":
                self.scope.insert(lx.obj)

    def stmt_GoStmt(self, s: ast.GoStmt) -> None:
        self.call_stmt(s, "go")

    def stmt_DeferStmt(self, s: ast.DeferStmt) -> None:
        self.fn.has_defer = True
        self.call_stmt(s, "defer")

    def call_stmt(self, s, what: str) -> None:
        c = s.call
        while isinstance(c, ast.ParenExpr):
            c = c.x
        if not isinstance(c, ast.CallExpr):
            self.expr(c)
            self.error(c, f"expression in {what} must be function call")
            return
        s.call = c
        self.expr(c, stmt_context=True)
        if c.call_kind == "conversion":
            self.error(c, f"{what} requires function call, not conversion")
        elif c.call_kind == "builtin" and c.builtin not in ("panic", "print", "println", "copy", "delete", "close", "clear", "recover"):
            self.error(c, f"{what} discards result of {expr_string(c)}")

    def stmt_ReturnStmt(self, s: ast.ReturnStmt) -> None:
        sig = self.fn.sig
        want = sig.results
        if not s.results:
            if want and not self.fn.named_results:
                self.error(s, "not enough return values\n\thave ()\n\twant " + _tuple_str(want))
            return
        if len(s.results) == 1 and len(want) > 1:
            e = s.results[0]
            self.expr(e)
            if e.type is None and e.mode != ast.MODE_NOVALUE:
                return  # invalid, reported: no count error (as gc)
            if isinstance(e.type, Tuple):
                if len(e.type.types) != len(want):
                    self.error(e, ("too many" if len(e.type.types) > len(want) else "not enough") + " return values"
                               + "\n\thave " + _tuple_str(e.type.types) + "\n\twant " + _tuple_str(want))
                    return
                for vt, wt in zip(e.type.types, want):
                    self.check_assignable_type(vt, wt, e, "return statement")
                return
        if not want:
            for e in s.results:
                self.expr(e)
            if any(e.type is None and e.mode != ast.MODE_NOVALUE for e in s.results):
                return  # some result is invalid, reported: no count error (as gc)
            self.error(s.results[0], "too many return values\n\thave (" + ", ".join(self.type_of_for_msg(e) for e in s.results) + ")\n\twant ()")
            return
        if len(s.results) != len(want):
            for e in s.results:
                self.expr(e)
            if any(e.type is None and e.mode != ast.MODE_NOVALUE for e in s.results):
                return  # some result is invalid, reported: no count error (as gc)
            many = len(s.results) > len(want)
            msg = "too many return values" if many else "not enough return values"
            self.error(s.results[len(want)] if many else s.results[0], msg + "\n\thave (" + ", ".join(self.type_of_for_msg(e) for e in s.results) + ")\n\twant " + _tuple_str(want))
            return
        for e, wt in zip(s.results, want):
            self.expr(e, hint=wt)
            self.assign_to(e, wt, "return statement")

    def type_of_for_msg(self, e) -> str:
        return summary_type(e.type)

    def stmt_IfStmt(self, s: ast.IfStmt) -> None:
        self.open_scope()
        if s.init is not None:
            self.stmt(s.init)
        self.expr(s.cond)
        self.check_cond(s.cond, "if statement")
        self.stmt_BlockStmt(s.body)
        if s.else_ is not None:
            self.stmt(s.else_)
        self.close_scope()

    def check_cond(self, e, what: str) -> None:
        if e.type is not None and e.type is not T.INVALID and not T.is_boolean(e.type):
            self.error(e, f"non-boolean condition in {what}")
        elif e.type is not None and T.is_untyped(e.type):
            self.convert_untyped(e, T.BOOL)

    def stmt_ForStmt(self, s: ast.ForStmt) -> None:
        self.open_scope()
        if s.init is not None:
            self.fn.loop_depth += 1  # loop variables are per-iteration (Go 1.22)
            self.stmt(s.init)
            self.fn.loop_depth -= 1
        if s.cond is not None:
            self.expr(s.cond)
            self.check_cond(s.cond, "for statement")
        if s.post is not None:
            if isinstance(s.post, ast.AssignStmt) and s.post.tok == ":=":
                self.error(s.post, "cannot declare in post statement of for loop")
            else:
                self.stmt(s.post)
        self.loop_body(s)
        self.close_scope()

    def loop_body(self, s) -> None:
        """The body of a for or range loop: a break/continue target, variables per iteration."""
        self.breakable.append(s)
        self.fn.loop_depth += 1
        self.stmt_BlockStmt(s.body)
        self.fn.loop_depth -= 1
        self.breakable.pop()

    def stmt_RangeStmt(self, s: ast.RangeStmt) -> None:
        self.open_scope()
        self.expr(s.x)
        xt = s.x.type
        kt: Type | None = None
        vt: Type | None = None
        if xt is None or xt is T.INVALID:  # (reported: the variables are invalid, silently)
            kt = vt = T.INVALID
        elif xt is not None:
            u = xt.underlying()
            if isinstance(u, Pointer) and isinstance(u.elem.underlying(), Array):
                u = u.elem.underlying()
            if isinstance(u, Basic) and u.kind in (Kind.STRING, Kind.UNTYPED_STRING):
                kt, vt = T.INT, T.RUNE
                s.range_kind = "string"
                if T.is_untyped(xt):
                    self.convert_untyped(s.x, T.STRING)
            elif isinstance(u, Basic) and T.is_integer(u):
                if T.is_untyped(xt):
                    xt = T.default_type(xt)
                    self.convert_untyped(s.x, xt)
                kt, vt = xt, None
                s.range_kind = "int"
                if s.value is not None:
                    self.error(s.value, f"range over {self.describe(s.x)} permits only one iteration variable")
            elif isinstance(u, Array):
                kt, vt = T.INT, u.elem
                s.range_kind = "array"
            elif isinstance(u, Slice):
                kt, vt = T.INT, u.elem
                s.range_kind = "slice"
            elif isinstance(u, Map):
                kt, vt = u.key, u.elem
                s.range_kind = "map"
            elif isinstance(u, Chan):
                kt, vt = u.elem, None
                s.range_kind = "chan"
                if u.dir == ChanDir.SEND:
                    self.error(s.x, f"cannot range over {self.describe(s.x)}: receive from send-only channel")
                if s.value is not None:
                    self.error(s.value, f"range over {self.describe(s.x)} permits only one iteration variable")
            elif isinstance(u, Signature):
                self.unsupported(s.x, "range over functions")
            else:
                self.error(s.x, f"cannot range over {self.describe(s.x)}")
        if s.tok == ":=":
            self.fn.loop_depth += 1
            for e, t in ((s.key, kt), (s.value, vt)):
                if e is None:
                    continue
                if not isinstance(e, ast.Ident):
                    self.error(e, f"non-name {expr_string(e)} on left side of :=")
                    continue
                self.new_var(e, t or T.INT)
                e.type = t
                e.mode = ast.MODE_VAR
            self.fn.loop_depth -= 1
        elif s.tok == "=":
            for e, t in ((s.key, kt), (s.value, vt)):
                if e is None:
                    continue
                self.expr(e, lhs=True)
                if self.check_assignable_lhs(e) and t is not None and e.type is not None and not self.is_blank(e):
                    self.check_assignable_type(t, e.type, e, "range")
        self.loop_body(s)
        self.close_scope()

    def stmt_SwitchStmt(self, s: ast.SwitchStmt) -> None:
        self.open_scope()
        if s.init is not None:
            self.stmt(s.init)
        tag_t: Type = T.BOOL
        if s.tag is not None:
            self.expr(s.tag)
            tag_t = self.default_value_type(s.tag, "switch expression")
            if s.tag.type is not None and not T.comparable(tag_t) and not isinstance(
                    tag_t.underlying(), (Slice, Map, Signature)):
                self.error(s.tag, f"cannot switch on {self.describe(s.tag)} ({tag_t} is not comparable)")
                s.tag.type = None  # the cases are not compared with it
        seen_consts: dict[Any, Any] = {}
        has_default = False
        self.breakable.append(s)
        for i, cc in enumerate(s.clauses):
            if cc.exprs is None:
                if has_default:
                    self.error(cc, "multiple defaults in switch")
                has_default = True
            else:
                for e in cc.exprs:
                    self.expr(e, hint=tag_t)
                    if s.tag is None:
                        if e.type is not None and T.is_interface(e.type):
                            pass  # compared with true at run time
                        elif e.type is not None and not T.is_boolean(e.type):
                            self.error(e, f"invalid case {expr_string(e)} in switch (mismatched types {e.type} and bool)")
                        elif e.type is not None:
                            self.convert_untyped(e, T.BOOL)
                    elif e.type is not None and s.tag.type is not None:
                        # as gc: the case value converts to the tag's type, then compares with it
                        # (nil, once converted, compares with any type it converts to)
                        was_nil = e.type is T.UNTYPED_NIL
                        if (not T.is_untyped(e.type) or self.implicit_convert(e, tag_t)) and not was_nil:
                            self.compare_check(e, e, s.tag, case=True)
                    if e.mode == ast.MODE_CONST and e.type is not None and not (
                            T.is_untyped(e.type) and T.is_numeric(e.type) and s.tag is not None
                            and s.tag.type is not None and not T.is_untyped(s.tag.type)):
                        # (an untyped case left untyped did not convert to the tag's type: invalid)
                        key = (C.to_runtime(e.const, e.type) if not isinstance(e.const, bytes) else e.const, str(e.type))
                        if key in seen_consts and s.tag is not None:
                            prev = seen_consts[key]
                            self.error(e, f"duplicate case {self.describe(e)} in expression switch\n\t{self.path}:{prev.line}:{prev.col}: previous case")
                        else:
                            seen_consts[key] = e
            self.open_scope()
            body = cc.body
            last = None
            for st in reversed(body):
                if not isinstance(st, ast.EmptyStmt):
                    last = st
                    break
            if isinstance(last, ast.BranchStmt) and last.tok == "fallthrough":
                if i == len(s.clauses) - 1:
                    self.error(last, "cannot fallthrough final case in switch")
                    last.fallthrough_ok = True
                else:
                    last.fallthrough_ok = True
            self.block_stmts(body)
            self.close_scope()
        self.breakable.pop()
        self.close_scope()

    def stmt_TypeSwitchStmt(self, s: ast.TypeSwitchStmt) -> None:
        if s.bind is not None and s.bind.name == "_":
            self.error(s.bind, "no new variable on left side of :=")
            s.bind = None  # (gc goes on without the binding)
        self.open_scope()
        if s.init is not None:
            self.stmt(s.init)
        self.expr(s.x)
        xt = s.x.type
        if xt is not None and not T.is_interface(xt):
            self.error(s.x, f"{self.describe(s.x)} is not an interface")
            xt = None
        has_default = False
        bind_vars = []
        seen_types: list[tuple[Type | None, Any]] = []  # each case type (None: nil) and where
        self.breakable.append(s)
        for cc in s.clauses:
            case_types: list[Type | None] = []
            if cc.exprs is None:
                if has_default:
                    self.error(cc, "multiple defaults in switch")
                has_default = True
            else:
                for e in cc.exprs:
                    if isinstance(e, ast.Ident) and e.name == "nil" and isinstance(self.scope.lookup("nil"), Nil):
                        e.type = T.UNTYPED_NIL
                        e.mode = ast.MODE_VALUE
                        case_types.append(None)
                        self.duplicate_type_case(None, e, seen_types)
                        continue
                    t = self.typexpr(e)
                    case_types.append(t)
                    if self.duplicate_type_case(t, e, seen_types):
                        continue
                    if xt is not None and not T.is_interface(t):
                        missing = self.missing_method(t, xt)
                        if missing:
                            self.error(e, f"impossible type switch case: {expr_string(e)}\n\t{self.describe(s.x)} cannot have dynamic type {t} {missing}")
            self.open_scope()
            if s.bind is not None:
                vt = xt if (len(case_types) != 1 or case_types[0] is None) else case_types[0]
                v = Var(s.bind.name, vt or T.EMPTY_INTERFACE, s.bind.line, s.bind.col)
                v.func = self.fn.node
                v.in_loop = bool(self.fn.loop_depth)
                cc.implicit_obj = v
                self.scope.insert(v)
                bind_vars.append(v)
            self.block_stmts(cc.body)
            self.close_scope()
        self.breakable.pop()
        if s.bind is not None and s.bind.name == "_":
            self.error(s.bind, "no new variable on left side of :=")  # (declares nothing)
        elif s.bind is not None:
            s.bind.obj = bind_vars[0] if bind_vars else None
            if bind_vars and not any(v.used for v in bind_vars):
                self.error(s.bind, f"declared and not used: {s.bind.name}")
            if not bind_vars:
                self.error(s.bind, f"declared and not used: {s.bind.name}")
        self.close_scope()

    def duplicate_type_case(self, t: Type | None, e, seen: list) -> bool:
        """Report a type switch case naming a type (or nil) an earlier case named."""
        if t is T.INVALID:
            return False  # (its error is reported)
        for prev_t, prev in seen:
            if prev_t is t:
                # gc names the type as the case spells it (an alias by its name)
                self.error(e, f"duplicate case {'nil' if t is None else expr_string(e)} in type switch"
                              f"\n\t{self.path}:{prev.line}:{prev.col}: previous case")
                return True
        seen.append((t, e))
        return False

    def stmt_SelectStmt(self, s: ast.SelectStmt) -> None:
        has_default = False
        self.breakable.append(s)
        for cc in s.clauses:
            self.open_scope()
            c = cc.comm
            if c is None:
                if has_default:
                    self.error(cc, "multiple defaults in select")
                has_default = True
            elif isinstance(c, ast.SendStmt):
                self.stmt(c)
            elif isinstance(c, ast.ExprStmt):
                x = c.x
                while isinstance(x, ast.ParenExpr):
                    x = x.x
                if not (isinstance(x, ast.UnaryExpr) and x.op == "<-"):
                    self.error(c, "select case must be receive, send or assign recv")
                self.expr(c.x)
            elif isinstance(c, ast.AssignStmt):
                r = c.rhs[0] if c.rhs else None
                while isinstance(r, ast.ParenExpr):
                    r = r.x
                if not (isinstance(r, ast.UnaryExpr) and r.op == "<-") or len(c.rhs) != 1 or len(c.lhs) > 2:
                    self.error(c, "select case must be receive, send or assign recv")
                self.stmt(c)
            self.block_stmts(cc.body)
            self.close_scope()
        self.breakable.pop()

    # ------------------------------------------------------------- expressions
    def expr(self, e: Any, hint: Type | None = None, lhs: bool = False, allow_commaok: bool = False,
             stmt_context: bool = False) -> None:
        """Check e; sets e.type / e.mode / e.const."""
        m = getattr(self, "expr_" + type(e).__name__, None)
        if m is None:
            if isinstance(e, (ast.ArrayType, ast.MapType, ast.ChanType, ast.FuncType, ast.StructType, ast.InterfaceType)):
                self.typexpr(e)
                return
            self.error(e, f"gomem does not support this expression ({type(e).__name__}) yet")
            e.type = T.INT
            e.mode = ast.MODE_VALUE
            return
        m(e, hint, lhs) if m.__code__.co_argcount == 4 else m(e)

    def spread_results(self, e) -> None:
        """f(g()) for a built-in f: g's several results become f's arguments, as gc allows."""
        call = e.args[0]
        self.expr(call)
        if isinstance(call.type, T.Tuple):
            e.spread = call
            e.args = [ast.TupleElem(call.line, call.col, call=call, index=i) for i in range(len(call.type.types))]

    def expr_TupleElem(self, e) -> None:
        e.type = e.call.type.types[e.index]
        e.mode = ast.MODE_VALUE

    def expr_BadExpr(self, e) -> None:
        e.type = T.INT
        e.mode = ast.MODE_VALUE

    def expr_ParenExpr(self, e, hint, lhs) -> None:
        self.expr(e.x, hint=hint, lhs=lhs)
        e.type, e.mode, e.const = e.x.type, e.x.mode, e.x.const

    def expr_Ident(self, e, hint, lhs) -> None:
        if e.name == "_":
            if lhs:
                e.mode = ast.MODE_VAR
                e.type = None
                return
            self.error(e, "cannot use _ as value or type")
            e.type = None  # (an invalid operand: nothing more is said about it)
            e.mode = ast.MODE_VALUE
            return
        obj = self.scope.lookup(e.name)
        if obj is None:
            if e.name not in self.rejected_generics and not self.dot_imported_unsupported(e):
                self.error(e, f"undefined: {e.name}")
            e.type = None
            e.mode = ast.MODE_VALUE
            return
        e.obj = obj
        self.use_dot_import(obj)
        if isinstance(obj, Var):
            if obj.type is None:
                self.resolve(obj)
            if obj.is_global:
                self.note_dep(obj)
            elif not lhs:
                obj.used = True
            if obj.func is not None and self.fn is not None and obj.func is not self.fn.node:
                obj.captured = True
                if lhs:
                    obj.assigned_in_closure = True
                obj.used = True
            e.type = obj.type
            e.mode = ast.MODE_VAR
        elif isinstance(obj, Const):
            if obj is UNIVERSE.lookup_local("iota"):
                if self.iota is None:
                    self.error(e, "cannot use iota outside constant declaration")
                    e.type, e.const, e.mode = T.UNTYPED_INT, 0, ast.MODE_CONST
                    return
                e.type, e.const, e.mode = T.UNTYPED_INT, self.iota, ast.MODE_CONST
                return
            if obj.type is None:
                self.resolve(obj)
            obj.used = True
            if self.pkg.scope.lookup_local(obj.name) is obj:
                self.note_dep(obj)
            if obj.type is None:  # in an initialization cycle
                e.type, e.mode = None, ast.MODE_VALUE
                return
            e.type, e.const, e.mode = obj.type, obj.value, ast.MODE_CONST
        elif isinstance(obj, TypeName):
            if obj.type is None:
                self.resolve(obj)
            e.type = obj.type
            e.mode = ast.MODE_TYPE
        elif isinstance(obj, Func):
            if obj.type is None:
                self.resolve(obj)
            self.note_dep(obj)
            e.type = obj.type
            e.mode = ast.MODE_VALUE
        elif isinstance(obj, Nil):
            e.type = T.UNTYPED_NIL
            e.mode = ast.MODE_VALUE
        elif isinstance(obj, Builtin):
            e.mode = ast.MODE_BUILTIN
            e.type = None
        elif isinstance(obj, PkgName):
            self.error(e, f"use of package {e.name} not in selector")  # (gc: that is no use)
            e.mode = ast.MODE_PKG
            e.type = None

    def expr_BasicLit(self, e) -> None:
        e.mode = ast.MODE_CONST
        k = e.kind
        if e.bad:  # reported by the scanner: an invalid operand (as an undefined name is)
            e.type, e.const, e.mode = None, None, ast.MODE_VALUE
            self.bad_literals = True
            return
        try:
            if k == "INT":
                e.type, e.const = T.UNTYPED_INT, C.int_literal(e.value)
                self.untyped_overflow(e, (e.line, e.col), "")  # gc: past 512 bits
            elif k == "FLOAT":
                e.type, e.const = T.UNTYPED_FLOAT, C.float_literal(e.value)
            elif k == "CHAR":
                e.type, e.const = T.UNTYPED_RUNE, C.rune_literal(e.value)
            elif k == "STRING":
                e.type, e.const = T.UNTYPED_STRING, C.string_literal(e.value)
            elif k == "IMAG":
                self.unsupported(e, "complex numbers")
                e.type, e.const = T.UNTYPED_FLOAT, Fraction(0)
            else:
                raise C.ConstError("bad literal")
        except C.MalformedConst as exc:
            self.error(e, str(exc))
            e.type, e.mode, e.const = None, ast.MODE_VALUE, None
        except (C.ConstError, ValueError) as exc:
            self.error(e, str(exc))
            e.type, e.const = T.UNTYPED_INT, 0

    def expr_FuncLit(self, e) -> None:
        sig = self.func_type(e.ftype)
        e.type = sig
        e.mode = ast.MODE_VALUE
        self.pkg.func_lits.append(e)
        saved_break = self.breakable
        self.breakable = []
        self.func_body(e, sig)
        self.breakable = saved_break

    def expr_CompositeLit(self, e, hint, lhs) -> None:
        if e.ctype is not None:
            if isinstance(e.ctype, ast.ArrayType) and isinstance(e.ctype.len, ast.Ellipsis):
                elem = self.typexpr(e.ctype.elt)
                n = self.composite_elems_array(e, elem, None)
                t = T.new_array(elem, n)
                e.ctype.type = t
            else:
                t = self.typexpr(e.ctype)
                if t is T.INVALID:
                    # an invalid type: the literal is invalid, its elements are only checked
                    for el in e.elts:
                        v = el.value if isinstance(el, ast.KeyValueExpr) else el
                        if not (isinstance(v, ast.CompositeLit) and v.ctype is None):
                            self.expr(v)
                    e.type, e.mode = None, ast.MODE_VALUE
                    return
                self.composite_body(e, t)
        elif hint is not None:
            t = hint
            if isinstance(t.underlying(), Pointer):
                # &T elided in [] *T{{...}}
                e.elided_ptr = True
                self.composite_body(e, t.underlying().elem)
                e.type = t
                e.mode = ast.MODE_VALUE
                return
            self.composite_body(e, t)
        else:
            self.error(e, "missing type in composite literal")
            e.type, e.mode = None, ast.MODE_VALUE
            return
        e.type = t
        e.mode = ast.MODE_VALUE

    def composite_body(self, e, t: Type) -> None:
        u = t.underlying()
        if isinstance(u, Struct):
            if not e.elts:
                return
            foreign = isinstance(t, Named) and t.pkg not in ("", self.pkg.name)
            if isinstance(e.elts[0], ast.KeyValueExpr):
                seen = set()
                for kv in e.elts:
                    if not isinstance(kv, ast.KeyValueExpr):
                        self.error(kv, "mixture of field:value and value elements in struct literal")
                        continue
                    if not isinstance(kv.key, ast.Ident):
                        self.expr(kv.value)
                        self.error(kv, f"invalid field name {expr_string(kv.key)} in struct literal")
                        continue
                    name = kv.key.name
                    idx = u.index.get(name) if name != "_" else None
                    if idx is not None and foreign and not u.fields[idx].exported:
                        idx = None
                    if idx is None:
                        self.expr(kv.value)
                        self.error(kv.key, self.unknown_field(t, u, name, foreign))
                        continue
                    if name in seen:
                        self.error(kv.key, f"duplicate field name {name} in struct literal")
                    seen.add(name)
                    kv.key.field_index = idx
                    ft = u.fields[idx].type
                    self.expr(kv.value, hint=self.field_value_hint(kv.value, ft))
                    self.assign_to(kv.value, ft, "struct literal")
            else:
                for i, v in enumerate(e.elts):
                    if isinstance(v, ast.KeyValueExpr):
                        self.error(v, "mixture of field:value and value elements in struct literal")
                        continue
                    if i >= len(u.fields):
                        self.error(v, f"too many values in struct literal of type {t}")
                        break
                    if foreign and not u.fields[i].exported:
                        self.expr(v)
                        self.error(v, f"implicit assignment to unexported field {u.fields[i].name} in struct literal of type {t}")
                        continue
                    ft = u.fields[i].type
                    self.expr(v, hint=self.field_value_hint(v, ft))
                    self.assign_to(v, ft, "struct literal")
                if 0 < len(e.elts) < len(u.fields):
                    self.error((e.rbrace_line, e.rbrace_col) if getattr(e, "rbrace_line", 0) else e.elts[-1],
                               f"too few values in struct literal of type {t}")
        elif isinstance(u, Array):
            n = self.composite_elems_array(e, u.elem, u.length)
            if n > u.length:
                pass
        elif isinstance(u, Slice):
            self.composite_elems_array(e, u.elem, None)
        elif isinstance(u, Map):
            for kv in e.elts:
                if not isinstance(kv, ast.KeyValueExpr):
                    self.error(kv, "missing key in map literal")
                    self.expr(kv)
                    continue
                self.expr(kv.key, hint=u.key)
                if not self.assign_to(kv.key, u.key, "map literal"):
                    kv.key.const = None  # (gc: an invalid key, in no duplicate)
                self.expr(kv.value, hint=u.elem)
                self.assign_to(kv.value, u.elem, "map literal")
            consts = {}
            key_is_iface = T.is_interface(u.key)
            for kv in e.elts:
                if isinstance(kv, ast.KeyValueExpr) and kv.key.mode == ast.MODE_CONST and kv.key.const is not None:
                    # keys compare as Go values: 1 and 1.0 are equal numbers, but in an interface-keyed
                    # map they are values of different dynamic types (int, float64), and true is no number
                    v = kv.key.const
                    k = (type(v).__name__, v) if isinstance(v, (bool, bytes)) else ("num", v if isinstance(v, C.BigFloat) else Fraction(v))
                    if key_is_iface:
                        k = (k, id(kv.key.type))
                    if k in consts:
                        self.error(kv.key, f"duplicate key {C.const_text(v, kv.key.type)} in map literal")
                    consts[k] = kv
        else:
            self.error(e, f"invalid composite literal type {t}")

    @staticmethod
    def unknown_field(t: Type, u: Struct, name: str, foreign: bool) -> str:
        """gc's message for a struct literal's key that names no field it may set, with the
        field of another spelling (letter case) that it may have meant."""
        msg = f"unknown field {name} in struct literal of type {t}"
        alt = next((f.name for f in u.fields if f.name.lower() == name.lower() and f.name != "_"), None)
        if alt is None:
            return msg
        alt_exported = alt[0].isupper()
        if not foreign or alt_exported and (name[0].isupper() or alt[1:] == name[1:]):
            return msg + f", but does have {alt}"
        if alt == name:
            return f"cannot refer to unexported field {alt} in struct literal of type {t}"
        if name[0].isupper() and alt[1:] == name[1:]:
            return msg + f", but does have unexported {alt}"
        return msg

    @staticmethod
    def field_value_hint(v, t: Type) -> Type | None:
        """The type hint for a value v in a struct literal: a literal there must name its type
        (it may be left out only in array, slice and map literals)."""
        return None if isinstance(v, ast.CompositeLit) and v.ctype is None else t

    def composite_elems_array(self, e, elem: Type, length: int | None) -> int:
        idx = 0
        maxn = 0
        seen = set()
        for v in e.elts:
            if isinstance(v, ast.KeyValueExpr):
                self.expr(v.key)
                k = v.key
                errors_before = len(self.errors)
                if k.type is not None and k.mode != ast.MODE_CONST:
                    self.error(k, f"index {expr_string(k)} must be integer constant")
                elif k.type is not None:
                    self.check_index(k, length, "index")  # gc's checks and words for an index
                if k.type is None or len(self.errors) > errors_before:
                    # an invalid index: gc goes on from the index before it
                    self.expr(v.value, hint=elem)
                    self.assign_to(v.value, elem, "array or slice literal")
                    v.lit_index = idx
                    idx += 1
                    continue
                idx = int(k.const)
                val = v.value
            else:
                val = v
            if idx in seen:
                self.error(v, f"duplicate index {idx} in array or slice literal")
            seen.add(idx)
            if length is not None and idx >= length:
                self.error(val, f"index {idx} is out of bounds (>= {length})")
            self.expr(val, hint=elem)
            self.assign_to(val, elem, "array or slice literal")
            v.lit_index = idx
            idx += 1
            maxn = max(maxn, idx)
        return maxn

    @staticmethod
    def unsupported_msg(pkg: Package, name: str) -> str:
        """A use of API a standard package's api.go marks `//gomem:unsupported` (see driver.py)."""
        return f"gomem does not support {pkg.path}.{name} yet ({pkg.unsupported[name]})"

    def unsupported_method(self, e, t: Type, name: str) -> bool:
        """Report x.M where M is a method of a standard type that gomem marks unsupported."""
        named = t.elem if isinstance(t, Pointer) else t
        pkg = getattr(getattr(named, "obj", None), "pkg", None)
        if not isinstance(named, Named) or pkg is None:
            return False
        key = f"{named.name}.{name}"
        if key not in getattr(pkg, "unsupported", {}):
            return False
        self.error(e.sel, self.unsupported_msg(pkg, key))
        return True

    def expr_SelectorExpr(self, e, hint, lhs) -> None:
        x = e.x
        name = e.sel.name
        if isinstance(x, ast.Ident):
            obj = self.scope.lookup(x.name)
            if isinstance(obj, PkgName):
                obj.used = True
                x.obj = obj
                x.mode = ast.MODE_PKG
                if getattr(obj.package, "fake", False):  # (an import that failed: reported)
                    e.type, e.mode = None, ast.MODE_VALUE
                    return
                m = obj.package.scope.lookup_local(name)
                if m is None and (obj.package.path, name) in GENERIC_STD_FUNCS:
                    e.selection = Selection("pkg", obj=None)
                    e.generic_std = (obj.package.path, name)
                    e.type, e.mode = None, ast.MODE_VALUE
                    return
                if m is None and name in getattr(obj.package, "unsupported", {}):
                    self.error(e.sel, self.unsupported_msg(obj.package, name))
                    e.type, e.mode = None, ast.MODE_VALUE
                    return
                if m is None or not name[:1].isupper():
                    if m is None:
                        self.error(e.sel, self.undefined_in_package(obj, x.name, name))
                    else:
                        self.error(e.sel, f"name {name} not exported by package {x.name}")
                    e.type = None
                    e.mode = ast.MODE_VALUE
                    return
                e.sel.obj = m
                e.selection = Selection("pkg", obj=m)
                if isinstance(m, Var):
                    e.type, e.mode = m.type, ast.MODE_VAR
                elif isinstance(m, Const):
                    e.type, e.mode, e.const = m.type, ast.MODE_CONST, m.value
                elif isinstance(m, TypeName):
                    e.type, e.mode = m.type, ast.MODE_TYPE
                elif isinstance(m, Func):
                    e.type, e.mode = m.type, ast.MODE_VALUE
                return
        self.expr(x)
        if x.mode == ast.MODE_TYPE:
            # method expression T.m or (*T).m
            t = x.type
            sel, ambiguous = self.lookup_ambiguous(t, name)
            shown = expr_string(x)
            if sel is None or sel.kind not in ("method", "iface"):
                if sel is None:
                    self.error(e.sel, self.no_selector(shown, t, name, ambiguous))
                else:
                    self.error(e.sel, f"{shown}.{name} undefined (type {t} has no method {name})")
                e.type, e.mode = None, ast.MODE_VALUE
                return
            if sel.kind == "method" and sel.pointer_recv and not sel.indirect and not isinstance(t.underlying(), Pointer):
                self.error(e.sel, f"invalid method expression {t}.{name} (needs pointer receiver (*{t}).{name})")
                e.type, e.mode = None, ast.MODE_VALUE
                return
            msig = sel.obj.sig
            self.note_method_dep(sel)
            e.selection = Selection("methodexpr", obj=sel.obj, path=sel.path, recv_type=t, pointer_recv=sel.pointer_recv)
            e.selection.inner = sel
            self.note_method_dep(sel)
            e.type = T.new_signature((t,) + msig.params, msig.results, msig.variadic)
            e.mode = ast.MODE_VALUE
            return
        if x.type is None:
            e.type, e.mode = None, ast.MODE_VALUE
            return
        t = x.type
        sel, ambiguous = self.lookup_ambiguous(t, name)
        if sel is None and self.unsupported_method(e, t, name):
            e.type, e.mode = None, ast.MODE_VALUE
            return
        if sel is None:
            self.error(e.sel, self.no_selector(expr_string(x), t, name, ambiguous))
            e.type, e.mode = None, ast.MODE_VALUE
            return
        e.selection = sel
        self.note_method_dep(sel)
        if sel.kind == "field":
            e.type = sel.obj.type
            base_addressable = x.mode == ast.MODE_VAR or sel.indirect or isinstance(t.underlying(), Pointer)
            e.mode = ast.MODE_VAR if base_addressable else ast.MODE_VALUE
        else:
            msig = sel.obj.sig if sel.kind != "iface" else sel.obj.sig
            self.note_method_dep(sel)
            if sel.kind == "method" and sel.pointer_recv and not sel.indirect and not isinstance(t.underlying(), Pointer):
                if x.mode != ast.MODE_VAR:
                    self.error(e, f"cannot call pointer method {name} on {t}")
                else:
                    self.mark_addr_taken(x)
            e.type = msig
            e.mode = ast.MODE_VALUE

    def note_method_dep(self, sel: Selection) -> None:
        """A method call, value or expression of this package makes the method's body a
        dependency, as a function reference does: for initialization order and for the
        initialization-cycle check (gc)."""
        if sel.kind != "method":
            return
        f = getattr(getattr(sel.obj, "decl", None), "obj", None)
        if isinstance(f, Func):
            self.note_dep(f)
            if self.cur_decl is not None:
                self.decl_deps.setdefault(self.cur_decl, {})[f] = None

    def undefined_in_package(self, pn: PkgName, local: str, name: str) -> str:
        """gc's `undefined: pkg.Name`; when real Go's package does export Name, say honestly that
        it is gomem that lacks it."""
        msg = f"undefined: {local}.{name}"
        if name in GO_EXPORTS.get(pn.package.path, ()):
            msg += f" (gomem does not support {pn.package.path}.{name} yet)"
        return msg

    def no_selector(self, x_text: str, t: Type, name: str, ambiguous: bool) -> str:
        """gc's message for x.name that selects nothing in x's type t."""
        if ambiguous:
            return f"ambiguous selector {x_text}.{name}"
        if self.is_interface_pointer(t):
            return f"{x_text}.{name} undefined (type {t} is pointer to interface, not interface)"
        return f"{x_text}.{name} undefined (type {t} has no field or method {name}{self._case_hint(t, name)})"

    @staticmethod
    def is_interface_pointer(t: Type) -> bool:
        u = t.underlying()
        return isinstance(u, Pointer) and isinstance(u.elem.underlying(), Interface)

    def _case_hint(self, t: Type, name: str) -> str:
        alt = name[:1].swapcase() + name[1:]
        sel = self.lookup(t, alt)
        if sel is not None:
            kind = "field" if sel.kind == "field" else "method"
            return f", but does have {kind} {alt}"
        return ""

    def mark_addr_taken(self, x) -> None:
        while isinstance(x, ast.ParenExpr):
            x = x.x
        if isinstance(x, ast.Ident) and isinstance(x.obj, Var):
            x.obj.addr_taken = True
        elif isinstance(x, ast.SelectorExpr) and x.selection is not None and x.selection.kind == "field":
            if not x.selection.indirect and not isinstance(x.x.type.underlying() if x.x.type else None, Pointer):
                self.mark_addr_taken(x.x)
        elif isinstance(x, ast.IndexExpr) and x.x.type is not None and isinstance(x.x.type.underlying(), Array):
            self.mark_addr_taken(x.x)

    def lookup(self, t: Type, name: str) -> Selection | None:
        """Field or method lookup with embedding (spec: Selectors)."""
        return self.lookup_ambiguous(t, name)[0]

    def lookup_ambiguous(self, t: Type, name: str) -> tuple[Selection | None, bool]:
        """lookup, and whether it failed because the name is ambiguous (several fields or
        methods of that name at the shallowest depth)."""
        if name == "_":  # blank fields exist (in layouts and comparisons) but have no name
            return None, False
        indirect = False
        start = t
        if isinstance(t, Named) and isinstance(t.underlying(), Pointer) and name not in t.methods:
            # a defined pointer type: x.f is (*x).f for fields only, never for methods
            sel, ambiguous = self.lookup_ambiguous(t.underlying(), name)
            return (sel if sel is not None and sel.kind == "field" else None), ambiguous
        if isinstance(t, Pointer) or (not isinstance(t, Named) and isinstance(t.underlying(), Pointer)):
            p = t.underlying()
            start = p.elem
            indirect = True
            if isinstance(start.underlying(), Interface):
                return None, False
        level: list[tuple[Type, list, bool]] = [(start, [], indirect)]
        seen: set[int] = set()
        while level:
            found: list[Selection] = []
            nxt: list[tuple[Type, list, bool]] = []
            for typ, path, ind in level:
                if isinstance(typ, Named):
                    if id(typ) in seen:
                        continue
                    seen.add(id(typ))
                    fi = typ.methods.get(name)
                    if fi is not None:
                        found.append(Selection("method", obj=fi, path=path, recv_type=typ, indirect=ind,
                                               pointer_recv=fi.pointer_recv))
                        continue
                u = typ.underlying()
                if isinstance(u, Struct):
                    for i, f in enumerate(u.fields):
                        if f.name == name and name != "_":  # (a blank field cannot be selected)
                            v = Var(f.name, f.type)
                            v.is_field = True
                            v.index = i
                            found.append(Selection("field", obj=v, path=path, index=i, indirect=ind))
                        elif f.embedded:
                            ft = f.type
                            isptr = isinstance(ft, Pointer)
                            base = ft.elem if isptr else ft
                            nxt.append((base, path + [(i, isptr)], ind or isptr))
                elif isinstance(u, Interface):
                    m = u.method_index.get(name)
                    if m is not None:
                        found.append(Selection("iface", obj=m, path=path, recv_type=typ, indirect=ind))
            if len(found) == 1:
                return found[0], False
            if len(found) > 1:
                return None, True
            level = nxt
        return None, False

    def expr_IndexExpr(self, e, hint, lhs) -> None:
        self.expr(e.x)
        xt = e.x.type
        if e.x.mode == ast.MODE_TYPE or (e.x.type is not None and isinstance(e.x.type, Signature) and False):
            self.unsupported(e, "type parameters (generics)")
            e.type, e.mode = T.INT, ast.MODE_VALUE
            return
        if xt is None:
            self.expr(e.index)
            e.type, e.mode = None, ast.MODE_VALUE
            return
        u = xt.underlying()
        if isinstance(u, Pointer) and isinstance(u.elem.underlying(), Array):
            u = u.elem.underlying()
            e.ptr_array = True
        if isinstance(u, Map):
            self.expr(e.index, hint=u.key)
            self.assign_to(e.index, u.key, "map index")
            e.type = u.elem
            e.mode = ast.MODE_MAPINDEX
            e.index_kind = "map"
            return
        self.expr(e.index)
        length = None
        if isinstance(u, Basic) and u.kind in (Kind.STRING, Kind.UNTYPED_STRING):
            e.type = T.BYTE
            e.mode = ast.MODE_VALUE
            e.index_kind = "string"
            if e.x.mode == ast.MODE_CONST:
                length = len(e.x.const)
                if T.is_untyped(xt):
                    self.convert_untyped(e.x, T.STRING)
        elif isinstance(u, Array):
            e.type = u.elem
            e.mode = ast.MODE_VAR if (e.x.mode == ast.MODE_VAR or getattr(e, "ptr_array", False)) else ast.MODE_VALUE
            e.index_kind = "array"
            length = u.length
        elif isinstance(u, Slice):
            e.type = u.elem
            e.mode = ast.MODE_VAR
            e.index_kind = "slice"
        else:
            self.error(e.x, f"invalid operation: cannot index {self.describe(e.x)}")
            e.type, e.mode = None, ast.MODE_VALUE
            return
        self.check_index(e.index, length, "index")
        if e.x.mode == ast.MODE_CONST and e.index.mode == ast.MODE_CONST and e.index_kind == "string":
            i = int(e.index.const)
            if 0 <= i < len(e.x.const):
                e.const = e.x.const[i]
                e.mode = ast.MODE_CONST

    def check_index(self, idx, length: int | None, what: str) -> None:
        if idx.type is None:
            return
        if not T.is_integer(idx.type):
            if idx.mode == ast.MODE_CONST and T.is_untyped(idx.type):
                ok, v, _ = C.representable(idx.const, T.INT)
                if ok:
                    idx.const = v
                    idx.type = T.INT
                    return
                # gc converts the constant to int first, in that conversion's words
                self.error(idx, f"{self.describe(idx)} truncated to int" if isinstance(idx.const, (Fraction, C.BigFloat)) else f"cannot convert {self.describe(idx)} to type int")
                return
            self.error(idx, f"invalid argument: {what} {self.describe(idx)} must be integer")
            return
        if idx.mode == ast.MODE_CONST:
            v = int(idx.const)
            if T.is_untyped(idx.type) and not C.representable(v, T.INT)[0]:
                self.error(idx, f"{self.describe(idx)} overflows int")
                idx.type = T.INT
                return
            if v < 0:
                self.error(idx, f"invalid argument: {what} {expr_string(idx)} (constant of type int) must not be negative")
            elif length is not None and v >= length:
                self.error(idx, f"invalid argument: {what} {v} out of bounds [0:{length}]")
            if T.is_untyped(idx.type):
                self.convert_untyped(idx, T.INT)

    def single_value(self, x) -> bool:
        """Whether operand x is one value; a call with no or several results is reported as gc
        does and made invalid."""
        if x.mode == ast.MODE_NOVALUE:
            self.error(x, f"{expr_string(x)} (no value) used as value")
        elif isinstance(x.type, Tuple):
            self.error(x, f"multiple-value {expr_string(x)} (value of type {x.type}) in single-value context")
        else:
            return True
        x.type, x.mode = None, ast.MODE_VALUE
        return False

    def expr_SliceExpr(self, e, hint, lhs) -> None:
        self.expr(e.x)
        self.single_value(e.x)
        xt = e.x.type
        # constant indices of an array (or a constant string) go up to its length
        bound = None
        if xt is not None:
            xu = xt.underlying()
            if isinstance(xu, Pointer) and isinstance(xu.elem.underlying(), Array):
                xu = xu.elem.underlying()
            if isinstance(xu, Array):
                bound = xu.length + 1
            elif e.x.mode == ast.MODE_CONST and isinstance(e.x.const, bytes):
                bound = len(e.x.const) + 1
        for part in (e.low, e.high, e.max):
            if part is not None:
                self.expr(part)
                self.check_index(part, bound, "index")
        # as gc: the first constant index smaller than an earlier one is reported at itself
        # (an index already reported out of bounds takes no part)
        parts = [(int(p.const) if p.mode == ast.MODE_CONST and p.type is T.INT
                  and (bound is None or int(p.const) < bound) else -1, p)
                 for p in (e.low, e.high, e.max) if p is not None]
        out_of_order = next(((y, x, node) for i, (x, _) in enumerate(parts) if x > 0
                             for y, node in parts[i + 1:] if 0 <= y < x), None)
        if out_of_order is not None:
            y, x, node = out_of_order
            self.error(node, f"invalid slice indices: {y} < {x}")
        if xt is None:
            e.type, e.mode = None, ast.MODE_VALUE
            return
        u = xt.underlying()
        e.mode = ast.MODE_VALUE
        if isinstance(u, Basic) and T.is_string(u):
            if e.slice3:
                self.error(e.max or e, "invalid operation: 3-index slice of string")
            e.type = T.STRING if T.is_untyped(xt) else xt
            if T.is_untyped(xt):
                self.convert_untyped(e.x, T.STRING)
            e.slice_kind = "string"
        elif isinstance(u, Slice):
            e.type = xt
            e.slice_kind = "slice"
        elif isinstance(u, Array):
            if e.x.mode != ast.MODE_VAR:
                self.error(e.x, f"invalid operation: {self.describe(e.x)} (slice of unaddressable value)")
            self.mark_addr_taken(e.x)
            e.type = T.new_slice(u.elem)
            e.slice_kind = "array"
        elif isinstance(u, Pointer) and isinstance(u.elem.underlying(), Array):
            e.type = T.new_slice(u.elem.underlying().elem)
            e.slice_kind = "ptrarray"
        else:
            self.error(e.x, f"invalid operation: cannot slice {self.describe(e.x)}")
            e.type = None

    def expr_TypeAssertExpr(self, e, hint, lhs) -> None:
        self.expr(e.x)
        if e.atype is None:
            self.error(e, "invalid syntax tree: use of .(type) outside type switch")
            e.type, e.mode = None, ast.MODE_VALUE
            return
        t = self.typexpr(e.atype)
        xt = e.x.type
        e.type = t
        e.mode = ast.MODE_COMMAOK
        if xt is None:
            return
        if not T.is_interface(xt):
            self.error(e.x, f"invalid operation: {expr_string(e.x)} (variable of type {xt}) is not an interface" if e.x.mode == ast.MODE_VAR else f"invalid operation: {self.describe(e.x)} is not an interface")
            return
        if not T.is_interface(t):
            missing = self.missing_method(t, xt)
            if missing:
                self.error(e, f"impossible type assertion: {expr_string(e.x)}.({expr_string(e.atype)})\n\t{t} does not implement {xt} {missing}")

    def expr_StarExpr(self, e, hint, lhs) -> None:
        self.expr(e.x)
        if e.x.mode == ast.MODE_TYPE:
            e.type = T.new_pointer(e.x.type)
            e.mode = ast.MODE_TYPE
            return
        xt = e.x.type
        if xt is None:
            e.type, e.mode = None, ast.MODE_VAR
            return
        if xt is T.UNTYPED_NIL:
            self.error(e, "invalid operation: cannot indirect nil")
            e.type, e.mode = None, ast.MODE_VAR
            return
        u = xt.underlying()
        if not isinstance(u, Pointer):
            self.error(e.x, f"invalid operation: cannot indirect {self.describe(e.x)}")
            e.type, e.mode = None, ast.MODE_VAR
            return
        e.type = u.elem
        e.mode = ast.MODE_VAR

    def expr_UnaryExpr(self, e, hint, lhs) -> None:
        op = e.op
        if op == "&":
            x = e.x
            while isinstance(x, ast.ParenExpr):
                x = x.x
            if isinstance(x, ast.CompositeLit):
                self.expr(x, hint=hint.underlying().elem if hint is not None and isinstance(hint.underlying(), Pointer) else None)
                e.type = T.new_pointer(x.type) if x.type else None
                e.mode = ast.MODE_VALUE
                return
            self.expr(e.x)
            if e.x.type is None:
                e.type, e.mode = None, ast.MODE_VALUE
                return
            if e.x.mode != ast.MODE_VAR:
                self.error(e, f"invalid operation: cannot take address of {self.describe(e.x)}")
            self.mark_addr_taken(e.x)
            e.type = T.new_pointer(e.x.type)
            e.mode = ast.MODE_VALUE
            return
        if op == "<-":
            self.expr(e.x)
            xt = e.x.type
            if xt is None:
                e.type, e.mode = None, ast.MODE_VALUE
                return
            u = xt.underlying()
            if not isinstance(u, Chan):
                self.error(e, f"invalid operation: cannot receive from non-channel {self.describe(e.x)}")
                e.type, e.mode = None, ast.MODE_VALUE
                return
            if u.dir == ChanDir.SEND:
                self.error(e, f"invalid operation: cannot receive from send-only channel {self.describe(e.x)}")
            e.type = u.elem
            e.mode = ast.MODE_COMMAOK
            return
        self.expr(e.x, hint=hint)
        xt = e.x.type
        if xt is None:
            e.type, e.mode = None, ast.MODE_VALUE
            return
        ok = {
            "+": T.is_numeric, "-": T.is_numeric, "!": T.is_boolean, "^": T.is_integer,
        }[op](xt)
        if not ok:
            opname = {"+": "+", "-": "-", "!": "!", "^": "^"}[op]
            self.error(e.x, f"invalid operation: operator {opname} not defined on {self.describe(e.x)}")
            e.type, e.mode = xt, ast.MODE_VALUE
            return
        e.type = xt
        if e.x.mode == ast.MODE_CONST:
            v = e.x.const
            if op == "+":
                r = v
            elif op == "-":
                r = -v
            elif op == "!":
                r = not v
            else:
                if T.is_unsigned(xt):
                    lo, hi = T.int_range(xt)
                    r = v ^ hi
                else:
                    r = ~v
            e.const = r
            e.mode = ast.MODE_CONST
            if not T.is_untyped(xt):
                ok, conv, why = C.representable(r, xt)
                if not ok:
                    self.error(e, f"{expr_string(e)} (constant {C.const_text(r, xt)} of type {xt}) overflows {xt}")
                    e.type, e.mode, e.const = None, ast.MODE_VALUE, None
            elif self.untyped_overflow(e, (e.line, e.col), "bitwise complement" if op == "^" else ""):
                return
            return
        e.mode = ast.MODE_VALUE

    def untyped_overflow(self, e, at: tuple[int, int], opname: str) -> bool:
        """gc bounds untyped integer constants to 512 bits: report a result past that (at the
        operator) and make the expression invalid, so no huge value flows on."""
        v = e.const
        if not isinstance(v, int) or isinstance(v, bool) or abs(v).bit_length() <= C.UNTYPED_INT_BITS:
            return False
        self.error(at, f"constant {opname + ' ' if opname else ''}overflow")
        e.type, e.mode, e.const = None, ast.MODE_VALUE, None
        return True

    def _untyped_kind(self, v) -> str:
        return "float" if isinstance(v, (Fraction, C.BigFloat)) and not C.is_integral(v) else "int"

    def expr_KeyValueExpr(self, e) -> None:
        self.error(e, "unexpected key:value expression")
        e.type, e.mode = None, ast.MODE_VALUE

    def expr_BinaryExpr(self, e, hint, lhs) -> None:
        self.expr(e.x, hint=hint if e.op not in ("==", "!=", "<", "<=", ">", ">=") else None)
        if e.op in ("<<", ">>"):
            self.expr(e.y)
        else:
            self.expr(e.y, hint=hint if e.op not in ("==", "!=", "<", "<=", ">", ">=") else None)
        self.binary(e, already=True, hint=hint)

    def binary(self, e, already: bool = False, hint: Type | None = None) -> None:
        x, y, op = e.x, e.y, e.op
        if x.type is None or y.type is None:
            e.type, e.mode = None, ast.MODE_VALUE
            return
        if isinstance(x.type, Tuple) or isinstance(y.type, Tuple):
            bad = x if isinstance(x.type, Tuple) else y
            self.error(bad, f"multiple-value {expr_string(bad)} (value of type {bad.type}) in single-value context")
            e.type, e.mode = None, ast.MODE_VALUE
            return
        if op in ("<<", ">>"):
            self.shift(e, hint)
            return
        if op in ("==", "!=", "<", "<=", ">", ">="):
            self.comparison(e)
            return
        if not self.match_types(e, x, y):
            return
        if x.type is not y.type:  # (an untyped operand next to an interface took its default type)
            self.mismatch(e, x, y)
            return
        t = x.type
        ok_ops = {
            "+": lambda t: T.is_numeric(t) or T.is_string(t),
            "-": T.is_numeric, "*": T.is_numeric, "/": T.is_numeric,
            "%": T.is_integer, "&": T.is_integer, "|": T.is_integer, "^": T.is_integer, "&^": T.is_integer,
            "&&": T.is_boolean, "||": T.is_boolean,
        }
        if not ok_ops[op](t):
            self.error(x, f"invalid operation: operator {op} not defined on {self.describe(x)}")
            e.type, e.mode = t, ast.MODE_VALUE
            return
        e.type = t
        if op in ("/", "%") and y.mode == ast.MODE_CONST and T.is_numeric(y.type) and y.const == 0 and (T.is_integer(t) or x.mode == ast.MODE_CONST):
            self.error(y, "invalid operation: division by zero")
            e.mode = ast.MODE_VALUE
            return
        if x.mode == ast.MODE_CONST and y.mode == ast.MODE_CONST:
            e.const = self.fold(op, x.const, y.const, t)
            e.mode = ast.MODE_CONST
            opname = {"+": "addition", "-": "subtraction", "*": "multiplication", "^": "bitwise XOR"}.get(op, "")
            if T.is_untyped(t) and self.untyped_overflow(e, (e.op_line, e.op_col), opname):
                return
            if e.const is None:
                # gc's floats overflowed their exponent: an unknown value, reported once
                self.error((e.op_line, e.op_col), "constant result is not representable")
                e.type, e.mode = None, ast.MODE_VALUE
                return
            if not T.is_untyped(t):
                ok, conv, why = C.representable(e.const, t)
                if not ok:
                    self.error(e, f"{expr_string(e)} (constant {C.const_text(e.const, e.type)} of type {t}) overflows {t}" if why != "truncated" else f"constant {C.const_text(e.const, e.type)} truncated to {t}")
                    e.type, e.mode, e.const = None, ast.MODE_VALUE, None  # invalid: no knock-on errors
                else:
                    e.const = int(conv) if T.is_integer(t) else conv  # floats: rounded to the type
            return
        e.mode = ast.MODE_VALUE

    def fold(self, op: str, a, b, t: Type):
        integer = T.is_integer(t)
        if op in ("+", "-", "*") and integer:
            return a + b if op == "+" else a - b if op == "-" else a * b
        if op == "/" and integer:
            q = abs(int(a)) // abs(int(b))
            return q if (a >= 0) == (b >= 0) else -q
        if op in ("+", "-", "*", "/"):
            return C.float_arith(op, a, b)  # None: gc's value is unknown
        if op == "%":
            r = abs(int(a)) % abs(int(b))
            return r if a >= 0 else -r
        if op == "&":
            return a & b
        if op == "|":
            return a | b
        if op == "^":
            return a ^ b
        if op == "&^":
            return a & ~b
        if op == "&&":
            return a and b
        if op == "||":
            return a or b
        raise AssertionError(op)

    def may_convert(self, x, y) -> bool:
        """Whether an untyped operand of a binary operation is implicitly converted to the other's
        type (so a failure reads "cannot convert"/"truncated"/"overflows"), rather than the
        operation failing with "mismatched types" (gc's rule)."""
        xt, yt = x.type, y.type
        if T.is_interface(xt) or T.is_interface(yt):
            return True
        if T.is_boolean(xt) != T.is_boolean(yt) or T.is_string(xt) != T.is_string(yt):
            return False
        if xt is T.UNTYPED_NIL or yt is T.UNTYPED_NIL:
            other = yt if xt is T.UNTYPED_NIL else xt
            return isinstance(other.underlying(), (Pointer, Slice, Map, Chan, Signature, Interface))
        return not isinstance(xt.underlying(), Pointer) and not isinstance(yt.underlying(), Pointer)

    def implicit_convert(self, x, target: Type) -> bool:
        """Convert untyped x to target, reporting a failure as gc does."""
        tu = target.underlying()
        if isinstance(tu, Interface) and not tu.is_empty and x.type is not T.UNTYPED_NIL:
            # only nil converts implicitly to an interface with methods (gc names its underlying)
            methods = "; ".join(m.name + str(m.sig)[4:] for m in tu.methods)
            self.error(x, f"cannot convert {self.describe(x)} to type interface{{{methods}}}")
            return False
        if self.convert_untyped(x, target, report=False):
            return True
        if isinstance(tu, Interface) and x.mode == ast.MODE_CONST and T.is_numeric(x.type):
            # to an interface, a constant converts to its default type: it overflows that
            self.error(x, f"{self.describe(x)} overflows {T.default_type(x.type)}")
            return False
        shown = tu if isinstance(tu, Basic) else target
        if x.mode == ast.MODE_CONST and T.is_numeric(x.type) and T.is_numeric(tu):
            why = "truncated to" if not T.is_integer(x.type) and T.is_integer(tu) else "overflows"
            self.error(x, f"{self.describe(x)} {why} {shown}")
        else:
            self.error(x, f"cannot convert {self.describe(x)} to type {shown}")
        return False

    def match_types(self, e, x, y) -> bool:
        """Bring operands of a binary operation to a common type (untyped conversion)."""
        xt, yt = x.type, y.type
        xu, yu = T.is_untyped(xt), T.is_untyped(yt)
        if xu != yu and self.may_convert(x, y):
            if not self.implicit_convert(x if xu else y, yt if xu else xt):
                e.type, e.mode = None, ast.MODE_VALUE
                return False
        elif xu and not yu:
            if not self.convert_untyped(x, yt, report=False):
                self.mismatch(e, x, y)
                return False
        elif yu and not xu:
            if not self.convert_untyped(y, xt, report=False):
                self.mismatch(e, x, y)
                return False
        elif xu and yu:
            if xt is T.UNTYPED_NIL or yt is T.UNTYPED_NIL:
                if xt is yt:
                    return True
                self.mismatch(e, x, y)
                return False
            # both untyped constants: the "larger" kind wins
            order = [Kind.UNTYPED_INT, Kind.UNTYPED_RUNE, Kind.UNTYPED_FLOAT]
            if T.is_numeric(xt) and T.is_numeric(yt):
                k = max(order.index(xt.kind), order.index(yt.kind))
                t = {0: T.UNTYPED_INT, 1: T.UNTYPED_RUNE, 2: T.UNTYPED_FLOAT}[k]
                x.type = y.type = t
                return True
            if xt is not yt:
                self.mismatch(e, x, y)
                return False
            return True
        else:
            if xt is not yt:
                self.mismatch(e, x, y)
                return False
        return True

    def mismatch(self, e, x, y) -> None:
        self.error(x, f"invalid operation: {expr_string(e)} (mismatched types {x.type} and {y.type})")
        e.type, e.mode = None, ast.MODE_VALUE

    def shift(self, e, hint) -> None:
        x, y = e.x, e.y
        if not T.is_integer(y.type):
            if y.mode == ast.MODE_CONST and T.is_untyped(y.type):
                ok, v, why = C.representable(y.const, T.UINT)
                if ok:
                    y.const = v
                    y.type = T.UNTYPED_INT
                else:
                    # gc: a count of integer value must not be negative, any other constant
                    # must convert to uint (reported in that conversion's words)
                    i = C.to_int(y.const) if T.is_numeric(y.type) else None
                    if i is not None and i < 0:
                        self.error(y, f"invalid operation: negative shift count {self.describe(y)}")
                    elif T.is_numeric(y.type):  # (a float constant is "truncated", whatever its value)
                        self.error(y, f"{self.describe(y)} {'overflows' if T.is_integer(y.type) else 'truncated to'} uint")
                    else:
                        self.error(y, f"cannot convert {self.describe(y)} to type uint")
                    e.type, e.mode = None, ast.MODE_VALUE
                    return
            else:
                self.error(y, f"invalid operation: shift count {self.describe(y)} must be integer")
                e.type, e.mode = x.type, ast.MODE_VALUE
                return
        if y.mode == ast.MODE_CONST and int(y.const) < 0:
            self.error(y, f"invalid operation: negative shift count {self.describe(y)}")
            e.type, e.mode = x.type, ast.MODE_VALUE
            return
        count_text = self.describe(y)  # as written, before it becomes a uint
        if T.is_untyped(y.type) and not self.implicit_convert(y, T.UINT):
            e.type, e.mode = None, ast.MODE_VALUE
            return
        if x.mode == ast.MODE_CONST:
            xv = x.const
            untyped_kind = x.type
            if T.is_untyped(x.type):
                if isinstance(xv, (Fraction, C.BigFloat)) and C.is_integral(xv):
                    xv = C.to_int(xv)
                    x.type = T.UNTYPED_INT
            if y.mode == ast.MODE_CONST:
                if not isinstance(xv, int) or isinstance(xv, bool):
                    self.error(x, f"invalid operation: shifted operand {self.describe(x)} must be integer")
                    e.type, e.mode = None, ast.MODE_VALUE
                    return
                s = int(y.const)
                if s > C.MAX_CONST_SHIFT:
                    self.error(y, f"invalid operation: invalid shift count {count_text}")
                    e.type, e.mode = None, ast.MODE_VALUE
                    return
                r = xv << s if e.op == "<<" else xv >> s
                e.type = x.type
                e.const = r
                e.mode = ast.MODE_CONST
                if not T.is_untyped(x.type):
                    ok, _, _ = C.representable(r, x.type)
                    if not ok:
                        self.error(e, f"{expr_string(e)} (constant {r} of type {x.type}) overflows {x.type}")
                        e.type, e.mode, e.const = None, ast.MODE_VALUE, None
                else:
                    self.untyped_overflow(e, (e.op_line, e.op_col), "shift")
                return
            if T.is_untyped(x.type) and not (isinstance(xv, int) and not isinstance(xv, bool)):
                self.error(x, f"invalid operation: shifted operand {self.describe(x)} must be integer")
                e.type, e.mode = None, ast.MODE_VALUE
                return
            # Non-constant shift of an untyped constant: it takes the type the constant would
            # take in the shift's place (spec: Operators). With a typed hint that type is
            # known now; otherwise the shift stays untyped until an operand or assignment
            # types it (_set_untyped), or becomes int when nothing does.
            if T.is_untyped(x.type):
                if hint is None or T.is_interface(hint):
                    x.type = untyped_kind  # 1.0 << s defaults to float64: an error then
                    e.type, e.mode = untyped_kind, ast.MODE_VALUE
                    self.delayed_shifts.append(e)
                    return
                t = hint if T.is_integer(hint) else T.INT
                if not T.is_integer(hint) and not T.is_interface(hint):
                    self.error(x, f"invalid operation: shifted operand {expr_string(x)} (type {hint}) must be integer")
                    e.type, e.mode = None, ast.MODE_VALUE  # invalid: no knock-on error
                    return
                self.convert_untyped(x, t)
        if not T.is_integer(x.type):
            self.error(x, f"invalid operation: shifted operand {self.describe(x)} must be integer")
        e.type = x.type
        e.mode = ast.MODE_VALUE

    def comparison(self, e) -> None:
        x, y, op = e.x, e.y, e.op
        e.type = T.UNTYPED_BOOL
        e.mode = ast.MODE_VALUE
        if not self.compare_check(e, x, y):
            e.type = None  # invalid: no knock-on errors
            return
        if x.mode == ast.MODE_CONST and y.mode == ast.MODE_CONST:
            a, b = x.const, y.const
            r = {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
            e.const = r
            e.mode = ast.MODE_CONST

    def compare_check(self, e, x, y, case: bool = False) -> bool:
        xt, yt = x.type, y.type
        nil_operand = xt is T.UNTYPED_NIL or yt is T.UNTYPED_NIL
        if xt is None or yt is None:
            return False
        # assignability in either direction, after untyped conversion
        if T.is_untyped(xt) != T.is_untyped(yt) and self.may_convert(x, y):
            if not self.implicit_convert(x if T.is_untyped(xt) else y, yt if T.is_untyped(xt) else xt):
                return False
        elif T.is_untyped(xt) and not T.is_untyped(yt):
            if not self.convert_untyped(x, yt, report=False):
                self._cmp_mismatch(e, x, y, case)
                return False
        elif T.is_untyped(yt) and not T.is_untyped(xt):
            if not self.convert_untyped(y, xt, report=False):
                self._cmp_mismatch(e, x, y, case)
                return False
        elif T.is_untyped(xt) and T.is_untyped(yt):
            if xt is T.UNTYPED_NIL and yt is T.UNTYPED_NIL:
                self.error(y, f"invalid operation: {expr_string(e)} (operator {'==' if case else e.op} not defined on untyped nil)")
                return False
            if not (T.is_numeric(xt) and T.is_numeric(yt)) and xt is not yt:
                self._cmp_mismatch(e, x, y, case)  # ("a" == 1: no conversion is tried)
                return False
            self.match_types(e, x, y)  # (numeric kinds: the larger one)
        xt, yt = x.type, y.type
        if not (self.assignable_type(xt, yt) or self.assignable_type(yt, xt)):
            self._cmp_mismatch(e, x, y, case)
            return False
        op = "==" if case else e.op
        # gc's order: the first operand on which the operator is not defined is the culprit
        if op in ("==", "!="):
            if nil_operand:
                return True  # (nil == nil was reported above; nil converted to the other's type)
            for culprit in (x, y):
                if not T.comparable(culprit.type):
                    return self._cmp_undefined(e, x, y, case, culprit, op, self._incomparable_cause(culprit.type))
        else:
            for culprit in (x, y):
                if not (T.is_numeric(culprit.type) or T.is_string(culprit.type)):
                    return self._cmp_undefined(e, x, y, case, culprit, op, "")
        return True

    @staticmethod
    def kind_string(t: Type) -> str:
        """gc's word for a type's kind in "operator == not defined on ..." (the type itself for
        basic types)."""
        u = t.underlying()
        names = {Struct: "struct", Pointer: "pointer", Interface: "interface", Map: "map", Slice: "slice",
                 Chan: "chan", Signature: "func", Array: "array"}
        for k, v in names.items():
            if isinstance(u, k):
                return v
        return str(t)

    def _incomparable_cause(self, t: Type) -> str:
        """Why == is not defined on t, as gc explains it ("" when it has nothing to add)."""
        u = t.underlying()
        if isinstance(u, (Slice, Map, Signature)):
            return f"{self.kind_string(t)} can only be compared to nil"
        if isinstance(u, Struct):
            bad = next(f.type for f in u.fields if not T.comparable(f.type))
            return f"struct containing {bad} cannot be compared"
        if isinstance(u, Array):
            return f"{u} cannot be compared"
        return ""

    def _cmp_undefined(self, e, x, y, case: bool, culprit, op: str, cause: str) -> bool:
        cause = cause or f"operator {op} not defined on {self.kind_string(culprit.type)}"
        if case:  # reported at the case value
            self.error(x, f"invalid case {expr_string(x)} in switch on {expr_string(y)} ({cause})")
        else:
            self.error(culprit, f"invalid operation: {expr_string(e)} ({cause})")
        return False

    def _cmp_mismatch(self, e, x, y, case) -> None:
        if case:
            self.error(x, f"invalid case {expr_string(x)} in switch on {expr_string(y)} (mismatched types {x.type} and {y.type})")
        else:
            self.error(y, f"invalid operation: {expr_string(e)} (mismatched types {x.type} and {y.type})")

    # -------------------------------------------------------------------- calls
    def expr_CallExpr(self, e, hint, lhs) -> None:
        f = e.fun
        while isinstance(f, ast.ParenExpr):
            f = f.x
        self.expr(f)
        if f.mode == ast.MODE_TYPE:
            self.conversion(e, f.type)
            return
        if getattr(f, "generic_std", None) is not None:
            self.generic_std_call(e, f)
            return
        if f.mode == ast.MODE_BUILTIN:
            e.call_kind = "builtin"
            e.builtin = f.name if isinstance(f, ast.Ident) else f.sel.name
            self.builtin_call(e, e.builtin, hint)
            return
        ft = f.type
        if ft is None:
            for a in e.args:
                self.expr(a)
            e.type, e.mode = None, ast.MODE_VALUE
            return
        sig = ft.underlying()
        if not isinstance(sig, Signature):
            self.error(e, f"invalid operation: cannot call non-function {self.describe(f)}")
            for a in e.args:
                self.expr(a)
            e.type, e.mode = None, ast.MODE_VALUE
            return
        if isinstance(f, ast.SelectorExpr) and f.selection is not None:
            k = f.selection.kind
            e.call_kind = {"method": "method", "iface": "iface", "pkg": "func", "methodexpr": "value", "field": "value"}[k]
            if k == "pkg" and not isinstance(f.selection.obj, Func):
                e.call_kind = "value"
        elif isinstance(f, ast.Ident) and isinstance(f.obj, Func):
            e.call_kind = "func"
        else:
            e.call_kind = "value"
        self.call_args(e, sig, self.callee_name(f))
        e.type = sig.result
        e.mode = ast.MODE_VALUE if sig.results else ast.MODE_NOVALUE

    def generic_std_call(self, e, f) -> None:
        """Calls of the few generic standard functions gomem types by hand (no type parameters)."""
        pkg, name = f.generic_std
        e.call_kind = "func"
        for a in e.args:
            self.expr(a)
        if len(e.args) != 1 or e.args[0].type is None or not isinstance(e.args[0].type.underlying(), Signature):
            self.error(e, f"in call to {expr_string(f)}, cannot infer T")
            e.type, e.mode = None, ast.MODE_VALUE
            return
        sig = e.args[0].type.underlying()
        want = 1 if name == "OnceValue" else 2
        if sig.params or len(sig.results) != want:
            self.error(e.args[0], f"cannot use {self.describe(e.args[0])} as func() {'T' if want == 1 else '(T1, T2)'} value in argument to {expr_string(f)}")
        e.type = sig
        f.type = T.new_signature((sig,), (sig,), False)
        e.mode = ast.MODE_VALUE

    def callee_name(self, f) -> str:
        return expr_string(f)

    def call_args(self, e, sig: Signature, name: str) -> None:
        params = sig.params
        args = e.args
        # f(g()) where g returns several values
        if len(args) == 1 and len(params) > 1 or (len(args) == 1 and sig.variadic and not e.has_ellipsis):
            a = args[0]
            self.expr(a, hint=params[0] if params else None)
            if isinstance(a.type, Tuple):
                e.spread = True
                types = a.type.types
                if not sig.variadic and len(types) != len(params) or sig.variadic and len(types) < len(params) - 1:
                    self.arg_count_error(e, sig, name, types)
                    return
                for i, t in enumerate(types):
                    pt = params[i] if i < len(params) - (1 if sig.variadic else 0) else params[-1].elem
                    self.check_assignable_type(t, pt, a, f"argument to {name}")
                return
            checked = [a]
        else:
            checked = []
        for i, a in enumerate(args):
            if a in checked:
                continue
            pt = None
            if i < len(params):
                pt = params[i]
                if sig.variadic and i == len(params) - 1 and not e.has_ellipsis:
                    pt = params[-1].elem
            elif sig.variadic and params:
                pt = params[-1].elem
            self.expr(a, hint=pt)
        nparams = len(params)
        if e.has_ellipsis:
            if not sig.variadic:
                self.error(args[-1] if args else e, f"cannot use ... in call to non-variadic {name}")
                return
            if len(args) != nparams:
                self.arg_count_error(e, sig, name, [a.type for a in args])
                return
            for a, pt in zip(args, params):
                self.assign_to(a, pt, f"argument to {name}")
            return
        if sig.variadic:
            if len(args) < nparams - 1:
                self.arg_count_error(e, sig, name, [a.type for a in args])
                return
            for i, a in enumerate(args):
                pt = params[i] if i < nparams - 1 else params[-1].elem
                self.assign_to(a, pt, f"argument to {name}")
            return
        if len(args) != nparams:
            self.arg_count_error(e, sig, name, [a.type for a in args])
            return
        for a, pt in zip(args, params):
            self.assign_to(a, pt, f"argument to {name}")

    def arg_count_error(self, e, sig, name, have_types) -> None:
        have = "(" + ", ".join(summary_type(t) for t in have_types) + ")"
        want = [summary_type(t) for t in sig.params]
        if sig.variadic and want:
            want[-1] = "..." + summary_type(sig.params[-1].elem)
        want = "(" + ", ".join(want) + ")"
        if len(have_types) < len(sig.params):
            pos = e.args[-1] if e.args else e
            self.error(pos, f"not enough arguments in call to {name}\n\thave {have}\n\twant {want}")
        else:
            extra = e.args[len(sig.params)] if len(e.args) > len(sig.params) else e
            self.error(extra, f"too many arguments in call to {name}\n\thave {have}\n\twant {want}")

    def conversion(self, e, t: Type) -> None:
        e.call_kind = "conversion"
        e.type = t
        e.mode = ast.MODE_VALUE
        if len(e.args) != 1:
            for a in e.args:
                self.expr(a)
            if not e.args:
                self.conversion_failed(e, e, f"missing argument in conversion to {t}")
            else:
                self.conversion_failed(e, e.args[-1], f"too many arguments in conversion to {t}")
            return
        x = e.args[0]
        # (a shift's untyped operand takes the conversion's type only when that is a basic type)
        self.expr(x, hint=t if isinstance(t.underlying(), (Basic, Interface)) else None)
        if x.type is None:
            return
        if x.mode == ast.MODE_CONST and T.is_untyped(x.type) or (x.mode == ast.MODE_CONST and isinstance(t.underlying(), Basic)):
            tu = t.underlying()
            if isinstance(tu, Basic):
                v = x.const
                if T.is_string(tu) and T.is_integer(x.type) and not isinstance(v, bytes):
                    from gomem.stdlib.utf8 import rune_to_string
                    e.const = rune_to_string(int(v))
                    e.mode = ast.MODE_CONST
                    xt = T.default_type(x.type) if T.is_untyped(x.type) else x.type
                    if C.representable(v, xt)[0]:
                        self.convert_untyped(x, xt)
                    else:  # string(1<<100): any integer constant converts (to "\uFFFD")
                        x.type = xt
                    return
                if T.is_numeric(tu) and T.is_numeric(x.type):
                    ok, conv, why = C.representable(v, tu)
                    if not ok:
                        # gc: integer to integer reads "constant V overflows T"; anything else
                        # "cannot convert", no reason given
                        if T.is_integer(x.type) and T.is_integer(tu):
                            self.conversion_failed(e, x, f"constant {C.const_text(v)} overflows {t}")
                        elif T.is_integer(tu) and why != "truncated":
                            # an integral float constant is shown as the integer it was rounded to
                            self.conversion_failed(e, x, f"cannot convert {expr_string(x)} ({self.describe_kind(x).split(' constant')[0]} constant {int(v)}) to type {t}")
                        else:
                            self.conversion_failed(e, x, f"cannot convert {self.describe(x)} to type {t}")
                        return
                    e.const = int(conv) if T.is_integer(tu) else conv
                    e.mode = ast.MODE_CONST
                    if T.is_untyped(x.type):
                        self.convert_untyped(x, tu if not T.is_integer(tu) or T.is_integer(x.type) else T.default_type(x.type))
                    return
                if T.is_string(tu) and T.is_string(x.type):
                    e.const = v
                    e.mode = ast.MODE_CONST
                    if T.is_untyped(x.type):
                        self.convert_untyped(x, T.STRING)
                    return
                if T.is_boolean(tu) and T.is_boolean(x.type):
                    e.const = v
                    e.mode = ast.MODE_CONST
                    if T.is_untyped(x.type):
                        self.convert_untyped(x, T.BOOL)
                    return
            if T.is_untyped(x.type) and x.type is not T.UNTYPED_NIL:
                if self.convertible(T.default_type(x.type), t):
                    self.convert_untyped(x, T.default_type(x.type) if not isinstance(t.underlying(), Interface) else T.default_type(x.type))
                    if isinstance(t.underlying(), Interface):
                        x.to_iface = t
                    return
        if x.type is T.UNTYPED_NIL:
            if isinstance(t.underlying(), (Pointer, Slice, Map, Chan, Signature, Interface)):
                x.type = t
                return
            self.conversion_failed(e, x, f"cannot convert nil to type {t}")
            return
        if T.is_untyped(x.type):
            # a non-constant untyped operand (1<<s + 1<<s, a < b) takes the type a constant in
            # its place would take: T itself, or the default type for an interface T
            tu = t.underlying()
            target = T.default_type(x.type) if isinstance(tu, Interface) or not isinstance(tu, Basic) else t
            if not self.convertible(target, t) or not self.convert_untyped(x, target, report=False):
                self.conversion_failed(e, x, f"cannot convert {self.describe(x)} to type {t}")
                return
        if not self.convertible(x.type, t):
            cause = self.not_assignable_cause(x.type, t)
            self.conversion_failed(e, x, f"cannot convert {self.describe(x)} to type {t}" + (f": {cause}" if cause else ""))
            return
        if isinstance(t.underlying(), Interface) and not isinstance(x.type.underlying(), Interface):
            x.to_iface = t

    def conversion_failed(self, conv, at, msg: str) -> None:
        self.error(at, msg)
        conv.type = None  # invalid: no knock-on errors about the result

    def convertible(self, vt: Type, t: Type) -> bool:
        if self.assignable_type(vt, t):
            return True
        vu, tu = vt.underlying(), t.underlying()
        if T.identical_ignore_tags(vu, tu):
            return True
        if isinstance(vt, Pointer) and isinstance(t, Pointer) and T.identical_ignore_tags(vt.elem.underlying(), t.elem.underlying()):
            return True
        if T.is_numeric(vu) and T.is_numeric(tu):
            return True
        if T.is_string(tu):
            if T.is_integer(vu):
                return True
            if isinstance(vu, Slice) and T.basic_kind(vu.elem) in (Kind.UINT8, Kind.INT32):
                return True
        if T.is_string(vu) and isinstance(tu, Slice) and T.basic_kind(tu.elem) in (Kind.UINT8, Kind.INT32):
            return True
        if isinstance(vu, Slice) and isinstance(tu, (Array,)) and vu.elem is tu.elem:
            return True
        if isinstance(vu, Slice) and isinstance(tu, Pointer) and isinstance(tu.elem.underlying(), Array) and tu.elem.underlying().elem is vu.elem:
            return True
        return False

    # ---------------------------------------------------------------- builtins
    def builtin_call(self, e, name: str, hint) -> None:
        args = e.args
        e.mode = ast.MODE_VALUE
        if len(args) == 1 and name in ("print", "println", "copy", "delete") and isinstance(args[0], ast.CallExpr):
            self.spread_results(e)
            args = e.args
        nargs = len(args)

        def need(n, exact=True):
            if (nargs < n) or (exact and nargs > n):
                msg = "not enough" if nargs < n else "too many"
                self.error(e, f"invalid operation: {msg} arguments for {expr_string(e)} (expected {n}, found {nargs})")
                for a in args:
                    self.expr(a)
                e.type = None
                return False
            return True

        if name in ("len", "cap"):
            if not need(1):
                return
            x = args[0]
            self.expr(x)
            e.type = T.INT
            if x.type is None:
                if self.errors or self.cycle_pending:
                    e.type = None  # an invalid operand (reported): so is the call, silently
                return
            u = x.type.underlying()
            if isinstance(u, Pointer) and isinstance(u.elem.underlying(), Array):
                u = u.elem.underlying()
            ok = isinstance(u, (Array, Slice, Chan)) or (name == "len" and (isinstance(u, Map) or T.is_string(u)))
            if not ok:
                self.error(x, f"invalid argument: {self.describe(x)} for built-in {name}")
                return
            if T.is_string(u) and x.mode == ast.MODE_CONST:
                e.const = len(x.const)
                e.mode = ast.MODE_CONST
                if T.is_untyped(x.type):
                    self.convert_untyped(x, T.STRING)
            elif isinstance(u, Array) and not ast.has_call_or_recv(x) and not any(
                    isinstance(n, ast.CallExpr) and n.call_kind == "builtin" and n.mode != ast.MODE_CONST
                    for n in ast.walk(x)):  # (spec: a non-constant built-in call is a call too)
                e.const = u.length
                e.mode = ast.MODE_CONST
            return
        if name == "new":
            if not need(1):
                return
            t = self.typexpr(args[0])
            e.type = T.new_pointer(t)
            return
        if name == "make":
            if nargs == 0:
                self.error(e, f"invalid operation: not enough arguments for {expr_string(e)} (expected 1, found 0)")
                e.type = None
                return
            t = self.typexpr(args[0])
            e.type = t
            u = t.underlying()
            if isinstance(u, Slice):
                if nargs < 2:
                    self.error(e, f"invalid operation: {expr_string(e)} expects 2 or 3 arguments; found {nargs}")
                    return
                if nargs > 3:
                    self.error(e, f"invalid operation: {expr_string(e)} expects 2 or 3 arguments; found {nargs}")
                    return
            elif isinstance(u, (Map, Chan)):
                if nargs > 2:
                    self.error(e, f"invalid operation: {expr_string(e)} expects 1 or 2 arguments; found {nargs}")
                    return
            else:
                self.error(args[0], f"invalid argument: cannot make {expr_string(args[0])}; type must be slice, map, or channel")
                return
            sizes = []
            for a in args[1:]:
                self.expr(a)
                self.size_arg(a)
                sizes.append(a)
            if len(sizes) == 2 and all(s.mode == ast.MODE_CONST and s.type is not None and int(s.const) >= 0 for s in sizes) and int(sizes[0].const) > int(sizes[1].const):
                self.error(sizes[0], "invalid argument: length and capacity swapped")
            return
        if name == "append":
            if nargs == 0:
                self.error(e, "invalid operation: not enough arguments for append() (expected 1, found 0)")
                e.type = None
                return
            s = args[0]
            self.expr(s, hint=hint)
            st = s.type
            if isinstance(st, Tuple) and nargs == 1 and not e.has_ellipsis:
                # append(f()): f's results are append's arguments
                e.spread = s
                e.args = args = [ast.TupleElem(s.line, s.col, call=s, index=i) for i in range(len(st.types))]
                for a in args:
                    self.expr(a)
                nargs, s, st = len(args), args[0], args[0].type
            if st is T.UNTYPED_NIL or st is not None and not isinstance(st.underlying(), Slice):
                if isinstance(s, ast.TupleElem):
                    s = s.call
                    have = f"{expr_string(s)} (value of type {st})"
                else:
                    have = "untyped nil" if st is T.UNTYPED_NIL else self.describe(s)
                self.error(s, f"first argument to append must be a slice; have {have}")
                st = None
            if st is None:
                for a in args[1:]:
                    if not isinstance(a, ast.TupleElem):
                        self.expr(a)
                e.type = None
                return
            u = st.underlying()
            e.type = st
            sig = T.new_signature((st, T.new_slice(u.elem)), (st,), True)  # how gc checks the arguments
            if getattr(e, "spread", None) is not None:
                for a in args[1:]:
                    self.check_assignable_type(a.type, u.elem, e.spread, "argument to append")
                return
            if e.has_ellipsis:
                if nargs != 2:
                    for a in args[1:]:
                        self.expr(a)
                    self.arg_count_error(e, sig, "append", [a.type for a in args])
                    return
                a = args[1]
                self.expr(a)
                if a.type is not None and T.is_string(a.type) and T.basic_kind(u.elem) == Kind.UINT8:
                    if T.is_untyped(a.type):
                        self.convert_untyped(a, T.STRING)
                    e.append_string = True
                    return
                self.assign_to(a, T.new_slice(u.elem) if not isinstance(a.type.underlying() if a.type else None, Slice) else a.type, "argument to append")
                if a.type is not None and isinstance(a.type.underlying(), Slice) and a.type.underlying().elem is not u.elem:
                    self.error(a, f"cannot use {self.describe(a)} as []{u.elem} value in argument to append")
                return
            for a in args[1:]:
                self.expr(a, hint=u.elem)
                self.assign_to(a, u.elem, "argument to append")
            return
        if name == "copy":
            if not need(2):
                return
            self.expr(args[0])
            self.expr(args[1])
            e.type = T.INT
            d, s = args[0].type, args[1].type
            if d is None or s is None:
                return
            dst = d.underlying() if isinstance(d.underlying(), Slice) else None
            src = T.new_slice(T.UINT8) if T.is_string(s) else s.underlying() if isinstance(s.underlying(), Slice) else None
            if dst is None or src is None:
                self.error(args[0], f"invalid argument: copy expects slice arguments; found {self.describe(args[0])} and {self.describe(args[1])}")
                return
            if dst.elem is not src.elem:
                self.error(args[0], f"invalid argument: arguments to copy {self.describe(args[0])} and {self.describe(args[1])} "
                                    f"have different element types {dst.elem} and {src.elem}")
                return
            if T.is_untyped(s):
                self.convert_untyped(args[1], T.STRING)
            return
        if name == "delete":
            if not need(2):
                return
            self.expr(args[0])
            mt = args[0].type
            if mt is None:
                self.expr(args[1])
                return
            u = mt.underlying()
            if not isinstance(u, Map):
                self.error(args[0], f"invalid argument: {self.describe(args[0])} is not a map")
                self.expr(args[1])
                return
            self.expr(args[1], hint=u.key)
            self.assign_to(args[1], u.key, "argument to delete")
            e.type = None
            e.mode = ast.MODE_NOVALUE
            return
        if name == "panic":
            if not need(1):
                return
            self.expr(args[0], hint=T.EMPTY_INTERFACE)
            self.assign_to(args[0], T.EMPTY_INTERFACE, "argument to panic")
            e.type = None
            e.mode = ast.MODE_NOVALUE
            return
        if name == "recover":
            if not need(0):
                return
            self.fn.has_recover = True
            e.type = T.EMPTY_INTERFACE
            return
        if name in ("print", "println"):
            for a in args:
                self.expr(a)
                if a.type is not None:
                    if a.type is T.UNTYPED_NIL:
                        self.error(a, "use of untyped nil in argument to built-in " + name)
                    elif T.is_untyped(a.type):
                        self._ctx = "argument to built-in" + name  # sic: gc prints no space here
                        self.convert_untyped(a, T.default_type(a.type))
                        self._ctx = "assignment"
            e.type = None
            e.mode = ast.MODE_NOVALUE
            return
        if name == "close":
            if not need(1):
                return
            self.expr(args[0])
            t = args[0].type
            if t is not None:
                u = t.underlying()
                if not isinstance(u, Chan):
                    self.error(args[0], f"invalid operation: cannot close non-channel {self.describe(args[0])}")
                elif u.dir == ChanDir.RECV:
                    self.error(args[0], f"invalid operation: cannot close receive-only channel {self.describe(args[0])}")
            e.type = None
            e.mode = ast.MODE_NOVALUE
            return
        if name == "clear":
            if not need(1):
                return
            self.expr(args[0])
            t = args[0].type
            if t is not None and not isinstance(t.underlying(), (Map, Slice)):
                self.error(args[0], f"invalid argument: clear({self.describe(args[0])}) argument must be (or constrained by) map or slice")
            e.type = None
            e.mode = ast.MODE_NOVALUE
            return
        if name in ("min", "max"):
            if nargs == 0:
                self.error(e, f"not enough arguments for {name}() (expected 1, found 0)")
                e.type = None
                return
            for a in args:
                self.expr(a, hint=hint)
            # common type like a binary operation
            cur = args[0]
            for a in args[1:]:
                fake = ast.BinaryExpr(a.line, a.col, op="<", x=cur, y=a)
                if not self.match_types(fake, cur, a):
                    e.type = None
                    return
                if not T.is_untyped(a.type):
                    cur = a
            t = cur.type
            for a in args:
                if T.is_untyped(a.type) and not T.is_untyped(t):
                    self.convert_untyped(a, t)
            if t is not None and not (T.is_numeric(t) or T.is_string(t)):
                self.error(args[0], f"invalid argument: {self.describe(args[0])} cannot be ordered")
                e.type = None
                return
            if all(a.mode == ast.MODE_CONST for a in args):
                vals = [a.const for a in args]
                e.const = min(vals) if name == "min" else max(vals)
                e.mode = ast.MODE_CONST
                # an untyped result keeps the largest kind among the operands
                kinds = [a.type for a in args]
                if all(T.is_untyped(k) for k in kinds):
                    order = [Kind.UNTYPED_INT, Kind.UNTYPED_RUNE, Kind.UNTYPED_FLOAT, Kind.UNTYPED_STRING]
                    t = max(kinds, key=lambda k: order.index(k.kind) if k.kind in order else 0)
            e.type = t
            return
        if name in ("complex", "real", "imag"):
            self.unsupported(e, "complex numbers")
            for a in args:
                self.expr(a)
            e.type = T.FLOAT64
            return
        self.error(e, f"gomem does not support builtin {name} yet")


    def size_arg(self, a) -> None:
        if a.type is None:
            return
        if a.mode == ast.MODE_CONST:
            ok, v, _ = C.representable(a.const, T.INT)
            if not ok or not isinstance(v, int):
                if isinstance(a.const, (Fraction, C.BigFloat)) and not C.is_integral(a.const):
                    self.error(a, f"{expr_string(a)} ({a.type} constant) truncated to int")
                else:
                    self.error(a, f"{self.describe(a)} overflows int" if ok is False and isinstance(a.const, int) else f"invalid argument: index {self.describe(a)} must be integer")
                return
            if v < 0:
                self.error(a, f"invalid argument: index {expr_string(a)} (constant of type int) must not be negative")
                return
            if T.is_untyped(a.type):
                self.convert_untyped(a, T.INT)
            return
        if not T.is_integer(a.type):
            self.error(a, f"cannot convert {self.describe(a)} to type int" if T.is_float(a.type) else f"invalid argument: index {self.describe(a)} must be integer")

    # ----------------------------------------------------------- assignability
    def convert_untyped(self, e, target: Type, report: bool = True) -> bool:
        """Give an untyped operand its final type (spec: implicit conversion of constants)."""
        t = e.type
        if t is None or not T.is_untyped(t):
            return True
        tu = target.underlying()
        if t is T.UNTYPED_NIL:
            if isinstance(tu, (Pointer, Slice, Map, Chan, Signature, Interface)) or (isinstance(tu, Basic) and tu.kind == Kind.UNSAFE_POINTER):
                e.type = target
                return True
            if report:
                self.error(e, f"cannot use nil as {target} value in assignment")
            return False
        if isinstance(tu, Interface):
            d = T.default_type(t)
            if e.mode == ast.MODE_CONST:
                ok, v, why = C.representable(e.const, d)
                if not ok:
                    if report:
                        self.error(e, f"cannot use {self.describe(e)} as {d} value in {self._ctx} ({why or 'overflows'})")
                    return False
            self._set_untyped(e, d)
            return True
        if not isinstance(tu, Basic):
            if report:
                self.error(e, f"cannot use {self.describe(e)} as {target} value")
            return False
        if e.mode == ast.MODE_CONST:
            ok, v, why = C.representable(e.const, tu)
            if not ok:
                if report:
                    if why and T.is_integer(tu) and not T.is_integer(t):
                        why = "truncated"  # gc: any float-to-integer failure reads so
                    if why:
                        self.error(e, f"cannot use {self.describe(e)} as {target} value in {self._ctx} ({why})")
                    else:
                        self.error(e, f"cannot use {self.describe(e)} as {target} value in {self._ctx}")
                return False
            if T.is_untyped(tu):
                # untyped to untyped: int -> float etc.
                self._set_untyped(e, target)
                return True
            self._set_untyped(e, target, v)
            return True
        # untyped non-constant (bool from comparison, shifted untyped)
        if T.is_boolean(t) and T.is_boolean(tu):
            self._set_untyped(e, target)
            return True
        if T.is_numeric(t) and T.is_numeric(tu):
            self._set_untyped(e, target)
            return True
        if T.is_string(t) and T.is_string(tu):
            self._set_untyped(e, target)
            return True
        if report:
            self.error(e, f"cannot use {self.describe(e)} as {target} value in {self._ctx}")
        return False

    _ctx = "assignment"

    def _set_untyped(self, e, t: Type, v: Any = None) -> None:
        e.type = t
        if v is not None and e.mode == ast.MODE_CONST:
            e.const = v
        inner = e
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
            inner.type = t
            if v is not None and inner.mode == ast.MODE_CONST:
                inner.const = v
        # propagate into untyped operands of non-constant expressions (comparisons, shifts)
        if isinstance(inner, ast.BinaryExpr) and inner.mode != ast.MODE_CONST:
            if inner.op in ("<<", ">>"):
                if T.is_untyped(inner.x.type):
                    if not T.is_integer(t) and not T.is_untyped(t):
                        self.error(inner.x, f"invalid operation: shifted operand {expr_string(inner.x)} (type {t}) must be integer")
                    self._set_untyped(inner.x, t)
            elif inner.op not in ("==", "!=", "<", "<=", ">", ">="):
                for sub in (inner.x, inner.y):
                    if T.is_untyped(sub.type):
                        self._set_untyped(sub, t)
        elif isinstance(inner, ast.UnaryExpr) and inner.mode != ast.MODE_CONST and T.is_untyped(inner.x.type or T.INT):
            self._set_untyped(inner.x, t)

    def assign_to(self, e, target: Type, context: str) -> bool:
        """Check that e can be assigned to a location of type target (spec: Assignability)."""
        if e.type is None or target is None:
            return False
        if e.mode == ast.MODE_TYPE:
            self.error(e, f"{expr_string(e)} (type) is not an expression")
            return False
        if e.mode == ast.MODE_NOVALUE:
            self.error(e, f"{expr_string(e)} (no value) used as value")
            return False
        if isinstance(e.type, Tuple):
            self.error(e, f"multiple-value {expr_string(e)} (value of type {e.type}) in single-value context")
            return False
        if e.mode == ast.MODE_BUILTIN:
            self.error(e, f"{expr_string(e)} (built-in) must be called")
            return False
        if T.is_untyped(e.type):
            self._ctx = context
            if e.type is T.UNTYPED_NIL:
                if not self.convert_untyped(e, target, report=False):
                    self.error(e, f"cannot use nil as {target} value in {context}")
                    return False
                return True
            tu = target.underlying()
            if isinstance(tu, Interface):
                if not tu.is_empty:
                    d = T.default_type(e.type)
                    missing = self.missing_method(d, target)
                    if missing:
                        self.error(e, f"cannot use {self.describe(e)} as {target} value in {context}: {d} does not implement {target} {missing}")
                        return False
                self.convert_untyped(e, target)
                e.to_iface = target
                return True
            ok = self.convert_untyped(e, target)
            return ok
        if self.assignable_type(e.type, target):
            if isinstance(target.underlying(), Interface) and not isinstance(e.type.underlying(), Interface):
                e.to_iface = target
            return True
        self.report_not_assignable(e, e.type, target, context)
        return False

    def check_assignable_type(self, vt: Type, target: Type, e, context: str) -> bool:
        if vt is None or target is None:
            return False
        if T.is_untyped(vt):
            if vt is T.UNTYPED_NIL:
                return isinstance(target.underlying(), (Pointer, Slice, Map, Chan, Signature, Interface))
            vt = T.default_type(vt)
        if self.assignable_type(vt, target):
            return True
        self.error(e, f"cannot use {self.describe(e) if not isinstance(e.type, Tuple) else expr_string(e) + ' (value of type ' + str(vt) + ')'} as {target} value in {context}")
        return False

    def report_not_assignable(self, e, vt: Type, target: Type, context: str) -> None:
        cause = self.not_assignable_cause(vt, target)
        self.error(e, f"cannot use {self.describe(e)} as {target} value in {context}" + (f": {cause}" if cause else ""))

    def not_assignable_cause(self, vt: Type, target: Type) -> str:
        """Why a value of type vt cannot be assigned to target, as gc explains it after "cannot
        use x as T value" and "cannot convert x to type T" ('' when it has nothing to add)."""
        if isinstance(target.underlying(), Interface) or self.is_interface_pointer(target):
            if self.is_interface_pointer(target):
                return f"{vt} does not implement {target} (type {target} is pointer to interface, not interface)"
            missing = self.missing_method(vt, target)
            return f"{vt} does not implement {target} {missing}" if missing else ""
        if isinstance(vt.underlying(), Interface) and not self.missing_method(target, vt):
            return "need type assertion"
        return ""

    def assignable_type(self, vt: Type, t: Type) -> bool:
        if vt is t:
            return True
        vu, tu = vt.underlying(), t.underlying()
        if vu is tu and (not T.is_named(vt) or not T.is_named(t)) and not isinstance(vu, T.Basic):
            return True
        if vu is tu and (not isinstance(vt, Named) or not isinstance(t, Named)) and not (isinstance(vt, Basic) or isinstance(t, Basic)):
            return True
        if isinstance(tu, Interface):
            return not self.missing_method(vt, t)
        if isinstance(vu, Chan) and isinstance(tu, Chan) and vu.dir == ChanDir.BOTH and vu.elem is tu.elem:
            return not (isinstance(vt, Named) and isinstance(t, Named))
        if vt is T.UNTYPED_NIL:
            return isinstance(tu, (Pointer, Slice, Map, Chan, Signature, Interface))
        return False

    def missing_method(self, t: Type, iface: Type) -> str:
        """'' if t implements iface, else gc's reason in parentheses, e.g. '(missing method
        String)' (with the method t has and the one wanted on two more lines when they differ
        in signature or letter case)."""
        iu = iface.underlying()
        if not isinstance(iu, Interface):
            return ""

        def have_want(why: str, have: str, have_sig: Signature, want: T.Method) -> str:
            return (f"({why} {want.name})\n\t\thave {have}{str(have_sig)[4:]}"
                    f"\n\t\twant {want.name}{str(want.sig)[4:]}")

        t_iface = t.underlying() if isinstance(t.underlying(), Interface) else None
        for m in iu.methods:
            if t_iface is not None:
                found = t_iface.method_index.get(m.name)
                if found is None:
                    return self._not_found_cause(t, iface, m.name)
                if not self.same_sig(found.sig, m.sig):
                    return have_want("wrong type for method", m.name, found.sig, m)
                continue
            sel, ambiguous = self.lookup_ambiguous(t, m.name)
            if ambiguous:
                return f"(ambiguous selector {t}.{m.name})"
            if sel is None:
                alt = next((sel2 for sel2 in (self.lookup(t, name) for name in self._fold_case_names(t, m.name))
                            if sel2 is not None and sel2.kind in ("method", "iface")), None)
                if alt is not None:
                    return have_want("missing method", alt.obj.name, alt.obj.sig, m)
                return self._not_found_cause(t, iface, m.name)
            if sel.kind == "field":
                return f"({t}.{m.name} is a field, not a method)"
            if not self.same_sig(sel.obj.sig, m.sig):
                return have_want("wrong type for method", m.name, sel.obj.sig, m)
            if sel.kind == "method" and sel.pointer_recv and not sel.indirect and not isinstance(t.underlying(), Pointer):
                return f"(method {m.name} has pointer receiver)"
        return ""

    def same_sig(self, a: Signature, b: Signature) -> bool:
        """Whether two method signatures are the same type: the same object, or (when an
        interface was completed late and exists as two objects) identical in structure."""
        return a is b or (self.had_pending_ifaces and identical(a, b))

    def _not_found_cause(self, t: Type, iface: Type, name: str) -> str:
        for p in (t, iface):
            if self.is_interface_pointer(p):
                return f"(type {p} is pointer to interface, not interface)"
        return f"(missing method {name})"

    def _fold_case_names(self, t: Type, name: str) -> list[str]:
        """The method names of t (and of what it embeds) that equal name but for letter case."""
        names: set[str] = set()
        todo, seen = [t], set()
        while todo:
            typ = todo.pop()
            if isinstance(typ, Pointer):
                typ = typ.elem
            if id(typ) in seen:
                continue
            seen.add(id(typ))
            if isinstance(typ, Named):
                names.update(typ.methods)
            u = typ.underlying()
            if isinstance(u, Interface):
                names.update(u.method_index)
            elif isinstance(u, Struct):
                todo.extend(f.type for f in u.fields if f.embedded)
        return sorted(n for n in names if n.lower() == name.lower() and n != name)


# gc's words for an operand's mode in "x (variable of type T)"
_MODE_WORDS = {ast.MODE_VAR: "variable", ast.MODE_MAPINDEX: "map index expression",
               ast.MODE_COMMAOK: "comma, ok expression"}


def summary_type(t: Type | None) -> str:
    """A type in the "have (...)" line of gc's argument and result count errors: untyped
    numbers are "number", other untyped kinds lose the word "untyped"."""
    if t is None or t is T.INVALID:
        return "unknown type"
    if T.is_untyped(t):
        return "number" if T.is_numeric(t) else str(t).replace("untyped ", "")
    return str(t)



def _tuple_str(ts) -> str:
    return "(" + ", ".join(str(t) for t in ts) + ")"


def _clone_expr(e, at: tuple[int, int] | None = None):
    """A fresh, unannotated copy of an expression tree (for implicitly repeated const specs).
    With `at`, every position in the copy is `at`: gc reports errors in an inherited
    expression at the name of the constant that repeats it."""
    import dataclasses
    if isinstance(e, list):
        return [_clone_expr(x, at) for x in e]
    if not isinstance(e, ast.Node):
        return e
    kw = {f.name: _clone_expr(getattr(e, f.name), at) for f in dataclasses.fields(e)}
    if at is not None:
        for f in kw:
            if f.endswith("line") and isinstance(kw[f], int):
                kw[f] = at[0]
            elif f.endswith("col") and isinstance(kw[f], int):
                kw[f] = at[1]
    return type(e)(**kw)
