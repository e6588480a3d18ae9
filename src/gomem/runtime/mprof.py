"""Heap profiling: which allocations are sampled, their buckets, and the cycle accounting
that makes the heap profile "as of the last completed GC" (Go 1.23's mprof.go, heap part, and
the sampling in mallocgc; docs/profiling.md).

**Rate.** ``rate`` is runtime.MemProfileRate (the runtime package's variable is a property on
this module's value). Go's linker sets it to 0 before main when nothing in the program can
read a memory profile (``disableMemoryProfiling``: runtime.MemProfile unreachable); gomem
follows the rule at program start (``program_starts``): 512 KiB when the program's code uses
runtime/pprof (a blank import alone does not) or calls runtime.MemProfile (GODEBUG=memprofilerate=N then sets it to N), else
0. The program may set it at any time.

**Sampling.** Go samples the allocation at which an exponentially distributed count of bytes
(mean ``rate``) runs out, one countdown per mcache, checked in every mallocgc. gomem's fast
path is one ``next()`` on a span class's cursor (mcache.Cursor), so the countdown is kept per
span class, in *objects*: ``left[spc]`` is how many allocations of the class pass before the
sampled one, and the cursor's run of free slots is cut short just before it (mcache._load).
So the check costs nothing per allocation: the sampled allocation takes the slow path
(mcache.next_slot), which records it and draws the next countdown. Per class this is Go's
rule exactly (a countdown X in bytes of objects of E bytes samples the ceil(X/E)-th); and
since the distance between samples is exponential (a Poisson process over the bytes
allocated), keeping one countdown per class samples each allocation with the same
probability, 1 - exp(-E/rate), as Go's one countdown does, which is what the profile's
unsampling assumes. Large objects keep a byte countdown of their own (``large_left``), checked
per large allocation. The recorded size is the slot size (the span's elemsize), as Go's.
Random draws come from a generator seeded from GOMEM_SEED (reproducible runs).

**Buckets and cycles.** A sampled allocation's bucket is keyed by its Go call stack (the
program's frames, leaf first, down to runtime.main: never gomem's Python internals; see
callers.py) and its size. Each bucket has the published record ``active`` and three future
cycles: mallocs go to cycle C+2, frees (when the sweeper frees a sampled object: a profile
*special* on its slot, ``specials``) to C+1; mark termination advances C and publishes cycle
C (``next_cycle``), and runtime.GC, once its sweep is done, publishes C+1 too
(``post_sweep``). Until a first cycle has published anything, the profile shows every
recorded event (``records``), so GC-less programs have a profile.
"""

from __future__ import annotations

import math
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from gomem.runtime.mspan import NUM_SPAN_CLASSES, MSpan

DEFAULT_RATE = 512 * 1024
MAX_STACK_DEPTH = 128  # Go 1.23's debug.profstackdepth default
NEVER = 1 << 62  # a countdown that never runs out (profiling off)

rate = 0
left: list[int] = [NEVER] * NUM_SPAN_CLASSES  # per span class: allocations before the sampled one
large_left = NEVER  # bytes of large objects before the sampled one
_rng = random.Random(0)


class Bucket:
    """The records of one (stack, size): ``active`` published, ``future`` three cycles;
    each [allocs, frees, alloc_bytes, free_bytes]."""

    __slots__ = ("stack", "size", "active", "future")

    def __init__(self, stack: tuple, size: int):
        self.stack = stack
        self.size = size
        self.active = [0, 0, 0, 0]
        self.future = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]


@dataclass
class MemProfileRecord:
    """One bucket as the profile shows it (runtime.MemProfileRecord, with Go frames)."""

    alloc_bytes: int
    free_bytes: int
    alloc_objects: int
    free_objects: int
    stack: tuple  # GoFrames, leaf first, down to runtime.main / the goroutine's function
    size: int

    @property
    def inuse_bytes(self) -> int:
        return self.alloc_bytes - self.free_bytes

    @property
    def inuse_objects(self) -> int:
        return self.alloc_objects - self.free_objects


buckets: dict[tuple, Bucket] = {}
cycle = 0
# span -> slot index -> bucket of the sampled object in that slot (Go's profile specials)
specials: dict[MSpan, dict[int, Bucket]] = {}


def _draw_bytes() -> float:
    """Bytes until the next sample: exponential with mean rate (Go caps the mean at 0x7000000)."""
    if rate == 1:
        return 0.0
    return _rng.expovariate(1.0 / min(rate, 0x7000000))


def countdown(elemsize: int) -> int:
    """Allocations of elemsize bytes that pass before the sampled one (profiling on)."""
    if rate <= 0:
        return NEVER
    x = _draw_bytes()
    return max(0, math.ceil(x / elemsize) - 1)


def set_rate(r: int) -> None:
    """runtime.MemProfileRate = r: new countdowns for every class, applied to the cached
    spans' cursors at once (as Go's next allocation sees the new rate)."""
    global rate, large_left
    from gomem.runtime import malloc
    mc = malloc.mcache
    for spc in range(NUM_SPAN_CLASSES):  # what was allocated so far counts against the old countdowns
        mc._sync(spc)
    rate = r
    sizes = [c.elemsize or 1 for c in malloc.central]
    left[:] = [countdown(sizes[spc]) for spc in range(NUM_SPAN_CLASSES)]
    large_left = NEVER if r <= 0 else int(_draw_bytes())
    mc.reload_cursors()


def program_starts(ns: dict[str, Any]) -> None:
    """A program starts: no buckets, Go's start-up rate (module docstring), a generator seeded
    from GOMEM_SEED."""
    global cycle
    from gomem.runtime import blockprof, cpuprof, sched
    blockprof.program_starts()  # (profiles a program of the same process left: none)
    cpuprof.stop()
    pprof = sys.modules.get("gomem.stdlib.runtime_pprof")
    if pprof is not None:
        pprof.program_starts()
    buckets.clear()
    specials.clear()
    _stack_cache.clear()
    cycle = 0
    _rng.seed(sched._seed_from_env())
    if memory_profile_reachable(ns):  # (GODEBUG=memprofilerate=N sets it, as in Go)
        from gomem.runtime import godebug
        set_rate(godebug.runtime_setting("memprofilerate", DEFAULT_RATE))
    else:
        set_rate(0)


def memory_profile_reachable(ns: dict[str, Any]) -> bool:
    """Whether the program can read a memory profile (Go's linker: runtime.MemProfile is
    reachable): its code uses runtime/pprof (any of its functions reaches the heap profile's
    writer; a blank import alone does not) or calls runtime.MemProfile."""
    refs = [f"{key}." for key, v in ns.items()
            if key.startswith("P_") and getattr(v, "__name__", None) == "gomem.stdlib.runtime_pprof"]
    if "P_runtime" in ns:
        refs.append("P_runtime.MemProfile(")
    return bool(refs) and any(r in line for line in ns.get("__source_lines__", ()) for r in refs)


# --------------------------------------------------------------------------- recording


# Go frames of runtime code written in Python that allocates on the program's behalf (the
# profile writer's records), put on top of the stack while it allocates (pseudo_frames)
_pseudo: list = []


@contextmanager
def pseudo_frames(frames: list) -> Iterator[None]:
    """Allocations made inside are recorded with frames (leaf first) on top of the caller's."""
    _pseudo[:0] = frames
    try:
        yield
    finally:
        del _pseudo[:len(frames)]


# the Go stack of a Python call stack, by its (code, line) pairs: a program samples few
# distinct stacks many times (at MemProfileRate = 1, every allocation)
_stack_cache: dict[tuple, tuple] = {}
_KEY_MAX_FRAMES = 4 * MAX_STACK_DEPTH  # deeper Python stacks are not cached


def _stack() -> tuple:
    from gomem.runtime import sched
    try:
        is_main = sched.goid() == 1
    except Exception:  # noqa: BLE001 - no scheduler (the allocator's own tests)
        is_main = False
    top = sys._getframe(2)
    key: list = [is_main, *_pseudo]
    f = top
    while f is not None and len(key) < 2 * _KEY_MAX_FRAMES:
        key.append(f.f_code)
        key.append(f.f_lineno)
        f = f.f_back
    if f is not None:
        return _go_stack(top, is_main)
    k = tuple(key)
    stack = _stack_cache.get(k)
    if stack is None:
        stack = _stack_cache[k] = _go_stack(top, is_main)
    return stack


def _go_stack(top: Any, is_main: bool) -> tuple:
    from gomem.runtime import callers
    frames = callers.join_frames(_pseudo, callers.stack_frames(top, MAX_STACK_DEPTH), callers.sites_of(top))
    in_init = bool(frames) and frames[-1].function == "runtime.main"
    roots = [] if in_init else callers.goroutine_root_frames(is_main)
    return tuple(frames[:MAX_STACK_DEPTH]) + tuple(roots)


def _record(s: MSpan, index: int, size: int) -> None:
    """Record a sampled allocation of size bytes in slot index of s (Go's mProf_Malloc)."""
    stack = _stack()
    key = (stack, size)
    b = buckets.get(key)
    if b is None:
        b = buckets[key] = Bucket(stack, size)
    f = b.future[(cycle + 2) % 3]
    f[0] += 1
    f[2] += size
    table = specials.get(s)
    if table is None:
        table = specials[s] = {}
    table[index] = b


def sample_small(s: MSpan, index: int, spc: int) -> int:
    """The allocation of slot index of s (span class spc) is the sampled one: record it;
    returns the class's next countdown."""
    _record(s, index, s.elemsize)
    return countdown(s.elemsize)


def sample_large(s: MSpan) -> None:
    """A large object was allocated in s: sample it when the byte countdown runs out."""
    global large_left
    size = s.npages * 8192
    if rate != 1 and size < large_left:
        large_left -= size
        return
    _record(s, 0, size)
    large_left = int(_draw_bytes())


def sweep_specials(s: MSpan, table: dict[int, Bucket]) -> None:
    """Before s is swept: the sampled objects left unmarked are freed (Go's mProf_Free, from
    freeSpecial): counted in cycle C+1 of their bucket."""
    marks = s.gcmark_bits
    size = s.elemsize if s.spanclass >= 2 else s.npages * 8192
    k = (cycle + 1) % 3
    for i in list(table):
        if marks is None or not marks[i >> 3] >> (i & 7) & 1:
            f = table.pop(i).future[k]
            f[1] += 1
            f[3] += size
    if not table:
        specials.pop(s, None)


# --------------------------------------------------------------------------- cycles


def _flush(index: int) -> None:
    for b in buckets.values():
        f = b.future[index]
        if f[0] or f[1]:
            a = b.active
            a[0] += f[0]
            a[1] += f[1]
            a[2] += f[2]
            a[3] += f[3]
            f[:] = [0, 0, 0, 0]


def next_cycle() -> None:
    """Mark termination: a new profile cycle, the one before it published (Go's
    mProf_NextCycle then mProf_Flush)."""
    global cycle
    if buckets:
        cycle += 1
        _flush(cycle % 3)


def post_sweep() -> None:
    """runtime.GC swept everything: publish the cycle that ended (Go's mProf_PostSweep)."""
    if buckets:
        _flush((cycle + 1) % 3)


def records(inuse_zero: bool = True) -> list[MemProfileRecord]:
    """The heap profile (Go's MemProfile(p, inuseZero)), newest bucket first as Go lists them."""
    _flush(cycle % 3)
    bs = list(buckets.values())
    bs.reverse()
    if all(not b.active[0] and not b.active[1] for b in bs):
        # nothing published yet (no GC so far): every recorded event
        for k in range(3):
            _flush(k)
    out = []
    for b in bs:
        a = b.active
        if inuse_zero or a[2] != a[3]:
            out.append(MemProfileRecord(a[2], a[3], a[0], a[1], b.stack, b.size))
    return out
