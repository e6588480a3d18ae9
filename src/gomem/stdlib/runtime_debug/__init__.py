"""Package runtime/debug: the Python implementations of the body-less declarations in api.go.

The GC settings (SetGCPercent, SetMemoryLimit) go to the pacer (gomem.runtime.mgcpacer, which
keeps them in gomem.runtime.gcsettings); the stack limit (SetMaxStack) to gomem.runtime.stack.
ReadGCStats reads the collector's statistics (gomem.runtime.gctrace.stats). Stack and PrintStack print the running goroutine as runtime.Stack does,
with the frames of runtime/debug that Go shows on top.
"""

from __future__ import annotations

import sys
from typing import Any

from gomem.runtime import callers as _callers
from gomem.runtime import gcsettings as _gcsettings
from gomem.runtime import gctrace as _gctrace
from gomem.runtime import mgcpacer as _mgcpacer
from gomem.runtime import osio as _osio
from gomem.runtime import panic as _panic
from gomem.runtime import sched as _sched
from gomem.runtime import stack as _stack
from gomem.runtime.values import NIL_SLICE, Slice, struct_class

_TYPES: dict[str, Any] = {}


def gomem_bind(pkg: Any) -> None:
    for name in ("BuildInfo", "Module", "BuildSetting"):
        _TYPES[name] = pkg.scope.names[name].type
    from gomem.stdlib.bytes import install_methods
    install_methods(pkg, globals())


# ----------------------------------------------------------------------------- GC settings

def SetGCPercent(percent: int) -> int:
    return _mgcpacer.set_gc_percent(percent)


def SetMemoryLimit(limit: int) -> int:
    return _mgcpacer.set_memory_limit(limit)


def FreeOSMemory() -> None:
    """runtime.GC, then every free page back to the OS (the scavenger's scavenge_all)."""
    from gomem.runtime import mgcscavenge
    from gomem.stdlib import runtime as _runtime
    _runtime.GC()
    mgcscavenge.scavenge_all()


def readGCStats(pause: Slice) -> Slice:
    """The runtime's readGCStats_m: pauses most recent first, their end times, then the last
    collection's time, the number of collections and the total pause (gctrace.stats)."""
    st = _gctrace.stats
    pauses, ends = st.history()
    n = len(pauses)
    a, off = pause.a, pause.off
    a[off:off + n] = pauses
    a[off + n:off + 2 * n] = ends
    a[off + 2 * n:off + 2 * n + 3] = [st.last_gc, st.num_gc, st.pause_total_ns]
    return Slice(a, off, 2 * n + 3, pause.cap)


# ----------------------------------------------------------------------------- limits

def SetMaxStack(n: int) -> int:
    return _stack.set_max_stack(n)


def _mcount() -> int:
    # the threads a small Go program has running: m0, sysmon and (measured with Go 1.23 on
    # linux/amd64) one more per P up to two
    return 2 + min(_sched.current.gomaxprocs, 2)


def SetMaxThreads(threads: int) -> int:
    """Returns the previous limit; a limit below the threads in use is Go's fatal error."""
    st = _gcsettings.current
    old = st.max_threads
    st.max_threads = min(threads, 0x7FFFFFFF)
    if _mcount() > st.max_threads:
        limit = (st.max_threads + (1 << 31)) % (1 << 32) - (1 << 31)
        e = _panic.FatalError("thread exhaustion", f"runtime: program exceeds {limit}-thread limit\n")
        if _panic.fatal_exit is not None:  # a real run ends here, with the goroutine's frames
            _panic.fatal_exit(e, sys._getframe(1))
        raise e
    return old


_panic_on_fault: dict[int, bool] = {}  # per goroutine, as Go keeps it in the g


def SetPanicOnFault(enabled: bool) -> bool:
    """Per goroutine; gomem has no unexpected-address faults to turn into panics."""
    goid = _sched.goid()
    old = _panic_on_fault.get(goid, False)
    _panic_on_fault[goid] = enabled
    return old


def SetTraceback(level: bytes) -> None:
    """With "all" (or more) an unrecovered panic's report lists every goroutine; the
    environment's GOTRACEBACK is a floor, as in Go."""
    _panic.set_traceback(level.decode("utf-8", "replace"))


# ----------------------------------------------------------------------------- stacks

_STACK_GO = "/src/runtime/debug/stack.go"


def _stack_text(extra: list[_callers.GoFrame]) -> bytes:
    frames = extra + _callers.stack_frames(sys._getframe(2))
    return (f"goroutine {_sched.goid()} [running]:\n" + _callers.format_frames(frames)).encode()


def Stack() -> Slice:
    path = _callers.goroot() + _STACK_GO
    data = _stack_text([_callers.GoFrame("runtime/debug.Stack", path, 26, 24, False)])
    return Slice(bytearray(data), 0, len(data), len(data))


def PrintStack() -> None:
    path = _callers.goroot() + _STACK_GO
    _osio.stderr_write(_stack_text([_callers.GoFrame("runtime/debug.Stack", path, 26, 24, False),
                                    _callers.GoFrame("runtime/debug.PrintStack", path, 18, 17, False)]))


# ----------------------------------------------------------------------------- build info

# what `go run prog.go` (Go 1.23.5, outside a module, cgo available) embeds
_BUILD_SETTINGS = [("-buildmode", "exe"), ("-compiler", "gc"), ("CGO_ENABLED", "1"), ("CGO_CFLAGS", ""),
                   ("CGO_CPPFLAGS", ""), ("CGO_CXXFLAGS", ""), ("CGO_LDFLAGS", ""), ("GOARCH", "amd64"),
                   ("GOOS", "linux"), ("GOAMD64", "v1")]


def ReadBuildInfo() -> tuple[Any, bool]:
    bi = struct_class(_TYPES["BuildInfo"])()
    bi.GoVersion = b"go1.23.5"
    bi.Path = b"command-line-arguments"
    setting = struct_class(_TYPES["BuildSetting"])
    settings = []
    for k, v in _BUILD_SETTINGS:
        s = setting()
        s.Key, s.Value = k.encode(), v.encode()
        settings.append(s)
    bi.Settings = Slice(settings, 0, len(settings), len(settings))
    bi.Deps = NIL_SLICE
    return bi, True


def _quote_if(text: bytes, chars: bytes, empty: bool) -> bytes:
    from gomem.stdlib.gostrconv import quote
    if (empty and not text) or any(c in chars for c in text):
        return quote(text)
    return text


def BuildInfo_String(bi: Any) -> bytes:
    out = []
    if bi.GoVersion:
        out.append(b"go\t" + bi.GoVersion + b"\n")
    if bi.Path:
        out.append(b"path\t" + bi.Path + b"\n")

    def module(word: bytes, m: Any) -> None:
        out.append(word + b"\t" + m.Path + b"\t" + m.Version)
        if m.Replace is None:
            out.append(b"\t" + m.Sum)
        else:
            out.append(b"\n")
            module(b"=>", m.Replace)
        out.append(b"\n")

    main = bi.Main
    if main.Path or main.Version or main.Sum or main.Replace is not None:
        module(b"mod", main)
    deps = bi.Deps
    for i in range(deps.len):
        module(b"dep", deps.a[deps.off + i])
    st = bi.Settings
    for i in range(st.len):
        s = st.a[st.off + i]
        key = _quote_if(s.Key, b"= \t\r\n\"`", True)
        value = _quote_if(s.Value, b" \t\r\n\"`", False)
        out.append(b"build\t" + key + b"=" + value + b"\n")
    return b"".join(out)
