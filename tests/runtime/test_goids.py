"""Goroutine ids and counts as Go's (tests/runtime/goids/*.go, outputs from real Go 1.23 with
GOMAXPROCS=1, written by tests/runtime/goids/regen.py): the runtime's own goroutines (forcegc
helper, background sweeper, scavenger, finalizer goroutine, mark workers) take the ids Go gives
them, and runtime.NumGoroutine, runtime.Stack(buf, true) and the deadlock report leave them out.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "goids"
SRC = CORPUS.parent.parent.parent / "src"
_spec = importlib.util.spec_from_file_location("goids_regen", CORPUS / "regen.py")
assert _spec is not None and _spec.loader is not None
_regen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_regen)

PENDING: dict[str, str] = {}  # program -> why gomem does not match Go yet (strict xfail)


def _params() -> list:
    return [pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(reason=PENDING[p.stem], strict=True)]
                         if p.stem in PENDING else [])
            for p in sorted(CORPUS.glob("*.go"))]


@pytest.mark.parametrize("prog", _params())
def test_goroutine_ids_match_go(prog: Path) -> None:
    env = dict(_regen.run_env(), PYTHONPATH=str(SRC))
    r = subprocess.run([sys.executable, "-m", "gomem", "run", prog.name], cwd=CORPUS, capture_output=True,
                       timeout=300, env=env, stdin=subprocess.DEVNULL)
    assert _regen.report(r.stdout, r.stderr, r.returncode) == prog.with_suffix(".out").read_text(), \
        r.stderr.decode("utf-8", "replace")[-3000:]
