"""The pipeline: source files → parse → check → compile to Python → run.

``load`` parses and checks a main package (and the standard packages it imports, whose API
comes from ``gomem/stdlib/<pkg>/api.go``); ``compile_package`` turns it into Python source and
a namespace; ``run_program`` executes it on the scheduler and maps the outcome to Go's output
and exit status.
"""

from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gomem.check.checker import Checker
from gomem.check.objects import Func, Package
from gomem.frontend import ast

STDLIB_DIR = Path(__file__).resolve().parent.parent / "stdlib"


class CompileFailed(Exception):
    """Compile errors, already formatted as the gc compiler prints them. go_command: the
    errors are the go command's own (it finds them before running the compiler) and print
    without the ``# command-line-arguments`` line."""

    def __init__(self, lines: list[str], go_command: bool = False):
        super().__init__("\n".join(lines))
        self.lines = lines
        self.go_command = go_command


@dataclass
class BuildOptions:
    """What the command line asks of a build (see cli.py for how the flags are read)."""

    gcflags: list[str] = field(default_factory=list)  # the -gcflags values, in order
    error_count_flag: int = 0  # gc's -e: non-zero reports every error (else at most ten)
    emit_python: bool = False  # -emit=python: print the generated module
    chdir: str | None = None  # -C dir
    want_main: bool = False  # gomem run: the package must be main
    complete: bool = True  # gc's -complete, which go build passes: every function has a body

    @property
    def error_limit(self) -> int | None:
        return None if self.error_count_flag else 10


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
        return pkg


IMPORTER = Importer()


def display_path(path: str) -> str:
    """How the go command names a source file in errors: its directory relative to the
    current one when that is shorter than the absolute path ("./x.go", "sub/x.go"), else
    absolute."""
    full = os.path.abspath(path)
    d, base = os.path.split(full)
    rel = os.path.relpath(d)
    short = rel if len(rel) < len(d) else d
    return f"{short}/{base}" if short != "/" else "/" + base


def _go_command_error(msg: str) -> CompileFailed:
    return CompileFailed(msg.splitlines(), go_command=True)


def _in_module() -> bool:
    d = os.getcwd()
    while True:
        if os.path.isfile(os.path.join(d, "go.mod")):
            return True
        parent = os.path.dirname(d)
        if parent == d:
            return False
        d = parent


def source_files(paths: list[str], run: bool) -> list[str]:
    """The Go files the command-line arguments name, found as the go command finds them
    (.go files, or the non-test .go files of one directory), or the go command's error.
    run: `go run` (every argument ending in .go must be a file)."""
    files = [p for p in paths if p.endswith(".go") and (run or os.path.isfile(p))]
    if files and len(files) == len(paths):
        for p in files:
            if os.path.isdir(p):
                raise _go_command_error(f"{p} is a directory, should be a Go file")
            if not os.path.exists(p):
                raise _go_command_error(f"stat {p}: no such file or directory")
        dirs = {os.path.dirname(p) or "." for p in files}
        if len(dirs) > 1:
            first = os.path.dirname(files[0]) or "."
            other = next(d for d in (os.path.dirname(p) or "." for p in files) if d != first)
            raise _go_command_error(f"named files must all be in one directory; have {first} and {other}")
        return files
    if files:  # files mixed with packages
        raise _go_command_error(f"cannot mix .go files and packages on the command line: {paths[0]}")
    if len(paths) > 1:
        raise _go_command_error("gomem does not support building several packages at once yet")
    p = paths[0]
    if not os.path.isdir(p):
        if p.startswith(("./", "../", "/")) or p in (".", ".."):
            raise _go_command_error(f"stat {os.path.abspath(p)}: directory not found")
        if p.endswith(".go") or "." in p.split("/")[0]:
            # an import path (a directory named x.go is one too): the go command asks the module
            if _in_module():
                raise _go_command_error(f"no required module provides package {p}; to add it:\n\tgo get {p}")
            raise _go_command_error(f"no required module provides package {p}: go.mod file not found in "
                                    "current directory or any parent directory; see 'go help modules'")
        raise _go_command_error(f"stat {p}: no such file or directory")
    names = sorted(n for n in os.listdir(p) if n.endswith(".go") and not n.endswith("_test.go")
                   and not os.path.isdir(os.path.join(p, n)))
    if not names:
        raise _go_command_error(f"no Go files in {os.path.abspath(p)}")
    return [os.path.join(p, n) for n in names]


def read_sources(paths: list[str], run: bool = False) -> list[tuple[str, bytes]]:
    """The .go files named (or all non-test .go files of a directory), with display paths."""
    files = source_files(paths, run)
    named = any(p.endswith(".go") for p in paths)
    out = []
    for f in files:
        try:
            data = Path(f).read_bytes()
        except OSError as e:
            why = (e.strerror or str(e)).lower()
            # the go command says "go: " when it reads a file named on the command line
            raise _go_command_error(f"{'go: ' if named else ''}open {os.path.abspath(f)}: {why}") from None
        out.append((display_path(f), data))
    return out


def load(paths: list[str], opts: BuildOptions | None = None) -> Program:
    """Parses and checks the package the paths name. Raises CompileFailed with Go's errors."""
    from gomem.frontend.parser import GoSyntaxError, parse_file, read_package_clause
    opts = opts or BuildOptions(want_main=True)
    sources = read_sources(paths, run=opts.want_main)
    # the go command reads each file's package clause and imports first
    names: list[tuple[str, str]] = []
    for disp, src in sources:
        try:
            names.append((read_package_clause(disp, src), disp))
        except GoSyntaxError as e:
            raise _go_command_error(str(e)) from None
    distinct = list(dict.fromkeys(n for n, _ in names))
    if len(distinct) > 1:
        first = names[0]
        other = next(x for x in names if x[0] != first[0])
        d = os.path.dirname(os.path.abspath(paths[0] if not paths[0].endswith(".go") else sources[0][0]))
        raise _go_command_error(f"found packages {first[0]} ({os.path.basename(first[1])}) and "
                                f"{other[0]} ({os.path.basename(other[1])}) in {d}")
    pkg_name = distinct[0]
    if opts.want_main and pkg_name != "main":
        raise _go_command_error("package command-line-arguments is not a main package")
    limit = opts.error_limit
    files = []
    errors: list[str] = []
    parse_errors: list[tuple[str, int, int, str]] = []  # those gc reports and goes on after
    stop = False
    for disp, src in sources:
        try:
            files.append(parse_file(disp, src, error_limit=limit))
        except GoSyntaxError as e:
            errors.extend(str(e).splitlines())
            if e.soft and e.file is not None:
                files.append(e.file)
                parse_errors.extend(e.errors)
            else:
                stop = True
    if stop:
        raise CompileFailed(errors)
    pkg = Package("main" if pkg_name == "main" else "command-line-arguments", pkg_name)
    chk = Checker(pkg, IMPORTER)
    from gomem.types.types import unqualified
    try:
        with unqualified(pkg_name):
            chk.check_files(files)
    except RecursionError:
        raise CompileFailed(["gomem: program too deeply nested to check"]) from None
    if chk.errors or parse_errors:
        # by position; at one position, in the order gc reports them (the parser's first)
        errs = sorted(dict.fromkeys(parse_errors + chk.errors), key=lambda e: (e[0], e[1], e[2]))
        lines = []
        shown = errs if limit is None else errs[:limit]
        for p, line, col, msg in shown:
            if line == 0:
                lines.append(f"{p}: {msg}" if p else msg)
            else:
                lines.append(f"{p}:{line}:{col}: {msg}")
        if limit is not None and len(errs) >= limit:
            # gc gives up when it reports its tenth error
            last = shown[-1]
            lines.append(f"{last[0]}:{last[1]}:{last[2]}: too many errors")
        raise CompileFailed(lines)
    late = _late_errors(files, opts)
    if late:
        raise CompileFailed([f"{p}:{line}:{col}: {msg}" for p, line, col, msg in late])
    if pkg_name == "main" and not isinstance(pkg.scope.lookup_local("main"), Func):
        # (the linker's complaint: gc itself compiles such a package)
        raise CompileFailed(["runtime.main_main·f: function main is undeclared in the main package"])
    std = {}
    for f in files:
        for imp in f.imports:
            p = IMPORTER(imp.path)
            if p is not None:
                std[imp.path] = p
    return Program(pkg, files, std)


def _late_errors(files: list[ast.File], opts: BuildOptions) -> list[tuple[str, int, int, str]]:
    """What gc reports only once the type check has passed (while writing its export data):
    misplaced directives a declaration took, //go:linkname in a file that does not import
    unsafe, and, with -complete (which `go build` passes for a package of Go files only) or
    for a program to run, functions declared without a body (unless //go:linkname names
    them; a body-less init is the type checker's error in gc, not checked here)."""
    out = []
    for f in files:
        out.extend((f.path,) + e for e in f.late_errors)
        linked = set()
        if any(imp.path == "unsafe" for imp in f.imports):
            linked = {name for name, _, _ in f.linknames}
        else:
            out.extend((f.path, line, col, '//go:linkname only allowed in Go files that import "unsafe"')
                       for _, line, col in f.linknames)
        if opts.complete or opts.want_main:  # (a program to run needs every body)
            for d in f.decls:
                if not isinstance(d, ast.FuncDecl) or d.body is not None:
                    continue
                if d.recv is None and (d.name.name == "init" or d.name.name in linked):
                    continue
                out.append((f.path, d.name.line, d.name.col, "missing function body"))
    return sorted(out, key=lambda e: (e[0], e[1], e[2]))


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


def build(paths: list[str], opts: BuildOptions | None = None) -> tuple[str, dict[str, Any]]:
    return compile_package(load(paths, opts))


def build_command(paths: list[str], opts: BuildOptions) -> int:
    """`gomem build`: checks the package (compiling it too when it is a main package, which is
    where gomem finds what it does not support yet); returns the exit status."""
    try:
        prog = load(paths, opts)
        src = compile_package(prog)[0] if prog.pkg.name == "main" else ""
    except CompileFailed as e:
        _print_compile_errors(e)
        return 1
    except Exception as exc:  # noqa: BLE001 - a gomem bug, reported as one
        report_internal_error(exc, "compiling")
        return 3
    if opts.emit_python:
        sys.stdout.write(src)
    return 0


def run_program(paths: list[str], args: list[str], prog_name: str | None = None,
                opts: BuildOptions | None = None) -> int:
    """Compile and run; returns the exit status Go would give."""
    from gomem.runtime import osio
    from gomem.runtime.panic import FatalError, GoExit, GoexitUnwind, GoPanic, as_go_panic, panic_message
    try:
        src, ns = build(paths, opts)
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
    names = ns.get("__funcnames__", {})
    files = ns.get("__funcfiles__", {})
    src_lines = ns.get("__source_lines__", [])
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<gomem>":
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    out = []
    for fn, pyline in reversed(frames):
        go_name = names.get(fn)
        if not go_name:
            continue
        path, has_args = files.get(fn, ("", False))
        out.append(f"{go_name}({'...' if has_args else ''})\n")
        go_line = _go_line(src_lines, pyline)
        if path and go_line:
            out.append(f"\t{os.path.abspath(path)}:{go_line}\n")
    return "".join(out)


def _go_line(src_lines: list[str], pyline: int) -> int:
    """The Go line of generated Python line pyline (the nearest `#@N` marker at or above it)."""
    for i in range(min(pyline, len(src_lines)) - 1, -1, -1):
        text = src_lines[i]
        k = text.rfind("#@")
        if k >= 0 and text[k + 2:].isdigit():
            return int(text[k + 2:])
    return 0


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
    out = ("" if e.go_command else "# command-line-arguments\n") + "\n".join(lines) + "\n"
    sys.stderr.write(out)
    sys.stderr.flush()
