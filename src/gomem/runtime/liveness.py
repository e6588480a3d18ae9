"""Stack maps with liveness for compiled Go code: which locals a suspended frame still needs.

Go's compiler records, at every call site, which stack slots hold pointers that are used
after the call returns; a local that is dead there is not a root, so runtime.GC can free
what only it references (go-runtime.md 5.3). gomem gets the same answer from the Python
bytecode the compiled code runs: ``live_after(code, offset)`` is the set of fast locals that
some path from the instruction at ``offset`` reads before it writes them (a classic backward
dataflow over the instruction graph: jumps, loops, and the exception table's handler edges,
which is how deferred calls and named results stay live). Computed once per code object and
cached; a frame's current call site is its ``f_lasti``.

Cell and free variables (captured by closures) are always live: a closure may read them.
Values on a frame's evaluation stack (a result computed for a call that is not made yet) are
not locals and are not covered (docs/gc.md).
"""

from __future__ import annotations

import dis
from types import CodeType

_UNCONDITIONAL = frozenset({"JUMP_FORWARD", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "JUMP_ABSOLUTE"})
_TERMINAL = frozenset({"RETURN_VALUE", "RAISE_VARARGS", "RERAISE"})
_READS = frozenset({"LOAD_FAST", "LOAD_FAST_CHECK", "DELETE_FAST"})  # (DELETE_FAST needs it bound)
_WRITES = frozenset({"STORE_FAST"})

# code object -> (offset -> bitmask of the locals live after the instruction at offset)
_maps: dict[CodeType, dict[int, int]] = {}


def _analyse(code: CodeType) -> dict[int, int]:
    instrs = [i for i in dis.get_instructions(code) if i.opname != "CACHE"]
    index = {ins.offset: k for k, ins in enumerate(instrs)}
    names = {n: b for b, n in enumerate(code.co_varnames)}
    n = len(instrs)
    use = [0] * n
    kill = [0] * n
    succ: list[list[int]] = [[] for _ in range(n)]
    for k, ins in enumerate(instrs):
        op = ins.opname
        if op in _READS or op == "LOAD_FAST__LOAD_FAST":
            b = names.get(ins.argval)
            if b is not None:
                use[k] = 1 << b
        elif op in _WRITES:
            b = names.get(ins.argval)
            if b is not None:
                kill[k] = 1 << b
        if ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs:
            t = index.get(ins.argval)
            if t is not None:
                succ[k].append(t)
            if op in _UNCONDITIONAL:
                continue
        if op in _TERMINAL:
            continue
        if k + 1 < n:
            succ[k].append(k + 1)
    try:
        table = dis._parse_exception_table(code)  # type: ignore[attr-defined]
    except AttributeError:  # pragma: no cover - other Python versions: every local is live
        return {}
    for entry in table:
        t = index.get(entry.target)
        if t is None:
            continue
        for off, k in index.items():
            if entry.start <= off < entry.end:
                succ[k].append(t)
    live_in = [0] * n
    changed = True
    while changed:
        changed = False
        for k in range(n - 1, -1, -1):
            out = 0
            for s in succ[k]:
                out |= live_in[s]
            new = use[k] | (out & ~kill[k])
            if new != live_in[k]:
                live_in[k] = new
                changed = True
    # every code unit of an instruction (its inline caches too: a frame in a call has its
    # f_lasti on the CALL's last cache entry) maps to what is live after the instruction
    after: dict[int, int] = {}
    ends = [ins.offset for ins in instrs[1:]] + [len(code.co_code)]
    for k, ins in enumerate(instrs):
        out = 0
        for s in succ[k]:
            out |= live_in[s]
        for off in range(ins.offset, ends[k], 2):
            after[off] = out
    return after


def live_after(code: CodeType, offset: int) -> int | None:
    """Bitmask (over code.co_varnames) of the locals live after the instruction at offset;
    None when unknown (then every local counts)."""
    m = _maps.get(code)
    if m is None:
        m = _maps[code] = _analyse(code)
    return m.get(offset)


_names: dict[tuple[CodeType, int], tuple[str, ...] | None] = {}


def live_names(code: CodeType, offset: int) -> tuple[str, ...] | None:
    """The names of the locals a frame of code stopped at offset still needs: the fast locals
    live after the instruction, then its cell and free variables (None: unknown, take them
    all). Cached per call site."""
    key = (code, offset)
    try:
        return _names[key]
    except KeyError:
        pass
    mask = live_after(code, offset)
    if mask is None:
        out = None
    else:
        names = code.co_varnames
        found = []
        b = 0
        while mask:
            if mask & 1:
                found.append(names[b])
            mask >>= 1
            b += 1
        out = tuple(found) + tuple(n for n in code.co_cellvars + code.co_freevars if n not in found)
    _names[key] = out
    return out
