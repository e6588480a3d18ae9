"""The gomem command: run, build, version, help (shaped like the go command)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from gomem import GO_VERSION, __version__

if TYPE_CHECKING:
    from gomem.compiler.driver import BuildOptions

USAGE = """gomem runs Go programs on a model of the Go 1.23 runtime.

Usage:

	gomem <command> [arguments]

The commands are:

	run         compile and run a Go program (files or a directory of package main)
	build       check a Go program and report compile errors, without running it
	tool        run a Go tool (only compile: gc's type check of a package's files)
	version     print gomem's version
	help        print this help

Use "gomem <command> --help" for more information about a command.
"""

RUN_USAGE = """usage: gomem run [build flags] [file.go... | dir] [arguments...]

Run compiles the named Go source files (or all .go files of the directory) of package main
and runs the program, printing what `go run` prints and exiting with the same status:
0, the code given to os.Exit, 1 for compile errors, 2 after a panic or fatal error.
The build flags are those of `gomem build`.

Environment: GOMEM_SEED=n makes scheduling and map iteration order reproducible (default 0).
GOMEM_MEMPROF=exact,now,heap=FILE,heapnow=FILE,events=FILE: exact heap profiles, the heap now
next to as of the last GC, timestamped allocation events (docs/profiling.md).
"""

BUILD_USAGE = """usage: gomem build [-emit=python] [-gcflags='flags'] [build flags] [file.go... | dir]

Build checks a package (any package, as `go build` does; no binary is written) and prints
compile errors in the gc compiler's format (./prog.go:12:5: undefined: foo), exiting with
status 1 when there are errors, 0 otherwise.

-emit=python       print the Python code gomem compiles the program (package main) to
-gcflags='flags'   the gc compiler's flags, as `go build` passes them ([pattern=]flags):
                   -e reports every error (without it gc stops after ten); the other gc
                   flags (-m, -N, -l, -S, -lang, ...) are accepted and have no effect
The other flags of `go build` (-o, -v, -x, -race, -tags, -ldflags, ...) are accepted and
have no effect.
"""

TOOL_USAGE = """usage: gomem tool compile [gc flags] file.go...
       gomem tool pprof <format> [options] [binary] <profile>

Compile type-checks the named files as one package, as the gc compiler alone does
(`go tool compile`, which Go's own test runner uses for its errorcheck tests), and prints its
errors in gc's words on standard output (x.go:12:5: undefined: foo), exiting with status 1
when there are errors. Unlike `gomem build`, nothing is judged the way the go command judges
it first: the package clause and imports are the compiler's to report, files of several
packages are its error ("package q; expected package p"), a package main without a function
main is no error (that is the linker's), and functions without a body are allowed unless
-complete is given. No object file is written.

Flags are gc's (go tool compile -help): -e reports every error (else gc stops after ten),
-C prints positions without columns, -complete requires every function to have a body; the
others (-p, -o, -importcfg, -d, -lang, -N, -l, ...) are accepted and have no effect.

Pprof prints `go tool pprof`'s reports of a profile.proto file (Go's or gomem's): -top,
-tree, -traces, -list=REGEX, and -flame, a flame graph as a self-contained HTML page
(gomem's own). `gomem tool pprof -h` lists its flags.
"""

_GO_BUILD_USAGE = "usage: go build [-o output] [build flags] [packages]\nRun 'go help build' for details.\n"
_GO_RUN_USAGE = "usage: go run [build flags] [-exec xprog] package [arguments...]\nRun 'go help run' for details.\n"

# The flags of `go build` (and `go run`) gomem accepts; all but -gcflags and -C have no effect.
_BUILD_VALUE_FLAGS = frozenset({
    "C", "o", "p", "gcflags", "ldflags", "asmflags", "gccgoflags", "tags", "mod", "modfile", "overlay",
    "pgo", "pkgdir", "buildmode", "compiler", "installsuffix", "covermode", "coverpkg", "toolexec",
})
_BUILD_BOOL_FLAGS = frozenset({
    "a", "n", "v", "x", "race", "msan", "asan", "cover", "work", "trimpath", "linkshared", "modcacherw",
    "buildvcs",
})

# gc's flags (go tool compile -help): which take a value, and which are booleans or counters.
_GC_VALUE_FLAGS = frozenset({
    "D", "I", "c", "d", "o", "p", "asmhdr", "bench", "blockprofile", "buildid", "coveragecfg", "cpuprofile",
    "embedcfg", "env", "gendwarfinl", "goversion", "importcfg", "installsuffix", "json", "lang", "linkobj",
    "memprofile", "memprofilerate", "mutexprofile", "pgoprofile", "spectre", "symabis", "traceprofile",
    "trimpath",
})
_GC_BOOL_FLAGS = frozenset({
    "%", "+", "B", "C", "E", "K", "L", "N", "S", "V", "W", "e", "h", "j", "l", "m", "r", "t", "v", "w",
    "asan", "clobberdead", "clobberdeadreg", "complete", "dwarf", "dwarfbasentries", "dwarflocationlists",
    "dynlink", "errorurl", "linkshared", "live", "msan", "nolocalimports", "pack", "race", "shared",
    "smallframes", "std", "wb",
})


_GC_USAGE = "usage: compile [options] file.go..."

# the tools `go tool` runs (Go 1.23, linux/amd64); gomem has only compile
_GO_TOOLS = frozenset({"addr2line", "asm", "buildid", "cgo", "compile", "covdata", "cover", "doc", "fix",
                       "link", "nm", "objdump", "pack", "pprof", "preprofile", "test2json", "trace", "vet"})


class UsageError(Exception):
    """A command line the go command rejects: message, then the usage text; exit status 2."""


class GcFlagError(Exception):
    """A -gcflags value gc rejects (reported as the compiler's error; exit status 1)."""


def split_quoted(s: str) -> list[str]:
    """Splits a flags value as the go command does: at spaces, with '...' or "..." quoting a
    field that contains spaces."""
    out: list[str] = []
    cur: list[str] = []
    quote = ""
    started = False
    for ch in s:
        if quote:
            if ch == quote:
                quote = ""
            else:
                cur.append(ch)
        elif ch in "'\"":
            quote = ch
            started = True
        elif ch.isspace():
            if started:
                out.append("".join(cur))
                cur, started = [], False
        else:
            cur.append(ch)
            started = True
    if quote:
        raise GcFlagError(f"unterminated {quote} string")
    if started:
        out.append("".join(cur))
    return out


def parse_gcflags(value: str, opts: BuildOptions) -> None:
    """Applies one -gcflags value ([pattern=]flags) to opts. Only -e has an effect."""
    if value and not value.startswith("-") and "=" in value:
        pattern, value = value.split("=", 1)
        # the flags are for the packages the pattern matches: the named files are the package
        # command-line-arguments; "all" and "..." patterns match it too, "std" and "cmd" do not
        if pattern not in ("all", "command-line-arguments") and "..." not in pattern:
            return
    _parse_gc_args(split_quoted(value), opts)


def _parse_gc_args(args: list[str], opts: BuildOptions) -> None:
    """Applies gc's flags to opts: -e, -C and -complete have an effect, the others are
    accepted (checked only for their argument)."""
    i = 0
    while i < len(args):
        a = args[i]
        i += 1
        if not a.startswith("-") or a in ("-", "--"):
            raise GcFlagError(f"open {a}: no such file or directory")  # gc reads it as a file name
        name = a.lstrip("-")
        name, eq, val = name.partition("=")
        if name in _GC_VALUE_FLAGS:
            if not eq:
                if i == len(args):
                    raise GcFlagError(f"flag needs an argument: -{name}\n" + _GC_USAGE)
                i += 1
        elif name in _GC_BOOL_FLAGS:
            if name == "complete":
                opts.complete = _bool_flag(name, val) if eq else True
            elif name == "e":  # -e: every error (a counter, as -C is)
                opts.error_count_flag = _count_flag(name, eq, val, opts.error_count_flag)
            elif name == "m":  # -m: optimization diagnostics (inlining, escape analysis)
                opts.m_level = _count_flag(name, eq, val, opts.m_level)
            elif name == "l":  # -l: no inlining (-l=4: inline with a call cost of 1)
                opts.l_flag = _count_flag(name, eq, val, opts.l_flag)
            elif name == "C":  # -C: positions without columns
                opts.columns = _count_flag(name, eq, val, 0 if opts.columns else 1) == 0
        else:
            raise GcFlagError(f"flag provided but not defined: -{name}\n" + _GC_USAGE)


def _count_flag(name: str, eq: str, val: str, count: int) -> int:
    """A counter flag's new value, as gc reads it: -x adds one, -x=N sets it, -x=true adds
    one and -x=false clears it."""
    if not eq or val == "true":
        return count + 1
    if val == "false":
        return 0
    try:
        return int(val)
    except ValueError:
        raise GcFlagError(f'invalid boolean value "{val}" for -{name}: invalid count "{val}"\n'
                          + _GC_USAGE) from None


def _bool_flag(name: str, val: str) -> bool:
    """A boolean flag's value, as Go's flag package reads it (strconv.ParseBool)."""
    if val in ("1", "t", "T", "true", "TRUE", "True"):
        return True
    if val in ("0", "f", "F", "false", "FALSE", "False"):
        return False
    raise GcFlagError(f'invalid boolean value "{val}" for -{name}: parse error\n' + _GC_USAGE)


def parse_build_flags(args: list[str], usage: str) -> tuple[BuildOptions, list[str]]:
    """The build flags at the front of args, as the go command reads them; returns the options
    and the remaining arguments (packages or files, then a program's arguments)."""
    from gomem.compiler.driver import BuildOptions
    opts = BuildOptions()
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            i += 1
            break
        if not a.startswith("-") or a == "-":
            break
        name, eq, val = a.lstrip("-").partition("=")
        i += 1
        if name == "emit" and val == "python":
            opts.emit_python = True
        elif name in _BUILD_VALUE_FLAGS:
            if not eq:
                if i == len(args):
                    raise UsageError(f"flag needs an argument: -{name}\n" + usage)
                val = args[i]
                i += 1
            if name == "gcflags":
                opts.gcflags.append(val)
            elif name == "C":
                opts.chdir = val
        elif name in _BUILD_BOOL_FLAGS:
            pass
        else:
            raise UsageError(f"flag provided but not defined: -{name}\n" + usage)
    return opts, args[i:]


def _apply_gcflags(opts: BuildOptions) -> int | None:
    """Applies the collected -gcflags values; on a bad one prints gc's complaint (exit 1)."""
    try:
        for v in opts.gcflags:
            parse_gcflags(v, opts)
    except GcFlagError as e:
        sys.stderr.write(f"# command-line-arguments\n{e}\n")
        return 1
    if opts.chdir:
        import os
        try:
            os.chdir(opts.chdir)
        except OSError as e:
            sys.stderr.write(f"go: chdir {opts.chdir}: {e.strerror.lower() if e.strerror else e}\n")
            return 1
    return None


def _split_files(args: list[str]) -> tuple[list[str], list[str]]:
    """`go run`'s arguments: the .go files at the front (or one package directory), then the
    program's arguments."""
    if args and not args[0].endswith(".go"):
        return args[:1], args[1:]
    i = 0
    while i < len(args) and args[i].endswith(".go"):
        i += 1
    return args[:i], args[i:]


def _parse(args: list[str], usage: str) -> tuple[BuildOptions | None, list[str], int]:
    try:
        opts, rest = parse_build_flags(args, usage)
    except UsageError as e:
        sys.stderr.write(f"{e}")
        return None, [], 2
    status = _apply_gcflags(opts)
    if status is not None:
        return None, [], status
    return opts, rest, 0


def cmd_run(args: list[str]) -> int:
    if not args or args[0] in ("-h", "--help", "-help"):
        sys.stdout.write(RUN_USAGE)
        return 0 if args else 2
    opts, rest, status = _parse(args, _GO_RUN_USAGE)
    if opts is None:
        return status
    if not rest:
        sys.stderr.write("go: no go files listed\n")
        return 1
    files, prog_args = _split_files(rest)
    from gomem.compiler.driver import run_program
    opts.want_main = True
    return run_program(files, prog_args, opts=opts)


def cmd_build(args: list[str]) -> int:
    if args and args[0] in ("-h", "--help", "-help"):
        sys.stdout.write(BUILD_USAGE)
        return 0
    opts, paths, status = _parse(args, _GO_BUILD_USAGE)
    if opts is None:
        return status
    if not paths:
        paths = ["."]
    from gomem.compiler.driver import build_command
    return build_command(paths, opts)


def parse_compile_flags(args: list[str]) -> tuple[BuildOptions, list[str]]:
    """`go tool compile`'s command line: gc's flags (Go's flag package: -name, --name,
    -name=value, -name value; flags end at the first argument that is not one, or after
    "--"), then the files. Raises GcFlagError as gc complains."""
    from gomem.compiler.driver import BuildOptions
    opts = BuildOptions(compiler=True, complete=False)
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            i += 1
            break
        if not a.startswith("-") or a == "-":
            break
        # the same rules as a -gcflags value: one flag at a time
        flag = [a]
        if "=" not in a and a.lstrip("-") in _GC_VALUE_FLAGS and i + 1 < len(args):
            flag.append(args[i + 1])
        _parse_gc_args(flag, opts)
        i += len(flag)
    return opts, args[i:]


def cmd_tool(args: list[str]) -> int:
    if not args or args[0] in ("-h", "--help", "-help"):
        sys.stdout.write(TOOL_USAGE)
        return 0 if args else 2
    if args[0] == "pprof":
        from gomem.pprof.tool import main as pprof_main
        return pprof_main(args[1:])
    if args[0] in _GO_TOOLS - {"compile", "pprof"}:
        sys.stderr.write(f"gomem does not support go tool {args[0]} yet\n")
        return 2
    if args[0] != "compile":
        sys.stderr.write(f'go: no such tool "{args[0]}"\n')
        return 2
    try:
        opts, files = parse_compile_flags(args[1:])
    except GcFlagError as e:
        sys.stderr.write(f"{e}\n")
        return 1
    if not files:
        sys.stderr.write(_GC_USAGE + "\n")
        return 1
    from gomem.compiler.driver import compile_command
    return compile_command(files, opts)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("help", "-h", "--help"):
        sys.stdout.write(USAGE)
        return 0 if argv else 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "run":
        return cmd_run(rest)
    if cmd == "build":
        return cmd_build(rest)
    if cmd == "tool":
        return cmd_tool(rest)
    if cmd == "version":
        sys.stdout.write(f"gomem version {__version__} (models {GO_VERSION}) linux/amd64\n")
        return 0
    sys.stderr.write(f"gomem {cmd}: unknown command\nRun 'gomem help' for usage.\n")
    return 2


def entry() -> None:
    status = main()
    # A Go process ends when its work is done; CPython's teardown would first run a last
    # cycle collection over everything the compiler and the program left, which is work
    # Go does not do. Flush what is buffered and end here.
    if "gomem.runtime.osio" in sys.modules:
        sys.modules["gomem.runtime.osio"].flush()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        status = status or 1
    os._exit(status & 0xFF)
