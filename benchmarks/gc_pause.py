"""Stop-the-world pauses against the live heap, and marking speed (docs/gc.md, "Pauses" and
"Cost").

    python benchmarks/gc_pause.py [--runs R] [--sizes 1e3,2e4,1e5,1e6]   # pauses (default)
    python benchmarks/gc_pause.py --mark-rate [MAX_N]                    # runtime.GC() speed

**Pauses.** A Go program keeps a binary tree of N `struct { left, right *Node; v int }`
(32-byte scan objects) in a package variable, then allocates garbage (one Node per loop
iteration, stored in a package variable) so that automatic cycles run beside it; run by
`python -m gomem run` in a child process with GODEBUG=gctrace=1 and GOMAXPROCS=1. From the
gctrace lines of its cycles (not forced): the longest stop-the-world phase (sweep termination
or mark termination, wall clock), and the GC's CPU share during marking ((assist + background)
/ mark wall time). Reported per size: the median over R runs (default 5) of the longest pause,
the median mark phase, the GC CPU share, the cycles run.

**Mark rate** (``--mark-rate``): the program is compiled by gomem and run in this process;
per size, the median of 5 runtime.GC() calls, the part of it spent marking and sweeping,
objects marked per second, and CPython's gc.collect() (median of 5) on a tree of N instances
of a __slots__ class with the same fields.
"""

from __future__ import annotations

import gc
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GO = """package main

import "runtime"

type Node struct {
	left, right *Node
	v           int
}

var root *Node

func build(lo, hi int) *Node {
	if lo >= hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &Node{left: build(lo, mid), right: build(mid+1, hi), v: mid}
}

func keep(n int) { root = build(0, n) }
func drop()      { root = nil }
func collect()   { runtime.GC() }

func main() {}
"""


class Node:
    __slots__ = ("left", "right", "v")

    def __init__(self, left=None, right=None, v=0):
        self.left = left
        self.right = right
        self.v = v


def py_build(lo: int, hi: int):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(py_build(lo, mid), py_build(mid + 1, hi), mid)


PAUSE_GO = """package main

import (
	"os"
	"strconv"
)

type Node struct {
	left, right *Node
	v           int
}

var root, sink *Node

func build(lo, hi int) *Node {
	if lo >= hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &Node{left: build(lo, mid), right: build(mid+1, hi), v: mid}
}

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	m, _ := strconv.Atoi(os.Args[2])
	root = build(0, n)
	for i := 0; i < m; i++ {
		sink = &Node{v: i}
	}
	println(root.v)
}
"""

_CLOCK = re.compile(r"gc \d+ @[\d.]+s \d+%: ([\d.]+)\+([\d.]+)\+([\d.]+) ms clock, "
                    r"[\d.]+\+([\d.]+)/([\d.]+)/([\d.]+)\+[\d.]+ ms cpu")


def pause_run(prog: Path, n: int, churn: int) -> tuple[float, float, float, int]:
    """One run: (longest pause ms, median mark ms, GC CPU share during marking, cycles)."""
    env = dict(os.environ, GODEBUG="gctrace=1", GOMAXPROCS="1", GOGC="100")
    env.pop("GOMEM_GCAUTO", None)
    r = subprocess.run([sys.executable, "-m", "gomem", "run", str(prog), str(n), str(churn)],
                       capture_output=True, text=True, env=env, timeout=1200)
    if r.returncode != 0:
        raise SystemExit(f"gc_pause: the program failed:\n{r.stderr[-2000:]}")
    pauses, marks, shares = [], [], []
    for line in r.stderr.splitlines():
        mt = _CLOCK.match(line)
        if mt is None or line.endswith("(forced)"):
            continue
        st, mark, term, assist, bg, _idle = map(float, mt.groups())
        pauses.append(max(st, term))
        marks.append(mark)
        if mark > 0:
            shares.append((assist + bg) / mark)
    if not pauses:
        return 0.0, 0.0, 0.0, 0
    return max(pauses), statistics.median(marks), statistics.median(shares), len(pauses)


def pauses(sizes: list[int], runs: int) -> int:
    print("| live objects | longest pause (median) | runs' longest pauses | mark phase | GC CPU during mark | cycles |")
    print("|--:|--:|:--|--:|--:|--:|")
    with tempfile.TemporaryDirectory() as d:
        prog = Path(d) / "pause.go"
        prog.write_text(PAUSE_GO)
        for n in sizes:
            churn = max(4 * n, 600_000)  # (several cycles after the tree is built)
            results = [pause_run(prog, n, churn) for _ in range(runs)]
            longest = [r[0] for r in results]
            print(f"| {n:,} | {statistics.median(longest):.3f} ms | {' / '.join(f'{x:.3f}' for x in longest)} "
                  f"| {statistics.median(r[1] for r in results):.0f} ms "
                  f"| {statistics.median(r[2] for r in results) * 100:.0f}% "
                  f"| {statistics.median(r[3] for r in results):.0f} |", flush=True)
    return 0


def main() -> int:
    args = sys.argv[1:]
    if "--mark-rate" not in args:
        runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 5
        sizes = ([int(float(x)) for x in args[args.index("--sizes") + 1].split(",")] if "--sizes" in args
                 else [1000, 20_000, 100_000, 1_000_000])
        return pauses(sizes, runs)
    rest = [a for a in args if a != "--mark-rate"]
    return mark_rate(int(float(rest[0])) if rest else 1_000_000)


def mark_rate(max_n: int) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    sys.setrecursionlimit(100000)
    from gomem.compiler.driver import build
    from gomem.runtime import mgc
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "gc.go").write_text(GO)
        src, ns = build([str(Path(d) / "gc.go")])
    exec(compile(src, "<gomem>", "exec"), ns)
    gc.collect()
    gc.freeze()  # (the compiler's objects: not part of either measurement)
    phases: dict[str, float] = {}
    real_start, real_term, real_sweep = mgc.gc_start, mgc.gc_mark_termination, mgc.finish_sweep
    real_mark = mgc.mark_some

    def timed(name, fn):
        def run(*a, **k):
            t = time.perf_counter()
            r = fn(*a, **k)
            phases[name] = phases.get(name, 0.0) + time.perf_counter() - t
            return r
        return run
    mgc.gc_start = timed("start", real_start)
    mgc.gc_mark_termination = timed("term", real_term)
    mgc.finish_sweep = timed("sweep", real_sweep)
    mgc.mark_some = timed("drain", real_mark)

    print("| live objects | runtime.GC() | mark | sweep | objects marked/s | CPython gc.collect() | ratio |")
    print("|--:|--:|--:|--:|--:|--:|--:|")
    n = 1000
    while n <= max_n:
        tree = py_build(0, n)
        py_times = []
        for _ in range(5):
            t = time.perf_counter()
            gc.collect()
            py_times.append(time.perf_counter() - t)
        del tree
        gc.collect()
        ns["F_keep"](n)
        ns["F_collect"]()  # (the first cycle also sweeps what building left)
        times, marks, sweeps = [], [], []
        for _ in range(5):
            phases.clear()
            t = time.perf_counter()
            ns["F_collect"]()
            times.append(time.perf_counter() - t)
            marks.append(phases.get("start", 0) + phases.get("drain", 0) + phases.get("term", 0))
            sweeps.append(phases.get("sweep", 0))
        marked = mgc.LocalStats.marked_last if hasattr(mgc.LocalStats, "marked_last") else n
        ns["F_drop"]()
        ns["F_collect"]()
        t_go, t_mark, t_py = statistics.median(times), statistics.median(marks), statistics.median(py_times)
        print(f"| {n:,} | {t_go * 1e3:.1f} ms | {t_mark * 1e3:.1f} ms | {statistics.median(sweeps) * 1e3:.1f} ms "
              f"| {marked / t_mark / 1e6:.2f}M | {t_py * 1e3:.2f} ms | {t_go / t_py:.1f} |", flush=True)
        n *= 10
    return 0


if __name__ == "__main__":
    sys.exit(main())
