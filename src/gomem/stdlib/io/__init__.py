"""Package io: interfaces only, plus EOF and Discard."""

from __future__ import annotations

from gomem.runtime.values import Iface, Slice
from gomem.stdlib import errors as _errors
from gomem.types.types import (
    ERROR,
    INT,
    UINT8,
    FuncInfo,
    Named,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)

EOF = _errors.New(b"EOF")

_DISCARD = Named("discard", "io", new_struct(()))
_DISCARD.methods["Write"] = FuncInfo("Write", new_signature((new_slice(UINT8),), (INT, ERROR)), False)


def _discard_write(v, p: Slice):
    return p.len, None


_DISCARD.m_Write = _discard_write  # type: ignore[attr-defined]
new_pointer(_DISCARD)
Discard = Iface(_DISCARD, None)
