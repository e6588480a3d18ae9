"""`gomem tool compile` against `go tool compile`: gc's command line (its flags, files of one
package), what it prints on standard output and standard error, and its exit status.

Each case lists what `go tool compile` of Go 1.23 prints and its exit status;
test_cases_match_go checks the records against the real toolchain when it is installed. The
files import nothing, so gc needs no import configuration. The compiler's errors for whole
files are in tests/golden/compile (tools/regen_goldens.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GO_BIN = Path("/usr/lib/go-1.23/bin/go")
SRC = Path(__file__).resolve().parent.parent / "src"

MAIN_WITHOUT_MAIN = "package main\n\nfunc f() {}\n"
BODYLESS = "package p\n\nfunc f()\n"
TWO_ERRORS = "package p\n\nvar x int = \"s\"\n\nfunc g() {\n\ty := 1\n}\n"
ELEVEN_ERRORS = "package p\n\nfunc f() {\n" + "".join(f"\t_ = {i} + \"s\"\n" for i in range(11)) + "}\n"
USAGE = "usage: compile [options] file.go...\n"

# name: (files, arguments after `tool compile`, stdout, first lines of stderr, exit status)
CASES = {
    # the linker's complaint is not the compiler's; body-less functions need -complete
    "main_without_func_main": ({"m.go": MAIN_WITHOUT_MAIN}, ["-p=main", "m.go"], "", "", 0),
    "bodyless_function": ({"p.go": BODYLESS}, ["-p=p", "p.go"], "", "", 0),
    "bodyless_function_complete": ({"p.go": BODYLESS}, ["-p=p", "-complete", "p.go"],
                                   "p.go:3:6: missing function body\n", "", 1),
    # (never -o /dev/null: gc removes its output file when it fails)
    "errors_on_stdout": ({"p.go": TWO_ERRORS}, ["-p=p", "-o", "x.o", "p.go"],
                         'p.go:3:13: cannot use "s" (untyped string constant) as int value in variable '
                         "declaration\np.go:6:2: declared and not used: y\n", "", 1),
    "no_columns": ({"p.go": TWO_ERRORS}, ["-C", "p.go"],
                   'p.go:3: cannot use "s" (untyped string constant) as int value in variable '
                   "declaration\np.go:6: declared and not used: y\n", "", 1),
    "path_as_given": ({"sub/p.go": TWO_ERRORS}, ["-C", "./sub/p.go"],
                      './sub/p.go:3: cannot use "s" (untyped string constant) as int value in variable '
                      "declaration\n./sub/p.go:6: declared and not used: y\n", "", 1),
    "ten_errors_then_stop": (
        {"t.go": ELEVEN_ERRORS}, ["t.go"],
        "".join(f't.go:{4 + i}:6: invalid operation: {i} + "s" (mismatched types untyped int and '
                "untyped string)\n" for i in range(10)) + "t.go:13:6: too many errors\n", "", 1),
    "every_error_with_e": (
        {"t.go": ELEVEN_ERRORS}, ["-e", "t.go"],
        "".join(f't.go:{4 + i}:6: invalid operation: {i} + "s" (mismatched types untyped int and '
                "untyped string)\n" for i in range(11)), "", 1),
    "files_of_two_packages": ({"a.go": MAIN_WITHOUT_MAIN, "b.go": BODYLESS}, ["a.go", "b.go"],
                              "b.go:1:1: package p; expected package main\n", "", 1),
    "missing_file": ({}, ["nope.go"], "open nope.go: no such file or directory\n", "", 1),
    "directory": ({"d/p.go": BODYLESS}, ["d"], "d:1:1: I/O error: read d: is a directory\n", "", 1),
    "unknown_flag": ({"p.go": BODYLESS}, ["-bogus", "p.go"], "",
                     "flag provided but not defined: -bogus\n" + USAGE, 1),
    "bad_count_flag": ({"p.go": BODYLESS}, ["-e=x", "p.go"], "",
                       'invalid boolean value "x" for -e: invalid count "x"\n' + USAGE, 1),
    "no_files": ({}, ["-e"], "", USAGE, 1),
    "ignored_flags": ({"p.go": BODYLESS, "importcfg": ""},
                      ["-p", "p", "-lang=go1.21", "-N", "-l", "-d=panic", "-importcfg", "importcfg", "-o", "p.o",
                       "--", "p.go"], "", "", 0),
}


def _write(d: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def _check(name: str, r: subprocess.CompletedProcess) -> None:
    _, _, want_out, want_err, status = CASES[name]
    assert r.stdout == want_out
    # gc prints all its flags after a usage error: only the first lines are compared
    assert "".join(r.stderr.splitlines(keepends=True)[:want_err.count("\n")]) == want_err
    assert r.returncode == status


@pytest.mark.parametrize("name", sorted(CASES))
def test_gomem(name: str, tmp_path: Path) -> None:
    files, args, _, _, _ = CASES[name]
    _write(tmp_path, files)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    r = subprocess.run([sys.executable, "-m", "gomem", "tool", "compile", *args], cwd=tmp_path,
                       capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    _check(name, r)


@pytest.mark.skipif(not GO_BIN.exists(), reason="needs Go 1.23")
@pytest.mark.parametrize("name", sorted(CASES))
def test_cases_match_go(name: str, tmp_path: Path) -> None:
    files, args, _, _, _ = CASES[name]
    _write(tmp_path, files)
    env = dict(os.environ, GOCACHE=str(tmp_path / "gocache"), GOFLAGS="", GOTOOLCHAIN="local")
    r = subprocess.run([str(GO_BIN), "tool", "compile", *args], cwd=tmp_path, capture_output=True, text=True,
                       env=env, stdin=subprocess.DEVNULL, timeout=300)
    _check(name, r)
