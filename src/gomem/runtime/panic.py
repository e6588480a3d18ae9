"""Panics, recover, fatal errors and os.Exit, with Go's exact texts.

A Go panic is the Python exception GoPanic carrying the Go panic value (an interface value:
Iface or None). Run-time errors are panics whose value has one of the runtime package's error
types (runtime.boundsError, runtime.errorString, runtime.plainError,
*runtime.TypeAssertionError), all of which implement runtime.Error. Python exceptions raised by
compiled code for the same faults (ZeroDivisionError, AttributeError on None, ...) are turned
into the Go panic they stand for by ``as_go_panic`` before recover() or the top level sees them.

Fatal errors (deadlock, stack overflow, concurrent map writes) are not panics: they cannot be
recovered and end the program with exit status 2. os.Exit is GoExit, which nothing catches but
the top level.
"""

from __future__ import annotations

import sys
from typing import Any, Callable, NoReturn

from gomem.runtime.values import Iface
from gomem.types.types import STRING, FuncInfo, Named, new_pointer, new_signature, new_struct

# ---------------------------------------------------------------------------
# The runtime package's error types

_ERROR_SIG = new_signature((), (STRING,))


def _runtime_error_type(name: str, prefix: str) -> Named:
    t = Named(name, "runtime", STRING)
    t.methods["Error"] = FuncInfo("Error", _ERROR_SIG, False)
    t.methods["RuntimeError"] = FuncInfo("RuntimeError", new_signature((), ()), False)
    t.m_Error = lambda v, prefix=prefix: prefix.encode() + v  # type: ignore[attr-defined]
    t.m_RuntimeError = lambda v: None  # type: ignore[attr-defined]
    return t


BOUNDS_ERROR = _runtime_error_type("boundsError", "runtime error: ")
ERROR_STRING = _runtime_error_type("errorString", "runtime error: ")
PLAIN_ERROR = _runtime_error_type("plainError", "")

TYPE_ASSERTION_ERROR = Named("TypeAssertionError", "runtime", new_struct(()))
TYPE_ASSERTION_ERROR_PTR = new_pointer(TYPE_ASSERTION_ERROR)


class GoPanic(Exception):
    """A Go panic in flight. ``value`` is the Go value given to panic (as an interface value)."""

    def __init__(self, value: Any):
        super().__init__()
        self.value = value
        self.recovered = False
        # earlier panics this one replaced (a deferred call panicked while panicking)
        self.previous: list[GoPanic] = []
        self.goroutine = 1

    def __str__(self) -> str:
        return panic_value_text(self.value)


class GoExit(BaseException):
    """os.Exit(code): ends the program at once, deferred calls are not run."""

    def __init__(self, code: int):
        super().__init__(code)
        self.code = code


class GoexitUnwind(BaseException):
    """runtime.Goexit: unwinds the calling goroutine running its deferred calls."""


class FatalError(BaseException):
    """A Go fatal error: printed as ``fatal error: msg`` and exit status 2."""

    def __init__(self, msg: str, detail: str = "", after: str = ""):
        super().__init__(msg)
        self.msg = msg
        self.detail = detail  # text printed before the fatal error line (e.g. stack overflow)
        self.after = after  # text printed right after it (the signal line of a nil dereference)


# ---------------------------------------------------------------------------
# Goroutine stacks
#
# Go grows a goroutine's stack by doubling while the new size stays within maxstacksize
# (1e9 bytes): the largest stack is 512 MiB, and a goroutine needing more dies with the
# fatal error "stack overflow". gomem lets each Python frame stand for FRAME_BYTES of Go
# stack (gc's frames for small functions are 16-100 bytes, those with a few locals more),
# so a goroutine may be MAX_DEPTH Python frames deep. CPython 3.11 counts the depth per
# greenlet, so the limit is per goroutine as in Go. Python-to-Python calls take no C stack;
# calls that pass through C (callbacks from the standard library) do, so the program runs
# on a thread with a C stack big enough for MAX_DEPTH such frames (compiler/driver.py).

MAX_STACK_BYTES = 512 << 20
FRAME_BYTES = 128
MAX_DEPTH = MAX_STACK_BYTES // FRAME_BYTES
STACK_OVERFLOW_TEXT = "runtime: goroutine stack exceeds 1000000000-byte limit\n"

# How a fatal error ends the program at the point where it happens (installed by the driver
# for a real run: print, flush, exit the process). Unset (tests running programs inside
# the test process), the FatalError is raised instead.
fatal_exit: Callable[[FatalError, Any], NoReturn] | None = None


# Whether an unrecovered panic's report lists every goroutine (GOTRACEBACK=all, system or
# crash, or debug.SetTraceback with such a level), not only the panicking one.
traceback_all = False


def set_traceback(level: str, env: bool = False) -> None:
    """GOTRACEBACK at start (env) or debug.SetTraceback: as Go's setTraceback, which cannot go
    below the environment's level; names other than none and single mean "all" or more."""
    global traceback_all, _env_all
    wants_all = level not in ("none", "single", "")
    if env:
        _env_all = wants_all
    traceback_all = wants_all or _env_all


_env_all = False


# How os.Exit ends the program (installed by the driver for a real run: flush and exit the
# process there, without unwinding the goroutine's stack, which may be millions of frames).
# Unset, GoExit is raised and caught by whoever runs the program.
process_exit: Callable[[int], NoReturn] | None = None


def go_exit(code: int) -> NoReturn:
    """os.Exit(code): the program ends at once; deferred calls do not run."""
    if process_exit is not None:
        process_exit(code)
    raise GoExit(code)


def stack_overflow(detail: str | None = None) -> NoReturn:
    """The running goroutine's stack passed Go's limit: a RecursionError reached compiled code
    (small frames: Python's depth limit), or a big frame could not grow the stack
    (runtime/stack.py: morestack, which passes the lines Go prints first as detail).

    As in Go this is fatal at once: no deferred call runs, recover cannot stop it, and the
    deep Python stack is not unwound (that would take far longer than Go takes to fail).
    Called at the depth limit, this call itself may fail with RecursionError; the handler of
    the frame above then tries again, one frame higher.
    """
    raise stack_overflow_error(detail)


def stack_overflow_error(detail: str | None = None) -> FatalError:
    """Go's stack overflow fatal error; with ``fatal_exit`` installed, the program ends here."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), MAX_DEPTH + 10_000))  # room to report
    if detail is None:
        from gomem.runtime import stack
        detail = stack.depth_overflow_detail()
    e = FatalError("stack overflow", detail)
    if fatal_exit is not None:
        fatal_exit(e, sys._getframe(1))
    return e


class SignalCrash(FatalError):
    """The program dies of a signal it does not handle (runtime.Breakpoint's SIGTRAP): Go
    prints the signal line and where it was raised, then the goroutine's stack; exit status 2.
    Deferred calls do not run (it is a FatalError)."""

    def __init__(self, signal: str, where: str):
        super().__init__(signal)
        self.where = where  # e.g. "PC=0x0 m=0 sigcode=128" (gomem has no machine PC to show)


def go_panic(value: Any) -> None:
    raise GoPanic(value)


def go_panic_runtime(msg: str) -> None:
    """Panic with a run-time error whose text is 'runtime error: ' + msg."""
    raise GoPanic(Iface(ERROR_STRING, msg.encode()))


def go_panic_bounds(msg: str) -> None:
    raise GoPanic(Iface(BOUNDS_ERROR, msg.encode()))


def go_panic_plain(msg: str) -> None:
    raise GoPanic(Iface(PLAIN_ERROR, msg.encode()))


def panic_index(i: int, n: int) -> None:
    if i < 0:
        raise GoPanic(Iface(BOUNDS_ERROR, f"index out of range [{i}]".encode()))
    raise GoPanic(Iface(BOUNDS_ERROR, f"index out of range [{i}] with length {n}".encode()))


def panic_divide() -> None:
    raise GoPanic(Iface(ERROR_STRING, b"integer divide by zero"))


def panic_nil_deref() -> None:
    raise GoPanic(Iface(ERROR_STRING, b"invalid memory address or nil pointer dereference"))


def panic_type_assertion(msg: str) -> None:
    t = TYPE_ASSERTION_ERROR_PTR
    if not hasattr(t, "m_Error"):
        t.m_Error = lambda v: v  # type: ignore[attr-defined]
        t.m_RuntimeError = lambda v: None  # type: ignore[attr-defined]
        TYPE_ASSERTION_ERROR.methods["Error"] = FuncInfo("Error", _ERROR_SIG, True)
        TYPE_ASSERTION_ERROR.methods["RuntimeError"] = FuncInfo("RuntimeError", new_signature((), ()), True)
    raise GoPanic(Iface(t, ("interface conversion: " + msg).encode()))


def as_go_panic(exc: BaseException) -> BaseException:
    """The Go-level exception for a Python exception raised inside compiled code."""
    if isinstance(exc, (GoPanic, GoExit, FatalError, GoexitUnwind)):
        return exc
    if isinstance(exc, ZeroDivisionError):
        return GoPanic(Iface(ERROR_STRING, b"integer divide by zero"))
    if isinstance(exc, (AttributeError, TypeError)) and "NoneType" in str(exc):
        return GoPanic(Iface(ERROR_STRING, b"invalid memory address or nil pointer dereference"))
    if isinstance(exc, RecursionError):
        return stack_overflow_error()
    if isinstance(exc, MemoryError):  # what Go says when the kernel refuses it memory
        return FatalError("runtime: out of memory")
    return exc


# ---------------------------------------------------------------------------
# Printing panic values the way the runtime's printpanicval does


def panic_value_text(v: Any) -> str:
    """The text Go prints for panic value v: Error() or String() if it has them, else the
    value as the runtime's printpanicval prints it. Continuation lines of strings are
    indented with a tab, as Go 1.23 does. Bytes that are not UTF-8 are kept (as surrogate
    escapes: encode the text with errors="surrogateescape")."""
    if v is None:
        return "nil"
    if not isinstance(v, Iface):
        return str(v)
    t = v.t
    err = getattr(t, "m_Error", None)
    if err is not None:
        return _indented(_b2s(err(v.v)))
    s = getattr(t, "m_String", None)
    if s is not None:
        return _indented(_b2s(s(v.v)))
    from gomem.types.types import Basic, Kind
    u = t.underlying()
    if isinstance(u, Basic):
        text = _print_basic(u.kind, v.v)
        if u.kind == Kind.STRING:
            text = _indented(text)
        if isinstance(t, Named):
            if u.kind == Kind.STRING:
                return f'{t}("{text}")'
            return f"{t}({text})"
        return text
    return f"({t}) {hex(0xc000012345)}"


def _indented(text: str) -> str:
    return text.replace("\n", "\n\t")


def _b2s(b: Any) -> str:
    return b.decode("utf-8", "surrogateescape") if isinstance(b, (bytes, bytearray)) else str(b)


def _print_basic(kind: int, x: Any) -> str:
    from gomem.types.types import Kind
    if kind == Kind.STRING:
        return _b2s(x)
    if kind == Kind.BOOL:
        return "true" if x else "false"
    if kind in (Kind.FLOAT32, Kind.FLOAT64):
        from gomem.runtime.printing import print_float
        return print_float(x)
    return str(x)


_SIGSEGV_LINE = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"


def _is_nil_deref(v: Any) -> bool:
    return isinstance(v, Iface) and v.t is ERROR_STRING and b"nil pointer" in v.v


def panic_message(p: GoPanic) -> str:
    """The 'panic: ...' lines for an unrecovered panic (including earlier, replaced panics).

    As Go's runtime, the texts of all the values are made first; an Error or String method
    that panics meanwhile makes it the fatal error "panic while printing panic value"
    (raised as FatalError); os.Exit and runtime.Goexit there propagate (GoExit, GoexitUnwind).
    """
    chain = p.previous + [p]
    try:
        texts = [panic_value_text(q.value) for q in chain]
    except BaseException as exc:  # noqa: BLE001 - every failure is Go's fatal error
        e = as_go_panic(exc)
        if not isinstance(e, GoPanic):
            raise e from None
        v = e.value
        if isinstance(v, Iface) and v.t is STRING:
            what = ": " + _b2s(v.v)
        else:
            what = ": type " + (str(v.t) if isinstance(v, Iface) else "*runtime.PanicNilError")
        raise FatalError("panic while printing panic value" + what,
                         after=_SIGSEGV_LINE + "\n" if _is_nil_deref(v) else "") from None
    lines = []
    for i, (q, text) in enumerate(zip(chain, texts)):
        suffix = " [recovered]" if q.recovered else ""
        prefix = "panic: " if i == 0 else "\tpanic: "
        lines.append(prefix + text + suffix)
    if _is_nil_deref(p.value):
        lines.append(_SIGSEGV_LINE)
    return "\n".join(lines)


def write_stderr(text: str) -> None:
    sys.stdout.flush()
    sys.stderr.write(text)
    sys.stderr.flush()
