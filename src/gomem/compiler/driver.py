"""The pipeline: source files → parse → check → compile to Python → run.

``load`` parses and checks a main package (and the standard packages it imports, whose API
comes from ``gomem/stdlib/<pkg>/api.go``); ``compile_package`` turns it into Python source and
a namespace; ``run_program`` executes it on the scheduler and maps the outcome to Go's output
and exit status.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gomem.check.checker import Checker
from gomem.check.objects import Func, Package
from gomem.frontend import ast

STDLIB_DIR = Path(__file__).resolve().parent.parent / "stdlib"


class CompileFailed(Exception):
    """Compile errors, already formatted as the gc compiler prints them."""

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass
class Program:
    pkg: Package
    files: list[ast.File]
    std: dict[str, Package]


class Importer:
    """Loads the standard packages gomem implements (once per process)."""

    cache: dict[str, Package | None] = {}

    def __call__(self, path: str) -> Package | None:
        if path in self.cache:
            return self.cache[path]
        d = STDLIB_DIR / path.replace("/", "_")
        api = d / "api.go"
        if not api.exists():
            self.cache[path] = None
            return None
        from gomem.frontend.parser import parse_file
        f = parse_file(str(api), api.read_bytes())
        name = f.package.name
        pkg = Package(path, name)
        pkg.unsupported = unsupported_directives(api.read_text())  # type: ignore[attr-defined]
        self.cache[path] = pkg
        pkg.pymodule = importlib.import_module("gomem.stdlib." + path.replace("/", "_"))
        chk = Checker(pkg, self)
        chk.is_std = True
        chk.predefined_types = dict(getattr(pkg.pymodule, "TYPES", {}))
        chk.check_files([f])
        if chk.errors:
            raise RuntimeError(f"gomem internal error: standard package {path} does not check:\n"
                               + "\n".join(f"{p}:{line}:{c}: {m}" for p, line, c, m in chk.errors))
        for obj in pkg.scope.names.values():
            if isinstance(obj, Func):
                obj.external = obj.decl is None or obj.decl.body is None
        bind = getattr(pkg.pymodule, "gomem_bind", None)
        if bind is not None:
            bind(pkg)
        if _go_bodies(pkg) or any(getattr(spec, "values", None) for spec in pkg.init_order):
            pkg.pymodule.__getattr__ = _compile_on_first_use(path, pkg)
        return pkg


def _go_bodies(pkg: Package) -> list[ast.FuncDecl]:
    """The functions and methods a standard package's api.go writes in Go."""
    return [d for f in pkg.files for d in f.decls
            if isinstance(d, ast.FuncDecl) and d.body is not None and d.obj is not None]


def _compile_on_first_use(path: str, pkg: Package):
    """A module __getattr__ (PEP 562) that compiles the package's Go code the first time a
    name the module lacks is looked up (F_Copy, SectionReader_Read, ...): programs that do not
    use that code do not pay for compiling it."""
    def module_getattr(name: str) -> Any:
        if not name.startswith("__") and path not in _STD_COMPILED:
            compile_std_bodies(path, pkg)
            if name in pkg.pymodule.__dict__:
                return pkg.pymodule.__dict__[name]
        raise AttributeError(f"module {pkg.pymodule.__name__!r} has no attribute {name!r}")
    return module_getattr


IMPORTER = Importer()

_UNSUPPORTED = re.compile(r'^//gomem:unsupported ([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?) "([^"]*)"\s*$', re.M)


def unsupported_directives(api_src: str) -> dict[str, str]:
    """The identifiers an api.go marks `//gomem:unsupported Name "reason"` (Name, or Type.Method
    for a method): part of Go's API that gomem cannot provide; the checker reports a use as
    `gomem does not support pkg.Name yet (reason)`."""
    return dict(_UNSUPPORTED.findall(api_src))


def read_sources(paths: list[str]) -> list[tuple[str, bytes]]:
    """The .go files named (or all non-test .go files of a directory), with display paths."""
    out = []
    for p in paths:
        if os.path.isdir(p):
            names = sorted(n for n in os.listdir(p) if n.endswith(".go") and not n.endswith("_test.go"))
            for n in names:
                full = os.path.join(p, n)
                disp = full if full.startswith((".", "/")) else "./" + full
                out.append((disp, Path(full).read_bytes()))
        else:
            disp = p if p.startswith((".", "/")) else "./" + p
            out.append((disp, Path(p).read_bytes()))
    return out


def load(paths: list[str]) -> Program:
    from gomem.frontend.parser import GoSyntaxError, parse_file
    sources = read_sources(paths)
    files = []
    errors: list[str] = []
    for disp, src in sources:
        try:
            files.append(parse_file(disp, src))
        except GoSyntaxError as e:
            errors.extend(str(e).splitlines())
    if errors:
        raise CompileFailed(errors)
    names = {f.package.name for f in files}
    if len(names) > 1:
        raise CompileFailed([f"found packages {', '.join(sorted(names))} in the same directory"])
    if files and files[0].package.name != "main":
        raise CompileFailed([f"package {files[0].package.name} is not a main package"])
    pkg = Package("main", "main")
    chk = Checker(pkg, IMPORTER)
    from gomem.types.types import unqualified
    try:
        with unqualified("main"):
            chk.check_files(files)
    except RecursionError:
        raise CompileFailed(["gomem: program too deeply nested to check"]) from None
    if chk.errors:
        errs = sorted(set(chk.errors), key=lambda e: (e[0], e[1], e[2]))
        lines = []
        for p, line, col, msg in errs[:10]:
            if line == 0:
                lines.append(f"{p}: {msg}" if p else msg)
            else:
                lines.append(f"{p}:{line}:{col}: {msg}")
        if len(errs) > 10:
            lines.append(f"{errs[10][0]}:{errs[10][1]}:{errs[10][2]}: too many errors")
        raise CompileFailed(lines)
    std = {}
    for f in files:
        for imp in f.imports:
            p = IMPORTER(imp.path)
            if p is not None:
                std[imp.path] = p
    return Program(pkg, files, std)


def compile_package(prog: Program) -> tuple[str, dict[str, Any]]:
    from gomem.compiler import rtnames
    from gomem.compiler.codegen import CompileError, Compiler
    path_of = {}
    for f in prog.files:
        for d in f.decls:
            if isinstance(d, ast.GenDecl):
                for s in d.specs:
                    path_of[id(s)] = f.path
    comp = Compiler(prog.pkg, prog.std, path_of)
    ns: dict[str, Any] = rtnames.namespace()
    from gomem.runtime import barrier
    barrier.register(ns)
    comp.ns = ns
    for path, p in prog.std.items():
        ns["P_" + path.replace("/", "_")] = p.pymodule
    try:
        src = comp.compile_program()
    except CompileError as e:
        node = e.node
        line = getattr(node, "line", 0)
        col = getattr(node, "col", 0)
        raise CompileFailed([f"{comp.cur_file}:{line}:{col}: {e.msg}"]) from None
    return src, ns


_STD_COMPILED: set[str] = set()


def compile_std_bodies(path: str, pkg: Package) -> None:
    """Compile the functions and methods a standard package's api.go writes in Go (once per
    process, on first use: see _compile_on_first_use), and make them attributes of its
    Python module: F_<name> for a function, <Type>_<name> for a method (where body-less ones
    are found), so that compiled programs and the package's Python code call both alike. Package variables the api.go
    initialises in Go become module attributes too; those it only declares are the module's
    (so the Go bodies see the Python values, e.g. io.EOF)."""
    if path in _STD_COMPILED:
        return
    _STD_COMPILED.add(path)
    imports = {imp.path: IMPORTER(imp.path) for f in pkg.files for imp in f.imports}
    bodies = _go_bodies(pkg)
    if not bodies and not pkg.init_order:
        return
    from gomem.check.objects import Var
    from gomem.compiler import rtnames
    from gomem.compiler.codegen import CompileError, Compiler
    from gomem.runtime import barrier
    from gomem.types.types import unqualified
    path_of = {id(s): f.path for f in pkg.files for d in f.decls if isinstance(d, ast.GenDecl) for s in d.specs}
    comp = Compiler(pkg, {p: q for p, q in imports.items() if q is not None}, path_of)
    ns: dict[str, Any] = rtnames.namespace()
    barrier.register(ns)
    comp.ns = ns
    for ipath, ipkg in imports.items():
        if ipkg is not None:
            ns["P_" + ipath.replace("/", "_")] = ipkg.pymodule
    mod = pkg.pymodule
    ns["P_" + path.replace("/", "_")] = mod
    try:
        with unqualified(None):
            src = comp.compile_program()
    except CompileError as e:
        raise RuntimeError(f"gomem internal error: standard package {path} does not compile: "
                           f"{getattr(e.node, 'line', 0)}: {e.msg}") from None
    ns["_globals"] = ns
    exec(compile(src, f"<gomem:{path}>", "exec"), ns)
    initialised = {n.name for spec in pkg.init_order if getattr(spec, "values", None)
                   for n in spec.names}
    ns["_init_package"]()
    for obj in pkg.scope.names.values():
        if not isinstance(obj, Var):
            continue
        g = "G_" + obj.name
        if obj.name in initialised or not hasattr(mod, obj.name):
            setattr(mod, obj.name, ns[g])
        else:
            ns[g] = getattr(mod, obj.name)
    for d in bodies:
        f = d.obj
        recv = getattr(f, "method_of", None)
        if recv is not None:
            setattr(mod, f"{recv.name}_{f.name}", ns[f"M_{recv.name}_{f.name}"])
        else:
            setattr(mod, "F_" + f.name, ns["F_" + f.name])


def build(paths: list[str]) -> tuple[str, dict[str, Any]]:
    return compile_package(load(paths))


def run_program(paths: list[str], args: list[str], prog_name: str | None = None) -> int:
    """Compile and run; returns the exit status Go would give."""
    from gomem.runtime import osio
    from gomem.runtime.panic import (
        FatalError,
        GoExit,
        GoexitUnwind,
        GoPanic,
        SignalCrash,
        as_go_panic,
        panic_message,
    )
    try:
        src, ns = build(paths)
    except CompileFailed as e:
        _print_compile_errors(e)
        return 1
    except Exception as exc:  # noqa: BLE001 - a gomem bug, reported as one
        report_internal_error(exc, "compiling")
        return 3
    code = compile(src, "<gomem>", "exec")
    ns["__name__"] = "gomem_main"
    ns["__source_lines__"] = src.splitlines()
    ns["_globals"] = ns
    exec(code, ns)
    _set_args(prog_name or _default_prog_name(paths), args)
    for key, mod in list(ns.items()):  # packages whose state starts afresh with each program
        if key.startswith("P_") and hasattr(mod, "gomem_start"):
            mod.gomem_start()
    sys.setrecursionlimit(1_000_000)
    from gomem.runtime import sched

    def main_goroutine():
        ns["_init_package"]()
        ns["F_main"]()

    status = 0
    try:
        sched.run_main(main_goroutine)
    except GoExit as e:
        status = e.code
    except BaseException as exc:  # noqa: BLE001 - every program failure is reported Go's way
        e = as_go_panic(exc)
        if isinstance(e, GoExit):
            status = e.code
        elif isinstance(e, GoPanic):
            osio.flush()
            gid = getattr(e, "goroutine", 1)
            osio.stderr_write((panic_message(e) + f"\n\ngoroutine {gid} [running]:\n" + _go_traceback(exc, ns) + "exit status 2\n").encode())
            status = 2
        elif isinstance(e, SignalCrash):
            osio.flush()
            gid = getattr(e, "goroutine", 1)
            osio.stderr_write((f"{e.msg}\n{e.where}\n\ngoroutine {gid} [running]:\n" + _go_traceback(exc, ns)
                               + "exit status 2\n").encode())
            status = 2
        elif isinstance(e, FatalError):
            osio.flush()
            osio.stderr_write((e.detail if e.detail and not e.detail.startswith("goroutine") else "").encode()
                              + f"fatal error: {e.msg}\n".encode()
                              + (("\n" + e.detail) if e.detail.startswith("goroutine") else "").encode())
            status = 2
        elif isinstance(e, GoexitUnwind):
            osio.stderr_write(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
            status = 2
        elif isinstance(e, KeyboardInterrupt):
            status = 130
        else:
            osio.flush()
            report_internal_error(exc, "running")
            status = 3
    osio.flush()
    return status


def report_internal_error(exc: BaseException, doing: str) -> None:
    """A bug in gomem (not in the Go program): say so, and how to report it."""
    import traceback
    sys.stdout.flush()
    sys.stderr.write(f"gomem: internal error while {doing} the program. This is a bug in gomem, not in\n"
                     "your program: please report it with the program and the text below.\n")
    traceback.print_exception(exc)
    sys.stderr.flush()


def _go_traceback(exc: BaseException, ns: dict) -> str:
    """Go-style frames for the Python frames of compiled code: `main.f(...)` then
    `\t/abs/path/file.go:LINE`, innermost first, as the Go runtime prints them."""
    from gomem.runtime import callers
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        f = callers.go_frame(tb.tb_frame.f_code, tb.tb_lineno, ns)
        if f is not None:
            frames.append(f)
        tb = tb.tb_next
    return callers.format_frames(frames[::-1])


def _default_prog_name(paths: list[str]) -> str:
    p = paths[0] if paths else "main"
    base = os.path.basename(os.path.normpath(p))
    if base.endswith(".go"):
        base = base[:-3]
    return os.path.join("/tmp/go-build", "b001", "exe", base)


def _set_args(prog: str, args: list[str]) -> None:
    try:
        osmod = importlib.import_module("gomem.stdlib.os")
    except ImportError:
        return
    setter = getattr(osmod, "set_args", None)
    if setter is not None:
        setter([prog] + list(args))


def _print_compile_errors(e: CompileFailed) -> None:
    sys.stdout.flush()
    lines = e.lines
    out = "# command-line-arguments\n" + "\n".join(lines) + "\n"
    sys.stderr.write(out)
    sys.stderr.flush()
