"""Property tests of the collector on random object graphs (run by test_gc.py in a child
process: a cycle sweeps the whole heap of the process it runs in).

A "mutator" holds a stack (a list of roots) and a graph of heap objects of type
``struct { a, b *PNode; s []*PNode; v int }`` allocated through the real allocator. Between
random marking steps (``mgc.mark_some(k)``) it does what a Go program can do: store a pointer
it can reach into a field of an object it can reach (through the write barrier), load a
reachable object onto its stack, drop a stack slot, allocate (black) — never invent a pointer
to an object it cannot reach. After mark termination and the sweep, every object reachable
from the stack must still have its slot allocated; after a second cycle with no mutation,
every object not reachable must have been freed.

Usage: python gc_props.py smoke | props | props-checkmark
"""

from __future__ import annotations

import os
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gomem.runtime import malloc, mgc, mgcmark
from gomem.runtime.values import Slice, struct_class
from gomem.types.types import INT, Field, Named, Pointer, Struct
from gomem.types.types import Slice as SliceType

T = Named("PNode", "main")
T.set_underlying(Struct((Field("a", Pointer(T)), Field("b", Pointer(T)), Field("s", SliceType(Pointer(T))),
                         Field("v", INT))))
PNode = struct_class(T)
SITE = malloc.new_site("main.prop", "prop.go", 1, T, T.size)
FIELDS = ("a", "b", "s")


def new_node(v: int) -> object:
    return malloc.new_object(SITE, _fresh(v))


def _fresh(v: int) -> object:
    from gomem.runtime.values import NIL_SLICE
    return PNode(None, None, NIL_SLICE, v)


def slot_allocated(obj: object) -> bool:
    a = malloc.address_of_heap(obj)
    s = malloc.heap.span_of(a)
    if s is None:
        return False
    malloc.mcache.release_all()
    return s.is_allocated((a - s.base) // s.elemsize)


def children(n: object) -> list:
    out = [n.a, n.b]
    if n.s.a is not None:
        out.extend(n.s.a)
    return [c for c in out if c is not None]


def reachable(stack: list) -> dict[int, object]:
    seen: dict[int, object] = {}
    todo = [x for x in stack if x is not None]
    while todo:
        n = todo.pop()
        if id(n) in seen:
            continue
        seen[id(n)] = n
        todo.extend(children(n))
    return seen


def roots_of(stack: list):
    def scan(m: mgcmark.Marker) -> None:
        for x in stack:
            mgcmark.scan_dynamic(m, x)
    return scan


def roots_of_all(stacks: list[list], chan: list):
    def scan(m: mgcmark.Marker) -> None:
        for stack in stacks:
            for x in stack:
                mgcmark.scan_dynamic(m, x)
        mgcmark.scan_dynamic(m, chan)  # (a heap array a global points to: grey, scanned later)
    return scan


def write(obj: object, field: str, value: object) -> None:
    """A pointer store into a heap object, as compiled code does it."""
    if field == "s":
        old = obj.s
        new = Slice([value], 0, 1, 1) if value is not None else obj.s
        if value is not None:
            malloc.register(new.a, malloc.alloc_array(Pointer(T), 1, SITE))
        mgc.write_barrier(old, new)
        obj.s = new
        return
    mgc.write_barrier(getattr(obj, field), value)
    setattr(obj, field, value)


OPS = st.lists(st.tuples(st.sampled_from(["store", "load", "drop", "alloc", "mark", "nil", "switch", "give", "send",
                                          "recv"]),
                         st.integers(0, 10 ** 6), st.integers(0, 10 ** 6), st.integers(0, 2)),
               max_size=60)
GRAPH = st.lists(st.tuples(st.integers(0, 10 ** 6), st.integers(0, 10 ** 6), st.integers(0, 2)), max_size=60)


GOROUTINES = 3


def run_case(n_nodes: int, edges: list, n_roots: int, ops: list) -> None:
    """Goroutines (GOROUTINES stacks) mutate the graph in turns ("switch"): stores and
    loads, a pointer handed from one stack to another ("give", as a channel handoff does),
    and a channel buffer (a heap array of pointers, itself a root: "send" stores into it,
    "recv" takes its oldest value onto the stack through the runtime's deletion barrier).
    Marking steps happen at random points between them; the root job, which scans every stack
    and the channel at once as the cycle's stack job does, runs before the first operation."""
    nodes = [new_node(i) for i in range(n_nodes)]
    chan: list = []
    malloc.register(chan, malloc.alloc_array(Pointer(T), 8, SITE))
    for x, y, f in edges:
        if nodes and f == 2 and len(chan) < 8:  # (values waiting in the channel at mark start)
            chan.append(nodes[y % len(nodes)])
        elif nodes:
            setattr(nodes[x % len(nodes)], FIELDS[f % 2], nodes[y % len(nodes)])
    stacks: list[list] = [nodes[:n_roots]] + [[] for _ in range(GOROUTINES - 1)]
    roots = stacks + [chan]
    everything = list(nodes)  # (the test's own references: Python keeps the objects, the heap may not)
    stack_scan = roots_of_all(stacks, chan)
    mgc.finish_sweep()
    mgc.gc_start(forced=True, roots=stack_scan)
    # the root job first, before any mutation: the cycle's first slice scans every stack
    # before any goroutine runs again, so stacks are black while the program mutates (the
    # barrier's insertion half, for grey stacks, never applies; mgc.write_barrier)
    mgc.mark_some(1)
    cur = 0
    for op, x, y, f in ops:
        stack = stacks[cur]
        live = list(reachable(stack).values())
        if op == "mark":
            mgc.mark_some(x % 4)
        elif op == "switch":
            cur = x % GOROUTINES
        elif op == "give" and stack:
            stacks[y % GOROUTINES].append(stack.pop(x % len(stack)))
        elif op == "send" and live and len(chan) < 8:
            v = live[x % len(live)]
            mgc.write_barrier(None, v)
            chan.append(v)
        elif op == "recv" and chan:
            v = chan.pop(0)
            if mgc.barrier.marking:
                mgc.barrier.shade_deleted(v)
            stack.append(v)
        elif op == "store" and live:
            src = live[x % len(live)]
            write(src, FIELDS[f], live[y % len(live)])
        elif op == "nil" and live:
            write(live[x % len(live)], FIELDS[f % 2], None)
        elif op == "load" and live:
            stack.append(live[x % len(live)])
        elif op == "drop" and stack:
            stack.pop(x % len(stack))
        elif op == "alloc":
            n = new_node(-1)
            everything.append(n)
            if live and f:
                write(live[x % len(live)], FIELDS[f], n)
            else:
                stack.append(n)
    mgc.mark_some(-1)
    mgc.gc_mark_termination()
    mgc.finish_sweep()
    live = reachable([x for r in roots for x in r])
    for n in live.values():
        assert slot_allocated(n), f"reachable object {n!r} was freed"
    # the next cycle, without mutation, frees everything unreachable
    mgc.gc_start(forced=True, roots=stack_scan)
    mgc.mark_some(-1)
    mgc.gc_mark_termination()
    mgc.finish_sweep()
    for n in everything:
        assert slot_allocated(n) == (id(n) in live), f"{n!r}: reachable {id(n) in live}"


@settings(max_examples=int(os.environ.get("GC_PROPS_EXAMPLES", "1500")), deadline=None,
          suppress_health_check=list(HealthCheck))
@given(st.integers(0, 40), GRAPH, st.integers(0, 6), OPS)
def prop_no_reachable_object_freed(n_nodes: int, edges: list, n_roots: int, ops: list) -> None:
    run_case(n_nodes, edges, n_roots, ops)


def smoke() -> None:
    kept, dropped = new_node(1), new_node(2)
    stack = [kept]
    mgc.finish_sweep()
    mgc.gc_start(forced=True, roots=roots_of(stack))
    mgc.mark_some(-1)
    mgc.gc_mark_termination()
    mgc.finish_sweep()
    assert slot_allocated(kept) and not slot_allocated(dropped)
    assert malloc.address_of_heap(kept) != 0
    # a value waiting in a channel buffer at mark start, received onto a stack already
    # scanned before the buffer is: kept by the receive's deletion barrier
    run_case(1, [(0, 0, 2)], 0, [("mark", 1, 0, 0), ("recv", 0, 0, 0)])


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "smoke":
        smoke()
    else:
        mgc.work.checkmark = mode == "props-checkmark"
        prop_no_reachable_object_freed()
    print("ok")
