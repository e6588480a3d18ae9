#!/usr/bin/env python3
"""The heap profiler's overhead on benchmarks/ (docs/profiling.md, "Overhead").

Each benchmark runs in four configurations, interleaved (round after round, each round
running every benchmark in every configuration), and the user+system CPU seconds of each run
are measured (the child's rusage); the table gives the median per configuration:

  off      main.go as it is: the program never reaches runtime/pprof, so gomem (as Go's
           linker) starts with MemProfileRate = 0 and GODEBUG cannot turn profiling on;
  linked   main.go plus a file whose init calls pprof.WriteHeapProfile only when the first
           argument is "-profile-never" (never here): the program reaches the heap profile's
           writer, loads gomem's runtime/pprof, and runs with GODEBUG=memprofilerate=0;
  default  the same at Go's default rate (GODEBUG=memprofilerate=524288, as when unset);
  rate1    the same at GODEBUG=memprofilerate=1: every allocation recorded with its stack.

The outputs of the four configurations must agree (else the benchmark is marked MISMATCH).

    .venv/bin/python benchmarks/profile_overhead.py [--runs 3] [--size-scale 1] [names...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import BENCHMARKS, BY_NAME, REPO_DIR, scaled_size  # noqa: E402

LINK_FILE = """package main

import (
	"os"
	"runtime/pprof"
)

// (never true in the measurements: the call only makes the program reach the heap profile)
func init() {
	if len(os.Args) > 1 && os.Args[1] == "-profile-never" {
		pprof.WriteHeapProfile(os.Stdout)
	}
}
"""

CONFIGS = (("off", None), ("linked", "0"), ("default", "524288"), ("rate1", "1"))


def cpu_seconds(cmd: list[str], env: dict[str, str], cwd: str, timeout: float) -> tuple[float, bytes, int]:
    """Run cmd; its user+system CPU seconds, its stdout and its exit status."""
    with tempfile.TemporaryFile() as out:
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                             env=env, cwd=cwd)
        try:
            _pid, status, usage = os.wait4(p.pid, 0)
        except BaseException:
            p.kill()
            raise
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        return usage.ru_utime + usage.ru_stime, out.read(), p.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="benchmarks (default: all)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--size-scale", type=float, default=1.0)
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()
    benches = [BY_NAME[n] for n in args.names] if args.names else BENCHMARKS
    tmp = tempfile.mkdtemp(prefix="gomem-profoverhead-")
    env0 = dict(os.environ, PYTHONPATH=os.path.join(REPO_DIR, "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env0.pop("GODEBUG", None)
    cmds: dict[tuple[str, str], tuple[list[str], dict[str, str]]] = {}
    for b in benches:
        size = str(scaled_size(b, args.size_scale))
        src = os.path.join(REPO_DIR, "benchmarks", b.name, "main.go")
        linked = os.path.join(tmp, b.name)
        os.makedirs(linked)
        shutil.copy(src, linked)
        with open(os.path.join(linked, "profile_link.go"), "w") as f:
            f.write(LINK_FILE)
        for name, rate in CONFIGS:
            env = dict(env0)
            if rate is None:
                cmd = [args.python, "-m", "gomem", "run", src, size]
            else:
                env["GODEBUG"] = f"memprofilerate={rate}"
                cmd = [args.python, "-m", "gomem", "run", os.path.join(linked, "main.go"),
                       os.path.join(linked, "profile_link.go"), size]
            cmds[b.name, name] = (cmd, env)
    times: dict[tuple[str, str], list[float]] = {k: [] for k in cmds}
    outputs: dict[str, set[bytes]] = {b.name: set() for b in benches}
    failed: set[str] = set()
    for r in range(args.runs):
        for b in benches:
            for name, _rate in CONFIGS:
                cmd, env = cmds[b.name, name]
                secs, out, status = cpu_seconds(cmd, env, REPO_DIR, args.timeout)
                if status != 0:
                    failed.add(b.name)
                outputs[b.name].add(out)
                times[b.name, name].append(secs)
                print(f"round {r + 1} {b.name} {name}: {secs:.2f}s", file=sys.stderr, flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    print("| program | size | off | linked, rate 0 | rate 524288 | rate 1 | rate 1 / off |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    for b in benches:
        med = {name: statistics.median(times[b.name, name]) for name, _ in CONFIGS}
        note = " FAIL" if b.name in failed else " MISMATCH" if len(outputs[b.name]) > 1 else ""
        print(f"| {b.name}{note} | {scaled_size(b, args.size_scale)} | {med['off']:.2f} | {med['linked']:.2f} | "
              f"{med['default']:.2f} | {med['rate1']:.2f} | {med['rate1'] / med['off']:.1f}× |")


if __name__ == "__main__":
    main()
