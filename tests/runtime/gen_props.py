"""Property tests of the generational policy (runtime/mgcgen.py) on random object graphs (run
by test_gcgen.py in a child process: a cycle sweeps the whole heap of the process it runs in).

A mutator (as in gc_props.py: a stack of roots and ``PNode`` objects from the real allocator)
stores pointers through the generational barrier — into struct fields, and into the
elements of existing backing arrays as the runtime's helpers do (append within capacity,
copy) — loads, drops and allocates, interleaved with minor and major cycles, with the
promotion age N drawn too. After every cycle:

- no object reachable from the stack was freed;
- after a minor cycle, every object that was young or mid when it started and is reachable
  neither from the stack nor from an old object was freed (the remembered set holds old
  objects only, so what it keeps is reachable from an old one);
- after a major cycle, every object not reachable from the stack was freed.

Usage: python gen_props.py props | props-checkmark
"""

from __future__ import annotations

import os
import sys

from gc_props import FIELDS, SITE, T, new_node, reachable, roots_of, slot_allocated
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gomem.runtime import malloc, mgc, mgcgen
from gomem.runtime.values import Slice
from gomem.types.types import Pointer


def store(obj: object, field: str, value: object) -> None:
    """A pointer store into a struct field, through the barrier as compiled code does it."""
    if field == "s":
        new = obj.s
        if value is not None:
            new = Slice([value, None], 0, 1, 2)  # (room for an append within capacity)
            malloc.register(new.a, malloc.alloc_array(Pointer(T), 2, SITE))
            arrays[id(new.a)] = new.a
        mgcgen.write_barrier(obj.s, new, obj)
        obj.s = new
        return
    mgcgen.write_barrier(getattr(obj, field), value, obj)
    setattr(obj, field, value)


def store_elem(obj: object, value: object) -> None:
    """A store into an existing backing array by a runtime helper (append within capacity,
    copy): the helper remembers the array."""
    s = obj.s
    if s.a is None:
        return
    mgcgen.remember(s.a)
    s.a[s.off + s.len - 1 if s.len == s.cap else s.off + s.len] = value
    if s.len < s.cap:
        obj.s = Slice(s.a, s.off, s.len + 1, s.cap)


arrays: dict[int, list] = {}  # the backing arrays made by store (old ones keep things too)


def reach_from(objs: list) -> set[int]:
    return set(reachable(objs))


OPS = st.lists(st.tuples(st.sampled_from(["store", "elem", "nil", "load", "drop", "alloc", "allocelem", "minor",
                                          "minor", "minor", "major"]),
                         st.integers(0, 10 ** 6), st.integers(0, 10 ** 6), st.integers(0, 2)),
               max_size=80)
GRAPH = st.lists(st.tuples(st.integers(0, 10 ** 6), st.integers(0, 10 ** 6), st.integers(0, 2)), max_size=40)


def cycle(major: bool, stack: list, alive: dict[int, object], promote: int) -> None:
    """Run one cycle and check the properties; alive (id -> object) loses what it freed."""
    before = {k: mgcgen.age_of(o) for k, o in alive.items()}
    old = [o for k, o in alive.items() if before[k] == promote]
    for a in arrays.values():
        if mgcgen.age_of(a) == promote:
            old.extend(x for x in a if x is not None)
    live = reach_from(stack)
    kept_by_old = reach_from(old)
    mgcgen.collect(major=major)
    mgc.finish_sweep()
    assert mgcgen.state.minor == (not major)
    for k in live:
        assert slot_allocated(alive[k]), f"reachable object {alive[k]!r} was freed (major={major})"
    for k, o in list(alive.items()):
        allocated = slot_allocated(o)
        if major:
            assert allocated == (k in live), f"{o!r}: reachable {k in live}, freed {not allocated} by a major"
        elif before[k] == promote:
            assert allocated, f"{o!r} old, freed by a minor cycle"
        elif k not in live and k not in kept_by_old:
            assert not allocated, f"{o!r} young/mid and unreachable, survived a minor cycle"
        if not allocated:
            del alive[k]


def run_case(promote: int, n_nodes: int, edges: list, n_roots: int, ops: list) -> None:
    mgcgen.uninstall()
    mgcgen.Config.promote = promote
    mgcgen.install()
    mgc.finish_sweep()
    arrays.clear()
    nodes = [new_node(i) for i in range(n_nodes)]
    for x, y, f in edges:
        if nodes:
            store(nodes[x % len(nodes)], FIELDS[f], nodes[y % len(nodes)])
    stack: list = nodes[:n_roots]
    alive: dict[int, object] = {id(n): n for n in nodes}
    mgcgen.state.base_roots = roots_of(stack)
    for op, x, y, f in ops:
        live = list(reachable(stack).values())
        if op == "minor" or op == "major":
            cycle(op == "major", stack, alive, promote)
        elif op == "store" and live:
            store(live[x % len(live)], FIELDS[f], live[y % len(live)])
        elif op == "elem" and live:
            store_elem(live[x % len(live)], live[y % len(live)])
        elif op == "nil" and live:
            store(live[x % len(live)], FIELDS[f % 2], None)
        elif op == "load" and live:
            stack.append(live[x % len(live)])
        elif op == "drop" and stack:
            stack.pop(x % len(stack))
        elif op == "allocelem" and live:  # a new object stored only into an existing array
            n = new_node(-2)
            alive[id(n)] = n
            for k in range(len(live)):
                target = live[(x + k) % len(live)]
                if target.s.a is not None:
                    store_elem(target, n)
                    break
            else:
                stack.append(n)
        elif op == "alloc":
            n = new_node(-1)
            alive[id(n)] = n
            if live and f:
                store(live[x % len(live)], FIELDS[f], n)
            else:
                stack.append(n)
    # two major cycles free everything unreachable (the first may keep what remembered
    # values without a slot keep: none here)
    cycle(True, stack, alive, promote)
    cycle(True, stack, alive, promote)
    for k in set(alive) - reach_from(stack):
        raise AssertionError(f"{alive[k]!r} unreachable after two major cycles")


@settings(max_examples=int(os.environ.get("GC_PROPS_EXAMPLES", "400")), deadline=None,
          suppress_health_check=list(HealthCheck))
@given(st.integers(1, 3), st.integers(0, 30), GRAPH, st.integers(0, 6), OPS)
def prop_generations(promote: int, n_nodes: int, edges: list, n_roots: int, ops: list) -> None:
    run_case(promote, n_nodes, edges, n_roots, ops)


def scenarios() -> None:
    """Cases found by hand and by hypothesis, kept as regressions."""
    minor = ("minor", 0, 0, 0)
    # an old array receives the only pointer to a new object (append within capacity)
    run_case(1, 1, [], 1, [("store", 0, 0, 2), minor, minor, ("allocelem", 0, 0, 0), minor])
    # ... then the array is dropped: what it keeps survives the minor cycle, not the major one
    run_case(2, 1, [], 1, [("store", 0, 0, 2), minor, minor, ("allocelem", 0, 0, 0), ("store", 0, 0, 2), minor])
    # an object promoted while it points to a mid one (N = 3)
    run_case(3, 2, [(0, 1, 0)], 1, [minor, ("alloc", 0, 0, 1), minor, minor, minor, minor])


if __name__ == "__main__":
    mgc.work.checkmark = sys.argv[1] == "props-checkmark"
    if sys.argv[1] == "scenarios":
        scenarios()
    else:
        prop_generations()
    print("ok")
