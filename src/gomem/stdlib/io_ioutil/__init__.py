"""Package io/ioutil: the Python implementations of the declarations in api.go.

Go 1.16 made these functions thin wrappers of io and os ones (ReadFile is os.ReadFile, TempDir
is os.MkdirTemp, ...), and so are they here. ReadAll grows its buffer as io.ReadAll does (512
bytes to start, then append's growth), since the capacity of the result is observable.
ReadDir lists the directory with Lstat information for each entry, sorted by name.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime.core import grow_cap
from gomem.runtime.values import NIL_SLICE, Iface, Slice, struct_class
from gomem.stdlib import bytes as _bytes
from gomem.stdlib import io as _io
from gomem.stdlib import os as _os
from gomem.types.types import ERROR, INT, UINT8, Field, FuncInfo, Named, new_signature, new_slice, new_struct

Discard = _io.Discard
ReadFile = _os.ReadFile
WriteFile = _os.WriteFile
TempDir = _os.MkdirTemp
TempFile = _os.CreateTemp

_SITE_READ_ALL = ("io.ReadAll", "io/io.go", 0)
_SITE_READ_DIR = ("os.(*File).Readdir", "os/dir.go", 0)


def read_all(r: Any) -> tuple[Slice, Any]:
    """io.ReadAll: read r to EOF (not an error) or the first error."""
    cap = 512
    _malloc.alloc_array(UINT8, cap, _SITE_READ_ALL)
    a = bytearray(cap)
    n = 0
    while True:
        m, err = _bytes._read_call(r, Slice(a, n, cap - n, cap - n))
        n += m
        if err is not None:
            if _bytes.is_eof(err):
                err = None
            return Slice(a, 0, n, cap), err
        if n == cap:
            # Room for more: grow as append(b, 0) would.
            cap = grow_cap(cap, n + 1, 1, False)
            _malloc.alloc_array(UINT8, cap, _SITE_READ_ALL)
            a = a + bytearray(cap - n)


def ReadAll(r: Any) -> tuple[Slice, Any]:
    return read_all(r)


def ReadDir(dirname: bytes) -> tuple[Slice, Any]:
    f, err = _os.Open(dirname)
    if err is not None:
        return NIL_SLICE, err
    names, err = _os.File_Readdirnames(f, -1)
    _os.File_Close(f)
    if err is not None:
        return NIL_SLICE, err
    infos = []
    for name in sorted(names.elems()):
        info, err = _os.Lstat(dirname + b"/" + name)
        if err is not None:
            if _os.IsNotExist(err):
                continue  # removed while we were listing
            return NIL_SLICE, err
        infos.append(info)
    if infos:
        _malloc.alloc_array(_os.FILE_INFO, len(infos), _SITE_READ_DIR)
    return Slice(infos, 0, len(infos), len(infos)), None


# The dynamic types of NopCloser's result, printed as Go prints them: io.nopCloser, a struct
# embedding the io.Reader, and io.nopCloserWriterTo when that reader is also an io.WriterTo
# (the io types are known once io is loaded, in gomem_bind).
_NOP_CLOSER = Named("nopCloser", "io", None)
_NOP_CLOSER_WRITER_TO = Named("nopCloserWriterTo", "io", None)
_NopCloser: Any = None
_NopCloserWriterTo: Any = None


def _nop_read(v: Any, p: Slice) -> tuple[int, Any]:
    return _bytes._read_call(v.Reader, p)


def _nop_close(v: Any) -> Any:
    return None


def _nop_write_to(v: Any, w: Any) -> tuple[int, Any]:
    return v.Reader.t.m_WriteTo(v.Reader.v, w)


def NopCloser(r: Any) -> Any:
    if _bytes.optional_method(r, "WriteTo", _bytes.sig_write_to()) is not None:
        return Iface(_NOP_CLOSER_WRITER_TO, _NopCloserWriterTo(r))
    return Iface(_NOP_CLOSER, _NopCloser(r))


def gomem_bind(pkg: Any) -> None:
    global _NopCloser, _NopCloserWriterTo
    if _NopCloser is not None:
        return
    from gomem.compiler.driver import IMPORTER
    reader_t = IMPORTER("io").scope.names["Reader"].type
    for t in (_NOP_CLOSER, _NOP_CLOSER_WRITER_TO):
        t.set_underlying(new_struct((Field("Reader", reader_t, True, "io"),)))
        t.methods["Read"] = FuncInfo("Read", new_signature((new_slice(UINT8),), (INT, ERROR)), False)
        t.methods["Close"] = FuncInfo("Close", new_signature((), (ERROR,)), False)
        t.m_Read = _nop_read  # type: ignore[attr-defined]
        t.m_Close = _nop_close  # type: ignore[attr-defined]
    _NOP_CLOSER_WRITER_TO.methods["WriteTo"] = FuncInfo("WriteTo", _bytes.sig_write_to(), False)
    _NOP_CLOSER_WRITER_TO.m_WriteTo = _nop_write_to  # type: ignore[attr-defined]
    _NopCloser = struct_class(_NOP_CLOSER)
    _NopCloserWriterTo = struct_class(_NOP_CLOSER_WRITER_TO)
