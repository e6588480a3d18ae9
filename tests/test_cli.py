"""The gomem command against the go command: packages that are not main, build flags, files
that cannot be read, several packages in one directory, standard output closed or a broken
pipe.

Each case lists what Go 1.23 prints (stderr) and its exit status, recorded from `go run` /
`go build`; test_cases_match_go checks those records against the real toolchain when it is
installed, so the expectations stay Go's.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

GO_BIN = Path("/usr/lib/go-1.23/bin/go")
SRC = Path(__file__).resolve().parent.parent / "src"

MAIN = "package main\n\nfunc main() {\n\tprintln(\"hi\")\n}\n"
PKG_P = "package p\n\nfunc F() int { return 1 }\n"
PKG_P_BAD = 'package p\n\nvar x int = "s"\n'

# name: (files to write, command line after `go`/`gomem`, expected stderr, exit status);
# DIR in the expected text is the test's directory
CASES = {
    "run_non_main_package": ({"p.go": PKG_P}, ["run", "p.go"],
                             "package command-line-arguments is not a main package\n", 1),
    "run_non_main_package_before_its_errors": ({"p.go": PKG_P_BAD}, ["run", "p.go"],
                                               "package command-line-arguments is not a main package\n", 1),
    "build_non_main_package": ({"p.go": PKG_P}, ["build", "p.go"], "", 0),
    "build_non_main_package_errors": (
        {"p.go": PKG_P_BAD}, ["build", "p.go"],
        '# command-line-arguments\n./p.go:3:13: cannot use "s" (untyped string constant) as int value in '
        "variable declaration\n", 1),
    "two_packages": ({"a.go": MAIN, "b.go": PKG_P}, ["build", "a.go", "b.go"],
                     "found packages main (a.go) and p (b.go) in DIR\n", 1),
    "two_packages_run": ({"a.go": MAIN, "b.go": PKG_P}, ["run", "b.go", "a.go"],
                         "found packages p (b.go) and main (a.go) in DIR\n", 1),
    "files_in_two_directories": ({"a.go": MAIN, "sub/b.go": MAIN}, ["build", "a.go", "sub/b.go"],
                                 "named files must all be in one directory; have . and sub\n", 1),
    "run_directory_named_x_go": ({"x.go/keep.go": MAIN}, ["run", "x.go"],
                                 "x.go is a directory, should be a Go file\n", 1),
    "run_missing_file": ({}, ["run", "nope.go"], "stat nope.go: no such file or directory\n", 1),
    "gcflags_unknown_flag": ({"a.go": MAIN}, ["build", "-gcflags=-bogus", "a.go"],
                             "# command-line-arguments\nflag provided but not defined: -bogus\n"
                             "usage: compile [options] file.go...\n", 1),
    "gcflags_no_columns": ({"p.go": PKG_P_BAD}, ["build", "-gcflags=-C", "p.go"],
                           '# command-line-arguments\n./p.go:3: cannot use "s" (untyped string constant) as int '
                           "value in variable declaration\n", 1),
    "gcflags_ignored_flags": ({"a.go": MAIN}, ["build", "-gcflags", "-m -l -N -S=0 -lang go1.23", "a.go"], "", 0),
    "unknown_build_flag": ({"a.go": MAIN}, ["build", "-bogus", "a.go"],
                           "flag provided but not defined: -bogus\n"
                           "usage: go build [-o output] [build flags] [packages]\n"
                           "Run 'go help build' for details.\n", 2),
    "gcflags_needs_value": ({}, ["build", "-gcflags"],
                            "flag needs an argument: -gcflags\n"
                            "usage: go build [-o output] [build flags] [packages]\n"
                            "Run 'go help build' for details.\n", 2),
    "too_many_errors": (
        {"t.go": "package main\n\nfunc main() {\n" + "".join(f"\t_ = {i} + \"s\"\n" for i in range(11)) + "}\n"},
        ["build", "t.go"],
        "# command-line-arguments\n"
        + "".join(f'./t.go:{4 + i}:6: invalid operation: {i} + "s" (mismatched types untyped int and '
                  "untyped string)\n" for i in range(10))
        + "./t.go:13:6: too many errors\n", 1),
    "all_errors_with_e": (
        {"t.go": "package main\n\nfunc main() {\n" + "".join(f"\t_ = {i} + \"s\"\n" for i in range(11)) + "}\n"},
        ["build", "-gcflags=all=-e", "t.go"],
        "# command-line-arguments\n"
        + "".join(f'./t.go:{4 + i}:6: invalid operation: {i} + "s" (mismatched types untyped int and '
                  "untyped string)\n" for i in range(11)), 1),
}

# gc prints its whole flag list after an unknown flag: only the first lines are compared
_COMPARE_LINES = {"gcflags_unknown_flag": 3}


def _write(d: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def _gomem(args: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, GOMEM_SEED="0", PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "gomem", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=120, **kw)


def _go(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, GOCACHE=str(cwd.parent / "gocache"), GOFLAGS="", GOTOOLCHAIN="local", GOPROXY="off",
               GO111MODULE="on", PATH=f"{GO_BIN.parent}:{os.environ.get('PATH', '')}")
    if args[0] == "build":
        args = ["build", "-o", os.devnull] + args[1:]
    return subprocess.run([str(GO_BIN), *args], cwd=cwd, capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=300)


def _check(name: str, r: subprocess.CompletedProcess, d: Path) -> None:
    _, _, want, status = CASES[name]
    want = want.replace("DIR", str(d))
    got = r.stderr
    n = _COMPARE_LINES.get(name)
    if n:
        got = "".join(got.splitlines(keepends=True)[:n])
    assert got == want
    assert r.returncode == status


@pytest.mark.parametrize("name", sorted(CASES))
def test_gomem(name: str, tmp_path: Path) -> None:
    d = tmp_path / "w"
    d.mkdir()
    files, args, _, _ = CASES[name]
    _write(d, files)
    _check(name, _gomem(args, d), d)


@pytest.mark.skipif(not GO_BIN.exists(), reason="needs Go 1.23")
@pytest.mark.parametrize("name", sorted(CASES))
def test_cases_match_go(name: str, tmp_path: Path) -> None:
    d = tmp_path / "w"
    d.mkdir()
    files, args, _, _ = CASES[name]
    _write(d, files)
    _check(name, _go(args, d), d)


def _as_nobody() -> list[str] | None:
    """A command prefix that drops root's right to read any file, or None."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_unreadable_file(tmp_path: Path) -> None:
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("running as root without setpriv: every file is readable")
    tmp_path.chmod(0o777)
    secret = tmp_path / "secret.go"
    secret.write_text(MAIN)
    secret.chmod(0)
    env = dict(os.environ, PYTHONPATH=str(SRC), HOME=str(tmp_path))
    for cmd, want in ((["run", "secret.go"], f"go: open {secret}: permission denied\n"),
                      (["build", "."], f"open {secret}: permission denied\n")):
        r = subprocess.run(prefix + [sys.executable, "-m", "gomem", *cmd], cwd=tmp_path, capture_output=True,
                           text=True, env=env, timeout=120)
        assert (r.stderr, r.returncode) == (want, 1)  # (what go 1.23 prints, as a user without access)


FOREVER = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println("line", i)\n\t}\n}\n'


def test_broken_pipe_kills_with_sigpipe(tmp_path: Path) -> None:
    # Go raises SIGPIPE for a write to fd 1 or 2 on a closed pipe (`prog | head -1`: status 141)
    (tmp_path / "f.go").write_text(FOREVER)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    p = subprocess.Popen([sys.executable, "-m", "gomem", "run", "f.go"], cwd=tmp_path, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None and p.stderr is not None
    assert p.stdout.readline() == b"line 0\n"
    p.stdout.close()
    err = p.stderr.read()
    assert p.wait(timeout=120) == -signal.SIGPIPE
    assert err == b""
