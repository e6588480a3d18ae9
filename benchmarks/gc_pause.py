"""runtime.GC() against the live heap: how long gomem's blocking collection takes with 1e3 to
1e6 live objects, objects marked per second, and CPython's own gc.collect() on an object graph
of the same shape in the same process (docs/gc.md, "Cost").

    python benchmarks/gc_pause.py [MAX_N]        # sizes 1e3, 1e4, ... up to MAX_N (default 1e6)

The Go program keeps a binary tree of N `struct { left, right *Node; v int }` (32-byte scan
objects) in a package variable and calls runtime.GC(); it is compiled by gomem and run in this
process (compile time excluded). Reported per size: the median of 5 runtime.GC() calls, the
part of it spent marking (roots and the grey queue) and sweeping, objects marked per second,
and CPython's gc.collect() (median of 5) on a tree of N instances of a __slots__ class with
the same fields.
"""

from __future__ import annotations

import gc
import statistics
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


def main() -> int:
    max_n = int(float(sys.argv[1])) if len(sys.argv) > 1 else 1_000_000
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
