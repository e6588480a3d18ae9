"""Spills (codegen's spill_crossing) and the liveness of evaluation-stack entries
(liveness._on_stack): what keeps the values an expression holds on CPython's stack alive
across an automatic cycle (the frame scan sees nothing else of CPython's stacks)."""

from __future__ import annotations

import dis
import os
import subprocess
import sys
from pathlib import Path

from gomem.runtime import liveness

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "spill" / "spill_cases.go"


def _sample(a, b, C, g, h, k):  # (the shape of generated code; never called)
    x = a
    return C((_s := g(a)), g(b), h(x, k(1)))


def _live_at_calls(fn) -> list[tuple[str, ...]]:
    code = fn.__code__
    return [liveness.live_names(code, i.offset) for i in dis.get_instructions(code) if i.opname == "CALL"]


def test_a_spill_is_live_exactly_while_its_value_waits_on_the_stack() -> None:
    g_a, g_b, k, h, c = _live_at_calls(_sample)
    assert "_s" not in g_a                  # (not stored yet)
    assert "_s" in g_b and "_s" in k and "_s" in h
    assert "x" in k and "x" not in h        # x loaded as h's argument: live until h consumes it
    assert c == ()                          # everything consumed by the outer call


def _run_cases(**env: str) -> subprocess.CompletedProcess:
    e = dict(os.environ, GOGC="1", GOMAXPROCS="1", GOMEM_SEED="0", GOMEM_GCAUTO="1", GOMEM_GCPOISON="1",
             GODEBUG="gccheckmark=1", PYTHONPATH=str(ROOT / "src"))
    e.pop("GOMEM_NOSPILL", None)
    e.update(env)
    return subprocess.run([sys.executable, "-m", "gomem", "run", str(CASES)], capture_output=True, text=True,
                          timeout=300, env=e)


def test_spills_keep_stack_values_across_automatic_cycles() -> None:
    """Every operand class of spill_cases.go under automatic cycles, poison mode and
    gccheckmark: right; compiled without spills, a freed object is used."""
    r = _run_cases()
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ok ")
    # (a mark done at the trigger, GODEBUG=gcstoptheworld=1: with the mark beside the
    # program, cycles at GOGC=1 follow each other so closely that the values waiting on the
    # evaluation stack are mostly allocated during a mark, hence black)
    r = _run_cases(GODEBUG="gccheckmark=1,gcstoptheworld=1")
    assert r.returncode == 0, r.stderr
    bad = _run_cases(GOMEM_NOSPILL="1", GODEBUG="gccheckmark=1,gcstoptheworld=1")
    assert bad.returncode == 2
    assert "use of an object the garbage collector freed" in bad.stderr
