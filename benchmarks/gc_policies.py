"""Go's collector policy against the generational one on the benchmark programs
(docs/gc-generational.md).

    python benchmarks/gc_policies.py [--runs N] [--scale X] [NAME ...]

Each benchmark (binarytrees, alloc, strings, maps, at sizes that run in seconds, and
benchmarks/gc_oldheap.go: a large long-lived tree with garbage made around it)
runs in a child process under each policy: Go's (``GOMEM_GCAUTO=1``: automatic cycles at the
pacer's trigger) and ``GOMEM_GCPOLICY=generational``. The child records every cycle as the
collector reports it (gctrace's CycleRecord) and samples the heap at each mark termination.
Reported per benchmark and policy (medians over the runs of each figure):

- cycles (minor/major for the generational policy);
- pause: the longest and the median stop-the-world time of a cycle (MemStats.PauseNs: the two
  stop-the-world phases; a generational cycle stops the world for its whole length);
- cycle: the longest wall time of a whole cycle (sweep termination + mark + mark termination:
  while Go's policy marks in a blocking call too, this is its real pause);
- GC share: the cycles' wall time over the program's run time (one thread does everything);
- peak HeapInuse and HeapSys (MiB), sampled at each mark termination and at the end;
- run: the program's wall time (compilation excluded), and the process's CPU time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = {"binarytrees": 14, "alloc": 300000, "strings": 200000, "maps": 200000, "oldheap": 40000}
# programs outside benchmarks/<name>/main.go
PROGRAMS = {"oldheap": "benchmarks/gc_oldheap.go"}
POLICIES = {"go": {"GOMEM_GCAUTO": "1"}, "generational": {"GOMEM_GCPOLICY": "generational"}}

CHILD = r"""
import json, os, resource, sys, time
from gomem.runtime import gctrace, malloc, mstats

cycles = []
peak = [0, 0]
real_record = gctrace.record_cycle


def sample():
    inuse = malloc.heap.pages_in_use * 8192
    sys_ = mstats.heap_sys(malloc.heap)
    peak[0] = max(peak[0], inuse)
    peak[1] = max(peak[1], sys_)


def record(rec):
    real_record(rec)  # (a policy's annotation first: its pause, its kind)
    sample()
    cycles.append({"pause": rec.pause, "wall": rec.sweep_term_ns + rec.mark_ns + rec.mark_term_ns,
                   "kind": rec.kind, "end": rec.end_ns})


gctrace.record_cycle = record
from gomem.compiler.driver import run_program
t0 = [0]
real_reset = gctrace.reset


def reset():
    real_reset()
    t0[0] = time.perf_counter_ns()


gctrace.reset = reset
start = time.perf_counter_ns()
status = run_program([sys.argv[1]], sys.argv[2:-1])
end = time.perf_counter_ns()
sample()
ru = resource.getrusage(resource.RUSAGE_SELF)
with open(sys.argv[-1], "w") as f:
    json.dump({"status": status, "cycles": cycles, "peak_inuse": peak[0], "peak_sys": peak[1],
               "run_ns": end - (t0[0] or start), "cpu_s": ru.ru_utime + ru.ru_stime}, f)
"""


def run_once(name: str, size: int, policy: str) -> dict:
    prog = ROOT / PROGRAMS.get(name, f"benchmarks/{name}/main.go")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), GOMAXPROCS="1")
    for k in ("GODEBUG", "GOGC", "GOMEM_GCAUTO", "GOMEM_GCPOLICY", "GOMEM_GCPOISON"):
        env.pop(k, None)
    env.update(POLICIES[policy])
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "figures.json"
        r = subprocess.run([sys.executable, "-c", CHILD, str(prog), str(size), str(out)], env=env,
                           capture_output=True, text=True, timeout=1800)
        if r.returncode != 0 or not out.exists():
            raise SystemExit(f"{name} ({policy}) failed:\n{r.stderr[-2000:]}")
        return json.loads(out.read_text())


def summarize(runs: list[dict]) -> dict:
    def med(f) -> float:
        return statistics.median(f(r) for r in runs)

    def pauses(r: dict) -> list[int]:
        return [c["pause"] for c in r["cycles"]] or [0]
    return {
        "cycles": med(lambda r: len(r["cycles"])),
        "minor": med(lambda r: sum(c["kind"] == "minor" for c in r["cycles"])),
        "major": med(lambda r: sum(c["kind"] == "major" for c in r["cycles"])),
        "pause_max": med(lambda r: max(pauses(r))),
        "pause_median": med(lambda r: statistics.median(pauses(r))),
        "cycle_max": med(lambda r: max([c["wall"] for c in r["cycles"]] or [0])),
        "gc_share": med(lambda r: sum(c["wall"] for c in r["cycles"]) / max(r["run_ns"], 1)),
        "peak_inuse": med(lambda r: r["peak_inuse"]),
        "peak_sys": med(lambda r: r["peak_sys"]),
        "run_s": med(lambda r: r["run_ns"] / 1e9),
        "cpu_s": med(lambda r: r["cpu_s"]),
    }


def ms(ns: float) -> str:
    return f"{ns / 1e6:.1f}"


def mib(b: float) -> str:
    return f"{b / (1 << 20):.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", default=list(BENCHMARKS))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the sizes (binarytrees: depth unchanged)")
    args = ap.parse_args()
    rows = []
    for name in args.names:
        size = BENCHMARKS[name] if name == "binarytrees" else max(1, int(BENCHMARKS[name] * args.scale))
        for policy in POLICIES:
            t = time.time()
            s = summarize([run_once(name, size, policy) for _ in range(args.runs)])
            print(f"  {name} {size} {policy}: {time.time() - t:.0f} s", file=sys.stderr)
            cycles = f"{s['cycles']:.0f}" if policy == "go" else f"{s['cycles']:.0f} ({s['minor']:.0f}/{s['major']:.0f})"
            rows.append((f"{name} {size}", policy, cycles, ms(s["pause_max"]), ms(s["pause_median"]), ms(s["cycle_max"]),
                         f"{100 * s['gc_share']:.0f}%", mib(s["peak_inuse"]), mib(s["peak_sys"]),
                         f"{s['run_s']:.2f}", f"{s['cpu_s']:.2f}"))
    head = ("benchmark", "policy", "cycles (minor/major)", "pause max ms", "pause median ms", "cycle max ms",
            "GC share", "peak HeapInuse MiB", "peak HeapSys MiB", "run s", "CPU s")
    print("| " + " | ".join(head) + " |")
    print("|:--|:--|" + "--:|" * (len(head) - 2))
    for r in rows:
        print("| " + " | ".join(r) + " |")


if __name__ == "__main__":
    main()
