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


def alias_spelling(sources: list[bytes]) -> dict:
    """How compile errors should name uint8/byte and int32/rune: as the program spells them.

    gc keeps the spelling of each use; gomem's types are one object each, so it picks the
    spelling the program uses more (byte and rune when it names neither, as gc does for
    string elements and rune literals)."""
    import re

    from gomem.types.types import INT32, UINT8
    text = b"\n".join(sources)
    out = {}
    if len(re.findall(rb"\bbyte\b", text)) >= len(re.findall(rb"\buint8\b", text)):
        out[UINT8] = "byte"
    if len(re.findall(rb"\brune\b", text)) >= len(re.findall(rb"\bint32\b", text)):
        out[INT32] = "rune"
    return out


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
        with unqualified("main", alias_spelling([src for _, src in sources])):
            chk.check_files(files)
    except RecursionError:
        raise CompileFailed(["gomem: program too deeply nested to check"]) from None
    if chk.errors:
        # gc keeps one of several equal messages on a line (base.ErrorfAt), and sorts by position
        # (stable: the first found comes first)
        first: dict[tuple, tuple] = {}
        for p, line, col, msg in chk.errors:
            first.setdefault((p, line, msg), (p, line, col, msg))
        errs = sorted(first.values(), key=lambda e: (e[0], e[1], e[2]))
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


def build(paths: list[str]) -> tuple[str, dict[str, Any]]:
    return compile_package(load(paths))


def run_program(paths: list[str], args: list[str], prog_name: str | None = None) -> int:
    """Compile and run; returns the exit status Go would give."""
    from gomem.runtime import osio
    from gomem.runtime.panic import FatalError, GoExit, GoexitUnwind, GoPanic, as_go_panic, panic_message
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
    out = "# command-line-arguments\n" + "\n".join(lines) + "\n"
    sys.stderr.write(out)
    sys.stderr.flush()
