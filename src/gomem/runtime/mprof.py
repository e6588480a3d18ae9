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

**Beyond Go (GOMEM_MEMPROF, ``settings``).** Exact mode records at rate 1 while
runtime.MemProfileRate reads ``program_rate`` (what Go would give the program, or what it
set); ``records(now=True)`` is the heap now (every cycle's counts, published or not), which
the profiles show with the ``now`` setting or inside ``viewing_now``; ``Events`` counts
allocations and frees per bucket, millisecond and GC cycle. The files are written by
mprofout when the program ends.
"""

from __future__ import annotations

import math
import os
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from gomem.runtime.callers import GOMEM_CODE
from gomem.runtime.mspan import NUM_SPAN_CLASSES, MSpan

DEFAULT_RATE = 512 * 1024
MAX_STACK_DEPTH = 128  # Go 1.23's debug.profstackdepth default
NEVER = 1 << 62  # a countdown that never runs out (profiling off)

rate = 0  # the rate allocations are recorded at (1 in exact mode)
program_rate = 0  # runtime.MemProfileRate as the program sees it (= rate unless exact mode)
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


@dataclass
class Settings:
    """GOMEM_MEMPROF's settings, comma-separated (docs/profiling.md, "Exact heap profiles,
    "now", and allocation events")."""

    exact: bool = False  # record every allocation; the program still reads its own MemProfileRate
    now: bool = False  # heap and allocs profiles show the heap now, not as of the last GC
    heap: str = ""  # written when the program ends: the heap profile as of the last GC
    heapnow: str = ""  # written when the program ends: the heap profile now
    events: str = ""  # written when the program ends: timestamped allocations and frees


SETTINGS_HELP = "exact, now, heap=FILE, heapnow=FILE, events=FILE"
settings = Settings()


def settings_from_env() -> Settings:
    """GOMEM_MEMPROF's settings; an unknown one is a fatal error. The files are resolved
    against the directory the program starts in, and any of them turns exact on."""
    from gomem.runtime.panic import FatalError
    raw = os.environ.get("GOMEM_MEMPROF", "")
    out = Settings()
    for item in filter(None, (part.strip() for part in raw.split(","))):
        name, eq, value = item.partition("=")
        if not eq and name in ("exact", "now"):
            setattr(out, name, True)
        elif eq and value and name in ("heap", "heapnow", "events"):
            setattr(out, name, os.path.abspath(value))
            out.exact = True
        else:
            raise FatalError(f"gomem: GOMEM_MEMPROF={raw}: unknown setting {item!r} (want {SETTINGS_HELP})")
    return out


class Events:
    """Timestamped allocations and frees (GOMEM_MEMPROF=events=FILE): the events of each
    bucket counted per RESOLUTION nanoseconds of the program's run (its wall clock from
    program start) and per GC cycle (a slice ends at each mark termination too). Rows are
    (slice start, completed GC cycles, bucket, allocations, frees)."""

    RESOLUTION = 1_000_000

    def __init__(self) -> None:
        from gomem.runtime import gctrace
        self.start = time.monotonic_ns()
        self.start_wall = time.time_ns()
        self.gc = gctrace.stats.num_gc
        self.slice = 0
        self.slice_end = self.RESOLUTION
        self.allocs: dict[Bucket, int] = {}
        self.frees: dict[Bucket, int] = {}
        self.rows: list[tuple[int, int, Bucket, int, int]] = []

    def alloc(self, b: Bucket) -> None:
        if time.monotonic_ns() - self.start >= self.slice_end:
            self._close_slice()
        d = self.allocs
        d[b] = d.get(b, 0) + 1

    def free(self, b: Bucket) -> None:
        if time.monotonic_ns() - self.start >= self.slice_end:
            self._close_slice()
        d = self.frees
        d[b] = d.get(b, 0) + 1

    def cycle_ends(self) -> None:
        """A GC cycle's mark terminates: events after it count in the next cycle."""
        self.flush()
        self.gc += 1

    def flush(self) -> None:
        """Move the current slice's counts to rows."""
        frees = self.frees
        for b, n in self.allocs.items():
            self.rows.append((self.slice, self.gc, b, n, frees.pop(b, 0)))
        for b, n in frees.items():
            self.rows.append((self.slice, self.gc, b, 0, n))
        self.allocs.clear()
        self.frees.clear()

    def _close_slice(self) -> None:
        self.flush()
        t = time.monotonic_ns() - self.start
        self.slice = t - t % self.RESOLUTION
        self.slice_end = self.slice + self.RESOLUTION

    def duration(self) -> int:
        return time.monotonic_ns() - self.start


events: Events | None = None


def set_rate(r: int) -> None:
    """runtime.MemProfileRate = r (the program, or Go's start-up rule): what the program reads
    back; allocations are recorded at r, or at 1 in exact mode (GOMEM_MEMPROF=exact)."""
    global program_rate
    program_rate = r
    _record_at(1 if settings.exact else r)


def _record_at(r: int) -> None:
    """Record allocations at rate r from now on: new countdowns for every class, applied to the
    cached spans' cursors at once (as Go's next allocation sees the new rate)."""
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
    from GOMEM_SEED, GOMEM_MEMPROF's settings."""
    global cycle, settings, events, _sched
    from gomem.runtime import blockprof, cpuprof, sched
    _sched = sched
    settings = settings_from_env()
    events = Events() if settings.events else None
    blockprof.program_starts()  # (profiles a program of the same process left: none)
    cpuprof.stop()
    pprof = sys.modules.get("gomem.stdlib.runtime_pprof")
    if pprof is not None:
        pprof.program_starts()
    buckets.clear()
    specials.clear()
    _site_buckets.clear()
    _site_codes.clear()
    _line_at.clear()
    _now_goroutines.clear()
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


# A sampled allocation's bucket by its call site: the allocation's size, whether the main
# goroutine allocates, the pseudo frames, and the code (by id: hashing a code object hashes its
# constants, every time) and line of each Python frame of compiled Go code — the only frames
# that become Go frames (callers.stack_frames): the runtime's and the standard library's
# Python frames in between are walked over, not keyed. A program allocates at few distinct
# sites many times (at rate 1, every allocation), so the Go stack of a site is computed once
# (``_site_bucket``); ``_site_codes`` keeps the keys' code objects alive. (Lines, not
# instruction offsets: the two calls of `&Node{f(d-1), f(d-1)}` in a recursion are one Go
# stack per depth, not 2**depth keys.)
_site_buckets: dict[tuple, Bucket] = {}
# a frame's line by its code's id and instruction offset (id + offset << 64): reading
# f_lineno decodes the code's line table each time, a dict lookup is cheaper
_line_at: dict[int, int] = {}
_site_codes: list = []
_KEY_MAX_FRAMES = 4 * MAX_STACK_DEPTH  # deeper Python stacks are not cached
_WALK = range(_KEY_MAX_FRAMES)
_sched: Any = None  # gomem.runtime.sched, once a program starts (no import per allocation)


def _bucket(size: int) -> Bucket:
    """The bucket of an allocation of size bytes, _record's caller's caller's caller the
    Python frame its key starts at (mcache.next_slot's or alloc_large's caller)."""
    try:
        is_main = _sched.current.cur.goid == 1
    except AttributeError:  # no scheduler (the allocator's own tests), or outside any goroutine
        is_main = False
    top = f = sys._getframe(4)
    key: list = [size, is_main]
    if _pseudo:
        key += _pseudo
    append = key.append
    for _ in _WALK:
        if f is None:
            break
        code = f.f_code
        if code.co_filename == GOMEM_CODE:
            cid = id(code)
            append(cid)
            pos = cid + (f.f_lasti << 64)
            line = _line_at.get(pos)
            if line is None:
                line = _line_at[pos] = f.f_lineno
            append(line)
        f = f.f_back
    else:  # too deep to cache
        return _site_bucket(_go_stack(top, is_main), size)
    k = tuple(key)
    b = _site_buckets.get(k)
    if b is None:
        b = _site_buckets[k] = _site_bucket(_go_stack(top, is_main), size)
        f = top
        while f is not None:
            if f.f_code.co_filename == GOMEM_CODE:
                _site_codes.append(f.f_code)
            f = f.f_back
    return b


def _site_bucket(stack: tuple, size: int) -> Bucket:
    key = (stack, size)
    b = buckets.get(key)
    if b is None:
        b = buckets[key] = Bucket(stack, size)
    return b


def _go_stack(top: Any, is_main: bool) -> tuple:
    from gomem.runtime import callers
    frames = callers.join_frames(_pseudo, callers.stack_frames(top, MAX_STACK_DEPTH), callers.sites_of(top))
    in_init = bool(frames) and frames[-1].function == "runtime.main"
    roots = [] if in_init else callers.goroutine_root_frames(is_main)
    return tuple(frames[:MAX_STACK_DEPTH]) + tuple(roots)


def _record(s: MSpan, index: int, size: int) -> None:
    """Record a sampled allocation of size bytes in slot index of s (Go's mProf_Malloc)."""
    b = _bucket(size)
    f = b.future[(cycle + 2) % 3]
    f[0] += 1
    f[2] += size
    table = specials.get(s)
    if table is None:
        table = specials[s] = {}
    table[index] = b
    if events is not None:
        events.alloc(b)


def sample_small(s: MSpan, index: int, spc: int) -> int:
    """The allocation of slot index of s (span class spc) is the sampled one: record it;
    returns the class's next countdown."""
    _record(s, index, s.elemsize)
    return 0 if rate == 1 else countdown(s.elemsize)


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
            b = table.pop(i)
            f = b.future[k]
            f[1] += 1
            f[3] += size
            if events is not None:
                events.free(b)
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
    if events is not None:
        events.cycle_ends()
    if buckets:
        cycle += 1
        _flush(cycle % 3)


def post_sweep() -> None:
    """runtime.GC swept everything: publish the cycle that ended (Go's mProf_PostSweep)."""
    if buckets:
        _flush((cycle + 1) % 3)


_now_goroutines: dict[int, int] = {}  # goroutine id -> its open viewing_now() blocks


def _goid() -> int:
    try:
        return _sched.current.cur.goid
    except AttributeError:  # no scheduler, or outside any goroutine
        return 0


def profiles_show_now() -> bool:
    """Whether the heap and allocs profiles runtime/pprof writes now show the heap now rather
    than as of the last completed GC (Go's): GOMEM_MEMPROF=now, or the writing goroutine is
    inside viewing_now()."""
    return settings.now or (bool(_now_goroutines) and _goid() in _now_goroutines)


@contextmanager
def viewing_now() -> Iterator[None]:
    """The heap and allocs profiles the calling goroutine writes inside show the heap now
    (net/http/pprof's ``now=1`` query; the handler may sleep in between: other goroutines'
    profiles stay Go's)."""
    g = _goid()
    _now_goroutines[g] = _now_goroutines.get(g, 0) + 1
    try:
        yield
    finally:
        if _now_goroutines[g] == 1:
            del _now_goroutines[g]
        else:
            _now_goroutines[g] -= 1


def records(inuse_zero: bool = True, now: bool = False) -> list[MemProfileRecord]:
    """The heap profile (Go's MemProfile(p, inuseZero)), newest bucket first as Go lists them:
    as of the last completed GC, or with now, as of now (every allocation recorded so far,
    every free the sweeper made so far; Go's own state is left as it is)."""
    bs = list(buckets.values())
    bs.reverse()
    out = []
    if now:
        for b in bs:
            a, f0, f1, f2 = b.active, *b.future
            alloc_bytes, free_bytes = a[2] + f0[2] + f1[2] + f2[2], a[3] + f0[3] + f1[3] + f2[3]
            if inuse_zero or alloc_bytes != free_bytes:
                out.append(MemProfileRecord(alloc_bytes, free_bytes, a[0] + f0[0] + f1[0] + f2[0],
                                            a[1] + f0[1] + f1[1] + f2[1], b.stack, b.size))
        return out
    _flush(cycle % 3)
    if all(not b.active[0] and not b.active[1] for b in bs):
        # nothing published yet (no GC so far): every recorded event
        for k in range(3):
            _flush(k)
    for b in bs:
        a = b.active
        if inuse_zero or a[2] != a[3]:
            out.append(MemProfileRecord(a[2], a[3], a[0], a[1], b.stack, b.size))
    return out
