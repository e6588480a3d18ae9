"""Sweeping as Go's (runtime/mgcsweep.py): the proportional sweep finishes the sweep before
the next cycle's trigger, the background sweeper sweeps while the program sleeps, and the
forcegc helper (sched.forcegc_helper) starts a time-triggered cycle without keeping a
deadlocked program alive. Each program runs in a child process (tests/runtime/sweep/
run_stats.py) with automatic cycles on; the sweeper's statistics come back as JSON."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "sweep"
SRC = HERE.parent.parent.parent / "src"


def _run(prog: str, *opts: str, gctrace: bool = False) -> tuple[subprocess.CompletedProcess, dict]:
    env = dict(os.environ, GOMEM_GCAUTO="1", PYTHONPATH=str(SRC), GOMAXPROCS="1")
    env.pop("GOGC", None)
    env["GODEBUG"] = "gctrace=1" if gctrace else ""
    r = subprocess.run([sys.executable, "run_stats.py", prog, *opts], cwd=HERE, capture_output=True, timeout=300,
                       env=env, stdin=subprocess.DEVNULL)
    err = r.stderr.decode()
    return r, json.loads(err.strip().splitlines()[-1])


def test_proportional_sweep_leaves_nothing_for_sweep_termination() -> None:
    # phases.go's garbage sits in span classes the next phase does not allocate from
    r, st = _run("phases.go")
    assert r.stdout == b"360000\n" and st["num_gc"] >= 5, st
    assert st["credit_pages"] > 0 and st["left_at_termination"] == 0, st
    # without it, the sweep terminations find the other phases' spans unswept
    r, st = _run("phases.go", "--no-credit")
    assert st["left_at_termination"] > 100, st


def test_background_sweeper_sweeps_while_the_program_sleeps() -> None:
    r, st = _run("idle.go")
    assert r.stdout == b"done\n" and st["num_gc"] >= 2, st
    assert st["bg_pages"] > 0 and st["sweep_done"], st
    r, st = _run("idle.go", "--no-bgsweep")
    assert st["bg_pages"] == 0 and not st["sweep_done"], st


def test_forcegc_helper_runs_time_triggered_cycles() -> None:
    r, st = _run("forcegc.go", "--forcegc-ms", "50", gctrace=True)
    err = r.stderr.decode()
    assert r.stdout == b"true 1\n", err
    # Go's forcegchelper prints "GC forced" before the cycle, which is not "(forced)" (a
    # runtime.GC) and not counted in NumForcedGC
    lines = err.splitlines()
    i = lines.index("GC forced")
    assert lines[i + 1].startswith("gc 2 @") and not lines[i + 1].endswith("(forced)"), err
    assert st["num_forced_gc"] == 1 and st["num_gc"] >= 2, st
    # and it never keeps a deadlocked program alive
    assert r.returncode == 0 and st["status"] == 2 and "all goroutines are asleep - deadlock!" in err, err


def test_scavtrace_lines_have_gos_format() -> None:
    # one line when each sweep finishes, and one ending " (forced)" after debug.FreeOSMemory,
    # whose eager figure is what it released (as Go prints them)
    prog = HERE.parent / "memstats" / "gc_scavenge_freeosmemory.go"
    env = dict(os.environ, PYTHONPATH=str(SRC), GOMAXPROCS="1", GOGC="off", GODEBUG="scavtrace=1")
    r = subprocess.run([sys.executable, "-m", "gomem", "run", prog.name], cwd=prog.parent, capture_output=True,
                       timeout=300, env=env, stdin=subprocess.DEVNULL)
    lines = r.stderr.decode().splitlines()
    pattern = re.compile(r"scav (\d+) KiB work \(bg\), (\d+) KiB work \(eager\), (\d+) KiB now, (\d+)% util( \(forced\))?")
    matches = [pattern.fullmatch(ln) for ln in lines]
    assert lines and all(matches), lines
    forced = [m for m in matches if m and m.group(5)]
    assert len(forced) == 3 and len(matches) > len(forced), lines  # FreeOSMemory runs 3 times
    assert any(int(m.group(2)) >= 24 << 10 for m in forced), lines  # the 24 MiB dropped
