"""Allocation throughput: gomem's allocation of small objects (several size classes, with and
without pointers) next to CPython's creation of the equivalent objects.

    python benchmarks/alloc_rate.py [N]        # N allocations per shape (default 1000000)

Each shape is a Go loop `for i := 0; i < n; i++ { sink = &T{} }` compiled by gomem and run
in this process (compile time excluded), and the same loop in plain Python creating an
instance of a __slots__ class with the same fields (`sink = T()`). The table gives
allocations per second of both and gomem's cost relative to CPython's (issue 6's target: at
most 5).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

GO = """package main

type Small struct{ a, b int64 }
type Pair struct{ l, r *Pair }
type Mid struct {
	p    *Mid
	a, b, c, d, e, f, g int64
}
type Big struct {
	p *Big
	a [70]int64
}

var sSmall *Small
var sPair *Pair
var sMid *Mid
var sBig *Big
var sInt *int64

func allocSmall(n int) { for i := 0; i < n; i++ { sSmall = &Small{} } }
func allocPair(n int)  { for i := 0; i < n; i++ { sPair = &Pair{} } }
func allocMid(n int)   { for i := 0; i < n; i++ { sMid = &Mid{} } }
func allocBig(n int)   { for i := 0; i < n; i++ { sBig = &Big{} } }
func allocInt(n int)   { for i := 0; i < n; i++ { sInt = new(int64) } }

func main() {}
"""


class Small:
    __slots__ = ("a", "b")

    def __init__(self, a=0, b=0):
        self.a = a
        self.b = b


class Pair:
    __slots__ = ("l", "r")

    def __init__(self, l=None, r=None):  # noqa: E741
        self.l = l
        self.r = r


class Mid:
    __slots__ = ("p", "a", "b", "c", "d", "e", "f", "g")

    def __init__(self, p=None, a=0, b=0, c=0, d=0, e=0, f=0, g=0):
        self.p = p
        self.a, self.b, self.c, self.d, self.e, self.f, self.g = a, b, c, d, e, f, g


class Big:
    __slots__ = ("p", "a")

    def __init__(self, p=None, a=None):
        self.p = p
        self.a = [0] * 70 if a is None else a


class Int:
    __slots__ = ("v",)

    def __init__(self, v=0):
        self.v = v


sink = None


def py_loop(cls, n: int) -> None:
    global sink
    for _ in range(n):
        sink = cls()


SHAPES = [  # (name, Go function, Python class, what Go allocates)
    ("Small", "F_allocSmall", Small, "16 B noscan (class 2)"),
    ("Pair", "F_allocPair", Pair, "16 B scan (class 2)"),
    ("Mid", "F_allocMid", Mid, "64 B scan (class 6)"),
    ("Big", "F_allocBig", Big, "568 B scan + header (class 576)"),
    ("new(int64)", "F_allocInt", Int, "8 B tiny"),
]


def _best(fn, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from gomem.compiler.driver import build
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "alloc.go").write_text(GO)
        src, ns = build([str(Path(d) / "alloc.go")])
    exec(compile(src, "<gomem>", "exec"), ns)
    print("| shape | Go object | gomem allocs/s | CPython objects/s | gomem/CPython |")
    print("|:--|:--|--:|--:|--:|")
    for name, fn, cls, what in SHAPES:
        t_go = t_py = float("inf")
        for _ in range(5):  # alternate, so that both see the same load on a shared machine
            t_go = min(t_go, _best(ns[fn], n, repeat=1))
            t_py = min(t_py, _best(py_loop, cls, n, repeat=1))
        print(f"| {name} | {what} | {n / t_go / 1e6:.2f}M | {n / t_py / 1e6:.2f}M | {t_go / t_py:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
