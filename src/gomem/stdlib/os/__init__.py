"""Package os: the Python implementations of the body-less declarations in api.go.

Files are real file descriptors of the host (``os.open``); ``*os.File`` values are struct
objects of the File type below (Stdin, Stdout and Stderr have fds 0, 1 and 2, and their writes
go through gomem.runtime.osio so that stdout and stderr interleave in program order). Errors are
Go values with Go's texts: ``*os.PathError`` / ``*os.LinkError`` wrapping a ``syscall.Errno``
(syscall.Errno in Go, with Go's messages and its Is method, so errors.Is(err, os.ErrNotExist)
works), or the package's sentinel errors.

The struct and named types are built here and listed in TYPES, so the checker uses these very
objects for the api.go declarations.
"""

from __future__ import annotations

import errno as _errno
import os as _os
import stat as _stat
import sys as _sys
from typing import Any, Callable

from gomem.runtime import malloc as _malloc
from gomem.runtime import osio as _osio
from gomem.runtime.core import grow_cap
from gomem.runtime.panic import go_exit
from gomem.runtime.values import NIL_SLICE, Iface, Slice, struct_class
from gomem.stdlib import errors as _errors
from gomem.stdlib import io as _io
from gomem.stdlib import time as _time
from gomem.stdlib.os._errtab import ERRNO_TEXT
from gomem.types.types import (
    BOOL,
    EMPTY_INTERFACE,
    ERROR,
    INT,
    INT64,
    STRING,
    UINT8,
    UINT32,
    UINTPTR,
    Field,
    FuncInfo,
    Method,
    Named,
    Type,
    new_interface,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)

# ---------------------------------------------------------------------------
# Types


class _Declared(Named):
    """A type Go declares in another package and os re-exports by an alias (fs.PathError,
    fs.FileMode, syscall.Errno, ...): gomem declares it in os (so compiled code finds its
    methods here) but prints it with Go's name, as %T and error messages show it."""

    def __init__(self, name: str, go_pkg: str, underlying_type: Type | None = None, go_name: str = ""):
        super().__init__(name, "os", underlying_type)
        self.go_pkg = go_pkg
        self.go_name = go_name or name  # when os's stand-in name differs (sysSignal: syscall.Signal)

    def __str__(self) -> str:
        return f"{self.go_pkg}.{self.go_name}"


def _named_struct(name: str, fields: tuple[tuple[str, Type], ...], go_pkg: str = "os",
                  go_name: str = "") -> Named:
    st = new_struct(tuple(Field(n, t, False, "os") for n, t in fields))
    if go_pkg != "os":
        return _Declared(name, go_pkg, st, go_name)
    return Named(name, "os", st)


_SIG_STRING = new_signature((), (STRING,))
_SIG_ERROR = new_signature((), (ERROR,))
_SIG_BOOL = new_signature((), (BOOL,))
_STRINGS_T = new_slice(STRING)

FILE_MODE = _Declared("FileMode", "fs", UINT32)
_SIG_MODE = new_signature((), (FILE_MODE,))
FILE_INFO = _Declared("FileInfo", "fs", new_interface([
    Method("Name", _SIG_STRING), Method("Size", new_signature((), (INT64,))), Method("Mode", _SIG_MODE),
    Method("ModTime", new_signature((), (_time.TIME,))), Method("IsDir", _SIG_BOOL),
    Method("Sys", new_signature((), (EMPTY_INTERFACE,)))]))
FILE_STAT = _named_struct("fileStat", (("name", STRING), ("size", INT64), ("mode", FILE_MODE),
                                       ("modTime", _time.TIME), ("sys", EMPTY_INTERFACE)))
FILE_STAT_PTR = new_pointer(FILE_STAT)
DIR_ENTRY = _Declared("DirEntry", "fs", new_interface([
    Method("Name", _SIG_STRING), Method("IsDir", _SIG_BOOL), Method("Type", _SIG_MODE),
    Method("Info", new_signature((), (FILE_INFO, ERROR)))]))
UNIX_DIRENT = _named_struct("unixDirent", (("parent", STRING), ("name", STRING), ("typ", FILE_MODE),
                                           ("info", FILE_INFO)))
UNIX_DIRENT_PTR = new_pointer(UNIX_DIRENT)
PATH_ERROR = _named_struct("PathError", (("Op", STRING), ("Path", STRING), ("Err", ERROR)), "fs")
PATH_ERROR_PTR = new_pointer(PATH_ERROR)
LINK_ERROR = _named_struct("LinkError", (("Op", STRING), ("Old", STRING), ("New", STRING), ("Err", ERROR)))
LINK_ERROR_PTR = new_pointer(LINK_ERROR)
SYSCALL_ERROR = _named_struct("SyscallError", (("Syscall", STRING), ("Err", ERROR)))
SYSCALL_ERROR_PTR = new_pointer(SYSCALL_ERROR)
ERRNO = _Declared("sysErrno", "syscall", UINTPTR, "Errno")
FILE = _named_struct("File", (("fd", INT), ("name", STRING), ("closed", BOOL), ("appendMode", BOOL),
                              ("dirnames", _STRINGS_T), ("dirstarted", BOOL)))
FILE_PTR = new_pointer(FILE)
# processes: syscall's Signal, WaitStatus, Rusage and Timeval under stand-in names
SYS_SIGNAL = _Declared("sysSignal", "syscall", INT, "Signal")
WAIT_STATUS = _Declared("waitStatus", "syscall", UINT32, "WaitStatus")
TIMEVAL = _named_struct("timeval", (("Sec", INT64), ("Usec", INT64)), "syscall", "Timeval")
RUSAGE = _named_struct("rusage", (("Utime", TIMEVAL), ("Stime", TIMEVAL)) + tuple(
    (n, INT64) for n in ("Maxrss", "Ixrss", "Idrss", "Isrss", "Minflt", "Majflt", "Nswap", "Inblock",
                         "Oublock", "Msgsnd", "Msgrcv", "Nsignals", "Nvcsw", "Nivcsw")), "syscall", "Rusage")
RUSAGE_PTR = new_pointer(RUSAGE)
PROCESS = _named_struct("Process", (("Pid", INT), ("state", INT)))
PROCESS_STATE = _named_struct("ProcessState", (("pid", INT), ("status", WAIT_STATUS), ("rusage", RUSAGE_PTR)))

TYPES: dict[str, Named] = {
    "FileMode": FILE_MODE, "FileInfo": FILE_INFO, "fileStat": FILE_STAT, "DirEntry": DIR_ENTRY,
    "unixDirent": UNIX_DIRENT, "PathError": PATH_ERROR, "LinkError": LINK_ERROR,
    "SyscallError": SYSCALL_ERROR, "sysErrno": ERRNO, "File": FILE, "sysSignal": SYS_SIGNAL,
    "waitStatus": WAIT_STATUS, "timeval": TIMEVAL, "rusage": RUSAGE, "Process": PROCESS,
    "ProcessState": PROCESS_STATE,
}

_File = struct_class(FILE)
_FileStat = struct_class(FILE_STAT)
_UnixDirent = struct_class(UNIX_DIRENT)
_PathError = struct_class(PATH_ERROR)
_LinkError = struct_class(LINK_ERROR)
_SyscallError = struct_class(SYSCALL_ERROR)


def _method(t: Named, name: str, sig: Any, impl: Any, pointer: bool = True) -> None:
    """Declare a method of t and install it for interface dispatch."""
    t.methods[name] = FuncInfo(name, sig, pointer)
    setattr(new_pointer(t), "m_" + name, impl if pointer else (lambda p, *a: impl(p.v, *a)))
    if not pointer:
        setattr(t, "m_" + name, impl)


# ---------------------------------------------------------------------------
# Errors

ErrInvalid = _errors.New(b"invalid argument")
ErrPermission = _errors.New(b"permission denied")
ErrExist = _errors.New(b"file already exists")
ErrNotExist = _errors.New(b"file does not exist")
ErrClosed = _errors.New(b"file already closed")
ErrNoDeadline = _errors.New(b"file type does not support deadline")
ErrDeadlineExceeded = _errors.New(b"i/o timeout")
ErrProcessDone = _errors.New(b"os: process already finished")


def sysErrno_Error(e: int) -> bytes:
    s = ERRNO_TEXT.get(e)
    if s:
        return s
    return b"errno " + str(e).encode()


def sysErrno_Is(e: int, target: Any) -> bool:
    if target is None:
        return False
    if target == ErrPermission:
        return e in (_errno.EACCES, _errno.EPERM)
    if target == ErrExist:
        return e in (_errno.EEXIST, _errno.ENOTEMPTY)
    if target == ErrNotExist:
        return e == _errno.ENOENT
    if target == _errors.ErrUnsupported:
        return e in (_errno.ENOSYS, _errno.ENOTSUP, _errno.EOPNOTSUPP)
    return False


def sysErrno_Timeout(e: int) -> bool:
    return e in (_errno.EAGAIN, _errno.EWOULDBLOCK, _errno.ETIMEDOUT)


def sysErrno_Temporary(e: int) -> bool:
    return e in (_errno.EINTR, _errno.EMFILE, _errno.ENFILE) or sysErrno_Timeout(e)


_method(ERRNO, "Error", _SIG_STRING, sysErrno_Error, pointer=False)
_method(ERRNO, "Is", new_signature((ERROR,), (BOOL,)), sysErrno_Is, pointer=False)
_method(ERRNO, "Temporary", _SIG_BOOL, sysErrno_Temporary, pointer=False)
_method(ERRNO, "Timeout", _SIG_BOOL, sysErrno_Timeout, pointer=False)


def _errno_value(n: int) -> Iface:
    return Iface(ERRNO, n)


def _timeout_of(err: Any) -> bool:
    if err is None:
        return False
    f = getattr(err.t, "m_Timeout", None)
    return bool(f(err.v)) if f is not None else False


def PathError_Error(e: Any) -> bytes:
    return e.Op + b" " + e.Path + b": " + _errors.error_text(e.Err)


def PathError_Unwrap(e: Any) -> Any:
    return e.Err


def PathError_Timeout(e: Any) -> bool:
    return _timeout_of(e.Err)


def LinkError_Error(e: Any) -> bytes:
    return e.Op + b" " + e.Old + b" " + e.New + b": " + _errors.error_text(e.Err)


def LinkError_Unwrap(e: Any) -> Any:
    return e.Err


def SyscallError_Error(e: Any) -> bytes:
    return e.Syscall + b": " + _errors.error_text(e.Err)


def SyscallError_Unwrap(e: Any) -> Any:
    return e.Err


def SyscallError_Timeout(e: Any) -> bool:
    return _timeout_of(e.Err)


for _t, _impls in ((PATH_ERROR, (PathError_Error, PathError_Unwrap, PathError_Timeout)),
                   (LINK_ERROR, (LinkError_Error, LinkError_Unwrap, None)),
                   (SYSCALL_ERROR, (SyscallError_Error, SyscallError_Unwrap, SyscallError_Timeout))):
    _method(_t, "Error", _SIG_STRING, _impls[0])
    _method(_t, "Unwrap", _SIG_ERROR, _impls[1])
    if _impls[2] is not None:
        _method(_t, "Timeout", _SIG_BOOL, _impls[2])


def _path_error(op: bytes, path: bytes, err: Any) -> Iface:
    return Iface(PATH_ERROR_PTR, _PathError(op, path, err))


def _os_error(op: bytes, path: bytes, exc: OSError) -> Iface:
    """The *PathError for a failed system call."""
    return _path_error(op, path, _errno_value(exc.errno or _errno.EIO))


def NewSyscallError(syscall: bytes, err: Any) -> Any:
    if err is None:
        return None
    return Iface(SYSCALL_ERROR_PTR, _SyscallError(syscall, err))


def _underlying(err: Any) -> Any:
    if err is not None and err.t in (PATH_ERROR_PTR, LINK_ERROR_PTR, SYSCALL_ERROR_PTR):
        return err.v.Err
    return err


def _underlying_is(err: Any, target: Any) -> bool:
    err = _underlying(err)
    if err is None:
        return False
    if err == target:
        return True
    return err.t is ERRNO and sysErrno_Is(err.v, target)


def IsExist(err: Any) -> bool:
    return _underlying_is(err, ErrExist)


def IsNotExist(err: Any) -> bool:
    return _underlying_is(err, ErrNotExist)


def IsPermission(err: Any) -> bool:
    return _underlying_is(err, ErrPermission)


def IsTimeout(err: Any) -> bool:
    err = _underlying(err)
    return _timeout_of(err)


# ---------------------------------------------------------------------------
# FileMode

_MODE_CHARS = "dalTLDpSugct?"


def FileMode_String(m: int) -> bytes:
    out = [c for i, c in enumerate(_MODE_CHARS) if m & (1 << (31 - i))]
    if not out:
        out.append("-")
    out.extend(c if m & (1 << (8 - i)) else "-" for i, c in enumerate("rwxrwxrwx"))
    return "".join(out).encode()


MODE_DIR = 1 << 31
MODE_SYMLINK = 1 << 27
MODE_DEVICE = 1 << 26
MODE_NAMED_PIPE = 1 << 25
MODE_SOCKET = 1 << 24
MODE_SETUID = 1 << 23
MODE_SETGID = 1 << 22
MODE_CHAR_DEVICE = 1 << 21
MODE_STICKY = 1 << 20
MODE_IRREGULAR = 1 << 19
MODE_TYPE = MODE_DIR | MODE_SYMLINK | MODE_NAMED_PIPE | MODE_SOCKET | MODE_DEVICE | MODE_CHAR_DEVICE | MODE_IRREGULAR


def FileMode_IsDir(m: int) -> bool:
    return m & MODE_DIR != 0


def FileMode_IsRegular(m: int) -> bool:
    return m & MODE_TYPE == 0


def FileMode_Perm(m: int) -> int:
    return m & 0o777


def FileMode_Type(m: int) -> int:
    return m & MODE_TYPE


_method(FILE_MODE, "String", _SIG_STRING, FileMode_String, pointer=False)
_method(FILE_MODE, "IsDir", _SIG_BOOL, FileMode_IsDir, pointer=False)
_method(FILE_MODE, "IsRegular", _SIG_BOOL, FileMode_IsRegular, pointer=False)
_method(FILE_MODE, "Perm", _SIG_MODE, FileMode_Perm, pointer=False)
_method(FILE_MODE, "Type", _SIG_MODE, FileMode_Type, pointer=False)


def _mode_from_stat(st_mode: int) -> int:
    m = st_mode & 0o777
    fmt = _stat.S_IFMT(st_mode)
    if fmt == _stat.S_IFBLK:
        m |= MODE_DEVICE
    elif fmt == _stat.S_IFCHR:
        m |= MODE_DEVICE | MODE_CHAR_DEVICE
    elif fmt == _stat.S_IFDIR:
        m |= MODE_DIR
    elif fmt == _stat.S_IFIFO:
        m |= MODE_NAMED_PIPE
    elif fmt == _stat.S_IFLNK:
        m |= MODE_SYMLINK
    elif fmt == _stat.S_IFSOCK:
        m |= MODE_SOCKET
    if st_mode & _stat.S_ISGID:
        m |= MODE_SETGID
    if st_mode & _stat.S_ISUID:
        m |= MODE_SETUID
    if st_mode & _stat.S_ISVTX:
        m |= MODE_STICKY
    return m


def _syscall_mode(perm: int) -> int:
    m = perm & 0o777
    if perm & MODE_SETUID:
        m |= _stat.S_ISUID
    if perm & MODE_SETGID:
        m |= _stat.S_ISGID
    if perm & MODE_STICKY:
        m |= _stat.S_ISVTX
    return m


# ---------------------------------------------------------------------------
# FileInfo


def _basename(name: bytes) -> bytes:
    i = len(name) - 1
    while i > 0 and name[i] == 0x2F:
        name = name[:i]
        i -= 1
    i -= 1
    while i >= 0:
        if name[i] == 0x2F:
            name = name[i + 1:]
            break
        i -= 1
    return name


def _file_info(name: bytes, st: _os.stat_result) -> Iface:
    mtime = _time.Unix(st.st_mtime_ns // 1_000_000_000, st.st_mtime_ns % 1_000_000_000)
    fs = _FileStat(_basename(name), st.st_size, _mode_from_stat(st.st_mode), mtime, None)
    return Iface(FILE_STAT_PTR, fs)


def fileStat_Name(fs: Any) -> bytes:
    return fs.name


def fileStat_Size(fs: Any) -> int:
    return fs.size


def fileStat_Mode(fs: Any) -> int:
    return fs.mode


def fileStat_ModTime(fs: Any) -> Any:
    return fs.modTime._cp()


def fileStat_IsDir(fs: Any) -> bool:
    return fs.mode & MODE_DIR != 0


def fileStat_Sys(fs: Any) -> Any:
    return fs.sys


for _name, _sig, _impl in (("Name", _SIG_STRING, fileStat_Name), ("Size", new_signature((), (INT64,)), fileStat_Size),
                           ("Mode", _SIG_MODE, fileStat_Mode),
                           ("ModTime", new_signature((), (_time.TIME,)), fileStat_ModTime),
                           ("IsDir", _SIG_BOOL, fileStat_IsDir),
                           ("Sys", new_signature((), (EMPTY_INTERFACE,)), fileStat_Sys)):
    _method(FILE_STAT, _name, _sig, _impl)


def SameFile(fi1: Any, fi2: Any) -> bool:
    if fi1 is None or fi2 is None or fi1.t is not FILE_STAT_PTR or fi2.t is not FILE_STAT_PTR:
        return False
    a, b = fi1.v.sys, fi2.v.sys
    return a is not None and a == b


def _stat_info(name: bytes, op: bytes, follow: bool) -> tuple[Any, Any]:
    try:
        st = _os.stat(name) if follow else _os.lstat(name)
    except OSError as e:
        return None, _os_error(op, name, e)
    info = _file_info(name, st)
    info.v.sys = Iface(INT64, (st.st_dev << 32) ^ st.st_ino) if st.st_ino else None
    return info, None


def Stat(name: bytes) -> tuple[Any, Any]:
    return _stat_info(name, b"stat", True)


def Lstat(name: bytes) -> tuple[Any, Any]:
    return _stat_info(name, b"lstat", False)


# ---------------------------------------------------------------------------
# Directory entries


def unixDirent_Name(d: Any) -> bytes:
    return d.name


def unixDirent_IsDir(d: Any) -> bool:
    return d.typ & MODE_DIR != 0


def unixDirent_Type(d: Any) -> int:
    return d.typ


def unixDirent_Info(d: Any) -> tuple[Any, Any]:
    if d.info is not None:
        return d.info, None
    return Lstat(d.parent + b"/" + d.name)


def unixDirent_String(d: Any) -> bytes:
    return _format_dir_entry(d.typ, d.name, d.typ & MODE_DIR != 0)


def _format_dir_entry(typ: int, name: bytes, is_dir: bool) -> bytes:
    """fs.FormatDirEntry: the type letters of the mode, a space, the name (and / for dirs)."""
    s = FileMode_String(typ)
    s = s[:len(s) - 9] + b" " + name
    if is_dir:
        s += b"/"
    return s


for _name, _sig, _impl in (("Name", _SIG_STRING, unixDirent_Name), ("IsDir", _SIG_BOOL, unixDirent_IsDir),
                           ("Type", _SIG_MODE, unixDirent_Type),
                           ("Info", new_signature((), (FILE_INFO, ERROR)), unixDirent_Info),
                           ("String", _SIG_STRING, unixDirent_String)):
    _method(UNIX_DIRENT, _name, _sig, _impl)


def _dir_entry(parent: bytes, entry: _os.DirEntry) -> Iface:
    try:
        st = entry.stat(follow_symlinks=False)
        typ = _mode_from_stat(st.st_mode) & MODE_TYPE
    except OSError:
        typ = MODE_IRREGULAR
    return Iface(UNIX_DIRENT_PTR, _UnixDirent(parent, entry.name, typ, None))


def _list_dir(name: bytes) -> list:
    with _os.scandir(name) as it:
        return sorted(it, key=lambda e: e.name)


def ReadDir(name: bytes) -> tuple[Slice, Any]:
    try:
        fd = _os.open(name, _os.O_RDONLY | _os.O_CLOEXEC)
    except OSError as e:
        return NIL_SLICE, _os_error(b"open", name, e)
    try:
        entries = _list_dir(name)
    except OSError as e:
        return NIL_SLICE, _os_error(b"readdirent", name, e)
    finally:
        _os.close(fd)
    items = [_dir_entry(name, e) for e in entries]
    return (Slice(items, 0, len(items), len(items)) if items else NIL_SLICE), None


# ---------------------------------------------------------------------------
# Files


def _new_file(fd: int, name: bytes, append: bool = False) -> Any:
    return _File(fd, name, False, append, NIL_SLICE, False)


Stdin = _new_file(0, b"/dev/stdin")
Stdout = _new_file(1, b"/dev/stdout")
Stderr = _new_file(2, b"/dev/stderr")


def NewFile(fd: int, name: bytes) -> Any:
    if fd < 0 or fd >= 1 << 63:
        return None
    return _new_file(fd, name)


def _check(f: Any, op: bytes) -> Any:
    """The error for an operation on a nil or closed file, or None."""
    if f is None:
        return ErrInvalid
    if f.closed:
        return _path_error(op, f.name, ErrClosed)
    return None


def File_Name(f: Any) -> bytes:
    return f.name


def File_Fd(f: Any) -> int:
    if f is None or f.closed:
        return (1 << 64) - 1
    return f.fd


def File_Close(f: Any) -> Any:
    if f is None:
        return ErrInvalid
    if f.closed:
        return _path_error(b"close", f.name, ErrClosed)
    f.closed = True
    if f.fd > 2:
        try:
            _os.close(f.fd)
        except OSError as e:
            return _os_error(b"close", f.name, e)
    return None


def _bytes_of(b: Slice) -> bytes:
    if b.a is None or b.len == 0:
        return b""
    return bytes(b.a[b.off:b.off + b.len])


def _write(f: Any, data: bytes, op: bytes = b"write") -> tuple[int, Any]:
    err = _check(f, op)
    if err is not None:
        return 0, err
    fd = f.fd
    if fd == 1 or fd == 2:
        _osio.fd_write(fd, data)
        return len(data), None
    n = 0
    try:
        while n < len(data):
            n += _os.write(fd, data[n:])
    except OSError as e:
        return n, _os_error(op, f.name, e)
    return n, None


def File_Write(f: Any, b: Slice) -> tuple[int, Any]:
    return _write(f, _bytes_of(b))


def File_WriteString(f: Any, s: bytes) -> tuple[int, Any]:
    return _write(f, s)


def File_WriteAt(f: Any, b: Slice, off: int) -> tuple[int, Any]:
    err = _check(f, b"write")
    if err is not None:
        return 0, err
    if f.appendMode:
        return 0, _errors.New(b"os: invalid use of WriteAt on file opened with O_APPEND")
    if off < 0:
        return 0, _path_error(b"writeat", f.name, _errors.New(b"negative offset"))
    data = _bytes_of(b)
    n = 0
    try:
        while n < len(data):
            n += _os.pwrite(f.fd, data[n:], off + n)
    except OSError as e:
        return n, _os_error(b"write", f.name, e)
    return n, None


def _read_into(b: Slice, data: bytes) -> int:
    n = len(data)
    if n:
        b.a[b.off:b.off + n] = data
    return n


def File_Read(f: Any, b: Slice) -> tuple[int, Any]:
    err = _check(f, b"read")
    if err is not None:
        return 0, err
    if b.len == 0:
        return 0, None
    if f.fd == 0:
        _osio.flush()
    try:
        data = _os.read(f.fd, b.len)
    except OSError as e:
        return 0, _os_error(b"read", f.name, e)
    if not data:
        return 0, _io.EOF
    return _read_into(b, data), None


def File_ReadAt(f: Any, b: Slice, off: int) -> tuple[int, Any]:
    err = _check(f, b"read")
    if err is not None:
        return 0, err
    if off < 0:
        return 0, _path_error(b"readat", f.name, _errors.New(b"negative offset"))
    n = 0
    want = b.len
    while n < want:
        try:
            data = _os.pread(f.fd, want - n, off + n)
        except OSError as e:
            return n, _os_error(b"read", f.name, e)
        if not data:
            return n, _io.EOF
        b.a[b.off + n:b.off + n + len(data)] = data
        n += len(data)
    return n, None


def File_Seek(f: Any, offset: int, whence: int) -> tuple[int, Any]:
    err = _check(f, b"seek")
    if err is not None:
        return 0, err
    try:
        return _os.lseek(f.fd, offset, whence), None
    except OSError as e:
        return 0, _os_error(b"seek", f.name, e)


def File_Stat(f: Any) -> tuple[Any, Any]:
    if f is None:
        return None, ErrInvalid
    if f.closed:
        return None, _path_error(b"stat", f.name, ErrClosed)
    try:
        st = _os.fstat(f.fd)
    except OSError as e:
        return None, _os_error(b"stat", f.name, e)
    info = _file_info(f.name, st)
    info.v.sys = Iface(INT64, (st.st_dev << 32) ^ st.st_ino) if st.st_ino else None
    return info, None


def File_Sync(f: Any) -> Any:
    err = _check(f, b"sync")
    if err is not None:
        return err
    if f.fd in (1, 2):
        _osio.flush()
    try:
        _os.fsync(f.fd)
    except OSError as e:
        return _os_error(b"sync", f.name, e)
    return None


def File_Truncate(f: Any, size: int) -> Any:
    err = _check(f, b"truncate")
    if err is not None:
        return err
    try:
        _os.ftruncate(f.fd, size)
    except OSError as e:
        return _os_error(b"truncate", f.name, e)
    return None


def File_Chmod(f: Any, mode: int) -> Any:
    err = _check(f, b"chmod")
    if err is not None:
        return err
    try:
        _os.fchmod(f.fd, _syscall_mode(mode))
    except OSError as e:
        return _os_error(b"chmod", f.name, e)
    return None


def _dir_names(f: Any) -> tuple[list, Any]:
    if not f.dirstarted:
        try:
            names = sorted(_os.fsencode(n) for n in _os.listdir(f.fd))  # listdir(fd) gives str names
        except OSError as e:
            return [], _os_error(b"readdirent", f.name, e)
        f.dirstarted = True
        f.dirnames = Slice(names, 0, len(names), len(names))
    return list(f.dirnames.elems()), None


def _take(f: Any, n: int) -> tuple[list, Any]:
    names, err = _dir_names(f)
    if err is not None:
        return [], err
    if n > 0:
        if not names:
            return [], _io.EOF
        taken, rest = names[:n], names[n:]
    else:
        taken, rest = names, []
    f.dirnames = Slice(rest, 0, len(rest), len(rest))
    return taken, None


def File_Readdirnames(f: Any, n: int) -> tuple[Slice, Any]:
    err = _check(f, b"readdirent")
    if err is not None:
        return NIL_SLICE, err
    names, err = _take(f, n)
    if not names:
        return (NIL_SLICE if n > 0 else Slice([], 0, 0, 0)), err
    return Slice(names, 0, len(names), len(names)), err


def File_ReadDir(f: Any, n: int) -> tuple[Slice, Any]:
    err = _check(f, b"readdirent")
    if err is not None:
        return NIL_SLICE, err
    names, err = _take(f, n)
    items = []
    for name in names:
        try:
            st = _os.lstat(f.name + b"/" + name)
            typ = _mode_from_stat(st.st_mode) & MODE_TYPE
        except OSError:
            continue
        items.append(Iface(UNIX_DIRENT_PTR, _UnixDirent(f.name, name, typ, None)))
    if not items:
        return NIL_SLICE, err
    return Slice(items, 0, len(items), len(items)), err


_BYTES_T = new_slice(UINT8)
for _name, _sig, _impl in (
        ("Close", _SIG_ERROR, File_Close), ("Fd", new_signature((), (UINTPTR,)), File_Fd),
        ("Name", _SIG_STRING, File_Name), ("Read", new_signature((_BYTES_T,), (INT, ERROR)), File_Read),
        ("ReadAt", new_signature((_BYTES_T, INT64), (INT, ERROR)), File_ReadAt),
        ("Seek", new_signature((INT64, INT), (INT64, ERROR)), File_Seek),
        ("Stat", new_signature((), (FILE_INFO, ERROR)), File_Stat), ("Sync", _SIG_ERROR, File_Sync),
        ("Truncate", new_signature((INT64,), (ERROR,)), File_Truncate),
        ("Chmod", new_signature((FILE_MODE,), (ERROR,)), File_Chmod),
        ("Readdirnames", new_signature((INT,), (_STRINGS_T, ERROR)), File_Readdirnames),
        ("ReadDir", new_signature((INT,), (new_slice(DIR_ENTRY), ERROR)), File_ReadDir),
        ("Write", new_signature((_BYTES_T,), (INT, ERROR)), File_Write),
        ("WriteAt", new_signature((_BYTES_T, INT64), (INT, ERROR)), File_WriteAt),
        ("WriteString", new_signature((STRING,), (INT, ERROR)), File_WriteString)):
    _method(FILE, _name, _sig, _impl)


def OpenFile(name: bytes, flag: int, perm: int) -> tuple[Any, Any]:
    try:
        fd = _os.open(name, flag | _os.O_CLOEXEC, _syscall_mode(perm))
    except OSError as e:
        return None, _os_error(b"open", name, e)
    return _new_file(fd, name, bool(flag & _os.O_APPEND)), None


def Open(name: bytes) -> tuple[Any, Any]:
    return OpenFile(name, _os.O_RDONLY, 0)


def Create(name: bytes) -> tuple[Any, Any]:
    return OpenFile(name, _os.O_RDWR | _os.O_CREAT | _os.O_TRUNC, 0o666)


_SITE_READFILE = ("os.ReadFile", "os/file.go", 0)


def ReadFile(name: bytes) -> tuple[Slice, Any]:
    f, err = Open(name)
    if err is not None:
        return NIL_SLICE, err
    try:
        size = 0
        try:
            size = _os.fstat(f.fd).st_size
        except OSError:
            pass
        size += 1
        if size < 512:
            size = 512
        cap = size
        _malloc.alloc_array(UINT8, cap, _SITE_READFILE)
        buf = bytearray(cap)
        n = 0
        while True:
            try:
                data = _os.read(f.fd, cap - n)
            except OSError as e:
                return Slice(buf, 0, n, cap), _os_error(b"read", name, e)
            if not data:
                return Slice(buf, 0, n, cap), None
            buf[n:n + len(data)] = data
            n += len(data)
            if n >= cap:  # d := append(data[:cap(data)], 0)
                new_cap = grow_cap(cap, cap + 1, 1, False)
                _malloc.alloc_array(UINT8, new_cap, _SITE_READFILE)
                buf.extend(bytes(new_cap - cap))
                cap = new_cap
    finally:
        File_Close(f)


def WriteFile(name: bytes, data: Slice, perm: int) -> Any:
    f, err = OpenFile(name, _os.O_WRONLY | _os.O_CREAT | _os.O_TRUNC, perm)
    if err is not None:
        return err
    _, err = File_Write(f, data)
    err1 = File_Close(f)
    if err1 is not None and err is None:
        err = err1
    return err


# ---------------------------------------------------------------------------
# Directories and paths


def Remove(name: bytes) -> Any:
    try:
        _os.unlink(name)
        return None
    except OSError as e:
        e_unlink = e
    try:
        _os.rmdir(name)
        return None
    except OSError as e1:
        e = e1 if e1.errno != _errno.ENOTDIR else e_unlink
        return _os_error(b"remove", name, e)


def _ends_with_dot(path: bytes) -> bool:
    if path == b".":
        return True
    return len(path) >= 2 and path.endswith(b"/.")


def RemoveAll(path: bytes) -> Any:
    if not path:
        return None
    if _ends_with_dot(path):
        return _path_error(b"RemoveAll", path, _errno_value(_errno.EINVAL))
    try:
        st = _os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as e:
        return _os_error(b"lstat", path, e)
    if not _stat.S_ISDIR(st.st_mode):
        try:
            _os.unlink(path)
        except FileNotFoundError:
            return None
        except OSError as e:
            return _os_error(b"unlinkat", path, e)
        return None
    first: list = []

    def onerror(func: Any, p: Any, exc_info: Any) -> None:
        exc = exc_info[1]
        if isinstance(exc, FileNotFoundError):
            return
        if not first and isinstance(exc, OSError):
            first.append(_os_error(b"unlinkat", p if isinstance(p, bytes) else _os.fsencode(p), exc))

    import shutil
    shutil.rmtree(path, onerror=onerror)
    return first[0] if first else None


def Rename(oldpath: bytes, newpath: bytes) -> Any:
    def link_error(err: Any) -> Iface:
        return Iface(LINK_ERROR_PTR, _LinkError(b"rename", oldpath, newpath, err))
    fi, err = Lstat(newpath)
    if err is None and fileStat_IsDir(fi.v):
        ofi, err = Lstat(oldpath)
        if err is not None:
            return link_error(err.v.Err)
        if newpath == oldpath or not SameFile(fi, ofi):
            return link_error(_errno_value(_errno.EEXIST))
    try:
        _os.rename(oldpath, newpath)
    except OSError as e:
        return link_error(_errno_value(e.errno or _errno.EIO))
    return None


def Mkdir(name: bytes, perm: int) -> Any:
    try:
        _os.mkdir(name, _syscall_mode(perm))
    except OSError as e:
        return _os_error(b"mkdir", name, e)
    return None


def MkdirAll(path: bytes, perm: int) -> Any:
    """Go's MkdirAll: create path and any missing parents."""
    try:
        st = _os.stat(path)
        if _stat.S_ISDIR(st.st_mode):
            return None
        return _path_error(b"mkdir", path, _errno_value(_errno.ENOTDIR))
    except OSError:
        pass
    i = len(path)
    while i > 0 and path[i - 1] == 0x2F:
        i -= 1
    j = i
    while j > 0 and path[j - 1] != 0x2F:
        j -= 1
    if j > 1:
        err = MkdirAll(path[:j - 1], perm)
        if err is not None:
            return err
    err = Mkdir(path, perm)
    if err is not None:
        try:
            if _stat.S_ISDIR(_os.lstat(path).st_mode):
                return None
        except OSError:
            pass
        return err
    return None


def _pattern_parts(op: bytes, pattern: bytes) -> tuple[bytes, bytes, Any]:
    if b"/" in pattern:
        return b"", b"", _path_error(op, pattern, _errors.New(b"pattern contains path separator"))
    i = pattern.rfind(b"*")
    if i >= 0:
        return pattern[:i], pattern[i + 1:], None
    return pattern, b"", None


def _random_name() -> bytes:
    import random
    return str(random.getrandbits(32)).encode()


def _join_dir(d: bytes, name: bytes) -> bytes:
    if d and d[-1:] == b"/":
        return d + name
    return d + b"/" + name


def MkdirTemp(dir: bytes, pattern: bytes) -> tuple[bytes, Any]:
    if not dir:
        dir = TempDir()
    prefix, suffix, err = _pattern_parts(b"mkdirtemp", pattern)
    if err is not None:
        return b"", err
    prefix = _join_dir(dir, prefix)
    tries = 0
    while True:
        name = prefix + _random_name() + suffix
        err = Mkdir(name, 0o700)
        if err is None:
            return name, None
        if IsExist(err):
            tries += 1
            if tries < 10000:
                continue
            return b"", _path_error(b"mkdirtemp", dir + b"/" + prefix + b"*" + suffix, ErrExist)
        if IsNotExist(err):
            _, err2 = Stat(dir)
            if IsNotExist(err2):
                return b"", err2
        return b"", err


def CreateTemp(dir: bytes, pattern: bytes) -> tuple[Any, Any]:
    if not dir:
        dir = TempDir()
    prefix, suffix, err = _pattern_parts(b"createtemp", pattern)
    if err is not None:
        return None, err
    prefix = _join_dir(dir, prefix)
    tries = 0
    while True:
        name = prefix + _random_name() + suffix
        f, err = OpenFile(name, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        if IsExist(err):
            tries += 1
            if tries < 10000:
                continue
            return None, _path_error(b"createtemp", prefix + b"*" + suffix, ErrExist)
        return f, err


def Chmod(name: bytes, mode: int) -> Any:
    try:
        _os.chmod(name, _syscall_mode(mode))
    except OSError as e:
        return _os_error(b"chmod", name, e)
    return None


def Chdir(dir: bytes) -> Any:
    try:
        _os.chdir(dir)
    except OSError as e:
        return _os_error(b"chdir", dir, e)
    return None


def Truncate(name: bytes, size: int) -> Any:
    try:
        _os.truncate(name, size)
    except OSError as e:
        return _os_error(b"truncate", name, e)
    return None


def Symlink(oldname: bytes, newname: bytes) -> Any:
    try:
        _os.symlink(oldname, newname)
    except OSError as e:
        return Iface(LINK_ERROR_PTR, _LinkError(b"symlink", oldname, newname, _errno_value(e.errno or _errno.EIO)))
    return None


def Readlink(name: bytes) -> tuple[bytes, Any]:
    try:
        return _os.readlink(name), None
    except OSError as e:
        return b"", _os_error(b"readlink", name, e)


def TempDir() -> bytes:
    d = _os.environb.get(b"TMPDIR", b"")
    if not d:
        d = b"/tmp"
    return d


def Getwd() -> tuple[bytes, Any]:
    try:
        return _os.getcwdb(), None
    except OSError as e:
        return b"", NewSyscallError(b"getwd", _errno_value(e.errno or _errno.EIO))


def UserHomeDir() -> tuple[bytes, Any]:
    v = _os.environb.get(b"HOME", b"")
    if not v:
        return b"", _errors.New(b"$HOME is not defined")
    return v, None


def UserCacheDir() -> tuple[bytes, Any]:
    d = _os.environb.get(b"XDG_CACHE_HOME", b"")
    if not d:
        home = _os.environb.get(b"HOME", b"")
        if not home:
            return b"", _errors.New(b"neither $XDG_CACHE_HOME nor $HOME are defined")
        d = home + b"/.cache"
    elif not d.startswith(b"/"):
        return b"", _errors.New(b"path in $XDG_CACHE_HOME is relative")
    return d, None


def UserConfigDir() -> tuple[bytes, Any]:
    d = _os.environb.get(b"XDG_CONFIG_HOME", b"")
    if not d:
        home = _os.environb.get(b"HOME", b"")
        if not home:
            return b"", _errors.New(b"neither $XDG_CONFIG_HOME nor $HOME are defined")
        d = home + b"/.config"
    elif not d.startswith(b"/"):
        return b"", _errors.New(b"path in $XDG_CONFIG_HOME is relative")
    return d, None


def Hostname() -> tuple[bytes, Any]:
    return _os.uname().nodename.encode(), None


def Executable() -> tuple[bytes, Any]:
    if Args.len and Args.a is not None:
        p = Args.a[Args.off]
        return _os.path.abspath(p), None
    return _os.fsencode(_sys.executable), None


def Getpid() -> int:
    return _os.getpid()


def Getppid() -> int:
    return _os.getppid()


def Getuid() -> int:
    return _os.getuid()


def Geteuid() -> int:
    return _os.geteuid()


def Getgid() -> int:
    return _os.getgid()


def Getegid() -> int:
    return _os.getegid()


def Getpagesize() -> int:
    return 4096


# ---------------------------------------------------------------------------
# Process


def Exit(code: int) -> None:
    """os.Exit: the program ends at once with the status; deferred calls do not run."""
    go_exit(code)


Args: Slice = Slice([_os.fsencode(a) for a in _sys.argv[:1]], 0, 1, 1)


def set_args(args: list[str]) -> None:
    """Called by the driver before main runs: os.Args is the program name and its arguments."""
    global Args
    items = [a if isinstance(a, bytes) else _os.fsencode(a) for a in args]
    Args = Slice(items, 0, len(items), len(items))


# ---------------------------------------------------------------------------
# Environment


def Getenv(key: bytes) -> bytes:
    return _os.environb.get(key, b"")


def LookupEnv(key: bytes) -> tuple[bytes, bool]:
    v = _os.environb.get(key)
    if v is None:
        return b"", False
    return v, True


def Setenv(key: bytes, value: bytes) -> Any:
    if not key or b"=" in key or b"\x00" in key or b"\x00" in value:
        return NewSyscallError(b"setenv", _errno_value(_errno.EINVAL))
    _os.environb[key] = value
    return None


def Unsetenv(key: bytes) -> Any:
    _os.environb.pop(key, None)
    return None


def Clearenv() -> None:
    _os.environb.clear()


def Environ() -> Slice:
    items = [k + b"=" + v for k, v in _os.environb.items()]
    return Slice(items, 0, len(items), len(items))


def _is_shell_special(c: int) -> bool:
    return c in b"*#$@!?-" or 0x30 <= c <= 0x39


def _is_alnum(c: int) -> bool:
    return c == 0x5F or 0x30 <= c <= 0x39 or 0x61 <= c <= 0x7A or 0x41 <= c <= 0x5A


def _get_shell_name(s: bytes) -> tuple[bytes, int]:
    if s[0] == 0x7B:  # {
        if len(s) > 2 and _is_shell_special(s[1]) and s[2] == 0x7D:
            return s[1:2], 3
        for i in range(1, len(s)):
            if s[i] == 0x7D:
                if i == 1:
                    return b"", 2  # bad syntax; eat "${}"
                return s[1:i], i + 1
        return b"", 1  # bad syntax; eat "${"
    if _is_shell_special(s[0]):
        return s[0:1], 1
    i = 0
    while i < len(s) and _is_alnum(s[i]):
        i += 1
    return s[:i], i


def Expand(s: bytes, mapping: Callable[[bytes], bytes]) -> bytes:
    buf: bytearray | None = None
    i = 0
    j = 0
    while j < len(s):
        if s[j] == 0x24 and j + 1 < len(s):  # $
            if buf is None:
                buf = bytearray()
            buf += s[i:j]
            name, w = _get_shell_name(s[j + 1:])
            if name == b"" and w > 0:
                pass  # invalid syntax: eat the characters
            elif name == b"":
                buf.append(s[j])  # valid syntax but $ was not followed by a name: keep the $
            else:
                buf += mapping(name)
            j += w
            i = j + 1
        j += 1
    if buf is None:
        return s
    return bytes(buf) + s[i:]


def ExpandEnv(s: bytes) -> bytes:
    return Expand(s, Getenv)


# ---------------------------------------------------------------------------
# Owners, times, links, pipes, deadlines


def IsPathSeparator(c: int) -> bool:
    return c == 0x2F


def Chown(name: bytes, uid: int, gid: int) -> Any:
    try:
        _os.chown(name, uid, gid)
    except OSError as e:
        return _os_error(b"chown", name, e)
    return None


def Lchown(name: bytes, uid: int, gid: int) -> Any:
    try:
        _os.lchown(name, uid, gid)
    except OSError as e:
        return _os_error(b"lchown", name, e)
    return None


def File_Chown(f: Any, uid: int, gid: int) -> Any:
    err = _check(f, b"chown")
    if err is not None:
        return err
    try:
        _os.fchown(f.fd, uid, gid)
    except OSError as e:
        return _os_error(b"chown", f.name, e)
    return None


def File_Chdir(f: Any) -> Any:
    err = _check(f, b"chdir")
    if err is not None:
        return err
    try:
        _os.fchdir(f.fd)
    except OSError as e:
        return _os_error(b"chdir", f.name, e)
    return None


def Chtimes(name: bytes, atime: Any, mtime: Any) -> Any:
    """A zero Time leaves that time unchanged (UTIME_OMIT), as Go's Chtimes."""
    try:
        old = _os.stat(name) if _time.Time_IsZero(atime) or _time.Time_IsZero(mtime) else None
        a = old.st_atime_ns if old is not None and _time.Time_IsZero(atime) else _time.Time_UnixNano(atime)
        m = old.st_mtime_ns if old is not None and _time.Time_IsZero(mtime) else _time.Time_UnixNano(mtime)
        _os.utime(name, ns=(a, m))
    except OSError as e:
        return _os_error(b"chtimes", name, e)
    return None


def Link(oldname: bytes, newname: bytes) -> Any:
    try:
        _os.link(oldname, newname)
    except OSError as e:
        return Iface(LINK_ERROR_PTR, _LinkError(b"link", oldname, newname, _errno_value(e.errno or _errno.EIO)))
    return None


def Getgroups() -> tuple[Slice, Any]:
    try:
        groups = _os.getgroups()
    except OSError as e:
        return NIL_SLICE, NewSyscallError(b"getgroups", _errno_value(e.errno or _errno.EIO))
    return Slice(groups, 0, len(groups), len(groups)), None


# files Go's runtime poller would accept (pipes): their SetDeadline calls succeed
_pollable: set[int] = set()


def Pipe() -> tuple[Any, Any, Any]:
    """os.Pipe. gomem has no poller: a read of an empty pipe or a write to a full one blocks
    the whole program, not just the goroutine."""
    try:
        r, w = _os.pipe2(_os.O_CLOEXEC)
    except OSError as e:
        return None, None, NewSyscallError(b"pipe2", _errno_value(e.errno or _errno.EIO))
    _pollable.update((r, w))
    return _new_file(r, b"|0"), _new_file(w, b"|1"), None


def _set_deadline(f: Any, op: bytes) -> Any:
    if f is None:
        return ErrInvalid
    if f.closed:
        return _path_error(op, f.name, ErrClosed)
    return None if f.fd in _pollable else ErrNoDeadline


def File_SetDeadline(f: Any, t: Any) -> Any:
    return _set_deadline(f, b"SetDeadline")


def File_SetReadDeadline(f: Any, t: Any) -> Any:
    return _set_deadline(f, b"SetReadDeadline")


def File_SetWriteDeadline(f: Any, t: Any) -> Any:
    return _set_deadline(f, b"SetWriteDeadline")


def File_Readdir(f: Any, n: int) -> tuple[Slice, Any]:
    err = _check(f, b"readdirent")
    if err is not None:
        return NIL_SLICE, err
    names, err = _take(f, n)
    infos = []
    for name in names:
        info, lerr = _stat_info(f.name + b"/" + name, b"lstat", False)
        if lerr is None:
            infos.append(info)
    if not infos:
        return (NIL_SLICE if n > 0 else Slice([], 0, 0, 0)), err
    return Slice(infos, 0, len(infos), len(infos)), err


_COPY_CHUNK = 32 * 1024  # io.Copy's buffer


def File_ReadFrom(f: Any, r: Any) -> tuple[int, Any]:
    """Copy r into f until r's EOF (Go's io.Copy loop: a short or failed write ends it)."""
    err = _check(f, b"write")
    if err is not None:
        return 0, err
    buf = Slice(bytearray(_COPY_CHUNK), 0, _COPY_CHUNK, _COPY_CHUNK)
    total = 0
    while True:
        n, rerr = r.t.m_Read(r.v, buf)
        if n > 0:
            w, werr = _write(f, bytes(buf.a[:n]))
            total += w
            if werr is not None:
                return total, werr
        if rerr is not None:
            return total, None if rerr == _io.EOF else rerr


def File_WriteTo(f: Any, w: Any) -> tuple[int, Any]:
    """Copy f into w until f's end."""
    err = _check(f, b"read")
    if err is not None:
        return 0, err
    total = 0
    while True:
        try:
            data = _os.read(f.fd, _COPY_CHUNK)
        except OSError as e:
            return total, _os_error(b"read", f.name, e)
        if not data:
            return total, None
        n, werr = w.t.m_Write(w.v, Slice(bytearray(data), 0, len(data), len(data)))
        total += n
        if werr is not None:
            return total, werr
        if n != len(data):
            return total, getattr(_io, "ErrShortWrite", None) or _errors.New(b"short write")


# ---------------------------------------------------------------------------
# Processes: StartProcess forks and execs (reporting an exec failure through a close-on-exec
# pipe, as Go does); Wait is wait4, which also gives the rusage of UserTime/SystemTime.

# syscall's signal names (Go's table for linux/amd64; others print as "signal N")
_SIGNAL_NAMES = (
    "", "hangup", "interrupt", "quit", "illegal instruction", "trace/breakpoint trap", "aborted",
    "bus error", "floating point exception", "killed", "user defined signal 1", "segmentation fault",
    "user defined signal 2", "broken pipe", "alarm clock", "terminated", "stack fault", "child exited",
    "continued", "stopped (signal)", "stopped", "stopped (tty input)", "stopped (tty output)",
    "urgent I/O condition", "CPU time limit exceeded", "file size limit exceeded",
    "virtual timer expired", "profiling timer expired", "window changed", "I/O possible",
    "power failure", "bad system call",
)


def sysSignal_String(s: int) -> bytes:  # noqa: N802 - Go method name
    if 0 <= s < len(_SIGNAL_NAMES) and _SIGNAL_NAMES[s]:
        return _SIGNAL_NAMES[s].encode()
    return b"signal " + str(s).encode()


def sysSignal_Signal(s: int) -> None:  # noqa: N802 - Go method name
    return None


_method(SYS_SIGNAL, "String", _SIG_STRING, sysSignal_String, pointer=False)
_method(SYS_SIGNAL, "Signal", new_signature((), ()), sysSignal_Signal, pointer=False)

Interrupt = Iface(SYS_SIGNAL, 2)
Kill = Iface(SYS_SIGNAL, 9)

_Process = struct_class(PROCESS)
_ProcessState = struct_class(PROCESS_STATE)
_Rusage = struct_class(RUSAGE)
_Timeval = struct_class(TIMEVAL)
_RUNNING, _DONE, _RELEASED = 0, 1, 2
_PID_RELEASED = -1


def _items(s: Slice | None) -> list:
    """The elements of a slice (a nil slice may arrive as None)."""
    return [] if s is None or s.a is None else list(s.a[s.off:s.off + s.len])


def _dedup_env(env: list[bytes]) -> list[bytes]:
    """Go keeps the last value of a repeated key (in the order of those last occurrences)."""
    seen: set[bytes] = set()
    out = []
    for kv in reversed(env):
        key = kv.split(b"=", 1)[0] if b"=" in kv[1:] else kv
        if key not in seen:
            seen.add(key)
            out.append(kv)
    out.reverse()
    return out


def _execve_no_args(path: bytes, env: dict[bytes, bytes]) -> None:
    """execve with an empty argv, as Go allows (Python's os.execve refuses it): through libc."""
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    entries = [k + b"=" + v for k, v in env.items()]
    envp = (ctypes.c_char_p * (len(entries) + 1))(*entries, None)
    libc.execve(path, (ctypes.c_char_p * 1)(None), envp)
    raise OSError(ctypes.get_errno(), "execve")


def _exec_child(path: bytes, argv: list[bytes], env: dict[bytes, bytes], fds: list[int], err_w: int) -> None:
    """In the forked child: set up the fds and exec; on failure report errno to the parent."""
    import fcntl
    import signal
    try:
        for sig in (signal.SIGPIPE, signal.SIGXFSZ):  # Python ignores these; the program must not
            signal.signal(sig, signal.SIG_DFL)
        n = len(fds)
        # first move every source above the targets, so that no dup2 clobbers a later source
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, max(n, 3)) if fd >= 0 else -1 for fd in fds]
        for i, fd in enumerate(high):
            if fd >= 0:
                _os.dup2(fd, i, inheritable=True)
            else:
                try:
                    _os.close(i)
                except OSError:
                    pass
        if argv:
            _os.execve(path, argv, env)
        _execve_no_args(path, env)
    except OSError as e:
        _os.write(err_w, (e.errno or _errno.EIO).to_bytes(4, "little"))
    except Exception:  # noqa: BLE001 - e.g. a NUL byte in an argument: Go's EINVAL
        _os.write(err_w, _errno.EINVAL.to_bytes(4, "little"))
    finally:
        _os._exit(127)


def StartProcess(name: bytes, argv: Slice, attr: Any) -> tuple[Any, Any]:  # noqa: N802
    dir_ = attr.Dir
    if dir_:
        try:
            _os.stat(dir_)
        except OSError as e:
            return None, _os_error(b"chdir", dir_, e)
    args = _items(argv)
    if attr.Env is None or attr.Env.a is None:
        env = [k + b"=" + v for k, v in _os.environb.items()]
    else:
        env = _dedup_env(_items(attr.Env))
    files = _items(attr.Files)
    fds = [-1 if f is None or f.closed else f.fd for f in files]
    # (execve takes a mapping: an entry without "=" cannot be passed and is left out)
    env_map = dict(kv.split(b"=", 1) for kv in env if b"=" in kv)
    _osio.flush()  # the program's output so far comes before the child's
    err_r, err_w = _os.pipe()
    pid = _os.fork()
    if pid == 0:  # pragma: no cover - the child execs or exits
        _os.close(err_r)
        if dir_:
            try:
                _os.chdir(dir_)
            except OSError as e:
                _os.write(err_w, (e.errno or _errno.EIO).to_bytes(4, "little"))
                _os._exit(127)
        _exec_child(name, args, env_map, fds, err_w)
    _os.close(err_w)
    try:
        report = b""
        while True:
            chunk = _os.read(err_r, 4)
            if not chunk:
                break
            report += chunk
    finally:
        _os.close(err_r)
    if report:
        _os.waitpid(pid, 0)
        return None, _path_error(b"fork/exec", name, _errno_value(int.from_bytes(report[:4], "little")))
    p = _Process()
    p.Pid = pid
    return p, None


def FindProcess(pid: int) -> tuple[Any, Any]:  # noqa: N802
    """On Unix FindProcess always succeeds: a process that does not exist is one already done."""
    p = _Process()
    p.Pid = pid
    try:
        _os.kill(pid, 0)
    except ProcessLookupError:
        p.state = _DONE
    except OSError:
        pass  # e.g. another user's process: it exists
    return p, None


def Process_Signal(p: Any, sig: Any) -> Any:  # noqa: N802
    if sig is None or sig.t is not SYS_SIGNAL:
        return _errors.New(b"os: unsupported signal type")
    if p.state == _RELEASED or p.Pid == _PID_RELEASED:
        return _errors.New(b"os: process already released")
    if p.state == _DONE:
        return ErrProcessDone
    try:
        _os.kill(p.Pid, sig.v)
    except ProcessLookupError:
        return ErrProcessDone
    except OSError as e:
        return _errno_value(e.errno or _errno.EIO)
    return None


def Process_Kill(p: Any) -> Any:  # noqa: N802
    return Process_Signal(p, Kill)


def Process_Release(p: Any) -> Any:  # noqa: N802
    p.state = _RELEASED
    p.Pid = _PID_RELEASED
    return None


def _wait4(pid: int) -> tuple[int, int, Any]:
    """wait4 without stopping the other goroutines: poll while any other goroutine exists."""
    from gomem.runtime import sched
    delay = 1_000_000  # ns
    _osio.flush()
    while sched.num_goroutine() > 1:
        wpid, status, ru = _os.wait4(pid, _os.WNOHANG)
        if wpid != 0:
            return wpid, status, ru
        sched.current.sleep(delay)
        delay = min(delay * 2, 20_000_000)
    return _os.wait4(pid, 0)


def Process_Wait(p: Any) -> tuple[Any, Any]:  # noqa: N802
    if p.state == _RELEASED:
        return None, _errno_value(_errno.EINVAL)
    if p.state == _DONE:
        return None, NewSyscallError(b"wait", _errno_value(_errno.ECHILD))
    while True:
        try:
            wpid, status, ru = _wait4(p.Pid)
            break
        except InterruptedError:
            continue
        except OSError as e:
            return None, NewSyscallError(b"waitid", _errno_value(e.errno or _errno.EIO))
    p.state = _DONE
    usage = _Rusage()
    for go_name, tv in (("Utime", ru.ru_utime), ("Stime", ru.ru_stime)):
        sec = int(tv)
        setattr(usage, go_name, _Timeval(sec, round((tv - sec) * 1e6)))
    for go_name in ("Maxrss", "Ixrss", "Idrss", "Isrss", "Minflt", "Majflt", "Nswap", "Inblock",
                    "Oublock", "Msgsnd", "Msgrcv", "Nsignals", "Nvcsw", "Nivcsw"):
        setattr(usage, go_name, getattr(ru, "ru_" + go_name.lower()))
    st = _ProcessState()
    st.pid, st.status, st.rusage = wpid, status, usage
    return st, None


def _need_state(p: Any) -> None:
    if p is None:
        from gomem.runtime.panic import panic_nil_deref
        panic_nil_deref()


def ProcessState_Exited(p: Any) -> bool:  # noqa: N802
    _need_state(p)
    return _os.WIFEXITED(p.status)


def ProcessState_ExitCode(p: Any) -> int:  # noqa: N802
    if p is None:
        return -1
    return _os.WEXITSTATUS(p.status) if _os.WIFEXITED(p.status) else -1


def ProcessState_Success(p: Any) -> bool:  # noqa: N802
    _need_state(p)
    return _os.WIFEXITED(p.status) and _os.WEXITSTATUS(p.status) == 0


def ProcessState_Pid(p: Any) -> int:  # noqa: N802
    _need_state(p)
    return p.pid


def ProcessState_String(p: Any) -> bytes:  # noqa: N802
    if p is None:
        return b"<nil>"
    ws = p.status
    if _os.WIFEXITED(ws):
        res = b"exit status " + str(_os.WEXITSTATUS(ws)).encode()
    elif _os.WIFSIGNALED(ws):
        res = b"signal: " + sysSignal_String(_os.WTERMSIG(ws))
    elif _os.WIFSTOPPED(ws):
        res = b"stop signal: " + sysSignal_String(_os.WSTOPSIG(ws))
        cause = (ws >> 16) & 0xFFF if _os.WSTOPSIG(ws) == 5 else 0  # SIGTRAP: ptrace trap cause
        if cause:
            res += b" (trap " + str(cause).encode() + b")"
    elif _os.WIFCONTINUED(ws):
        res = b"continued"
    else:
        res = b""
    if _os.WCOREDUMP(ws):
        res += b" (core dumped)"
    return res


def ProcessState_Sys(p: Any) -> Any:  # noqa: N802
    _need_state(p)
    return Iface(WAIT_STATUS, p.status)


def ProcessState_SysUsage(p: Any) -> Any:  # noqa: N802
    _need_state(p)
    return Iface(RUSAGE_PTR, p.rusage)


def _timeval_ns(tv: Any) -> int:
    return tv.Sec * 1_000_000_000 + tv.Usec * 1000


def ProcessState_UserTime(p: Any) -> int:  # noqa: N802
    _need_state(p)
    return _timeval_ns(p.rusage.Utime)


def ProcessState_SystemTime(p: Any) -> int:  # noqa: N802
    _need_state(p)
    return _timeval_ns(p.rusage.Stime)
