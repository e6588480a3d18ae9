"""Package io: most of it is Go in api.go; here are the values other packages' Python code
shares: EOF and the other error values, and Discard (with Write, WriteString and ReadFrom)."""

from __future__ import annotations

from typing import Any

from gomem.runtime.values import Iface, Slice, slice_of
from gomem.stdlib import errors as _errors
from gomem.types.types import (
    ERROR,
    INT,
    INT64,
    STRING,
    UINT8,
    FuncInfo,
    Named,
    new_interface,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)

EOF = _errors.New(b"EOF")
ErrShortWrite = _errors.New(b"short write")
ErrShortBuffer = _errors.New(b"short buffer")
ErrUnexpectedEOF = _errors.New(b"unexpected EOF")
ErrNoProgress = _errors.New(b"multiple Read calls return no data or error")
ErrClosedPipe = _errors.New(b"io: read/write on closed pipe")

_BYTES = new_slice(UINT8)
_DISCARD = Named("discard", "io", new_struct(()))
# io.Reader in ReadFrom's signature: a placeholder until gomem_bind has api.go's Reader.
_READER = Named("Reader", "io", new_interface([]))


def _discard_write(v: Any, p: Slice) -> tuple[int, Any]:
    return p.len, None


def _discard_write_string(v: Any, s: bytes) -> tuple[int, Any]:
    return len(s), None


def _discard_read_from(v: Any, r: Any) -> tuple[int, Any]:
    """Read r to its end into a scratch buffer of 8 KiB (the size Go's Discard uses)."""
    buf = slice_of(bytearray(8192))
    read = r.t.m_Read
    n = 0
    while True:
        k, err = read(r.v, buf)
        n += k
        if err is not None:
            return (n, None) if err == EOF else (n, err)


for _name, _sig, _fn in (
    ("Write", new_signature((_BYTES,), (INT, ERROR)), _discard_write),
    ("WriteString", new_signature((STRING,), (INT, ERROR)), _discard_write_string),
    ("ReadFrom", new_signature((_READER,), (INT64, ERROR)), _discard_read_from),
):
    _DISCARD.methods[_name] = FuncInfo(_name, _sig, False)
    setattr(_DISCARD, "m_" + _name, _fn)
new_pointer(_DISCARD)
Discard = Iface(_DISCARD, None)


def gomem_bind(pkg: Any) -> None:
    """Give Discard's ReadFrom the io.Reader type api.go declares."""
    reader = pkg.scope.names["Reader"].type
    _DISCARD.methods["ReadFrom"] = FuncInfo("ReadFrom", new_signature((reader,), (INT64, ERROR)), False)
