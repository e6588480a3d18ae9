"""Goroutine stacks (runtime/stack.py): sizes, growth, StackInuse against real Go's figures,
shrinking at GC time, and stack overflow in bounded memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gomem.compiler.driver import build
from gomem.runtime import callers, sched, stack

SRC = Path(__file__).resolve().parent.parent.parent / "src"
GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "programs"

# observe(what) records StackInuse there; the figures in WANT are what Go 1.23 printed for
# runtime.MemStats.StackInuse at the same points (linux/amd64, GOMAXPROCS 1 and 2 alike)
PROGRAM = """package main

func observe(what string) {}

//go:noinline
func rec(n int) int {
	var a [1000]byte
	a[n%1000] = byte(n)
	if n == 0 {
		return int(a[0])
	}
	return rec(n-1) + int(a[n%1000])
}

func main() {
	observe("start")
	ch := make(chan int)
	go func() { <-ch }()
	observe("1 parked")
	for i := 0; i < 15; i++ {
		go func() { <-ch }()
	}
	observe("16 parked")
	for i := 0; i < 984; i++ {
		go func() { <-ch }()
	}
	observe("1000 parked")
	close(ch)
	for i := 0; i < 3; i++ {
		go func() {}()
	}
	observe("closed")
	rec(1000)
	observe("rec1000")
}
"""

WANT = {"start": 262144, "1 parked": 262144, "16 parked": 294912, "1000 parked": 2293760, "closed": 2293760,
        "rec1000": 3309568}


def _run(tmp_path: Path, source: str, hooks: dict) -> dict:
    """Run source in this process (rec(1000) needs more than Python's default depth)."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))
    try:
        return _run_program(tmp_path, source, hooks)
    finally:
        sys.setrecursionlimit(limit)


def _run_program(tmp_path: Path, source: str, hooks: dict) -> dict:
    f = tmp_path / "prog.go"
    f.write_text(source)
    src, ns = build([str(f)])
    exec(compile(src, callers.GOMEM_CODE, "exec"), ns)
    ns.update(hooks)

    def main():
        ns["_init_package"]()
        ns["F_main"]()

    sched.run_main(main)
    return ns


def test_stack_inuse_as_go(tmp_path: Path) -> None:
    seen: dict[str, int] = {}
    _run(tmp_path, PROGRAM, {"F_observe": lambda what: seen.__setitem__(what.decode(), stack.stack_inuse())})
    assert seen == WANT
    assert stack.stack_sys() == stack.stack_inuse()


def test_growth_doubles_with_copies_and_gc_shrinks(tmp_path: Path) -> None:
    sizes: list[tuple[str, int, int]] = []

    def observe(what: bytes) -> None:
        st = sched.current.stacks
        stack.stack_inuse()  # measures every goroutine
        main = sched.current.allgs[1]
        sizes.append((what.decode(), main.sstack.size, st.copies))
        if what == b"gc":
            stack.shrink_stacks()
            sizes.append(("after gc", main.sstack.size, st.copies))

    src = PROGRAM.replace('observe("rec1000")', 'observe("rec1000")\n\tobserve("gc")')
    _run(tmp_path, src, {"F_observe": observe})
    by = {w: (size, copies) for w, size, copies in sizes}
    # main's stack is 32 KiB when main.main starts; 1000 frames of ~1 KiB need 1 MiB: five
    # doublings, five copies
    assert by["start"] == (32 << 10, 0)
    assert by["rec1000"] == (1 << 20, 5)
    # back in main, little is used: the GC halves the stack (one more copy), once per cycle
    assert by["after gc"] == (512 << 10, 6)


def test_new_goroutines_start_at_the_adaptive_size(tmp_path: Path) -> None:
    st = stack.Stacks()
    assert st.starting_size == stack.FIXED_STACK
    assert stack.round_pow2(2048 + 1) == 4096 and stack.round_pow2(2048) == 2048


def test_limit_texts_follow_set_max_stack() -> None:
    st = stack.Stacks()
    assert stack.limit_text(st) == "runtime: goroutine stack exceeds 1000000000-byte limit\n"
    st.max_stack = 1 << 20
    assert stack.limit_text(st) == "runtime: goroutine stack exceeds 1048576-byte limit\n"
    st.max_stack = 1 << 40  # past the ceiling (twice the initial limit): the ceiling is the limit
    assert stack.limit_text(st) == "runtime: goroutine stack exceeds 2000000000-byte limit\n"
    assert stack.max_stack_size(1 << 40) == 1 << 30 and stack.max_stack_size(1_000_000_000) == 512 << 20


def _limit_memory(nbytes: int):
    def set_limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (nbytes, nbytes))
    return set_limit


@pytest.mark.parametrize("name", ["fail_stack_overflow_big_local", "fail_stack_overflow_big_param"])
def test_overflow_of_big_frames_in_bounded_memory(name: str) -> None:
    """Recursion with a 1 MiB local or a 16 MiB parameter ends with Go's fatal error within
    a memory limit (Go itself uses 512 MiB of stack there) and in seconds."""
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "gomem", "run", str(GOLDEN / f"{name}.go")], capture_output=True,
                       timeout=120, env=dict(os.environ, PYTHONPATH=str(SRC)), preexec_fn=_limit_memory(3 << 30))
    err = r.stderr.decode()
    assert r.returncode == 2, err[-2000:]
    lines = err.splitlines()
    assert lines[0] == "runtime: goroutine stack exceeds 1000000000-byte limit"
    assert lines[1].startswith("runtime: sp=0xc0") and " stack=[0xc0" in lines[1]
    assert lines[2:5] == ["fatal error: stack overflow", "", "runtime stack:"]
    assert "goroutine 1 gp=0xc0000061c0 m=0 mp=" in err
    assert (" frames elided...\n" in err) == (name == "fail_stack_overflow_big_local")  # (~500 frames, not ~30)
    assert lines[-3:] == ["runtime.goexit()", "\t" + callers.goroot() + "/src/runtime/asm_amd64.s:1700",
                          "exit status 2"]
    assert time.monotonic() - t0 < 60


ADAPTIVE = """package main

import "runtime"

func observe(what string) {}

//go:noinline
func deep(n int, park chan int) int {
	var a [200]byte
	a[n%200] = byte(n)
	if n == 0 {
		return <-park
	}
	return deep(n-1, park) + int(a[0])
}

func main() {
	park := make(chan int)
	for i := 0; i < 4; i++ {
		go deep(20, park)
	}
	runtime.Gosched()
	observe("parked")
	observe("gc")
	go func() { <-park }()
	runtime.Gosched()
	observe("new")
}
"""


def test_adaptive_starting_size_after_gc(tmp_path: Path) -> None:
    """A GC sets the starting size to the average used stack plus the guard, rounded up to a
    power of two: goroutines parked 21 frames of ~250 bytes deep make new ones start at 8 KiB."""
    sizes: dict[str, object] = {}

    def observe(what: bytes) -> None:
        st = sched.current.stacks
        stack.stack_inuse()
        if what == b"gc":
            stack.shrink_stacks()
        gs = sched.current.allgs
        sizes[what.decode()] = (st.starting_size, sorted(g.sstack.size for goid, g in gs.items() if goid != 1))

    _run(tmp_path, ADAPTIVE, {"F_observe": observe})
    # 21 frames of deep (16 + 8 + 8 + 200 + ...) ≈ 5 KiB: the parked goroutines' stacks grew to 8 KiB
    assert sizes["parked"] == (2048, [8192] * 4)
    starting, after_gc = sizes["gc"]
    assert starting == 8192 and after_gc == [8192] * 4  # more than a quarter used: not shrunk
    assert sizes["new"] == (8192, [8192] * 5)


def test_stack_spans_take_heap_pages_when_the_heap_lends_them() -> None:
    """Past Go's start-up stacks, pool spans and large stacks are pages lent by the heap model
    (mheap.alloc_manual), returned when freed outside a GC and at its end during one."""
    calls: list[tuple[str, int]] = []

    class Span:
        def __init__(self, npages: int):
            self.base, self.npages = 0xc000400000, npages

    class FakeHeap:
        def alloc_manual(self, npages: int) -> Span:
            calls.append(("alloc", npages))
            return Span(npages)

        def free_manual(self, s: Span) -> None:
            calls.append(("free", s.npages))

    st = stack.Stacks()
    st.heap = FakeHeap()
    start = st.inuse
    big = st.alloc(64 << 10)
    assert calls == [("alloc", 8)] and big.lo == 0xc000400000 and st.inuse == start + (64 << 10)
    small = [st.alloc(4096) for _ in range(4)]  # a new order-1 span: 4 pages
    assert calls[-1] == ("alloc", 4) and st.inuse == start + (96 << 10)
    st.free(big)
    assert calls[-1] == ("free", 8) and st.inuse == start + (32 << 10)
    for x in small:  # back to the per-P cache: the span stays lent
        st.free(x)
    assert calls[-1] == ("free", 8)
    st.gc_running = True  # during a GC a freed large stack is held until the cycle ends
    held = st.alloc(32 << 10)
    st.free(held)
    assert calls[-1] == ("alloc", 4) and st.held_large == [held]
