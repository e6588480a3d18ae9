"""The GC root scan lists exactly the pointer-holding globals and locals of every goroutine."""

from __future__ import annotations

from pathlib import Path

from gomem.compiler.driver import build
from gomem.runtime import barrier, roots, sched

PROGRAM = """package main

type Node struct {
	left, right *Node
	val         int
}

var root *Node
var count int
var names []string

func safepoint() {}

func build(d int) *Node {
	if d == 0 {
		return &Node{val: 1}
	}
	n := &Node{left: build(d - 1), right: build(d - 1)}
	if d == 2 {
		safepoint()
	}
	return n
}

func worker(ready chan bool, ch chan int, name string) {
	p := &Node{val: 7}
	ready <- true
	<-ch
	count += p.val
}

func main() {
	ready := make(chan bool)
	ch := make(chan int)
	go worker(ready, ch, "w")
	<-ready
	k := 3
	root = build(2)
	count += k
	ch <- 1
}
"""


def _run_with_safepoint(tmp_path: Path):
    src_file = tmp_path / "prog.go"
    src_file.write_text(PROGRAM)
    src, ns = build([str(src_file)])
    exec(compile(src, roots.GOMEM_CODE, "exec"), ns)
    seen: list[list[roots.Root]] = []
    ns["F_safepoint"] = lambda: seen.append(roots.list_roots(ns))

    def main():
        ns["_init_package"]()
        ns["F_main"]()

    sched.run_main(main)
    return seen, ns


def test_roots_at_a_known_point(tmp_path: Path) -> None:
    seen, ns = _run_with_safepoint(tmp_path)
    assert len(seen) == 1
    got = sorted(roots.format_roots(seen[0]).splitlines())
    assert got == sorted([
        # package variables with pointers (count is an int: not a root)
        "global root *main.Node",
        "global names []string",
        # goroutine 1: main's channels, build's n (d and k are ints)
        "stack g1 main.main ready chan bool",
        "stack g1 main.main ch chan int",
        "stack g1 main.build n *main.Node",
        # goroutine 2, suspended in <-ch: its parameters and p
        "stack g2 main.worker ready chan bool",
        "stack g2 main.worker ch chan int",
        "stack g2 main.worker name string",
        "stack g2 main.worker p *main.Node",
    ])
    # the values are the live objects: build's n points at a node with two children
    n = next(r.value for r in seen[0] if r.name == "n")
    assert n.left is not None and n.right is not None and n.val == 0
    assert not any(r.name in ("k", "d", "count") for r in seen[0])  # ints are never roots


def test_write_barrier_hook_runs_only_while_marking(tmp_path: Path) -> None:
    src_file = tmp_path / "wb.go"
    src_file.write_text("""package main

type T struct{ p *int; n int }

func main() {
	t := &T{}
	for i := 0; i < 10; i++ {
		x := i
		t.p = &x
		t.n = i
	}
}
""")
    src, ns = build([str(src_file)])
    assert "if _gcmarking: _write_barrier(" in src  # the pointer store t.p = &x
    exec(compile(src, roots.GOMEM_CODE, "exec"), ns)
    installed = barrier._barrier  # (the collector's, once a cycle ran in this process)
    barrier.set_barrier(barrier._count_only)
    try:
        before = barrier.Counters.barrier_calls
        sched.run_main(ns["F_main"])
        assert barrier.Counters.barrier_calls == before  # no GC marking: the check only
        barrier.set_marking(True)
        try:
            sched.run_main(ns["F_main"])
        finally:
            barrier.set_marking(False)
    finally:
        barrier.set_barrier(installed)
    assert barrier.Counters.barrier_calls == before + 10  # t.p stores only, not t.n

