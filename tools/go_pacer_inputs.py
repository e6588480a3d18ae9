#!/usr/bin/env python3
"""The pacer's inputs per cycle in real Go and in gomem: the mark's CPU utilization (the
assists' share of the mark plus the workers' 25%), its duration and the assists' time.

Go's GODEBUG=gcpacertrace=1 prints these, but it prints at mark start, inside the mark, and
that shifts the utilization by a few percent: enough to move a first cycle across 100%,
where the next trigger jumps (docs/pacer.md "The GC clock"). So this tool builds a copy of
Go's runtime whose gctrace line also carries them (the same single print per cycle), runs
the tests/runtime/gctrace programs with it, and prints the per-cycle medians next to gomem's
utilizations (from its gcpacertrace, which does not disturb gomem's clock):

    tools/go_pacer_inputs.py                      grow, churn, window at GOGC=100
    tools/go_pacer_inputs.py --program grow --gogc 200 --runs 11 --cycles 8

The patched Go root is kept in $TMPDIR/gomem-goroot-pacer (rebuilt when missing).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from gctrace_compare import DIR as PROGRAMS
from gctrace_compare import ROOT, build_go

GOROOT = Path("/usr/lib/go-1.23")
PATCHED = Path(tempfile.gettempdir()) / "gomem-goroot-pacer"

# endCycle: keep the figures it computes the utilization from; gcMarkTermination's gctrace
# print: append them to the line
_END_CYCLE_ANCHOR = "\tcurrentConsMark := (float64(c.heapLive.Load()-c.triggered) * (utilization + idleUtilization)) /"
_END_CYCLE_KEEP = "\tpacerInputsUtil, pacerInputsDur, pacerInputsAssist = utilization, assistDuration, c.assistTime.Load()\n"
_VARS = "\nvar pacerInputsUtil float64\nvar pacerInputsDur, pacerInputsAssist int64\n"
_PRINT_ANCHOR = 'work.maxprocs, " P")'
_PRINT = ('work.maxprocs, " P [u=", int64(pacerInputsUtil*1000), " dur=", pacerInputsDur, '
          '" assist=", pacerInputsAssist, "]")')


def patched_go() -> Path:
    """The go command of the patched root (built once)."""
    go = PATCHED / "bin" / "go"
    if go.exists():
        return go
    tmp = PATCHED.with_name(PATCHED.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(GOROOT, tmp, symlinks=False)
    pacer = tmp / "src" / "runtime" / "mgcpacer.go"
    text = pacer.read_text()
    if _END_CYCLE_ANCHOR not in text:
        sys.exit("go_pacer_inputs: this Go's endCycle differs from 1.23's; update the patch")
    pacer.chmod(0o644)
    pacer.write_text(text.replace(_END_CYCLE_ANCHOR, _END_CYCLE_KEEP + _END_CYCLE_ANCHOR, 1) + _VARS)
    mgc = tmp / "src" / "runtime" / "mgc.go"
    text = mgc.read_text()
    if _PRINT_ANCHOR not in text:
        sys.exit("go_pacer_inputs: this Go's gctrace print differs from 1.23's; update the patch")
    mgc.chmod(0o644)
    mgc.write_text(text.replace(_PRINT_ANCHOR, _PRINT, 1))
    tmp.rename(PATCHED)
    return go


def go_inputs(program: str, env: dict[str, str], runs: int, cycles: int) -> list[list[tuple[int, int, int]]]:
    """Per run, per cycle: (utilization in thousandths, mark duration ns, assist ns)."""
    os.environ.pop("GOROOT", None)  # (the patched go command finds its own root)
    exe = build_go(str(patched_go()), program, Path(tempfile.mkdtemp(prefix="gomem-pacer-inputs-")))
    out = []
    for _ in range(runs):
        r = subprocess.run([str(exe)], capture_output=True, text=True,
                           env=dict(os.environ, GOMAXPROCS="1", GODEBUG="gctrace=1", **env))
        rows = re.findall(r"\[u=(-?\d+) dur=(\d+) assist=(\d+)\]", r.stderr)
        out.append([(int(u), int(d), int(a)) for u, d, a in rows][:cycles])
    return out


def gomem_utilizations(program: str, env: dict[str, str], cycles: int) -> list[int]:
    r = subprocess.run([sys.executable, "-m", "gomem", "run", str(PROGRAMS / f"{program}.go")],
                       capture_output=True, text=True,
                       env=dict(os.environ, PYTHONPATH=str(ROOT / "src"), GOMAXPROCS="1",
                                GODEBUG="gctrace=1,gcpacertrace=1", **env))
    return [int(u) * 10 for u in re.findall(r"pacer: (-?\d+)% CPU", r.stderr)][:cycles]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--program", action="append", help="grow, churn, window (default: all three)")
    ap.add_argument("--gogc", default="100")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cycles", type=int, default=6)
    args = ap.parse_args()
    env = {"GOGC": args.gogc}
    for program in args.program or ["grow", "churn", "window"]:
        runs = go_inputs(program, env, args.runs, args.cycles)
        print(f"{program} GOGC={args.gogc}: utilization ×1000 per cycle")
        for n in range(args.cycles):
            vals = [r[n] for r in runs if len(r) > n]
            if not vals:
                break
            u = sorted(v[0] for v in vals)
            print(f"  cycle {n + 1}: Go median u {statistics.median(u):.0f} (runs {u[0]}..{u[-1]}), "
                  f"duration {statistics.median(v[1] for v in vals) / 1000:.0f} µs, "
                  f"assists {statistics.median(v[2] for v in vals) / 1000:.0f} µs")
        print(f"  gomem: {gomem_utilizations(program, env, args.cycles)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
