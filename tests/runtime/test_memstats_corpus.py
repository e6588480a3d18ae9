"""The MemStats corpus: Go programs that print runtime.MemStats deltas around loops that
allocate (tests/runtime/memstats/*.go), compared line by line with what real Go 1.23 printed
(NAME.out, written by tests/runtime/memstats/regen.py).

Each measured allocation escapes in Go (it is stored in a package variable), so the figures do
not depend on escape analysis, except in the programs listed in PENDING with the work they wait
for. docs/memstats-corpus.md says what the corpus covers.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "memstats"
SRC = CORPUS.parent.parent.parent / "src"
# the environment real Go ran in (regen.py is loaded by path: other test directories have a
# regen.py of their own)
_spec = importlib.util.spec_from_file_location("memstats_regen", CORPUS / "regen.py")
assert _spec is not None and _spec.loader is not None
_regen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_regen)
run_env = _regen.run_env
gcflags = _regen.gcflags

PENDING: dict[str, str] = {}


def _params() -> list:
    out = []
    for p in sorted(CORPUS.glob("*.go")):
        marks = [pytest.mark.xfail(reason=PENDING[p.stem], strict=True)] if p.stem in PENDING else []
        out.append(pytest.param(p, id=p.stem, marks=marks))
    return out


def test_corpus_is_complete() -> None:
    """Every program has its golden output, and every pending entry names a program."""
    progs = {p.stem for p in CORPUS.glob("*.go")}
    assert len(progs) >= 25
    assert not [n for n in progs if not (CORPUS / f"{n}.out").exists()]
    assert set(PENDING) <= progs


@pytest.mark.parametrize("prog", _params())
def test_memstats_deltas_match_go(prog: Path) -> None:
    env = dict(run_env(), GOMEM_SEED="0", PYTHONPATH=str(SRC))
    r = subprocess.run([sys.executable, "-m", "gomem", "run", *gcflags(prog), prog.name], cwd=CORPUS,
                       capture_output=True, timeout=300, env=env, stdin=subprocess.DEVNULL)
    want = prog.with_suffix(".out").read_text()
    got = r.stdout.decode("utf-8", "replace")
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")[-3000:]
    # compare per line, so that a failure names the measurements that differ
    wrong = [f"go:    {w}\ngomem: {g}" for w, g in zip(want.splitlines(), got.splitlines()) if w != g]
    assert not wrong and len(want.splitlines()) == len(got.splitlines()), "\n".join(wrong)
