"""The golden corpus: programs whose output, first stderr line and exit status come from real Go.

tests/golden/programs/NAME.go  → NAME.out, NAME.err (first line compared), NAME.exit
tests/golden/errors/NAME.go    → NAME.err: the first error line `go build` prints
tests/golden/errors_all/NAME.go → NAME.err: all that `go build -gcflags=-e` prints, NAME.exit
tests/golden/compile/NAME.go   → NAME.out: all that `go tool compile -p=p -e` prints, NAME.exit
tests/golden/unsupported/*.go  → valid Go that gomem must reject with a clear message

The goldens are regenerated with tools/regen_goldens.py (needs Go 1.23). Programs gomem does
not get right yet are listed in tests/golden/known_failures.txt; they are strict xfails, so a
fix that makes one pass shows up as a failure until the line is removed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
TIMEOUT = 60


def _known_failures() -> set[str]:
    f = GOLDEN / "known_failures.txt"
    if not f.exists():
        return set()
    out = set()
    for line in f.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line)
    return out


KNOWN = _known_failures()


def _gomem(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, GOMEM_SEED="0", PYTHONPATH=str(Path(__file__).parent.parent / "src"))
    return subprocess.run([sys.executable, "-m", "gomem", *args], cwd=cwd, capture_output=True,
                          timeout=TIMEOUT, env=env, stdin=subprocess.DEVNULL)


def _params(sub: str) -> list:
    out = []
    for p in sorted((GOLDEN / sub).glob("*.go")):
        marks = []
        if f"{sub}/{p.stem}" in KNOWN:
            marks.append(pytest.mark.xfail(strict=True, reason="known failure (tests/golden/known_failures.txt)"))
        out.append(pytest.param(p, id=p.stem, marks=marks))
    return out


@pytest.mark.parametrize("prog", _params("programs"))
def test_program(prog: Path) -> None:
    want_out = prog.with_suffix(".out").read_bytes()
    want_err = prog.with_suffix(".err").read_bytes().decode("utf-8", "replace").split("\n", 1)[0]
    want_exit = int(prog.with_suffix(".exit").read_text().strip())
    r = _gomem(["run", prog.name], prog.parent)
    got_err = r.stderr.decode("utf-8", "replace").split("\n", 1)[0]
    assert r.stdout.decode("utf-8", "replace") == want_out.decode("utf-8", "replace"), r.stderr.decode()[-3000:]
    assert got_err == want_err
    assert r.returncode == want_exit, r.stderr.decode()[-3000:]


@pytest.mark.parametrize("prog", _params("errors"))
def test_compile_error(prog: Path) -> None:
    want = prog.with_suffix(".err").read_text().split("\n", 1)[0]
    r = _gomem(["build", prog.name], prog.parent)
    lines = r.stderr.decode("utf-8", "replace").splitlines()
    assert lines and lines[0] == "# command-line-arguments", r.stderr.decode()[-3000:]
    assert lines[1] == want
    assert r.returncode == 1


@pytest.mark.parametrize("prog", _params("errors_all"))
def test_all_compile_errors(prog: Path) -> None:
    want = prog.with_suffix(".err").read_text()
    r = _gomem(["build", "-gcflags=-e", prog.name], prog.parent)
    assert r.stderr.decode("utf-8", "replace") == want
    assert r.returncode == int(prog.with_suffix(".exit").read_text())


@pytest.mark.parametrize("prog", _params("compile"))
def test_compiler_alone(prog: Path) -> None:
    want = prog.with_suffix(".out").read_text()
    r = _gomem(["tool", "compile", "-p=p", "-e", prog.name], prog.parent)
    assert r.stdout.decode("utf-8", "replace") == want, r.stderr.decode()[-3000:]
    assert r.returncode == int(prog.with_suffix(".exit").read_text())


@pytest.mark.parametrize("prog", _params("unsupported"))
def test_unsupported_feature(prog: Path) -> None:
    r = _gomem(["build", prog.name], prog.parent)
    assert r.returncode == 1
    err = r.stderr.decode()
    assert "gomem does not support" in err, err[-3000:]
    # one clear error per identifier gomem lacks, no knock-on error from what uses it
    errors = [ln for ln in err.splitlines() if ln.startswith("./")]
    assert all("gomem does not support" in ln for ln in errors), err[-3000:]
