"""Package log: the Python implementations of the body-less declarations in api.go.

A Logger formats its header (prefix, local date and time, as Go's formatHeader does), appends
the fmt-formatted message and a newline if it is missing, and writes the line with one Write
call on its io.Writer. The standard logger writes to os.Stderr. Fatal* exit with status 1
after writing (deferred calls do not run); Panic* panic with the message (a string).
Lshortfile and Llongfile name the calling Go code's file and line (gomem/runtime/callers.py).
"""

from __future__ import annotations

import time as _ptime
from typing import Any

from gomem.runtime import callers as _callers
from gomem.runtime.panic import GoPanic, go_exit
from gomem.runtime.values import Iface, Slice, struct_class
from gomem.stdlib import fmt as _fmt
from gomem.stdlib import io as _io
from gomem.stdlib import os as _os
from gomem.types.types import (
    BOOL,
    ERROR,
    INT,
    STRING,
    UINT8,
    Field,
    Method,
    Named,
    new_interface,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)

Ldate = 1
Ltime = 2
Lmicroseconds = 4
Llongfile = 8
Lshortfile = 16
LUTC = 32
Lmsgprefix = 64
LstdFlags = Ldate | Ltime

def _writer_type() -> Any:
    """A stand-in for io.Writer (whose Named the checker builds from io's api.go; the checker
    gives Logger its api.go fields when it checks this package: the run-time values are the same)."""
    return new_interface([Method("Write", new_signature((new_slice(UINT8),), (INT, ERROR)))])


LOGGER = Named("Logger", "log", new_struct((
    Field("out", _writer_type(), False, "log"), Field("prefix", STRING, False, "log"),
    Field("flag", INT, False, "log"), Field("isDiscard", BOOL, False, "log"))))
LOGGER_PTR = new_pointer(LOGGER)
TYPES: dict[str, Named] = {"Logger": LOGGER}
_Logger = struct_class(LOGGER)


def _is_discard(w: Any) -> bool:
    return w is not None and w == _io.Discard


def New(out: Any, prefix: bytes, flag: int) -> Any:
    return _Logger(out, prefix, flag, _is_discard(out))


_std = New(Iface(_os.FILE_PTR, _os.Stderr), b"", LstdFlags)


def Default() -> Any:
    return _std


def _itoa(n: int, wid: int) -> bytes:
    s = str(n).encode()
    if wid > len(s):
        s = b"0" * (wid - len(s)) + s
    return s


def _header(prefix: bytes, flag: int, now_ns: int, file: bytes = b"???", line: int = 0) -> bytes:
    out = []
    if not flag & Lmsgprefix:
        out.append(prefix)
    if flag & (Ldate | Ltime | Lmicroseconds):
        secs = now_ns // 1_000_000_000
        t = _ptime.gmtime(secs) if flag & LUTC else _ptime.localtime(secs)
        if flag & Ldate:
            out.append(_itoa(t.tm_year, 4) + b"/" + _itoa(t.tm_mon, 2) + b"/" + _itoa(t.tm_mday, 2) + b" ")
        if flag & (Ltime | Lmicroseconds):
            out.append(_itoa(t.tm_hour, 2) + b":" + _itoa(t.tm_min, 2) + b":" + _itoa(t.tm_sec, 2))
            if flag & Lmicroseconds:
                out.append(b"." + _itoa((now_ns % 1_000_000_000) // 1000, 6))
            out.append(b" ")
    if flag & (Lshortfile | Llongfile):
        if flag & Lshortfile:
            file = file[file.rfind(b"/") + 1:]
        out.append(file + b":" + str(line).encode() + b": ")
    if flag & Lmsgprefix:
        out.append(prefix)
    return b"".join(out)


def _output(l: Any, msg: bytes, calldepth: int = 1) -> Any:
    """Write one log line; calldepth 1 names the Go code that called into log (log's own
    functions are Python, not Go frames)."""
    if l.isDiscard:
        return None
    now = _ptime.time_ns()
    file, lineno = b"???", 0
    if l.flag & (Lshortfile | Llongfile):
        frames = _callers.goroutine_frames()
        if 0 < calldepth <= len(frames):
            file, lineno = frames[calldepth - 1].file.encode(), frames[calldepth - 1].line
    line = _header(l.prefix, l.flag, now, file, lineno) + msg
    if not line.endswith(b"\n"):
        line += b"\n"
    _, err = _fmt.write_to(l.out, line)
    return err


def _args(v: Slice) -> list:
    return v.elems() if v is not None and v.a is not None else []


# ---------------------------------------------------------------------------
# Logger methods


def Logger_SetOutput(l: Any, w: Any) -> None:
    l.out = w
    l.isDiscard = _is_discard(w)


def Logger_Writer(l: Any) -> Any:
    return l.out


def Logger_Output(l: Any, calldepth: int, s: bytes) -> Any:
    return _output(l, s, calldepth)


def Logger_Print(l: Any, v: Slice) -> None:
    if not l.isDiscard:
        _output(l, _fmt.sprint(_args(v)))


def Logger_Printf(l: Any, format: bytes, v: Slice) -> None:
    if not l.isDiscard:
        _output(l, _fmt.sprintf(format, _args(v)))


def Logger_Println(l: Any, v: Slice) -> None:
    if not l.isDiscard:
        _output(l, _fmt.sprintln(_args(v)))


def _fatal(l: Any, msg: bytes) -> None:
    _output(l, msg)
    go_exit(1)


def Logger_Fatal(l: Any, v: Slice) -> None:
    _fatal(l, _fmt.sprint(_args(v)))


def Logger_Fatalf(l: Any, format: bytes, v: Slice) -> None:
    _fatal(l, _fmt.sprintf(format, _args(v)))


def Logger_Fatalln(l: Any, v: Slice) -> None:
    _fatal(l, _fmt.sprintln(_args(v)))


def _panic(l: Any, msg: bytes) -> None:
    _output(l, msg)
    raise GoPanic(Iface(STRING, msg))


def Logger_Panic(l: Any, v: Slice) -> None:
    _panic(l, _fmt.sprint(_args(v)))


def Logger_Panicf(l: Any, format: bytes, v: Slice) -> None:
    _panic(l, _fmt.sprintf(format, _args(v)))


def Logger_Panicln(l: Any, v: Slice) -> None:
    _panic(l, _fmt.sprintln(_args(v)))


def Logger_Flags(l: Any) -> int:
    return l.flag


def Logger_SetFlags(l: Any, flag: int) -> None:
    l.flag = flag


def Logger_Prefix(l: Any) -> bytes:
    return l.prefix


def Logger_SetPrefix(l: Any, prefix: bytes) -> None:
    l.prefix = prefix


# ---------------------------------------------------------------------------
# The standard logger


def SetOutput(w: Any) -> None:
    Logger_SetOutput(_std, w)


def Writer() -> Any:
    return _std.out


def Flags() -> int:
    return _std.flag


def SetFlags(flag: int) -> None:
    _std.flag = flag


def Prefix() -> bytes:
    return _std.prefix


def SetPrefix(prefix: bytes) -> None:
    _std.prefix = prefix


def Output(calldepth: int, s: bytes) -> Any:
    return _output(_std, s, calldepth)


def Print(v: Slice) -> None:
    Logger_Print(_std, v)


def Printf(format: bytes, v: Slice) -> None:
    Logger_Printf(_std, format, v)


def Println(v: Slice) -> None:
    Logger_Println(_std, v)


def Fatal(v: Slice) -> None:
    Logger_Fatal(_std, v)


def Fatalf(format: bytes, v: Slice) -> None:
    Logger_Fatalf(_std, format, v)


def Fatalln(v: Slice) -> None:
    Logger_Fatalln(_std, v)


def Panic(v: Slice) -> None:
    Logger_Panic(_std, v)


def Panicf(format: bytes, v: Slice) -> None:
    Logger_Panicf(_std, format, v)


def Panicln(v: Slice) -> None:
    Logger_Panicln(_std, v)
