"""The generational collector policy (runtime/mgcgen.py, docs/gc-generational.md): property
tests on random graphs (tests/runtime/gen_props.py, in a child process), Go programs with
old-to-young stores of every kind and churning benchmarks under gccheckmark and poison mode,
gctrace's minor/major marker, MemStats.NumGC, and the choice of policy."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
GEN = HERE / "gen"


def _run(prog: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    e = dict(os.environ, GOMAXPROCS="1", GOMEM_SEED="0", PYTHONPATH=str(ROOT / "src"))
    for k in ("GODEBUG", "GOMEM_GCAUTO", "GOMEM_GCPOISON", "GOGC", "GOMEM_GCPOLICY", "GOMEM_GCPROMOTE",
              "GOMEM_GCYOUNG", "GOMEM_GCMAJOR"):
        e.pop(k, None)
    e.update(env)
    return subprocess.run([sys.executable, "-m", "gomem", "run", str(prog), *args], capture_output=True, text=True,
                          timeout=600, env=e, cwd=prog.parent)


def _src(tmp_path: Path, src: str) -> Path:
    prog = tmp_path / "main.go"
    prog.write_text(textwrap.dedent(src))
    return prog


CHECKS = {"GOMEM_GCPOLICY": "generational", "GODEBUG": "gctrace=1,gccheckmark=1", "GOMEM_GCPOISON": "1"}


@pytest.mark.parametrize("promote,major_every,young", [("1", "0", "0.05"), ("2", "0", "0.02"), ("2", "3", "0.05"),
                                                      ("3", "2", "0.1")])
def test_old_objects_receiving_young_pointers(promote: str, major_every: str, young: str) -> None:
    """Field, element, map, channel (buffered and blocked sender), closure, interface, array,
    box and inner-struct stores of young pointers into old objects, appends within capacity
    and copies, between minor (and major) cycles: Go's output, no unmarked reachable object
    (gccheckmark), no use of a freed one (poison)."""
    r = _run(GEN / "old_to_young.go", GOMEM_GCPROMOTE=promote, GOMEM_GCMAJOR=major_every, GOMEM_GCYOUNG=young,
             **CHECKS)
    assert r.returncode == 0, r.stderr[-3000:]
    assert r.stdout == (GEN / "old_to_young.out").read_text()
    kinds = re.findall(r"^gc \d+ .* \((minor|major)\)$", r.stderr, re.M)
    assert kinds.count("minor") > 20
    assert (kinds.count("major") > 5) == (major_every != "0")


def test_benchmarks_and_churn_programs_run_right_under_the_policy(tmp_path: Path) -> None:
    """binarytrees and test_gc.py's churning programs with every check on: the same output
    as under Go's policy, with minor cycles run."""
    from test_gc import CHURN, TREES
    bt = ROOT / "benchmarks" / "binarytrees" / "main.go"
    plain = _run(bt, "12")
    r = _run(bt, "12", GOMEM_GCYOUNG="0.05", **CHECKS)
    assert r.returncode == 0, r.stderr[-3000:]
    assert r.stdout == plain.stdout
    assert r.stderr.count("(minor)") > 5
    churn = _run(_src(tmp_path, CHURN), GOMEM_GCYOUNG="0.05", **CHECKS)
    assert churn.returncode == 0, churn.stderr[-3000:]
    last = churn.stdout.splitlines()[-1].split()
    assert last[0] == "3" and last[2:] == ["true", "true"]
    trees = _run(_src(tmp_path, TREES), GOGC="100", **CHECKS)
    assert trees.returncode == 0, trees.stderr[-3000:]
    assert trees.stdout == "819100 8191 true true\n"  # (freed objects, a bounded heap)


GCTRACE = """
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	next *T
	buf  [6]int
}

var keep []*T

func main() {
	for i := 0; i < 60000; i++ {
		t := &T{}
		if i%100 == 0 {
			keep = append(keep, t)
		}
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC, m.NumForcedGC, len(keep))
}
"""


def test_gctrace_marks_minor_and_major_cycles_and_numgc_counts_both(tmp_path: Path) -> None:
    """Each cycle's line keeps Go's format and ends with (minor) or (major); runtime.GC is a
    forced major cycle; MemStats.NumGC counts every cycle."""
    r = _run(_src(tmp_path, GCTRACE), GOMEM_GCPOLICY="generational", GODEBUG="gctrace=1")
    assert r.returncode == 0, r.stderr
    lines = r.stderr.splitlines()
    pattern = re.compile(r"^gc (\d+) @\d+\.\d{3}s \d+%: [\d.]+\+[\d.]+\+[\d.]+ ms clock, .* ms cpu, "
                         r"\d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, \d+ P( \(forced\))? "
                         r"\((minor|major)\)$")
    matches = [pattern.match(x) for x in lines]
    assert all(matches), lines
    assert [int(m.group(1)) for m in matches] == list(range(1, len(lines) + 1))
    assert [m.group(3) for m in matches][:-1].count("minor") >= 2
    assert matches[-1].group(2) and matches[-1].group(3) == "major"  # runtime.GC
    num_gc, forced, kept = r.stdout.split()
    assert int(num_gc) == len(lines) and forced == "1" and kept == "600"
    go = _run(_src(tmp_path, GCTRACE), GODEBUG="gctrace=1")  # Go's policy: Go's lines, unmarked
    assert go.returncode == 0 and "(minor)" not in go.stderr and "(major)" not in go.stderr
    assert go.stderr.splitlines()[-1].endswith(" P (forced)")


def test_policy_choice_and_bad_settings_are_clear_errors(tmp_path: Path) -> None:
    prog = _src(tmp_path, 'package main\n\nfunc main() { println("hi") }\n')
    assert _run(prog, GOMEM_GCPOLICY="go").stderr == "hi\n"
    r = _run(prog, GOMEM_GCPOLICY="copying")
    assert r.returncode == 2
    assert "fatal error: gomem: GOMEM_GCPOLICY=copying: unknown collector policy (want go or generational)" in r.stderr
    r = _run(prog, GOMEM_GCPOLICY="generational", GOMEM_GCPROMOTE="0")
    assert r.returncode == 2 and "GOMEM_GCPROMOTE=0: want an integer >= 1" in r.stderr
    r = _run(prog, GOMEM_GCPOLICY="generational", GOMEM_GCYOUNG="2")
    assert r.returncode == 2 and "GOMEM_GCYOUNG=2" in r.stderr


def test_default_policy_installs_nothing() -> None:
    """With Go's policy compiled code calls the runtime's helpers and barrier directly (no
    cost), and the barrier stays off between cycles."""
    code = textwrap.dedent("""
        from gomem.compiler import rtnames
        from gomem.runtime import barrier, mgcgen, mgcsweep
        ns = rtnames.namespace()
        barrier.register(ns)
        assert not mgcgen.program_starts()
        assert ns["_gcmarking"] is False and ns["_write_barrier"] is barrier.write_barrier
        assert ns["_append1"] is rtnames.core.append1 and mgcsweep.survivor_hook is None
        mgcgen.install()
        assert ns["_gcmarking"] is True and ns["_write_barrier"] is mgcgen.write_barrier
        assert ns["_append1"] is not rtnames.core.append1
        mgcgen.uninstall()
        assert ns["_gcmarking"] is False and ns["_write_barrier"] is barrier.write_barrier
        assert ns["_append1"] is rtnames.core.append1 and mgcsweep.survivor_hook is None
        print("ok")
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    assert r.stdout.strip() == "ok", r.stderr


@pytest.mark.parametrize("mode", ["scenarios", "props", "props-checkmark"])
def test_random_graphs_with_minor_and_major_cycles(mode: str) -> None:
    """Hypothesis: random graphs, old-to-young stores through the barrier and into existing
    arrays, drops and allocations interleaved with minor and major cycles, promotion after
    1 to 3 cycles: no reachable object freed; every young or mid object reachable neither
    from the roots nor from an old object freed by the next minor cycle; every unreachable
    object freed by the next major one (tests/runtime/gen_props.py)."""
    r = subprocess.run([sys.executable, str(HERE / "gen_props.py"), mode], capture_output=True, text=True,
                       timeout=900, env=dict(os.environ, PYTHONPATH=str(ROOT / "src")))
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert r.stdout.strip().endswith("ok")
