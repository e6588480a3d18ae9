"""Package runtime: the Python implementations of the body-less declarations in api.go.

Goroutine functions go to the scheduler (gomem.runtime.sched). ReadMemStats fills a MemStats
from the heap model (gomem.runtime.mstats.read_mem_stats).
"""

from __future__ import annotations

import os as _os
import sys as _sys
import types as _types
from typing import Any

from gomem.compiler.rtnames import _PANIC_NIL
from gomem.runtime import callers as _callers
from gomem.runtime import malloc as _malloc
from gomem.runtime import mfinal as _mfinal
from gomem.runtime import mprof as _mprof
from gomem.runtime import mstats as _mstats
from gomem.runtime import sched as _sched
from gomem.runtime.panic import (
    TYPE_ASSERTION_ERROR,
    GoexitUnwind,
    SignalCrash,
    go_panic_runtime,
    panic_nil_deref,
)
from gomem.runtime.values import Slice, struct_class
from gomem.types.types import Pointer

TYPES = {"TypeAssertionError": TYPE_ASSERTION_ERROR, "PanicNilError": _PANIC_NIL.elem}

GOOS = b"linux"
GOARCH = b"amd64"
Compiler = b"gc"


def TypeAssertionError_Error(e: Any) -> bytes:
    return e


def TypeAssertionError_RuntimeError(e: Any) -> None:
    return None


def SetBlockProfileRate(rate: int) -> None:
    from gomem.runtime import blockprof
    blockprof.set_block_rate(rate)


def SetMutexProfileFraction(rate: int) -> int:
    from gomem.runtime import blockprof
    return blockprof.set_mutex_fraction(rate)


def NumGoroutine() -> int:
    return _sched.num_goroutine()


def GOMAXPROCS(n: int) -> int:
    return _sched.gomaxprocs(n)


def NumCPU() -> int:
    try:
        return len(_os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return _os.cpu_count() or 1


def Gosched() -> None:
    _sched.gosched()


def GC() -> None:
    """runtime.GC: a full blocking collection, swept to completion (gomem.runtime.mgc)."""
    from gomem.runtime import mgc, mgcsweep
    mgc.GC()
    if mgcsweep.sweep_done():  # publish the heap profile as of this cycle (Go's mProf_PostSweep)
        _mprof.post_sweep()


def Goexit() -> None:
    """runtime.Goexit: unwinds the calling goroutine, running its deferred calls."""
    raise GoexitUnwind()


def KeepAlive(x: Any) -> None:
    """runtime.KeepAlive: x is live up to this call (the caller's liveness sees it read here)."""
    return None


def SetFinalizer(obj: Any, finalizer: Any) -> None:
    """runtime.SetFinalizer: checked as Go checks it; the finalizer runs on the finalizer
    goroutine once the object is found unreachable (gomem.runtime.mfinal)."""
    _mfinal.set_finalizer(obj, finalizer)


def Version() -> bytes:
    return b"go1.23.5"


def LockOSThread() -> None:
    return None


def UnlockOSThread() -> None:
    return None


def ReadMemStats(m: Any) -> None:
    """runtime.ReadMemStats: every field from the heap model (gomem.runtime.mstats)."""
    if m is None:
        from gomem.runtime.panic import panic_nil_deref
        panic_nil_deref()
    fields = _mstats.read_mem_stats(_malloc.heap, _malloc.mcache)
    by_size = fields.pop("BySize")
    for name in ("PauseNs", "PauseEnd"):
        getattr(m, name)[:] = fields.pop(name)
    for name, v in fields.items():
        setattr(m, name, v)
    for entry, (size, mallocs, frees) in zip(m.BySize, by_size):
        entry.Size, entry.Mallocs, entry.Frees = size, mallocs, frees


# ----------------------------------------------------------------------------- call stacks
# (the frames of compiled Go code: gomem/runtime/callers.py)

_FRAME_TYPES: dict[str, Any] = {}


def gomem_bind(pkg: Any) -> None:
    for name in ("Frame", "Frames", "Func", "pinner"):
        _FRAME_TYPES[name] = pkg.scope.names[name].type


def Caller(skip: int) -> tuple[int, bytes, int, bool]:
    frames = _callers.goroutine_frames()
    if skip < 0 or skip >= len(frames):
        return 0, b"", 0, False
    f = frames[skip]
    return _callers.pc_of(f), f.file.encode(), f.line, True


_CALLERS_FRAME = _callers.GoFrame("runtime.Callers", "", 331, 311, True)


def Callers(skip: int, pc: Slice) -> int:
    frames = _callers.goroutine_frames()
    # (runtime.Callers's own frame first: inlined into its caller where gc inlines the call)
    sites = _sys._getframe(1).f_globals.get("__inline_sites__")
    into = frames[0] if frames and _callers.is_inlined(sites, frames[0], _CALLERS_FRAME.function) else None
    frames.insert(0, _callers.GoFrame(_CALLERS_FRAME.function, _callers.goroot() + "/src/runtime/extern.go",
                                      _CALLERS_FRAME.line, _CALLERS_FRAME.start_line, True, into))
    frames = frames[max(skip, 0):][:pc.len]
    for i, f in enumerate(frames):
        pc.a[pc.off + i] = _callers.pc_of(f)
    return len(frames)


def CallersFrames(callers: Slice) -> Any:
    fs = struct_class(_FRAME_TYPES["Frames"])()
    fs.callers = callers
    return fs


def _func_value(f: _callers.GoFrame) -> Any:
    fn = struct_class(_FRAME_TYPES["Func"])()
    fn.name, fn.file, fn.startLine = f.function.encode(), f.file.encode(), f.start_line
    fn.entry = _callers.entry_pc(f)
    return fn


def Frames_Next(ci: Any) -> tuple[Any, bool]:
    frame = struct_class(_FRAME_TYPES["Frame"])()
    callers = ci.callers
    while callers is not None and callers.len > 0:
        pc = callers.a[callers.off]
        callers = Slice(callers.a, callers.off + 1, callers.len - 1, callers.cap - 1)
        f = _callers.frame_of_pc(pc - 1)
        if f is None:
            continue
        frame.PC = pc - 1
        frame.Func = _func_value(f) if f.inlined_into is None else None  # (nil for an inlined frame, as Go's)
        frame.Function, frame.File, frame.Line = f.function.encode(), f.file.encode(), f.line
        frame.startLine, frame.Entry = f.start_line, _callers.entry_pc(f)
        break
    ci.callers = callers
    return frame, callers is not None and callers.len > 0


def FuncForPC(pc: int) -> Any:
    f = _callers.frame_of_pc(pc)
    return None if f is None else _func_value(f)


def Func_Name(f: Any) -> bytes:
    return b"" if f is None else f.name


def Func_Entry(f: Any) -> int:
    return 0 if f is None else f.entry


def Func_FileLine(f: Any, pc: int) -> tuple[bytes, int]:
    if f is None:
        return b"", 0
    at = _callers.frame_of_pc(pc)
    if at is None or at.function != f.name.decode():
        return b"?", 0
    return at.file.encode(), at.line


def Stack(buf: Slice, all: bool) -> int:
    text = f"goroutine {_sched.goid()} [running]:\n" + _callers.format_frames(_callers.current_frames())
    if all:  # then the other goroutines, with their states, in the order of their ids
        cur = _sched.running()
        for goid, g in sorted(_sched.current.allgs.items()):
            if g is not cur:
                frames = _callers.stack_frames(g.gr_frame) if g.gr_frame is not None else []
                text += f"\ngoroutine {goid} [{g.reason}]:\n" + _callers.format_frames(frames)
    data = text.encode()
    n = min(len(data), buf.len)
    buf.a[buf.off:buf.off + n] = data[:n]
    return n


def GOROOT() -> bytes:
    return _callers.goroot().encode()


def NumCgoCall() -> int:
    return 0


def PanicNilError_Error(e: Any) -> bytes:
    return e


def PanicNilError_RuntimeError(e: Any) -> None:
    return None


def Breakpoint() -> None:
    """runtime.Breakpoint: no debugger is attached, so the trap kills the program."""
    raise SignalCrash("SIGTRAP: trace trap", "PC=0x0 m=0 sigcode=128")


# ----------------------------------------------------------------------------- Pinner
# gomem's heap never moves objects: pinning only holds the objects (so that they stay live
# until Unpin). Go also panics when a Pinner that still pins objects is garbage collected;
# gomem does not model that check (a leaked Pinner just keeps its objects).


def Pinner_Pin(p: Any, pointer: Any) -> None:
    if p is None:
        panic_nil_deref()
    if pointer is None:
        go_panic_runtime("runtime.Pinner: argument is nil")
    if not isinstance(pointer.t.underlying(), Pointer):
        go_panic_runtime(f"runtime.Pinner: argument is not a pointer: {pointer.t}")
    if p.pinner is None:
        p.pinner = struct_class(_FRAME_TYPES["pinner"])()
        p.pinner.refs = Slice([], 0, 0, 0)
    refs = p.pinner.refs
    refs.a.append(pointer)
    p.pinner.refs = Slice(refs.a, 0, len(refs.a), len(refs.a))


def Pinner_Unpin(p: Any) -> None:
    if p is None:
        panic_nil_deref()
    if p.pinner is not None:
        p.pinner.refs = Slice([], 0, 0, 0)


def MemProfile(p: Slice, inuse_zero: bool) -> tuple[int, bool]:
    """runtime.MemProfile: the heap profile's records (gomem.runtime.mprof), each with the
    return PCs of its Go frames (gomem's synthetic PCs, which FuncForPC and CallersFrames
    resolve), at most 32."""
    recs = _mprof.records(inuse_zero)
    n = len(recs)
    if n > p.len:
        return n, False
    for k, r in enumerate(recs):
        rec = p.a[p.off + k]
        rec.AllocBytes, rec.FreeBytes = r.alloc_bytes, r.free_bytes
        rec.AllocObjects, rec.FreeObjects = r.alloc_objects, r.free_objects
        pcs = [_callers.pc_of(f) for f in r.stack[:32]]
        rec.Stack0[:] = pcs + [0] * (32 - len(pcs))
    return n, True


# ----------------------------------------------------------------------------- MemProfileRate
# A package variable the allocator must see at once: the module's class makes it a property
# of gomem.runtime.mprof (which also applies Go's start-up rule for it).


class _RuntimeModule(_types.ModuleType):
    @property
    def MemProfileRate(self) -> int:
        return _mprof.program_rate  # (in exact mode, not the rate allocations are recorded at)

    @MemProfileRate.setter
    def MemProfileRate(self, v: int) -> None:
        _mprof.set_rate(v)


_sys.modules[__name__].__class__ = _RuntimeModule
