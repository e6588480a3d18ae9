"""Package runtime/pprof: the heap and allocs profiles (docs/profiling.md).

The records come from the allocator's heap profiling (``gomem.runtime.mprof``: sampling at
runtime.MemProfileRate, buckets by Go stack and size, "as of the last completed GC"). They are
written as Go 1.23's runtime/pprof writes them (../shared/reference/pprof.md §2):

- debug = 0: gzipped profile.proto (``gomem.pprof.ProfileBuilder``) with the sample types
  alloc_objects/count, alloc_space/bytes, inuse_objects/count, inuse_space/bytes, period type
  space/bytes, period MemProfileRate, the counts unsampled with Go's formula (``scale``), a
  numeric label ``bytes`` with the object size; ``allocs`` adds default_sample_type
  alloc_space. Frames are the program's Go frames, leaf first (runtime.goexit left out).
- debug != 0: the legacy text, laid out by a text/tabwriter equivalent (``tabwrite``), then
  the ``# runtime.MemStats`` trailer.

The goroutine profile (debug 0, 1 and 2) shows the program's goroutines with the frames Go
has inside a parked goroutine for its wait reason (``WAIT_FRAMES``); threadcreate is Go's
minimal program's figure. The CPU profile comes from ``gomem.runtime.cpuprof``, the block
and mutex profiles' records from ``gomem.runtime.blockprof``. Profiler labels (Go code in
api.go, and Do here) are on CPU samples and in the goroutine profile, as in Go 1.23.
"""

from __future__ import annotations

import math
import os as _os
import resource as _resource
import sys
from typing import Any

from gomem.pprof import ProfileBuilder
from gomem.runtime import blockprof as _blockprof
from gomem.runtime import callers as _callers
from gomem.runtime import cpuprof as _cpuprof
from gomem.runtime import malloc as _malloc
from gomem.runtime import mprof as _mprof
from gomem.runtime import mstats as _mstats
from gomem.runtime.panic import FatalError
from gomem.runtime.values import Slice, struct_class
from gomem.stdlib.fmt import write_to
from gomem.stdlib.gostrconv import quote
from gomem.types.types import UINT8, new_array, new_pointer

PROFILE = None  # the api.go type Profile, found by gomem_bind
_profiles: dict[str, Any] = {}

BUILTIN = ("allocs", "block", "goroutine", "heap", "mutex", "threadcreate")
HEAP_SAMPLE_TYPES = (("alloc_objects", "count"), ("alloc_space", "bytes"),
                     ("inuse_objects", "count"), ("inuse_space", "bytes"))


def gomem_bind(pkg: Any) -> None:
    global PROFILE
    PROFILE = pkg.scope.names["Profile"].type
    from gomem.stdlib.bytes import install_methods
    install_methods(pkg, globals())


def _profile(name: str) -> Any:
    p = _profiles.get(name)
    if p is None:
        p = _profiles[name] = struct_class(PROFILE)(name.encode())
    return p


def Lookup(name: bytes) -> Any:
    n = name.decode("utf-8", "replace")
    return _profile(n) if n in BUILTIN or n in _custom else None


def Profiles() -> Slice:
    items = [_profile(n) for n in sorted((*BUILTIN, *_custom), key=str.encode)]
    return Slice(items, 0, len(items), len(items))


# --------------------------------------------------------------------------- custom profiles

# the custom profiles (NewProfile) by name: each value added -> its stack (Go frames, leaf
# first); values are keys as in Go's map[any][]uintptr (Iface: Go's == and hash)
_custom: dict[str, dict[Any, tuple]] = {}
_ADD_FRAME_LINE = (331, 322)  # runtime/pprof.(*Profile).Add's runtime.Callers line, its func line


def program_starts() -> None:
    """A new program in this process: no custom profiles, no CPU profile's writer."""
    global _cpu_writer
    for name in _custom:
        _profiles.pop(name, None)
    _custom.clear()
    _cpu_writer = None


def _panic(msg: str) -> None:
    from gomem.runtime.panic import go_panic
    from gomem.runtime.values import Iface
    from gomem.types.types import STRING
    go_panic(Iface(STRING, msg.encode()))


def NewProfile(name: bytes) -> Any:
    n = name.decode("utf-8", "replace")
    if not n:
        _panic("pprof: NewProfile with empty name")
    if n in BUILTIN or n in _custom:
        _panic("pprof: NewProfile name already in use: " + n)
    _custom[n] = {}
    _profiles.pop(n, None)
    return _profile(n)


def Profile_Add(p: Any, value: Any, skip: int) -> None:
    """The stack from Add's own frame (skip 0, as Go's runtime.Callers(skip+1) gives it)."""
    n = p.name.decode("utf-8", "replace")
    if not n:
        _panic("pprof: use of uninitialized Profile")
    m = _custom.get(n)
    if m is None:
        _panic("pprof: Add called on built-in Profile " + n)
    add = _rt("runtime/pprof.(*Profile).Add", _PPROF_GO, *_ADD_FRAME_LINE)
    stack = (add, *_callers.goroutine_frames())[max(skip, 0):]
    if value in m:
        _panic("pprof: Profile.Add of duplicate value")
    m[value] = stack


def Profile_Remove(p: Any, value: Any) -> None:
    m = _custom.get(p.name.decode("utf-8", "replace"))
    if m is not None:
        m.pop(value, None)


def Profile_Name(p: Any) -> bytes:
    return p.name


def Profile_Count(p: Any) -> int:
    name = p.name.decode()
    if name in ("heap", "allocs"):
        return len(_mprof.records(True))
    if name == "goroutine":
        from gomem.runtime import sched
        return sched.num_goroutine()
    if name == "threadcreate":
        return _THREADS
    if name == "block":
        return len(_blockprof.block_records)
    if name == "mutex":
        return len(_blockprof.mutex_records)
    return len(_custom.get(name, ()))


def Profile_WriteTo(p: Any, w: Any, debug: int) -> Any:
    name = p.name.decode()
    if name == "heap":
        return _write_heap(w, debug, "")
    if name == "allocs":
        return _write_heap(w, debug, "alloc_space")
    if name == "goroutine":
        return _write_goroutine(w, debug)
    if name == "threadcreate":
        return _write_count_profile(w, debug, "threadcreate", [((), _THREADS, None)])
    if name == "block":
        return _write_contention(w, debug, "contention", _blockprof.block_records)
    if name == "mutex":
        return _write_contention(w, debug, "mutex", _blockprof.mutex_records)
    if name in _custom:
        counts: dict[tuple, int] = {}
        for stack in _custom[name].values():
            counts[stack] = counts.get(stack, 0) + 1
        return _write_count_profile(w, debug, name, [(stack, n, None) for stack, n in counts.items()])
    if not name:
        _panic("pprof: use of zero Profile")
    raise FatalError(f"gomem does not support the {name} profile yet")


def WriteHeapProfile(w: Any) -> Any:
    return _write_heap(w, 0, "")


# --------------------------------------------------------------------------- goroutine profile

def _rt(function: str, path: str, line: int, start: int, inlined: bool = False) -> _callers.GoFrame:
    """A frame of Go's own runtime or std code, at GOROOT/src/path; inlined: Go inlines it
    into the frame after it (see callers.join_frames)."""
    return _callers.GoFrame(function, f"{_callers.goroot()}/src/{path}", line, start, True,
                            _callers.INLINED_INTO_NEXT if inlined else None)


# The frames Go has inside a goroutine parked for each wait reason, leaf first, above the
# program's frames (gomem's channel and sync operations are Python code: their frames are not
# Go frames). From Go 1.23's profiles; a receive is shown as chanrecv1 (`<-c`) whatever its form.
_PARK = [_rt("runtime.gopark", "runtime/proc.go", 424, 407)]
_SEMA = [_rt("runtime.gopark", "runtime/proc.go", 424, 407),
         _rt("runtime.goparkunlock", "runtime/proc.go", 430, 429, inlined=True),
         _rt("runtime.semacquire1", "runtime/sema.go", 178, 132)]
WAIT_FRAMES: dict[str, list[_callers.GoFrame]] = {
    "chan receive": _PARK + [_rt("runtime.chanrecv", "runtime/chan.go", 639, 504),
                             _rt("runtime.chanrecv1", "runtime/chan.go", 489, 488)],
    "chan receive (nil chan)": _PARK + [_rt("runtime.chanrecv", "runtime/chan.go", 516, 504),
                                        _rt("runtime.chanrecv1", "runtime/chan.go", 489, 488)],
    "chan send": _PARK + [_rt("runtime.chansend", "runtime/chan.go", 270, 171),
                          _rt("runtime.chansend1", "runtime/chan.go", 156, 155)],
    "chan send (nil chan)": _PARK + [_rt("runtime.chansend", "runtime/chan.go", 176, 171),
                                     _rt("runtime.chansend1", "runtime/chan.go", 156, 155)],
    "select": _PARK + [_rt("runtime.selectgo", "runtime/select.go", 335, 121)],
    "select (no cases)": _PARK + [_rt("runtime.block", "runtime/select.go", 103, 102)],
    "sleep": _PARK + [_rt("time.Sleep", "runtime/time.go", 300, 283)],
    "semacquire": _SEMA + [_rt("sync.runtime_Semacquire", "runtime/sema.go", 71, 70),
                           _rt("sync.(*WaitGroup).Wait", "sync/waitgroup.go", 118, 93)],
    "sync.Mutex.Lock": _SEMA + [_rt("sync.runtime_SemacquireMutex", "runtime/sema.go", 95, 94),
                                _rt("sync.(*Mutex).lockSlow", "sync/mutex.go", 173, 119),
                                _rt("sync.(*Mutex).Lock", "sync/mutex.go", 92, 83)],
    "sync.RWMutex.RLock": _SEMA + [_rt("sync.runtime_SemacquireRWMutexR", "runtime/sema.go", 100, 99),
                                   _rt("sync.(*RWMutex).RLock", "sync/rwmutex.go", 72, 65)],
    "sync.RWMutex.Lock": _SEMA + [_rt("sync.runtime_SemacquireRWMutex", "runtime/sema.go", 105, 104),
                                  _rt("sync.(*RWMutex).Lock", "sync/rwmutex.go", 153, 142)],
    "sync.Cond.Wait": [_rt("runtime.gopark", "runtime/proc.go", 424, 407),
                       _rt("runtime.goparkunlock", "runtime/proc.go", 430, 429, inlined=True),
                       _rt("sync.runtime_notifyListWait", "runtime/sema.go", 587, 562),
                       _rt("sync.(*Cond).Wait", "sync/cond.go", 71, 67)],
}


def _writer_frames(debug: int) -> list[_callers.GoFrame]:
    """The frames of runtime/pprof (and the runtime) Go shows above Profile.WriteTo in the
    stack of the goroutine writing the goroutine profile."""
    if debug >= 2:
        return [_rt("runtime/pprof.writeGoroutineStacks", _PPROF_GO, 761, 756),
                _rt("runtime/pprof.writeGoroutine", _PPROF_GO, 750, 748),
                _rt("runtime/pprof.(*Profile).WriteTo", _PPROF_GO, 374, 369)]
    return [_rt("runtime.goroutineProfileWithLabels", "runtime/mprof.go", 1317, 1312),
            _rt("runtime.pprof_goroutineProfileWithLabels", "runtime/mprof.go", 1308, 1307),
            _rt("runtime/pprof.writeRuntimeProfile", _PPROF_GO, 793, 776),
            _rt("runtime/pprof.writeGoroutine", _PPROF_GO, 752, 748),
            _rt("runtime/pprof.(*Profile).WriteTo", _PPROF_GO, 374, 369)]


def _goroutine_stacks(debug: int, caller: Any) -> list[tuple[int, str, list[_callers.GoFrame], Any]]:
    """(goid, status, frames leaf first down to runtime.main / runtime.goexit, labels) of each
    of the program's goroutines (the runtime's own are left out, as Go's profile leaves out
    system goroutines), the calling goroutine first."""
    from gomem.runtime import sched
    s = sched.current
    cur = s.cur
    out = []
    for goid, g in sorted(s.allgs.items(), key=lambda item: (item[1] is not cur, item[0])):
        if g is cur:
            frames = _writer_frames(debug) + _callers.stack_frames(caller)
            status = "running"
        elif g.gr_frame is not None:
            frames = _callers.join_frames(WAIT_FRAMES.get(g.reason, []), _callers.stack_frames(g.gr_frame),
                                          _callers.sites_of(g.gr_frame))
            status = g.reason or "waiting"
        else:  # not started yet: Go shows the function it will run
            code = getattr(g.fn, "__code__", None)
            f = _callers.go_frame(code, code.co_firstlineno, g.fn.__globals__) if code is not None else None
            frames = [f] if f is not None else []
            status = "runnable"
        if not frames or frames[-1].function != "runtime.main":
            frames += _callers.goroutine_root_frames(goid == 1)
        out.append((goid, status, frames, g.labels))
    return out


def _write_goroutine(w: Any, debug: int) -> Any:
    stacks = _goroutine_stacks(debug, sys._getframe(2))
    if debug >= 2:
        text = "\n".join(f"goroutine {goid} [{status}]:\n" + _callers.format_frames(_traceback_frames(frames))
                         for goid, status, frames, _labels in stacks)
        _n, err = write_to(w, text.encode())
        return err
    # grouped by stack and labels (equal labels in different maps are one group, as Go's key
    # is their text), each group with the labels of its first goroutine
    groups: dict[tuple, list] = {}
    for _goid, _status, frames, labels in stacks:
        key = (tuple(frames), None if labels is None else labelMap_String(labels))
        if key in groups:
            groups[key][1] += 1
        else:
            groups[key] = [key[0], 1, labels]
    return _write_count_profile(w, debug, "goroutine", [tuple(g) for g in groups.values()])


def _traceback_frames(frames: list[_callers.GoFrame]) -> list[_callers.GoFrame]:
    """The frames a traceback prints: the runtime's own hidden, as in a panic's."""
    return [f for f in frames if not f.function.startswith("runtime.")]


# Go's threadcreate profile of a program that starts no threads of its own: the Ms of a
# minimal program (4 in most runs of Go 1.23, sometimes 5), none with a usable stack (Go
# records them with 32 zero PCs). gomem runs goroutines on one thread: the figure is fixed.
_THREADS = 4


def _write_count_profile(w: Any, debug: int, name: str, samples: list[tuple[tuple, int, Any]]) -> Any:
    """A count profile (goroutine, threadcreate) as Go's printCountProfile writes it: debug=0
    a proto of name/count samples (with their profiler labels), else `NAME profile: total N`
    and a record per stack and labels (`# labels: {...}` under its count line), the biggest
    counts first. samples: (stack, count, *labelMap or None)."""
    if debug == 0:
        b = ProfileBuilder(((name, "count"),), (name, "count"), 1, "", _binary_path())
        for stack, n, labels in samples:
            b.add_sample((n,), [f for f in stack if f.function != "runtime.goexit"] if stack else [None] * 32,
                         str_labels=label_pairs(labels))
        _n, err = write_to(w, b.encode())
        return err
    keyed = []
    for stack, n, labels in samples:
        pcs = " ".join(f"{_callers.pc_of(f):#x}" for f in stack) if stack else " ".join(["0x0"] * 32)
        key = "@ " + pcs
        if labels is not None:  # (Go's key: the labels are part of it, so of the order too)
            key += "\n# labels: " + labelMap_String(labels).decode("utf-8", "replace")
        keyed.append((n, key, stack))
    keyed.sort(key=lambda k: (-k[0], k[1]))
    lines: list[list[str]] = [[f"{name} profile: total {sum(n for n, _k, _s in keyed)}"]]
    for n, key, stack in keyed:
        lines.extend([line] for line in f"{n} {key}".split("\n"))
        lines.extend(stack_record_lines(stack) if stack else [["#", "0x0"], [""]])
    _n, err = write_to(w, tabwrite(lines).encode())
    return err


# --------------------------------------------------------------------------- block, mutex

def _write_contention(w: Any, debug: int, name: str, records: dict[tuple, list[float]]) -> Any:
    """The block ("contention") or mutex profile as Go's writeProfileInternal writes it, the
    records by cycles, biggest first: debug=0 a proto of contentions/count and
    delay/nanoseconds, else the text (`--- NAME:`, cycles/second, for mutex the sampling
    period, then `CYCLES COUNT @ PCs` and every frame of the record)."""
    recs = sorted(((int(c), int(n), stack) for stack, (n, c) in records.items()), key=lambda r: -r[0])
    cps = _blockprof.CYCLES_PER_SECOND
    if debug == 0:
        b = ProfileBuilder((("contentions", "count"), ("delay", "nanoseconds")), ("contentions", "count"), 1,
                           "", _binary_path())
        for cycles, count, stack in recs:
            b.add_sample((count, int(cycles / (cps / 1e9))), [f for f in stack if f.function != "runtime.goexit"])
        _n, err = write_to(w, b.encode())
        return err
    lines: list[list[str]] = [[f"--- {name}:"], [f"cycles/second={cps}"]]
    if name == "mutex":
        lines.append([f"sampling period={_blockprof.mutex_fraction}"])
    for cycles, count, stack in recs:
        lines.append([f"{cycles} {count} @ " + " ".join(f"{_callers.pc_of(f):#x}" for f in stack)])
        lines.extend(stack_record_lines(stack, True))
    _n, err = write_to(w, tabwrite(lines).encode())
    return err


# --------------------------------------------------------------------------- labels

# Labels, WithLabels, Label, ForLabels and SetGoroutineLabels are Go code in api.go; a
# context's labels are a *labelMap (a Box holding a GoMap of bytes to bytes), and a goroutine's
# are the one SetGoroutineLabels or Do gave it (sched.G.labels), which the CPU and goroutine
# profiles read.

def labelMap_String(l: Any) -> bytes:
    """Go's (*labelMap).String: {"k":"v", ...}, the quoted pairs sorted; "" for nil."""
    if l is None:
        return b""
    pairs = sorted(quote(k) + b":" + quote(v) for k, v in l.v.items())
    return b"{" + b", ".join(pairs) + b"}"


def label_pairs(l: Any) -> list[tuple[str, str]]:
    """The labels of a *labelMap (None: none) as (key, value) strings, as a profile's
    sample carries them."""
    if l is None:
        return []
    return [(k.decode("utf-8", "replace"), v.decode("utf-8", "replace")) for k, v in l.v.items()]


def setGoroutineLabels(l: Any) -> None:
    from gomem.runtime import sched
    sched.current.cur.labels = l


def Do(ctx: Any, labels: Any, f: Any) -> None:
    """f(ctx with labels added) with the running goroutine's labels set to those, then the
    labels of ctx again, also when f panics or calls Goexit (Go's deferred call)."""
    mod = sys.modules[__name__]
    inner = mod.F_WithLabels(ctx, labels)
    mod.F_SetGoroutineLabels(inner)
    try:
        if f is None:
            from gomem.runtime.panic import panic_nil_deref
            panic_nil_deref()
        f(inner)
    finally:
        mod.F_SetGoroutineLabels(ctx)


# Do's own frame in the program's stacks, where Go has it (runtime/pprof/runtime.go: the call
# of f on line 51 of Do, which starts on line 47)
_callers.STD_FRAMES[Do.__code__] = _rt("runtime/pprof.Do", "runtime/pprof/runtime.go", 51, 47)


# --------------------------------------------------------------------------- CPU profile

_cpu_writer: Any = None


def StartCPUProfile(w: Any) -> Any:
    """Start the sampler (gomem.runtime.cpuprof); the profile is written to w at the stop."""
    global _cpu_writer
    if not _cpuprof.start():
        from gomem.stdlib.errors import New
        return New(b"cpu profiling already in use")
    _cpu_writer = w
    return None


def StopCPUProfile() -> None:
    """Stop the sampler and write the profile (nothing when none was started), as Go's."""
    global _cpu_writer
    prof = _cpuprof.stop()
    w, _cpu_writer = _cpu_writer, None
    if prof is not None:
        write_to(w, cpu_proto(prof, _binary_path()))


def cpu_proto(prof: _cpuprof.CPUProfiler, binary: str = "") -> bytes:
    """The CPU profile as Go writes it: samples/count and cpu/nanoseconds, period 10 ms of
    cpu/nanoseconds, time = start and duration, one sample per distinct stack (leaf first)
    and label map, with the labels."""
    b = ProfileBuilder((("samples", "count"), ("cpu", "nanoseconds")), ("cpu", "nanoseconds"),
                       _cpuprof.PERIOD_NS, "", binary, time_nanos=prof.start_ns)
    b.msg.duration_nanos = prof.duration_ns
    for (stack, labels), n in prof.counts.items():
        b.add_sample((n, n * _cpuprof.PERIOD_NS), stack, str_labels=label_pairs(labels))
    return b.encode()


# --------------------------------------------------------------------------- heap profile

# Go's writeHeapInternal allocates the records it reads (profilerecord.MemProfileRecord: four
# int64 and a []uintptr, 56 bytes each, 50 spare) before reading them: the allocation is in
# the profile (visible when no GC has run yet), as in Go, under these frames of its own
_RECORD_SIZE = 56
_PPROF_GO = "runtime/pprof/pprof.go"


def _pprof_frames(debug: int, entry: str) -> list[_callers.GoFrame]:
    frames = [_rt("runtime/pprof.writeHeapInternal", _PPROF_GO, 621, 599)]
    if entry == "WriteHeapProfile":
        # (Go inlines both: costs 63 and 68; WriteHeapProfile not in a function of over 5000
        # nodes, a case gomem does not model here)
        frames += [_rt("runtime/pprof.writeHeap", _PPROF_GO, 590, 589, inlined=True),
                   _rt("runtime/pprof.WriteHeapProfile", _PPROF_GO, 579, 578, inlined=True)]
    return frames


def _read_records(debug: int, default_sample_type: str) -> list[_mprof.MemProfileRecord]:
    now = _mprof.profiles_show_now()  # (gomem's GOMEM_MEMPROF=now; Go's: as of the last GC)
    n = len(_mprof.records(True, now))
    entry = "WriteHeapProfile" if not debug and not default_sample_type else "WriteTo"
    with _mprof.pseudo_frames(_pprof_frames(debug, entry)):
        _malloc.alloc(_RECORDS_TYPE, (n + 50) * _RECORD_SIZE, _SITE_RECORDS)
    return _mprof.records(True, now)


_SITE_RECORDS = ("runtime/pprof.writeHeapInternal", _PPROF_GO, 621)
# (a record holds a slice: pointerful, 7 words)
_RECORDS_TYPE = new_array(new_pointer(UINT8), _RECORD_SIZE // 8)


def _write_heap(w: Any, debug: int, default_sample_type: str) -> Any:
    stats = _mstats.read_mem_stats(_malloc.heap, _malloc.mcache) if debug else None
    recs = _read_records(debug, default_sample_type)
    rate = _mprof.rate
    if debug == 0:
        data = heap_proto(recs, rate, default_sample_type, _binary_path())
    else:
        data = heap_text(recs, rate, stats).encode()
    _n, err = write_to(w, data)
    return err


def _binary_path() -> str:
    from gomem.stdlib import os as gos
    args = gos.Args
    prog = args.a[args.off] if args.len else b""
    return _os.path.abspath(prog.decode("utf-8", "replace")) if prog else ""


def scale(count: int, size: int, rate: int) -> tuple[int, int]:
    """Go's scaleHeapSample: a sampled (count, bytes) divided by its probability of being
    sampled, 1 - exp(-avg/rate) (unchanged at rate 1 or below)."""
    if count == 0 or size == 0:
        return 0, 0
    if rate <= 1:
        return count, size
    avg = size / count
    s = 1 / (1 - math.exp(-avg / rate))
    return int(count * s), int(size * s)


def _proto_frames(stack: tuple) -> list[_callers.GoFrame]:
    """A record's frames as the proto shows them: without runtime.goexit, and without leading
    runtime frames unless the whole stack is runtime."""
    frames = [f for f in stack if f.function != "runtime.goexit"]
    for i, f in enumerate(frames):
        if not f.function.startswith("runtime."):
            return frames[i:]
    return frames


def heap_proto(recs: list[_mprof.MemProfileRecord], rate: int, default_sample_type: str = "",
               binary: str = "") -> bytes:
    """The heap (or allocs) profile as Go's writeHeapProto writes it, gzipped."""
    b = ProfileBuilder(HEAP_SAMPLE_TYPES, ("space", "bytes"), rate, default_sample_type, binary)
    for r in recs:
        values = scale(r.alloc_objects, r.alloc_bytes, rate) + scale(r.inuse_objects, r.inuse_bytes, rate)
        block = r.alloc_bytes // r.alloc_objects if r.alloc_objects > 0 else 0
        b.add_sample(values, _proto_frames(r.stack), [("bytes", block)] if block else [])
    return b.encode()


def heap_text(recs: list[_mprof.MemProfileRecord], rate: int, stats: dict) -> str:
    """The heap profile's legacy text (debug=1), laid out as Go's writeHeapInternal."""
    recs = sorted(recs, key=lambda r: r.inuse_bytes)
    in_objs = sum(r.inuse_objects for r in recs)
    in_bytes = sum(r.inuse_bytes for r in recs)
    al_objs = sum(r.alloc_objects for r in recs)
    al_bytes = sum(r.alloc_bytes for r in recs)
    if in_bytes == al_bytes:  # (Go's: pprof would read equal columns as a 2-column profile)
        al_bytes += 1
    lines: list[list[str]] = [[f"heap profile: {in_objs}: {in_bytes} [{al_objs}: {al_bytes}] @ heap/{2 * rate}"]]
    for r in recs:
        pcs = " ".join(f"{_callers.pc_of(f):#x}" for f in r.stack)
        lines.append([f"{r.inuse_objects}: {r.inuse_bytes} [{r.alloc_objects}: {r.alloc_bytes}] @ {pcs}"])
        lines.extend(stack_record_lines(r.stack))
    lines.append([""])
    lines.extend([line] for line in memstats_lines(stats))
    return tabwrite(lines)


def stack_record_lines(stack: tuple, all_frames: bool = False) -> list[list[str]]:
    """Go's printStackRecord: one `#\\tPC\\tfunc+off\\tfile:line` line per frame (leading
    runtime frames and runtime.goexit hidden, unless nothing else is left), then a blank
    line; as tabwriter cells."""
    out: list[list[str]] = []
    show = all_frames
    for f in stack:
        name = f.function
        if name != "runtime.goexit" and (show or not name.startswith("runtime.")):
            show = True
            pc = _callers.pc_of(f) - 1
            out.append(["#", f"{pc:#x}", f"{name}+{pc - _callers.entry_pc(f):#x}", f"{f.file}:{f.line}"])
    if not show:
        return stack_record_lines(stack, True)
    out.append([""])
    return out


def _go_float(x: float) -> str:
    return "0" if x == 0 else repr(x)


def memstats_lines(s: dict) -> list[str]:
    """The `# runtime.MemStats` trailer (Go's writeHeapInternal, then addMaxRSS)."""
    out = ["# runtime.MemStats"]
    for name in ("Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
                 "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects"):
        out.append(f"# {name} = {s[name]}")
    out.append(f"# Stack = {s['StackInuse']} / {s['StackSys']}")
    out.append(f"# MSpan = {s['MSpanInuse']} / {s['MSpanSys']}")
    out.append(f"# MCache = {s['MCacheInuse']} / {s['MCacheSys']}")
    for name in ("BuckHashSys", "GCSys", "OtherSys", "NextGC", "LastGC"):
        out.append(f"# {name} = {s[name]}")
    out.append(f"# PauseNs = [{' '.join(map(str, s['PauseNs']))}]")
    out.append(f"# PauseEnd = [{' '.join(map(str, s['PauseEnd']))}]")
    out.append(f"# NumGC = {s['NumGC']}")
    out.append(f"# NumForcedGC = {s['NumForcedGC']}")
    out.append(f"# GCCPUFraction = {_go_float(s['GCCPUFraction'])}")
    out.append(f"# DebugGC = {'true' if s['DebugGC'] else 'false'}")
    out.append(f"# MaxRSS = {_resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss * 1024}")
    return out


def tabwrite(lines: list[list[str]], tabwidth: int = 8, padding: int = 1, minwidth: int = 1) -> str:
    """Lines of cells laid out as Go's text/tabwriter with padchar '\\t' and no flags: a cell
    is followed by a tab except the last of its line; a column's width is that of its widest
    cell (+ padding) over each block of consecutive lines that have it, rounded up to a tab
    stop, and cells are padded to it with tabs."""
    out: list[str] = []

    def write_lines(lo: int, hi: int, widths: list[int]) -> None:
        for line in lines[lo:hi]:
            parts = []
            for j, c in enumerate(line):
                parts.append(c)
                if j < len(widths):
                    cellw = -(-widths[j] // tabwidth) * tabwidth
                    parts.append("\t" * (-(-(cellw - len(c)) // tabwidth)))
            out.append("".join(parts) + "\n")

    def fmt(lo: int, hi: int, widths: list[int]) -> None:
        col = len(widths)
        this = lo
        while this < hi:
            if col >= len(lines[this]) - 1:
                this += 1
                continue
            write_lines(lo, this, widths)
            lo = this
            width = minwidth
            while this < hi and col < len(lines[this]) - 1:
                width = max(width, len(lines[this][col]) + padding)
                this += 1
            fmt(lo, this, widths + [width])
            lo = this
        write_lines(lo, hi, widths)

    fmt(0, len(lines), [])
    return "".join(out)
