"""The generational collector policy: young, mid and old generations (docs/gc-generational.md).

An optional second policy next to Go's (mgc.py), chosen with ``GOMEM_GCPOLICY=generational``
(default ``go``). Go's own collector is not generational; this one exists so that the two can
be compared on the same programs. It reuses everything of Go's collector but the policy: the
heap model (spans, mark bits), the marker (mgcmark.Marker and its typed scans), the sweeper,
gccheckmark, poison mode, gctrace and MemStats.

Generations, per heap slot: **young** (allocated since the last cycle), **mid** (survived
1 to N-1 cycles), **old** (survived N cycles; N = ``GOMEM_GCPROMOTE``, default 2). Ages are
kept here, per span, as bit planes over the span's slots (Python ints): ``[old, age 1, ...,
age N-1]``; a slot in none of them is young. The sweeper calls ``survived(span)`` before
the span's mark bits become its allocation bits: marked slots age by one, unmarked ones
leave every plane.

A **minor** cycle collects the young and mid generations only:
1. sweep termination as in Go's cycle (mgc.gc_start), which finishes the previous sweep, so
   the ages are current;
2. the old slots' mark bits are set before marking (``_premark_old``): old objects are black
   and never traced;
3. roots: Go's (globals, stacks, ...) plus the **remembered set**: old objects into which a
   pointer may have been stored since they could point to a young or mid object. Their slot
   bits are cleared and they are shaded again, so that the marker scans them;
4. mark, mark termination, sweep: Go's code. The sweep frees the unmarked young and mid
   slots; old slots stay marked, so they stay.

A **major** cycle is Go's full cycle (no pre-marking), which frees unreachable old objects.

The remembered set is kept by the write barrier, which with this policy is on between
cycles too: compiled code passes the object stored into (barrier.py), and the runtime helpers
that store into an existing object without compiled code's barrier — append within
capacity, copy, channel sends — are wrapped in every compiled namespace to record theirs.
An entry stays a root for N cycles after the store (``GOMEM_GCPROMOTE``): whatever the store
put there is old by then, since it survives every cycle meanwhile. An object promoted by a
cycle may point to mid objects too; the marker tells (``Marker.on_mark``) which objects of
age N-1 it marks, and those are remembered for the N-1 cycles after their promotion.

Triggers (on the allocator's slow paths, as Go's): a minor cycle when the heap grew by the
young generation's budget since the last cycle (``GOMEM_GCYOUNG``, default 0.25 of the
pacer's heap goal), or at the pacer's own trigger if that comes first; it is a major cycle
instead when the old generation outgrew its goal (old bytes after the last major ×
(1 + GOGC/100), at least 4 MiB × GOGC/100), or every K-th cycle when ``GOMEM_GCMAJOR=K``.
runtime.GC() is a major cycle. Every cycle of this policy stops the world for its whole
length (minor pauses are short because the young generation is small).
"""

from __future__ import annotations

import os
import time
from typing import Any, Callable

from gomem.runtime import barrier, gctrace, malloc, mgcmark, mgcsweep, mstats
from gomem.runtime import mcache as mcache_mod
from gomem.runtime.chan import SEND
from gomem.runtime.mspan import SPAN_IN_USE, MSpan
from gomem.runtime.panic import FatalError
from gomem.runtime.values import ArrayView, ElemRef, FieldRef, Slice

POLICIES = ("go", "generational")
DEFAULT_PROMOTE = 2
DEFAULT_YOUNG_FRACTION = 0.25
MIN_OLD_GOAL = 4 << 20

active = False  # this policy runs the program's cycles (mgc dispatches to it)


class Config:
    """The policy's settings, read from the environment when a program starts."""

    promote = DEFAULT_PROMOTE            # N: cycles survived to be old
    young_fraction = DEFAULT_YOUNG_FRACTION
    major_every = 0                      # K: every K-th cycle is major (0: by the old goal only)


class State:
    """The generations and the remembered set."""

    def __init__(self) -> None:
        self.ages: dict[MSpan, list[int]] = {}   # span -> [old, age 1, ..., age N-1] bitmaps
        self.old_bytes = 0                      # bytes in old slots
        self.old_goal = MIN_OLD_GOAL            # a major cycle when old_bytes reaches it
        self.live_after = 0                     # heap_live after the last cycle
        self.cycles_since_major = 0
        self.minor = False                      # the cycle in progress is a minor one
        self.want_major = False                 # the cycle in progress must be a major one
        self.remembered: dict[int, Any] = {}    # id -> object stored into since the last cycle
        self.carry: dict[int, list[Any]] = {}   # id -> [object, last cycle it is a root in]
        self.promoting: list[Any] = []          # objects of age N-1 marked by this cycle
        self.base_roots: Callable[[mgcmark.Marker], None] | None = None  # (tests: their own)
        self.cycle_start_ns = 0
        # figures (tests, benchmarks/gc_policies.py)
        self.minors = 0
        self.majors = 0
        self.pauses_ns: list[int] = []
        self.remembered_scanned = 0


state = State()


def _env_int(name: str, default: int, low: int) -> int:
    raw = os.environ.get(name, "")
    if raw == "":
        return default
    try:
        v = int(raw)
    except ValueError:
        v = low - 1
    if v < low:
        raise FatalError(f"gomem: {name}={raw}: want an integer >= {low}")
    return v


def policy_from_env() -> str:
    """GOMEM_GCPOLICY's value; an unknown one is a fatal error."""
    name = os.environ.get("GOMEM_GCPOLICY", "") or "go"
    if name not in POLICIES:
        raise FatalError(f"gomem: GOMEM_GCPOLICY={name}: unknown collector policy (want go or generational)")
    return name


def program_starts() -> bool:
    """A program's main is about to run (mgc.program_starts): choose the policy from the
    environment; with the generational one, install its barrier and triggers. True when the
    generational policy runs the cycles."""
    global active
    uninstall()
    if policy_from_env() != "generational":
        return False
    Config.promote = _env_int("GOMEM_GCPROMOTE", DEFAULT_PROMOTE, 1)
    Config.major_every = _env_int("GOMEM_GCMAJOR", 0, 0)
    raw = os.environ.get("GOMEM_GCYOUNG", "")
    try:
        Config.young_fraction = float(raw) if raw else DEFAULT_YOUNG_FRACTION
    except ValueError:
        Config.young_fraction = -1.0
    if not 0 < Config.young_fraction <= 1:
        raise FatalError(f"gomem: GOMEM_GCYOUNG={raw}: want a fraction of the heap goal in (0, 1]")
    install()
    mcache_mod.before_span_hooks.append(trigger_hook)
    return True


def install() -> None:
    """Turn the policy on: ages kept by the sweeper, the barrier on in every namespace."""
    global active
    active = True
    state.__init__()
    mgcsweep.survivor_hook = survived
    gctrace.annotate = _annotate
    if _install_ns not in barrier.namespace_hooks:
        barrier.namespace_hooks.append(_install_ns)
    for ns in barrier._namespaces:
        _install_ns(ns)
    for name, wrap in _MODULE_WRAPPED:
        _module_originals[name] = getattr(malloc, name)
        setattr(malloc, name, wrap(_module_originals[name]))


def uninstall() -> None:
    """Back to Go's policy (tests; a new program in the same process)."""
    global active
    if not active:
        return
    active = False
    mgcsweep.survivor_hook = None
    gctrace.annotate = None
    if _install_ns in barrier.namespace_hooks:
        barrier.namespace_hooks.remove(_install_ns)
    if trigger_hook in mcache_mod.before_span_hooks:
        mcache_mod.before_span_hooks.remove(trigger_hook)
    for name, fn in _module_originals.items():
        setattr(malloc, name, fn)
    _module_originals.clear()
    from gomem.compiler import rtnames
    fresh = rtnames.namespace()
    for ns in barrier._namespaces:
        ns["_write_barrier"] = barrier.write_barrier
        for name in _WRAPPED:
            if name in ns:
                ns[name] = fresh[name]
    barrier.set_marking(False)
    state.__init__()


# ---------------------------------------------------------------------------------------------
# The barrier and the remembered set


def write_barrier(old: Any, new: Any, container: Any = None) -> None:
    """The generational barrier, on between cycles: remember the object stored into (a
    package variable, container None, is a root anyway)."""
    if container is not None:
        state.remembered[id(container)] = container


def remember(container: Any) -> None:
    """A runtime helper stored pointers into container (an object that already existed)."""
    if container is not None:
        state.remembered[id(container)] = container


def _wrap_append1(fn: Callable) -> Callable:
    def append1(s: Slice, v: Any, elem_type: Any, zero: Any, site: Any) -> Slice:
        if s.len < s.cap:
            state.remembered[id(s.a)] = s.a
        return fn(s, v, elem_type, zero, site)
    return append1


def _wrap_append_values(fn: Callable) -> Callable:
    def append_values(s: Slice, vals: Any, elem_type: Any, zero: Any, site: Any) -> Slice:
        if s.a is not None and s.len + len(vals) <= s.cap:
            state.remembered[id(s.a)] = s.a
        return fn(s, vals, elem_type, zero, site)
    return append_values


def _wrap_copy(fn: Callable) -> Callable:
    def copy(dst: Slice, src: Any) -> int:
        if dst.a is not None:
            state.remembered[id(dst.a)] = dst.a
        return fn(dst, src)
    return copy


def _wrap_send(fn: Callable) -> Callable:
    def send(ch: Any, v: Any) -> None:
        if ch is not None:
            state.remembered[id(ch)] = ch
        fn(ch, v)
        if ch is not None:  # (again after a send that blocked while cycles ran)
            state.remembered[id(ch)] = ch
    return send


def _wrap_select(fn: Callable) -> Callable:
    def select(cases: list, has_default: bool) -> Any:
        for kind, ch, _v in cases:
            if ch is not None and kind == SEND:
                state.remembered[id(ch)] = ch
        r = fn(cases, has_default)
        for kind, ch, _v in cases:
            if ch is not None and kind == SEND:
                state.remembered[id(ch)] = ch
        return r
    return select


def _wrap_map_grow(fn: Callable) -> Callable:
    def map_grow(m: Any) -> None:
        # a new bucket array (a dependent of the map, marked when the map is): an old map
        # must be scanned again. Remembered after the allocation, which may run a cycle.
        fn(m)
        state.remembered[id(m)] = m
    return map_grow


def _wrap_map_store_indirect(fn: Callable) -> Callable:
    def map_store_indirect(m: Any, k: Any, v: Any) -> None:
        fn(m, k, v)
        state.remembered[id(m)] = m
    return map_store_indirect


_WRAPPED: dict[str, Callable[[Callable], Callable]] = {
    "_append1": _wrap_append1, "_append_values": _wrap_append_values,
    "_copy_slice": _wrap_copy, "_copy_slice_aggregate": _wrap_copy,
    "_chan_send": _wrap_send, "_select": _wrap_select,
    "_map_grow": _wrap_map_grow, "_map_store_indirect": _wrap_map_store_indirect,
}
# module functions the runtime's own Python code calls by attribute, wrapped the same way
_MODULE_WRAPPED = (("map_grow", _wrap_map_grow),)
_module_originals: dict[str, Callable] = {}


def _install_ns(ns: dict) -> None:
    """A compiled namespace under this policy: the barrier always on, the storing helpers
    wrapped. (Only here: with Go's policy compiled code calls the helpers directly.)"""
    ns["_write_barrier"] = write_barrier
    ns["_gcmarking"] = True
    for name, wrap in _WRAPPED.items():
        fn = ns.get(name)
        if fn is not None and not getattr(fn, "_gen_wrapped", False):
            w = wrap(fn)
            w._gen_wrapped = True  # type: ignore[attr-defined]
            ns[name] = w


# ---------------------------------------------------------------------------------------------
# Ages


def survived(s: MSpan) -> None:
    """The sweeper, before s's mark bits become its allocation bits: the marked slots age
    by one cycle (mid, then old after N), the others leave every generation."""
    ages = state.ages
    planes = ages.get(s)
    marks = s.gcmark_bits
    if marks is None or s.state != SPAN_IN_USE:
        if planes is not None:
            state.old_bytes -= planes[0].bit_count() * s.elemsize
            del ages[s]
        return
    m = int.from_bytes(marks, "little")
    n = Config.promote
    if planes is None:
        if not m:
            return
        planes = ages[s] = [0] * n
    prev_old = planes[0]
    if n == 1:
        planes[0] = m
    else:
        aged = prev_old
        for k in range(1, n):
            aged |= planes[k]
        planes[0] = (prev_old | planes[n - 1]) & m
        for k in range(n - 1, 1, -1):
            planes[k] = planes[k - 1] & m
        planes[1] = m & ~aged
    state.old_bytes += (planes[0].bit_count() - prev_old.bit_count()) * s.elemsize


def age_of(obj: Any) -> int:
    """The generation of obj's slot: 0 young, 1..N-1 mid, N old; -1 without a heap slot."""
    a = malloc.address_of_heap(obj)
    s = malloc.heap.span_of(a) if a else None
    if s is None or s.state != SPAN_IN_USE:
        return -1
    return _slot_age(s, (a - s.base) // s.elemsize)


def _slot_age(s: MSpan, i: int) -> int:
    planes = state.ages.get(s)
    if planes is None:
        return 0
    if planes[0] >> i & 1:
        return Config.promote
    for k in range(1, len(planes)):
        if planes[k] >> i & 1:
            return k
    return 0


def generation_bytes() -> dict[str, int]:
    """Bytes in mid and old slots (as of the last sweep of each span)."""
    old = mid = 0
    for s, planes in state.ages.items():
        old += planes[0].bit_count() * s.elemsize
        for p in planes[1:]:
            mid += p.bit_count() * s.elemsize
    return {"old": old, "mid": mid}


# ---------------------------------------------------------------------------------------------
# A cycle


def _premark_old(m: mgcmark.Marker) -> None:
    """Minor cycle: every old slot is marked before marking starts (black, not traced),
    counted in the marker's marked bytes as any mark is."""
    for s, planes in state.ages.items():
        old = planes[0]
        if not old or s.state != SPAN_IN_USE:
            continue
        m.mark_bits(s, old)


def _base_object(c: Any) -> Any:
    """The object a remembered reference stands for (the array of &a[i], the struct of &s.f)."""
    tc = type(c)
    if tc is ElemRef or tc is ArrayView:
        return c.a
    if tc is FieldRef:
        return c.o
    if tc is Slice:
        return c.a
    return c


def _slot_of(base: Any) -> tuple[MSpan, int] | None:
    """The heap slot of a remembered object; None for one without (a struct or array value
    inside another object, a value on a stack)."""
    a = malloc.address_of_heap(base)
    if not a:
        return None
    s = malloc.heap.span_of(a)
    if s is None or s.state != SPAN_IN_USE:
        return None
    return s, (a - s.base) // s.elemsize


def _scan_remembered(m: mgcmark.Marker, cycle: int, major: bool) -> None:
    """The remembered objects as roots.

    Minor cycle: the old ones are roots (their slot bit is cleared so that shading them scans
    them); one without a heap slot (a struct value inside another) is scanned by identity.
    A remembered object that is young or mid is traced anyway when reachable (and
    remembered again if this cycle promotes it), so it leaves the set.

    Major cycle: only those without a heap slot, whose liveness the marker cannot tell (a
    value inside another is scanned inline, not by identity): what they reference stays
    until they expire, so that scanning one in a later minor cycle never meets a freed
    object. The others are found dead or alive by the mark itself (_forget_dead_remembered)."""
    carry = state.carry
    ages = state.ages
    scan = mgcmark.scan_dynamic
    scanned = 0
    for key, entry in list(carry.items()):
        obj, last = entry
        if last < cycle:
            del carry[key]
            continue
        base = _base_object(obj)
        if base is None:
            del carry[key]
            continue
        slot = _slot_of(base)
        if slot is not None:
            if major:
                continue
            s, i = slot
            planes = ages.get(s)
            if planes is None or not planes[0] >> i & 1:
                del carry[key]
                continue
            bits = s.gcmark_bits
            if bits is not None and bits[i >> 3] >> (i & 7) & 1:
                bits[i >> 3] &= ~(1 << (i & 7)) & 0xFF
                m.counts[0] -= s.elemsize  # (counted again when shading marks it)
                m.counts[2] -= 1
        scan(m, base)
        scanned += 1
    state.remembered_scanned += scanned


def _on_mark(obj: Any, s: MSpan, i: int) -> None:
    """Marker.on_mark: an object of age N-1 is promoted by this cycle; it may point to mid
    objects, so it is remembered for the next N-1 cycles."""
    if type(obj) is bytes:
        return  # (a string points to nothing; maps and channels sit in noscan slots here)
    planes = state.ages.get(s)
    if planes is not None and planes[-1] >> i & 1:
        state.promoting.append(obj)


def _roots(m: mgcmark.Marker) -> None:
    """The root scan of this policy's cycle (mgc.gc_start's roots). gccheckmark's re-mark
    comes here too: it marks from the program's roots only, through old objects as well, so
    it checks that every object reachable, young ones through old ones included, was
    marked."""
    from gomem.runtime import mgc
    base = state.base_roots
    if m is not mgc.work.marker:
        m.scan_roots() if base is None else base(m)
        return
    cycle = mgc.work.cycles
    # ages are current here (sweep termination finished the sweep): minor or major?
    major = (state.want_major or state.old_bytes >= state.old_goal
             or (Config.major_every > 0 and state.cycles_since_major + 1 >= Config.major_every))
    state.minor = not major
    n = Config.promote
    # what was stored since the last cycle is a root for the next N cycles (this one included)
    carry = state.carry
    for key, obj in state.remembered.items():
        entry = carry.get(key)
        if entry is None:
            carry[key] = [obj, cycle + n - 1]
        else:
            entry[1] = cycle + n - 1
    state.remembered.clear()
    if n > 1:
        m.on_mark = _on_mark
    if not major:
        _premark_old(m)
    m.scan_roots() if base is None else base(m)
    _scan_remembered(m, cycle, major)


def _annotate(rec: gctrace.CycleRecord) -> None:
    """gctrace's record of this policy's cycle: its kind, and its pause (the whole cycle)."""
    rec.kind = "minor" if state.minor else "major"
    rec.pause_ns = time.perf_counter_ns() - state.cycle_start_ns


def collect(major: bool = False, forced: bool = False) -> None:
    """One blocking cycle of this policy (a major one if major, else as the policy decides)."""
    from gomem.runtime import mgc
    work = mgc.work
    if work.running:
        return
    work.running = True
    t0 = state.cycle_start_ns = time.perf_counter_ns()
    state.want_major = major
    try:
        if work.phase != mgc.OFF:
            mgc.gc_mark_termination()
        mgc.gc_start(forced=forced, roots=_roots)
        mgc.mark_some(-1)
        mgc.gc_mark_termination()
        if not state.minor:
            _forget_dead_remembered()
        if forced:
            mgc.finish_sweep()
        _after_cycle(work.cycles)
    finally:
        work.running = False
        barrier.set_marking(True)
    state.pauses_ns.append(time.perf_counter_ns() - t0)


def _forget_dead_remembered() -> None:
    """After a major cycle's mark (before its sweep): drop the remembered objects with a heap
    slot that it found unreachable (slot unmarked), so that no later minor cycle scans a dead
    object, whose slot may hold another one by then."""
    carry = state.carry
    for key, entry in list(carry.items()):
        slot = _slot_of(_base_object(entry[0]))
        if slot is None:
            continue
        s, i = slot
        bits = s.gcmark_bits
        if bits is None or not bits[i >> 3] >> (i & 7) & 1:
            del carry[key]


def _after_cycle(cycle: int) -> None:
    n = Config.promote
    carry = state.carry
    for obj in state.promoting:
        key = id(obj)
        entry = carry.get(key)
        last = cycle + n - 1
        if entry is None:
            carry[key] = [obj, last]
        elif entry[1] < last:
            entry[1] = last
    state.promoting.clear()
    for key in [k for k, e in carry.items() if e[1] <= cycle]:
        del carry[key]
    state.live_after = mstats.counters.heap_live
    if state.minor:
        state.minors += 1
        state.cycles_since_major += 1
    else:
        state.majors += 1
        state.cycles_since_major = 0
        _set_old_goal()


def _set_old_goal() -> None:
    """After a major cycle: the old generation may grow by GOGC percent before the next one.
    (old_bytes is as of the sweep; the marked old bytes are known once every span is swept,
    so the goal is set from the marked heap, an upper bound of old + mid.)"""
    from gomem.runtime import mgc
    percent = mgc.pacer.gc_percent
    if percent < 0:
        state.old_goal = 1 << 62
        return
    minimum = MIN_OLD_GOAL * percent // 100
    state.old_goal = max(minimum, mgc.work.heap_marked * (100 + percent) // 100)


def trigger_hook() -> None:
    """Before a span refill or a large allocation (mcache): start a cycle when the young
    generation reached its budget, or at Go's pacer trigger if that comes first."""
    from gomem.runtime import mgc
    work = mgc.work
    if work.running or work.phase != mgc.OFF:
        return
    live = mstats.counters.heap_live
    pacer = mgc.pacer
    if pacer.gc_percent >= 0 and live - state.live_after >= Config.young_fraction * pacer.heap_goal():
        collect()
    elif live >= pacer.trigger():
        collect()


def GC() -> None:
    """runtime.GC under this policy: a major cycle, swept to completion."""
    collect(major=True, forced=True)
    from gomem.runtime import sched
    s = sched.current
    if s is not None and s.cur is not None and s.running:
        s.gosched()


def stats() -> dict[str, Any]:
    """Figures for tests and benchmarks."""
    return {"minors": state.minors, "majors": state.majors, "pauses_ns": list(state.pauses_ns),
            "old_bytes": state.old_bytes, "remembered_scanned": state.remembered_scanned,
            **generation_bytes()}
