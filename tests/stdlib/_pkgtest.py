"""Shared helpers of the tests of the standard packages (test_pkg_*.py).

End-to-end checks: Go programs under tests/stdlib/programs/ run by
gomem and compared with what real Go 1.23 printed (NAME.out, NAME.err, NAME.exit, written by
tests/stdlib/programs/regen.py).

stdout and the exit status must be identical; stderr too, except that after a panic only the
text before the goroutine trace is compared (gomem's trace has no file:line or pc), and the
machine PC of a signal crash (`PC=0x469921 m=0 ...`) is not.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).resolve().parent / "programs"
SRC = Path(__file__).resolve().parent.parent.parent / "src"
TIMEOUT = 300


def program_params(prefix: str) -> list:
    """pytest params for the programs named PREFIX_*.go."""
    return [pytest.param(p, id=p.stem) for p in sorted(PROGRAMS.glob(f"{prefix}_*.go"))]


def _before_trace(stderr: str) -> str:
    i = stderr.find("\ngoroutine ")
    return re.sub(r"^PC=0x[0-9a-f]+ ", "PC=0x? ", stderr if i < 0 else stderr[:i], flags=re.M)


def run_program(prog: Path) -> None:
    """Run prog with gomem and assert that it behaves as real Go did (stdin is NAME.stdin when
    that file exists, as regen.py gave it to real Go)."""
    env = dict(os.environ, GOMEM_SEED="0", PYTHONPATH=str(SRC))
    stdin = prog.with_suffix(".stdin")
    with open(stdin if stdin.exists() else os.devnull, "rb") as inp:
        r = subprocess.run([sys.executable, "-m", "gomem", "run", prog.name], cwd=prog.parent,
                           capture_output=True, timeout=TIMEOUT, env=env, stdin=inp)
    want_out = prog.with_suffix(".out").read_bytes().decode("utf-8", "replace")
    want_err = prog.with_suffix(".err").read_bytes().decode("utf-8", "replace")
    want_exit = int(prog.with_suffix(".exit").read_text().strip())
    got_err = r.stderr.decode("utf-8", "replace")
    assert r.stdout.decode("utf-8", "replace") == want_out, got_err[-3000:]
    assert _before_trace(got_err) == _before_trace(want_err)
    assert r.returncode == want_exit, got_err[-3000:]


# ---------------------------------------------------------------------------
# api.go and __init__.py agree


def api_declarations(pkg_dir: str) -> tuple[list[str], list[str]]:
    """(body-less functions, body-less methods as T_M) declared in src/gomem/stdlib/PKG/api.go."""
    import re
    text = (SRC / "gomem" / "stdlib" / pkg_dir / "api.go").read_text()
    funcs = re.findall(r"^func ([A-Za-z_]\w*)\([^{\n]*\)[^{\n]*$", text, re.M)
    methods = [f"{t}_{m}" for t, m in
               re.findall(r"^func \(\w*\s*\*?(\w+)\) ([A-Za-z_]\w*)\([^{\n]*\)[^{\n]*$", text, re.M)]
    return funcs, methods


def check_api(pkg_path: str) -> None:
    """The package checks, and every body-less function and method has its Python function."""
    import importlib

    from gomem.compiler.driver import IMPORTER, compile_std_bodies
    pkg = IMPORTER(pkg_path)
    assert pkg is not None
    compile_std_bodies(pkg_path, pkg)  # what api.go writes in Go becomes module attributes
    mod = importlib.import_module("gomem.stdlib." + pkg_path.replace("/", "_"))
    funcs, methods = api_declarations(pkg_path.replace("/", "_"))
    missing = [n for n in funcs + methods if not callable(getattr(mod, n, None))]
    assert not missing, f"no Python implementation for {missing}"
    from gomem.check.objects import Var
    for obj in pkg.scope.names.values():
        if isinstance(obj, Var):
            assert hasattr(mod, obj.name), f"package variable {obj.name} has no module attribute"
