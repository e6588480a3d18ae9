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
not locals; the code generator spills the pointer-holding ones that cross a later allocating
evaluation into a temporary with ``:=`` (``f((_sN := a()), b())``). ``on_stack`` makes such a
temporary live while the value it stored is still on the stack: a forward pass over the
stack heights says, at each instruction, which locals were loaded (LOAD_FAST) or stored by a
walrus (COPY 1; STORE_FAST) into an entry that is still below what the instruction consumes.
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
    below = _on_stack(code, instrs, index, names, succ)
    # every code unit of an instruction (its inline caches too: a frame in a call has its
    # f_lasti on the CALL's last cache entry) maps to what is live after the instruction
    after: dict[int, int] = {}
    ends = [ins.offset for ins in instrs[1:]] + [len(code.co_code)]
    for k, ins in enumerate(instrs):
        out = 0
        for s in succ[k]:
            out |= live_in[s]
        out |= below[k]
        for off in range(ins.offset, ends[k], 2):
            after[off] = out
    return after


# values an instruction pushes (the rest of its stack effect is what it pops); unknown opcodes
# count as popping only what their net effect removes (conservative: entries stay live longer)
_PUSHES = {op: 1 for op in (
    "BINARY_OP", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "BINARY_SUBSCR", "UNARY_NEGATIVE", "UNARY_NOT",
    "UNARY_INVERT", "UNARY_POSITIVE", "LOAD_ATTR", "CALL", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET",
    "BUILD_MAP", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "BUILD_SLICE", "FORMAT_VALUE", "GET_ITER",
    "CALL_FUNCTION_EX", "LIST_TO_TUPLE", "BINARY_SLICE")}
_PUSHES.update({op: 0 for op in (
    "POP_TOP", "STORE_FAST", "STORE_ATTR", "STORE_SUBSCR", "STORE_GLOBAL", "STORE_DEREF", "RETURN_VALUE",
    "POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE", "POP_JUMP_BACKWARD_IF_FALSE",
    "POP_JUMP_BACKWARD_IF_TRUE", "POP_JUMP_FORWARD_IF_NONE", "POP_JUMP_FORWARD_IF_NOT_NONE",
    "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
    "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "PRECALL", "DELETE_SUBSCR")})


def _on_stack(code: CodeType, instrs: list, index: dict[int, int], names: dict[str, int],
              succ: list[list[int]]) -> list[int]:
    """Per instruction, the bitmask of locals whose value (loaded or walrus-stored) sits on the
    evaluation stack below what the instruction consumes: live while it runs (a call, an
    operator calling Python code). Entries are (local bit, depth); rebinding a local drops its
    entries (the stack keeps the old value, the local no longer does)."""
    n = len(instrs)
    height: list[int | None] = [None] * n
    height[0] = 0
    handler: dict[int, int] = {}
    try:
        for entry in dis._parse_exception_table(code):  # type: ignore[attr-defined]
            t = index.get(entry.target)
            if t is not None:
                handler[t] = entry.depth + (1 if entry.lasti else 0) + 1
                height[t] = handler[t]
    except AttributeError:  # pragma: no cover
        return [0] * n
    state: list[frozenset | None] = [None] * n
    state[0] = frozenset()
    for t in handler:
        state[t] = frozenset()
    work = [0] + list(handler)
    during = [0] * n
    while work:
        k = work.pop()
        ins = instrs[k]
        h = height[k]
        cur = state[k]
        if h is None or cur is None:
            continue
        op = ins.opname
        arg = ins.arg if ins.opcode >= dis.HAVE_ARGUMENT else None
        pushes = _PUSHES.get(op)
        for j, s in enumerate(succ[k]):
            is_jump = ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs
            if s in handler and s != k + 1 and not (is_jump and index.get(ins.argval) == s):
                continue  # an exception edge (the handler starts with what its depth keeps: nothing tracked)
            jump = (s != k + 1) if is_jump else None
            try:
                net = dis.stack_effect(ins.opcode, arg, jump=jump)
            except ValueError:
                net = 0
            push = pushes if pushes is not None else max(0, net)
            floor = h - (push - net)   # entries below floor survive the instruction
            keep = frozenset(e for e in cur if e[1] < floor)
            if op == "STORE_FAST" or op == "DELETE_FAST":
                b = names.get(ins.argval)
                if b is not None:
                    keep = frozenset(e for e in keep if e[0] != b)
                    if op == "STORE_FAST" and k and instrs[k - 1].opname == "COPY" and instrs[k - 1].arg == 1:
                        keep = keep | {(b, h - 2)}
            elif op in ("LOAD_FAST", "LOAD_FAST_CHECK"):
                b = names.get(ins.argval)
                if b is not None:
                    keep = keep | {(b, h)}
            if j == 0 or not during[k]:
                m = 0
                for e in cur:
                    if e[1] < floor:
                        m |= 1 << e[0]
                during[k] |= m
            nh = h + net
            if height[s] is None:
                height[s] = nh
            old = state[s]
            new = keep if old is None else old | keep
            if new != old:
                state[s] = new
                work.append(s)
    return during


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
