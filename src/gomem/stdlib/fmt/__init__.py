"""Package fmt: the Python implementations of the body-less declarations in api.go.

The formatting itself is done by gomem.stdlib.fmt.format (see its docstring for the design).
Variadic ``a ...any`` parameters arrive as one Slice of interface values (Iface or None).

The unexported types fmt's functions create (``*fmt.wrapError``, ``*fmt.wrapErrors``, and
``*fmt.pp``, the type Go gives the State handed to Format methods) are built here as type
objects; TYPES maps their names to them so the compiler can use these objects for the api.go
declarations. A ``*fmt.pp`` value is the engine's Job.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime import mgcmark
from gomem.runtime.core import grow_cap
from gomem.runtime.osio import stdout_write
from gomem.runtime.panic import panic_nil_deref
from gomem.runtime.values import NIL_SLICE, Iface, Slice, slice_of, struct_class
from gomem.stdlib import os as _os
from gomem.stdlib.errors import New as _errors_new
from gomem.stdlib.fmt import scan as _scan
from gomem.stdlib.fmt.format import (
    Job,
    bind_state_type,
    errorf_text,
    format_value,
    is_error,
    sprint,
    sprintf,
    sprintln,
)
from gomem.types.types import (
    BOOL,
    ERROR,
    INT,
    INT32,
    STRING,
    UINT8,
    Field,
    FuncInfo,
    Named,
    Type,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)

__all__ = [
    "Print", "Println", "Printf", "Sprint", "Sprintln", "Sprintf", "Fprint", "Fprintln", "Fprintf",
    "Errorf", "TYPES", "sprintf", "sprint", "sprintln", "format_value", "write_to",
    "wrapError_Error", "wrapError_Unwrap", "wrapErrors_Error", "wrapErrors_Unwrap",
    "Scan", "Scanln", "Scanf", "Sscan", "Sscanln", "Sscanf", "Fscan", "Fscanln", "Fscanf",
    "ss_Read", "ss_ReadRune", "ss_UnreadRune", "ss_SkipSpace", "ss_Token", "ss_Width",
]

_ERRORS_T = new_slice(ERROR)
_BYTES_T = new_slice(UINT8)


def _named_struct(name: str, fields: tuple[tuple[str, Type], ...]) -> Named:
    return Named(name, "fmt", new_struct(tuple(Field(n, t, False, "fmt") for n, t in fields)))


def _add_method(t: Named, name: str, sig: Any, impl: Any) -> None:
    """A pointer-receiver method of t, callable at run time as new_pointer(t).m_<name>."""
    t.methods[name] = FuncInfo(name, sig, True)
    setattr(new_pointer(t), "m_" + name, impl)


# ---------------------------------------------------------------------------
# Errorf's error types

WRAP_ERROR = _named_struct("wrapError", (("msg", STRING), ("err", ERROR)))
WRAP_ERRORS = _named_struct("wrapErrors", (("msg", STRING), ("errs", _ERRORS_T)))
WRAP_ERROR_PTR = new_pointer(WRAP_ERROR)
WRAP_ERRORS_PTR = new_pointer(WRAP_ERRORS)
_WrapError = struct_class(WRAP_ERROR)
_WrapErrors = struct_class(WRAP_ERRORS)


def wrapError_Error(e: Any) -> bytes:
    if e is None:
        panic_nil_deref()
    return e.msg


def wrapError_Unwrap(e: Any) -> Any:
    if e is None:
        panic_nil_deref()
    return e.err


def wrapErrors_Error(e: Any) -> bytes:
    if e is None:
        panic_nil_deref()
    return e.msg


def wrapErrors_Unwrap(e: Any) -> Slice:
    if e is None:
        panic_nil_deref()
    return e.errs


_SIG_STRING = new_signature((), (STRING,))
_add_method(WRAP_ERROR, "Error", _SIG_STRING, wrapError_Error)
_add_method(WRAP_ERROR, "Unwrap", new_signature((), (ERROR,)), wrapError_Unwrap)
_add_method(WRAP_ERRORS, "Error", _SIG_STRING, wrapErrors_Error)
_add_method(WRAP_ERRORS, "Unwrap", new_signature((), (_ERRORS_T,)), wrapErrors_Unwrap)


# ---------------------------------------------------------------------------
# The State given to Format methods: *fmt.pp, whose value is the engine's Job

PP = _named_struct("pp", (("buf", _BYTES_T),))
PP_PTR = new_pointer(PP)


def pp_Write(p: Job, b: Slice) -> tuple[int, Any]:
    return p.write(bytes(b.elems())), None


def pp_WriteString(p: Job, s: bytes) -> tuple[int, Any]:
    return p.write(s), None


def pp_Width(p: Job) -> tuple[int, bool]:
    return p.width()


def pp_Precision(p: Job) -> tuple[int, bool]:
    return p.precision()


def pp_Flag(p: Job, c: int) -> bool:
    return p.flag(c)


_add_method(PP, "Write", new_signature((_BYTES_T,), (INT, ERROR)), pp_Write)
_add_method(PP, "WriteString", new_signature((STRING,), (INT, ERROR)), pp_WriteString)
_add_method(PP, "Width", new_signature((), (INT, BOOL)), pp_Width)
_add_method(PP, "Precision", new_signature((), (INT, BOOL)), pp_Precision)
_add_method(PP, "Flag", new_signature((INT,), (BOOL,)), pp_Flag)


bind_state_type(PP_PTR)
mgcmark.python_stand_in(PP)  # (its values are Jobs)


def state_iface(p: Job) -> Iface:
    """The fmt.State interface value for a job (the first argument of Format methods)."""
    return Iface(PP_PTR, p)


# ---------------------------------------------------------------------------
# The ScanState given to Scan methods: *fmt.ss, whose value is the scan engine's ScanState

SS = _named_struct("ss", (("buf", _BYTES_T),))
SS_PTR = new_pointer(SS)
_scan.STATE_TYPE[0] = SS_PTR
mgcmark.python_stand_in(SS)  # (its values are ScanStates)


def ss_Read(s: _scan.ScanState, buf: Slice) -> tuple[int, Any]:
    return 0, _errors_new(b"ScanState's Read should not be called. Use ReadRune")


def ss_ReadRune(s: _scan.ScanState) -> tuple[int, int, Any]:
    return s.read_rune()


def ss_UnreadRune(s: _scan.ScanState) -> Any:
    s.unread_rune()
    return None


def ss_SkipSpace(s: _scan.ScanState) -> None:
    s.skip_space()


def ss_Token(s: _scan.ScanState, skip_space: bool, f: Any) -> tuple[Slice, Any]:
    s.buf.clear()
    try:
        tok = s.token(skip_space, f if f is not None else _scan._not_space)
    except _scan.ScanError as e:
        return NIL_SLICE, e.value
    return slice_of(bytearray(tok)), None


def ss_Width(s: _scan.ScanState) -> tuple[int, bool]:
    return (0, False) if s.max_wid == _scan.HUGE_WIDTH else (s.max_wid, True)


_SIG_ERROR = new_signature((), (ERROR,))
_add_method(SS, "Read", new_signature((_BYTES_T,), (INT, ERROR)), ss_Read)
_add_method(SS, "ReadRune", new_signature((), (INT32, INT, ERROR)), ss_ReadRune)
_add_method(SS, "UnreadRune", _SIG_ERROR, ss_UnreadRune)
_add_method(SS, "SkipSpace", new_signature((), ()), ss_SkipSpace)
_add_method(SS, "Token", new_signature((BOOL, new_signature((INT32,), (BOOL,))), (_BYTES_T, ERROR)), ss_Token)
_add_method(SS, "Width", new_signature((), (INT, BOOL)), ss_Width)

TYPES: dict[str, Named] = {"wrapError": WRAP_ERROR, "wrapErrors": WRAP_ERRORS, "pp": PP, "ss": SS}


# ---------------------------------------------------------------------------
# Scanning (gomem.stdlib.fmt.scan)


def _stdin_runes() -> _scan.ByteRunes:
    """os.Stdin (the variable's value now), read a byte at a time as Go reads an *os.File."""
    from gomem.stdlib import os as _os
    f = _os.Stdin
    buf = Slice(bytearray(1), 0, 1, 1)

    def read_byte() -> tuple[int, Any]:
        while True:
            n, err = _os.File_Read(f, buf)
            if n >= 1:
                return buf.a[0], None
            if err is not None:
                return 0, err
    return _scan.ByteRunes(read_byte)


def Scan(a: Slice) -> tuple[int, Any]:
    return _scan.ScanState(_stdin_runes(), True, False).do_scan(_args(a))


def Scanln(a: Slice) -> tuple[int, Any]:
    return _scan.ScanState(_stdin_runes(), False, True).do_scan(_args(a))


def Scanf(format: bytes, a: Slice) -> tuple[int, Any]:
    return _scan.ScanState(_stdin_runes(), False, False).do_scanf(format, _args(a))


def Sscan(s: bytes, a: Slice) -> tuple[int, Any]:
    return _scan.ScanState(_scan.ByteRunes(_scan.string_bytes(s)), True, False).do_scan(_args(a))


def Sscanln(s: bytes, a: Slice) -> tuple[int, Any]:
    return _scan.ScanState(_scan.ByteRunes(_scan.string_bytes(s)), False, True).do_scan(_args(a))


def Sscanf(s: bytes, format: bytes, a: Slice) -> tuple[int, Any]:
    return _scan.ScanState(_scan.ByteRunes(_scan.string_bytes(s)), False, False).do_scanf(format, _args(a))


def Fscan(r: Any, a: Slice) -> tuple[int, Any]:
    return _scan.ScanState(_scan.runes_of(r), True, False).do_scan(_args(a))


def Fscanln(r: Any, a: Slice) -> tuple[int, Any]:
    return _scan.ScanState(_scan.runes_of(r), False, True).do_scan(_args(a))


def Fscanf(r: Any, format: bytes, a: Slice) -> tuple[int, Any]:
    return _scan.ScanState(_scan.runes_of(r), False, False).do_scanf(format, _args(a))


# ---------------------------------------------------------------------------
# Output


def _args(a: Any) -> list:
    if a is None:
        return []
    if isinstance(a, Slice):
        return a.elems() if a.a is not None else []
    return list(a)


def write_to(w: Any, data: bytes) -> tuple[int, Any]:
    """w.Write(data) for an io.Writer interface value w (Iface); returns (n, err)."""
    if w is None:
        panic_nil_deref()
    write = getattr(w.t, "m_Write", None)
    if write is None:  # pragma: no cover - the checker rejects non-writers
        raise TypeError(f"fmt: {w.t} has no Write method")
    return write(w.v, slice_of(bytearray(data)))


def Fprintf(w: Any, format: bytes, a: Slice) -> tuple[int, Any]:
    return write_to(w, sprintf(format, _args(a)))


_PROCESS_STDOUT = _os.Stdout


def _print_stdout(b: bytes) -> tuple[int, Any]:
    """Print, Printf, Println: a write to os.Stdout as it is now (a program may close or
    replace it), straight to the output buffer while it is the process's open stdout."""
    f = _os.Stdout
    if f is _PROCESS_STDOUT and not f.closed:
        stdout_write(b)
        return len(b), None
    return _os.File_WriteString(f, b)


def Printf(format: bytes, a: Slice) -> tuple[int, Any]:
    return _print_stdout(sprintf(format, _args(a)))


_SITE_SPRINT = ("fmt.Sprint", "fmt/print.go", 0)
_SITE_ERRORF = ("fmt.Errorf", "fmt/errors.go", 0)


def _result(s: bytes) -> bytes:
    """The string Sprint* return: Go's string(p.buf), a copy of the formatted bytes (none for
    lengths 0 and 1, Go's static strings)."""
    if len(s) > 1:
        _malloc.young_addr(_malloc.alloc(None, len(s), _SITE_SPRINT))  # (first: allocating may fold)
        _malloc.young_obj(s)  # (heap_string inlined)
    return s


def Sprintf(format: bytes, a: Slice) -> bytes:
    return _result(sprintf(format, _args(a)))


def Fprint(w: Any, a: Slice) -> tuple[int, Any]:
    return write_to(w, sprint(_args(a)))


def Print(a: Slice) -> tuple[int, Any]:
    return _print_stdout(sprint(_args(a)))


def Sprint(a: Slice) -> bytes:
    args = _args(a)
    s = sprint(args)
    if len(args) == 1 and s is getattr(args[0], "v", None):  # (Python's join gave back the operand: Go copies)
        s = bytes(memoryview(s))
    return _result(s)


def Fprintln(w: Any, a: Slice) -> tuple[int, Any]:
    return write_to(w, sprintln(_args(a)))


def Println(a: Slice) -> tuple[int, Any]:
    return _print_stdout(sprintln(_args(a)))


def Sprintln(a: Slice) -> bytes:
    return _result(sprintln(_args(a)))


def Errorf(format: bytes, a: Slice) -> Any:
    """fmt.Errorf: *errors.errorString without %w, *fmt.wrapError with one %w, and
    *fmt.wrapErrors with more; the latter holds the distinct %w operands that are errors,
    in operand order."""
    args = _args(a)
    msg, wrapped = errorf_text(format, args)
    _result(msg)  # (Go: s := Sprintf(format, a...))
    if not wrapped:
        return _errors_new(msg)
    if len(wrapped) == 1:
        arg = args[wrapped[0]]
        _malloc.alloc(WRAP_ERROR, WRAP_ERROR.size, _SITE_ERRORF)
        return Iface(WRAP_ERROR_PTR, _WrapError(msg, arg if arg is not None and is_error(arg.t) else None))
    errs = [args[n] for n in sorted(set(wrapped)) if args[n] is not None and is_error(args[n].t)]
    cap = 0
    for n in range(1, len(errs) + 1):  # (Go appends them one by one to a nil []error)
        if n > cap:
            cap = grow_cap(cap, n, ERROR.size, True)
            _malloc.alloc_array(ERROR, cap, _SITE_ERRORF)
    _malloc.alloc(WRAP_ERRORS, WRAP_ERRORS.size, _SITE_ERRORF)
    return Iface(WRAP_ERRORS_PTR, _WrapErrors(msg, slice_of(errs) if errs else NIL_SLICE))
