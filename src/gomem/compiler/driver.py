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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from gomem.check.checker import Checker
from gomem.check.objects import Func, Package
from gomem.frontend import ast

STDLIB_DIR = Path(__file__).resolve().parent.parent / "stdlib"


_NO_COLUMN = re.compile(r"^([^\t\n]*?\.go:\d+):\d+(:)", re.M)


class CompileFailed(Exception):
    """Compile errors, already formatted as the gc compiler prints them. go_command: the
    errors are the go command's own (it finds them before running the compiler) and print
    without the ``# command-line-arguments`` line."""

    def __init__(self, lines: list[str], go_command: bool = False, columns: bool = True):
        if not columns:  # gc's -C: the error's own position loses its column (not the "\t..." lines)
            lines = [_NO_COLUMN.sub(r"\1\2", ln) for ln in lines]
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
    compiler: bool = False  # gomem tool compile: the compiler alone, without the go command's checks
    columns: bool = True  # gc's -C turns the columns of error positions off
    m_level: int = 0  # gc's -m count: optimization diagnostics (inlining, escape analysis), 2 with reasons
    l_flag: int = 0  # gc's -l count: 1 turns inlining off (-l=4 is another inlining mode)

    @property
    def no_inline(self) -> bool:
        return self.l_flag == 1

    @property
    def error_limit(self) -> int | None:
        return None if self.error_count_flag else 10


@dataclass
class Program:
    pkg: Package
    files: list[ast.File]
    std: dict[str, Package]
    diagnostics: list[str] = field(default_factory=list)  # -m output, formatted as gc prints it
    inline_clones: dict = field(default_factory=dict)  # escape.Result.clones: inlined copies to compile
    copy_names: dict = field(default_factory=dict)  # escape.Result.copy_names: their closures' names
    inline_sites: set = field(default_factory=set)  # escape.Result.inline_sites: the inlined calls


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
        from gomem.frontend.parser import parse_std_file
        f = parse_std_file(str(api))
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
        from gomem.check.objects import Var
        from gomem.runtime import mgcmark
        mgcmark.add_package_variables(pkg.pymodule, [(o.name, o.type) for o in pkg.scope.names.values()
                                                     if isinstance(o, Var)])
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
        # gomem's own module protocol (gomem_start, gomem_bind, TYPES) and Python's dunders
        # are never Go code: probing for them must not compile the package
        if not name.startswith(("__", "gomem_")) and name != "TYPES" and path not in _STD_COMPILED:
            compile_std_bodies(path, pkg)
            if name in pkg.pymodule.__dict__:
                return pkg.pymodule.__dict__[name]
        raise AttributeError(f"module {pkg.pymodule.__name__!r} has no attribute {name!r}")
    # (the collector asks: a package whose Go code is not compiled has not run its init)
    module_getattr.package_pending = lambda: path not in _STD_COMPILED  # type: ignore[attr-defined]
    return module_getattr


IMPORTER = Importer()

_UNSUPPORTED = re.compile(r'^//gomem:unsupported ([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?) "([^"]*)"\s*$', re.M)


def unsupported_directives(api_src: str) -> dict[str, str]:
    """The identifiers an api.go marks `//gomem:unsupported Name "reason"` (Name, or Type.Method
    for a method): part of Go's API that gomem cannot provide; the checker reports a use as
    `gomem does not support pkg.Name yet (reason)`."""
    return dict(_UNSUPPORTED.findall(api_src))


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


def _compiler_sources(paths: list[str]) -> list[tuple[str, bytes]]:
    """The files gc is given, named as on its command line."""
    out = []
    for p in paths:
        if os.path.isdir(p):  # (opened, but not read)
            raise CompileFailed([f"{p}:1:1: I/O error: read {p}: is a directory"])
        try:
            out.append((p, Path(p).read_bytes()))
        except OSError as e:
            raise CompileFailed([f"open {p}: {(e.strerror or str(e)).lower()}"]) from None
    return out


def _go_command_package(paths: list[str], sources: list[tuple[str, bytes]], opts: BuildOptions) -> str:
    """The package name, as the go command reads it from each file's package clause and
    imports before it runs the compiler; raises CompileFailed with the go command's error."""
    from gomem.frontend.parser import GoSyntaxError, read_package_clause
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
    if opts.want_main and distinct[0] != "main":
        raise _go_command_error("package command-line-arguments is not a main package")
    return distinct[0]


class _Positions:
    """Formats errors at positions of the package's files, as line directives ask."""

    def __init__(self, sources: list[tuple[str, bytes]]) -> None:
        from gomem.frontend.linedirectives import line_map
        self.maps = {disp: m for disp, src in sources if (m := line_map(disp, src)) is not None}

    def sorted(self, errs: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
        """errs (found in this order) in the order gc prints them: by file and position; in a
        file with line directives, the parts each directive starts come in the order an error
        was first found in them (gc numbers them as it meets them)."""
        if not self.maps:
            return sorted(errs, key=lambda e: (e[0], e[1], e[2]))
        rank: dict[tuple[str, int], int] = {}
        for p, line, col, _ in errs:
            m = self.maps.get(p)
            rank.setdefault((p, m.base_index(line, col) if m else -1), len(rank))
        return sorted(errs, key=lambda e: (e[0], rank[(e[0], self.maps[e[0]].base_index(e[1], e[2])
                                                      if e[0] in self.maps else -1)], e[1], e[2]))

    def error(self, path: str, line: int, col: int, msg: str) -> str:
        m = self.maps.get(path)
        return f"{m.position(path, line, col) if m else f'{path}:{line}:{col}'}: {msg}"


def load(paths: list[str], opts: BuildOptions | None = None) -> Program:
    """Parses and checks the package the paths name. Raises CompileFailed with Go's errors."""
    from gomem.frontend.parser import GoSyntaxError, parse_file
    opts = opts or BuildOptions(want_main=True)
    if opts.compiler:
        sources = _compiler_sources(paths)
        pkg_name = None  # the first file's package clause (which the parser reads)
    else:
        sources = read_sources(paths, run=opts.want_main)
        pkg_name = _go_command_package(paths, sources, opts)
    limit = opts.error_limit
    files = []
    errors: list[str] = []
    parse_errors: list[tuple[str, int, int, str]] = []  # those gc reports and goes on after
    stop = False
    where = _Positions(sources)
    for disp, src in sources:
        try:
            files.append(parse_file(disp, src, error_limit=limit, go_command=not opts.compiler))
        except GoSyntaxError as e:
            errors.extend(str(e).splitlines() if e.go_command else [where.error(*x) for x in e.errors])
            if e.soft and e.file is not None:
                files.append(e.file)
                parse_errors.extend(e.errors)
            else:
                stop = True
    if stop:
        raise CompileFailed(errors, columns=opts.columns)
    if pkg_name is None:
        # gc checks the files of the first one's package and reports the others
        for f in list(files):
            name = f.package.name
            if name == "_":
                parse_errors.append((f.path, f.package.line, f.package.col, "invalid package name _"))
            elif pkg_name is None:
                pkg_name = name
            elif name != pkg_name:
                parse_errors.append((f.path, f.line, f.col, f"package {name}; expected package {pkg_name}"))
                files.remove(f)
        pkg_name = pkg_name or "_"
    pkg = Package("main" if pkg_name == "main" else "command-line-arguments", pkg_name)
    chk = Checker(pkg, IMPORTER)
    from gomem.types.types import unqualified
    try:
        with unqualified(pkg_name, alias_spelling([src for _, src in sources])):
            chk.check_files(files)
    except RecursionError:
        raise CompileFailed(["gomem: program too deeply nested to check"]) from None
    if chk.errors or parse_errors:
        # gc keeps one of several equal messages on a line (base.ErrorfAt), and sorts by
        # position; at one position, in the order gc reports them (the parser's first)
        first: dict[tuple, tuple] = {}
        for p, line, col, msg in parse_errors + chk.errors:
            first.setdefault((p, line, msg), (p, line, col, msg))
        errs = where.sorted(list(first.values()))
        lines = []
        shown = errs if limit is None else errs[:limit]
        for p, line, col, msg in shown:
            if line == 0:
                lines.append(f"{p}: {msg}" if p else msg)
            else:
                lines.append(where.error(p, line, col, msg))
        if limit is not None and len(errs) >= limit:
            # gc gives up when it reports its tenth error
            lines.append(where.error(*shown[-1][:3], "too many errors"))
        raise CompileFailed(lines, columns=opts.columns)
    late = _late_errors(files, opts)
    if late:
        raise CompileFailed([where.error(*e) for e in late], columns=opts.columns)
    if pkg_name == "main" and not opts.compiler and not isinstance(pkg.scope.lookup_local("main"), Func):
        # (the linker's complaint: gc itself compiles such a package)
        raise CompileFailed(["runtime.main_main·f: function main is undeclared in the main package"])
    std = {}
    for f in files:
        for imp in f.imports:
            p = IMPORTER(imp.path)
            if p is not None:
                std[imp.path] = p
    prog = Program(pkg, files, std)
    # escape analysis runs on every compile (the code generator uses it), after the checks
    from gomem.escape import analyze
    try:
        with unqualified(pkg_name, alias_spelling([src for _, src in sources])):
            result = analyze(files, pkg, std, opts.m_level, opts.no_inline, opts.columns)
    except Exception:
        if opts.m_level:
            raise  # (asked for: a gomem bug, reported as one)
        # a construct the analysis trips over must not stop a program that compiled before
        # it existed: what it did not decide stays on the heap (the code generator's default)
        from gomem.escape import Result
        result = Result()
    prog.inline_clones = result.clones
    prog.copy_names = result.copy_names
    prog.inline_sites = result.inline_sites
    if opts.m_level:
        prog.diagnostics = [where.error(p, line, col, msg) for p, line, col, msg in result.messages]
        if not opts.columns:
            prog.diagnostics = [_NO_COLUMN.sub(r"\1\2", ln) for ln in prog.diagnostics]
    return prog


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
    comp.inline_clones = prog.inline_clones
    comp.copy_names = prog.copy_names
    ns: dict[str, Any] = rtnames.namespace()
    from gomem.runtime import barrier
    barrier.register(ns)
    comp.ns = ns
    for path, p in prog.std.items():
        ns["P_" + path.replace("/", "_")] = p.pymodule
        # methods of a type from a package the program reaches only through another (the
        # net/url.URL of an http.Request) are called through that package's module by name
        for f in p.files:
            for imp in f.imports:
                dep = IMPORTER(imp.path)
                if dep is not None and imp.path not in prog.std:
                    ns.setdefault("P_" + dep.name, dep.pymodule)
    ns["__std_imports__"] = tuple(sorted(prog.std))  # (what Go would link: runtime/goglobals.py)
    # the inlined calls, by the Go names the program's frames have (runtime/callers.py)
    from gomem.runtime import callers
    ns["__inline_sites__"] = callers.inline_sites(prog.inline_sites)
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
    ns.setdefault("P_" + pkg.name, mod)  # (the package's own name where its path has a slash)
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


def build(paths: list[str], opts: BuildOptions | None = None) -> tuple[str, dict[str, Any]]:
    # parser, checker and code generator recurse over the program's nesting, which Go does
    # not limit: they run with a large stack and recursion limit
    from gomem.compiler.pycompile import in_big_stack
    def load_and_compile() -> tuple[str, dict[str, Any]]:
        prog = load(paths, opts)
        _print_diagnostics(prog)
        return compile_package(prog)
    return in_big_stack(load_and_compile)


def build_command(paths: list[str], opts: BuildOptions) -> int:
    """`gomem build`: checks the package (compiling it too when it is a main package, which is
    where gomem finds what it does not support yet); returns the exit status."""
    from gomem.compiler.pycompile import compile_module, in_big_stack

    def check_and_compile() -> str:
        prog = load(paths, opts)
        _print_diagnostics(prog)
        return compile_package(prog)[0] if prog.pkg.name == "main" else ""
    try:
        src = in_big_stack(check_and_compile)
        if src:
            compile_module(src)  # the generated Python too, so that build fails wherever run would
    except CompileFailed as e:
        _print_compile_errors(e)
        return 1
    except Exception as exc:  # noqa: BLE001 - a gomem bug, reported as one
        report_internal_error(exc, "compiling")
        return 3
    if opts.emit_python:
        sys.stdout.write(src)
    return 0


def compile_command(paths: list[str], opts: BuildOptions) -> int:
    """`gomem tool compile`: type-checks the files as one package, as gc alone does, and
    prints gc's errors on standard output (as gc does); returns the exit status of `go tool
    compile` (1 on errors)."""
    from gomem.compiler.pycompile import in_big_stack
    try:
        prog = in_big_stack(lambda: load(paths, opts))
    except CompileFailed as e:
        sys.stdout.write("".join(line + "\n" for line in e.lines))
        sys.stdout.flush()
        return 1
    except Exception as exc:  # noqa: BLE001 - a gomem bug, reported as one
        report_internal_error(exc, "compiling")
        return 3
    if prog.diagnostics:  # (gc alone prints its diagnostics on standard output)
        sys.stdout.write("".join(line + "\n" for line in prog.diagnostics))
        sys.stdout.flush()
    return 0


def _print_diagnostics(prog: Program) -> None:
    """-m output of `go build` / `go run`: on standard error, under the package's header."""
    if prog.diagnostics:
        sys.stdout.flush()
        sys.stderr.write("# command-line-arguments\n" + "".join(line + "\n" for line in prog.diagnostics))
        sys.stderr.flush()


def run_program(paths: list[str], args: list[str], prog_name: str | None = None,
                opts: BuildOptions | None = None) -> int:
    """Compile and run; returns the exit status Go would give."""
    import gc

    # Compiling makes many objects and few cycles: Python's cycle collector would traverse
    # them again and again for nothing. What compiling leaves (trees, types, code) lives as
    # long as the program: frozen, the collections the program's own allocations trigger do
    # not traverse it either.
    gc.disable()
    try:
        try:
            src, ns = build(paths, opts)
        except CompileFailed as e:
            _print_compile_errors(e)
            return 1
        except Exception as exc:  # noqa: BLE001 - a gomem bug, reported as one
            report_internal_error(exc, "compiling")
            return 3
        from gomem.compiler.pycompile import compile_module
        code = compile_module(src)
        ns["__name__"] = "gomem_main"
        ns["__source_lines__"] = src.splitlines()
        ns["_globals"] = ns
        exec(code, ns)
        _set_args(prog_name or _default_prog_name(paths), args)
        for key, mod in list(ns.items()):  # packages whose state starts afresh with each program
            if key.startswith("P_") and "gomem_start" in vars(mod):
                mod.gomem_start()
        gc.freeze()
    finally:
        gc.enable()
    try:
        return _run_on_program_thread(ns)
    finally:
        gc.unfreeze()  # a process running several programs (tests) frees each one's compilation


# The C stack of the thread that runs the program. CPython 3.11 bounds only the Python depth
# (panic.MAX_DEPTH frames per goroutine); Python-to-Python calls take no C stack, but each
# call back into Go code from C (strings.Map, sort.Slice, fmt calling a String method)
# takes C stack. The stack is reserved, not committed: only the part a program uses costs
# memory.
C_STACK_BYTES = 1 << 34


def _run_on_program_thread(ns: dict[str, Any]) -> int:
    """Run the program's main goroutine on a thread with a big C stack; its exit status."""
    import threading

    from gomem.runtime import panic
    status = [2]

    def body() -> None:
        status[0] = _run_main(ns)

    panic.fatal_exit = lambda e, frame: _fatal_exit(e, frame, ns)
    panic.process_exit = _process_exit
    sys.setrecursionlimit(panic.MAX_DEPTH)
    old = threading.stack_size()
    size = C_STACK_BYTES
    try:
        while True:
            threading.stack_size(size)
            t = threading.Thread(target=body, name="gomem-main", daemon=True)
            try:
                t.start()
                break
            except RuntimeError:  # the system would not reserve that much: take less
                if size <= 1 << 28:
                    raise
                size >>= 2
    finally:
        threading.stack_size(old)
    try:
        t.join()
    except KeyboardInterrupt:
        return 130
    finally:
        panic.fatal_exit = None
        panic.process_exit = None
    return status[0]


def _process_exit(code: int) -> NoReturn:
    """os.Exit in a real run: flush what the program wrote and end the process here."""
    from gomem.runtime import mprofout, osio
    osio.flush()
    mprofout.program_ends()  # (GOMEM_MEMPROF's files)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code & 0xFF)


def _run_main(ns: dict[str, Any]) -> int:
    from gomem.runtime import osio, sched

    def main_goroutine():
        from gomem.runtime import goglobals, mgc, mprof
        goglobals.program_starts(ns)  # (the pacer's globals figure, before any cycle)
        mgc.program_starts()  # (the start-up heap is the runtime's: kept by every cycle)
        mprof.program_starts(ns)  # heap profiling's rate as Go's linker leaves it, fresh buckets
        if "P_net_http_pprof" in ns:  # its handlers reach the heap profile (Go's linker keeps the rate)
            from gomem.runtime import godebug
            mprof.set_rate(godebug.runtime_setting("memprofilerate", mprof.DEFAULT_RATE))
        sched.current.start_runtime_goroutines(_links_os(ns))
        ns["_init_package"]()
        ns["F_main"]()

    try:
        sched.run_main(main_goroutine)
    except BaseException as exc:  # noqa: BLE001 - every program failure is reported Go's way
        status = _report_failure(exc, ns)
    else:
        status = 0
    osio.flush()
    from gomem.runtime import mprofout
    mprofout.program_ends()  # (GOMEM_MEMPROF's files)
    return status


def _links_os(ns: dict[str, Any]) -> bool:
    """Whether the program links package os in real Go (its init starts the finalizer
    goroutine): it imports a standard package that depends on os."""
    from gomem.runtime import sched
    return any(key.startswith("P_") and key[2:].replace("_", "/") in sched.OS_LINKING_PACKAGES for key in ns)


def _report_failure(exc: BaseException, ns: dict[str, Any]) -> int:
    """Print what Go prints when exc ends the program; Go's exit status."""
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
    e = as_go_panic(exc)
    if isinstance(e, GoPanic):
        try:
            text = panic_message(e)
        except BaseException as printing:  # noqa: BLE001 - an Error/String method failed
            e = printing
        else:
            osio.flush()
            gid = getattr(e, "goroutine", 1)
            text += (f"\n\ngoroutine {gid} [running]:\n" + _go_traceback(exc, ns) + _other_goroutines(gid)
                     + "exit status 2\n")
            osio.stderr_write(text.encode("utf-8", "surrogateescape"))
            return 2
    if isinstance(e, GoExit):
        return e.code
    if isinstance(e, SignalCrash):  # e.g. runtime.Breakpoint's SIGTRAP
        osio.flush()
        gid = getattr(e, "goroutine", 1)
        osio.stderr_write((f"{e.msg}\n{e.where}\n\ngoroutine {gid} [running]:\n" + _go_traceback(exc, ns)
                           + "exit status 2\n").encode())
        return 2
    if isinstance(e, FatalError):
        osio.flush()
        before = e.detail if e.detail and not e.detail.startswith("goroutine") else ""
        after = ("\n" + e.detail) if e.detail.startswith("goroutine") else ""
        text = f"{before}fatal error: {e.msg}\n{e.after}{after}"
        osio.stderr_write(text.encode("utf-8", "surrogateescape"))
        return 2
    if isinstance(e, GoexitUnwind):
        osio.stderr_write(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
        return 2
    if isinstance(e, KeyboardInterrupt):
        return 130
    osio.flush()
    report_internal_error(exc, "running")
    return 3


def _other_goroutines(gid: int) -> str:
    """With GOTRACEBACK=all (or debug.SetTraceback("all")) a panic's report lists the other
    goroutines too, each with its state and frames (gomem has no `created by` lines)."""
    from gomem.runtime import callers, panic, sched
    if not panic.traceback_all:
        return ""
    out = []
    for goid, g in sorted(sched.current.allgs.items()):
        if goid != gid:
            frames = callers.stack_frames(g.gr_frame) if g.gr_frame is not None else _unstarted(g)
            out.append(f"\ngoroutine {goid} [{g.reason}]:\n" + callers.format_frames(frames))
    return "".join(out)


def _unstarted(g: Any) -> list:
    """A goroutine that has not run yet: Go shows the function it will start with, at its line."""
    from gomem.runtime import callers
    code = getattr(g.fn, "__code__", None)
    f = callers.go_frame(code, code.co_firstlineno, g.fn.__globals__) if code is not None else None
    return [f] if f is not None else []


def _fatal_exit(e: BaseException, frame: Any, ns: dict[str, Any]) -> NoReturn:
    """End the process at a fatal error, where it happens (see panic.fatal_exit): Go's text,
    the running goroutine's frames, exit status 2."""
    from gomem.runtime import callers, osio, sched
    osio.flush()
    g = sched.current.cur
    gid = g.goid if g is not None else 1
    if e.msg == "stack overflow":  # Go's trace of a throw: runtime frames, then both ends of the stack
        from gomem.runtime import stack
        text = e.detail + f"fatal error: {e.msg}\n" + stack.overflow_trace(frame, gid) + "exit status 2\n"
    else:
        text = (e.detail + f"fatal error: {e.msg}\n\ngoroutine {gid} [running]:\n"
                + callers.format_frames(callers.stack_frames(frame, callers.TRACEBACK_MAX_FRAMES), complete=False)
                + "exit status 2\n")
    osio.stderr_write(text.encode())
    sys.stdout.flush()
    os._exit(2)


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
    frames.reverse()
    callers.mark_inlined(frames, [ns.get("__inline_sites__")] * len(frames))
    return callers.format_frames(frames)


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
