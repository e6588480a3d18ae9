"""The write barrier hook.

Compiled code stores a pointer into a heap object (a struct field, a slice or array element, a
map entry, an escaped variable's box, ``*p = v``) as::

    if _gcmarking: _write_barrier(old, new, container)
    <the store>

so that while no GC cycle is marking the cost is one global load and a branch. ``_gcmarking``
is a global of each compiled program's module; ``set_marking`` flips it in every registered
program. The collector (a later layer) installs the real barrier with ``set_barrier``: Go's
hybrid barrier shades the overwritten pointer (Yuasa deletion) and the new one (Dijkstra
insertion). Until then the hook only counts. ``container`` is the object stored into (absent
for a package variable): Go's barrier ignores it; the generational policy (mgcgen.py), which
keeps the barrier on between cycles too, records it in its remembered set.
"""

from __future__ import annotations

from typing import Any, Callable

_namespaces: list[dict] = []
# called with each namespace registered (a collector policy that installs a barrier of its own)
namespace_hooks: list[Callable[[dict], None]] = []


class Counters:
    barrier_calls = 0


def _count_only(old: Any, new: Any) -> None:
    Counters.barrier_calls += 1


_barrier: Callable[[Any, Any], None] = _count_only

# True while a cycle marks (the same flag as the compiled programs' ``_gcmarking``), for the
# runtime's own Python code that removes pointers from heap objects without a compiled store
# (a channel receive taking a value out of the buffer, copy(), append into spare capacity,
# delete and clear on maps): it calls ``shade_deleted`` with the values it drops.
marking = False


def _ignore(*values: Any) -> None:
    pass


_shade_deleted: Callable[..., None] = _ignore


def shade_deleted(*values: Any) -> None:
    """The deletion half of the barrier for pointers the runtime removes from heap objects
    (call only while ``marking``)."""
    _shade_deleted(*values)


def register(ns: dict) -> None:
    """Make a compiled program's namespace follow set_marking."""
    ns["_gcmarking"] = False
    ns["_write_barrier"] = write_barrier
    _namespaces.append(ns)
    for hook in namespace_hooks:
        hook(ns)


def write_barrier(old: Any, new: Any, container: Any = None) -> None:
    _barrier(old, new)


def set_barrier(fn: Callable[[Any, Any], None], deleted: Callable[..., None] | None = None) -> None:
    global _barrier, _shade_deleted
    _barrier = fn
    if deleted is not None:
        _shade_deleted = deleted


def set_marking(on: bool) -> None:
    """Turn the barrier on (mark phase) or off in every registered program."""
    global marking
    marking = on
    for ns in _namespaces:
        ns["_gcmarking"] = on
