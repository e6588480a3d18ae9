"""The GC's roots: every live pointer held by package variables and goroutine stacks.

A precise root scan in the sense of Go's stack maps. The compiler records, for each generated
Python function, which of its Python locals hold Go values containing pointers (with their Go
name and type) in the module's ``__frames__`` table, and which package variables do in
``__globals__``. At a safe point (any moment the running goroutine calls into the runtime;
every other goroutine is suspended in a greenlet) the scan walks:

- the package variables listed in ``__globals__``;
- for each goroutine, its Python frames: the running goroutine's from ``sys._getframe()``, a
  suspended one's from its greenlet's ``gr_frame``, following ``f_back``; frames of compiled
  code (code file ``<gomem>``) are matched with their ``__frames__`` entry and their locals
  read through ``f_locals``.

A local that is not bound yet (declared later in the function) is not a root, as a dead slot
is not in Go's stack map. Reading ``f_locals`` builds a dictionary, so this is for GC time, not
for hot paths.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from gomem.types.types import Type

GOMEM_CODE = "<gomem>"


@dataclass
class Root:
    kind: str  # "global" or "stack"
    goroutine: int  # 0 for globals
    function: str  # Go function name ("" for globals)
    name: str  # Go variable name
    type: Type
    value: Any
    boxed: bool = False  # the variable itself lives in a heap Box (it escaped)


def _frame_roots(frame, frames_meta: dict, goid: int, out: list[Root], funcnames: dict) -> None:
    while frame is not None:
        code = frame.f_code
        if code.co_filename == GOMEM_CODE:
            meta = frames_meta.get(code.co_name)
            if meta:
                loc = frame.f_locals
                fname = funcnames.get(code.co_name, code.co_name)
                for pyname, goname, t, boxed in meta:
                    if pyname in loc:
                        v = loc[pyname]
                        out.append(Root("stack", goid, fname, goname, t, v.v if boxed else v, boxed))
        frame = frame.f_back


def list_roots(ns: dict) -> list[Root]:
    """The roots of the program whose module namespace is ns, at the current safe point."""
    from gomem.runtime import sched
    out: list[Root] = []
    for pyname, goname, t in ns.get("__globals__", ()):
        out.append(Root("global", 0, "", goname, t, ns.get(pyname)))
    frames_meta = ns.get("__frames__", {})
    funcnames = ns.get("__funcnames__", {})
    s = sched.current
    if s is None:
        _frame_roots(sys._getframe(1), frames_meta, 1, out, funcnames)
        return out
    cur = s.cur
    for goid, g in list(s.allgs.items()):
        if g is cur:
            frame = sys._getframe(1)
        else:
            frame = g.gr_frame
        _frame_roots(frame, frames_meta, goid, out, funcnames)
    return out


def format_roots(roots: list[Root]) -> str:
    """One line per root, e.g. `stack g1 main.build p *main.Node`."""
    lines = []
    for r in roots:
        where = "global" if r.kind == "global" else f"stack g{r.goroutine} {r.function}"
        lines.append(f"{where} {r.name} {r.type}{' (escaped)' if r.boxed else ''}")
    return "\n".join(lines)
