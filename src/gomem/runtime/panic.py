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
from typing import Any

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

    def __init__(self, msg: str, detail: str = ""):
        super().__init__(msg)
        self.msg = msg
        self.detail = detail  # text printed before the fatal error line (e.g. stack overflow)


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
        return FatalError(
            "stack overflow",
            "runtime: goroutine stack exceeds 1000000000-byte limit\n",
        )
    if isinstance(exc, MemoryError):
        return FatalError("out of memory")
    return exc


# ---------------------------------------------------------------------------
# Printing panic values the way the runtime's printpanicval does


def panic_value_text(v: Any) -> str:
    if v is None:
        return "nil"
    if not isinstance(v, Iface):
        return str(v)
    t = v.t
    err = getattr(t, "m_Error", None)
    if err is not None:
        return _b2s(err(v.v))
    s = getattr(t, "m_String", None)
    if s is not None:
        return _b2s(s(v.v))
    from gomem.types.types import Basic, Kind
    u = t.underlying()
    if isinstance(u, Basic):
        text = _print_basic(u.kind, v.v)
        if isinstance(t, Named):
            if u.kind == Kind.STRING:
                return f'{t}("{text}")'
            return f"{t}({text})"
        return text
    return f"({t}) {hex(0xc000012345)}"


def _b2s(b: Any) -> str:
    return b.decode("utf-8", "replace") if isinstance(b, (bytes, bytearray)) else str(b)


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


def panic_message(p: GoPanic) -> str:
    """The 'panic: ...' lines for an unrecovered panic (including earlier, replaced panics)."""
    lines = []
    for i, q in enumerate(p.previous + [p]):
        text = panic_value_text(q.value)
        if isinstance(q.value, Iface) and getattr(q.value.t, "m_Error", None) is not None:
            pass
        suffix = " [recovered]" if q.recovered else ""
        prefix = "panic: " if i == 0 else "\tpanic: "
        lines.append(prefix + text + suffix)
    if isinstance(p.value, Iface) and p.value.t is ERROR_STRING and b"nil pointer" in p.value.v:
        lines.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
    return "\n".join(lines)


def write_stderr(text: str) -> None:
    sys.stdout.flush()
    sys.stderr.write(text)
    sys.stderr.flush()
