"""The gomem command: run, build, version, help (shaped like the go command)."""

from __future__ import annotations

import sys

from gomem import GO_VERSION, __version__

USAGE = """gomem runs Go programs on a model of the Go 1.23 runtime.

Usage:

	gomem <command> [arguments]

The commands are:

	run         compile and run a Go program (files or a directory of package main)
	build       check a Go program and report compile errors, without running it
	version     print gomem's version
	help        print this help

Use "gomem <command> --help" for more information about a command.
"""

RUN_USAGE = """usage: gomem run [file.go... | dir] [arguments...]

Run compiles the named Go source files (or all .go files of the directory) of package main
and runs the program, printing what `go run` prints and exiting with the same status:
0, the code given to os.Exit, 1 for compile errors, 2 after a panic or fatal error.

Environment: GOMEM_SEED=n makes scheduling and map iteration order reproducible (default 0).
"""

BUILD_USAGE = """usage: gomem build [-emit=python] [file.go... | dir]

Build checks the program and prints compile errors in the gc compiler's format
(./prog.go:12:5: undefined: foo), exiting with status 1 when there are errors, 0 otherwise.
-emit=python prints the Python code gomem compiles the program to.
"""


def _split_files(args: list[str]) -> tuple[list[str], list[str]]:
    files = []
    i = 0
    while i < len(args) and (args[i].endswith(".go") or (i == 0 and not args[i].startswith("-"))):
        files.append(args[i])
        i += 1
        if not files[-1].endswith(".go"):
            break
    return files, args[i:]


def cmd_run(args: list[str]) -> int:
    if not args or args[0] in ("-h", "--help", "-help"):
        sys.stdout.write(RUN_USAGE)
        return 0 if args else 2
    files, rest = _split_files(args)
    import os
    for f in files:
        if not os.path.exists(f):
            sys.stderr.write(f"stat {f}: no such file or directory\n")
            return 1
    from gomem.compiler.driver import run_program
    return run_program(files, rest)


def cmd_build(args: list[str]) -> int:
    if args and args[0] in ("-h", "--help", "-help"):
        sys.stdout.write(BUILD_USAGE)
        return 0
    emit = False
    if args and args[0] in ("-emit=python", "--emit=python"):
        emit = True
        args = args[1:]
    if not args:
        args = ["."]
    import os
    for f in args:
        if not os.path.exists(f):
            sys.stderr.write(f"stat {f}: no such file or directory\n")
            return 1
    from gomem.compiler.driver import CompileFailed, _print_compile_errors, build, report_internal_error
    try:
        src, _ = build(args)
        # the generated module is compiled too, so that build fails wherever run would
        from gomem.compiler.pycompile import compile_module
        compile_module(src)
    except CompileFailed as e:
        _print_compile_errors(e)
        return 1
    except Exception as exc:  # noqa: BLE001 - a gomem bug, reported as one
        report_internal_error(exc, "compiling")
        return 3
    if emit:
        sys.stdout.write(src)
    return 0


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
    if cmd == "version":
        sys.stdout.write(f"gomem version {__version__} (models {GO_VERSION}) linux/amd64\n")
        return 0
    sys.stderr.write(f"gomem {cmd}: unknown command\nRun 'gomem help' for usage.\n")
    return 2


def entry() -> None:
    sys.exit(main())
