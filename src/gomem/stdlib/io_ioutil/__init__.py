"""Package io/ioutil: the Python implementations of the declarations in api.go.

Go 1.16 made these functions thin wrappers of io and os ones (ReadFile is os.ReadFile, TempDir
is os.MkdirTemp, ...), and so are they here. ReadAll and NopCloser are io's (Go
bodies in api.go).
ReadDir lists the directory with Lstat information for each entry, sorted by name.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime.values import NIL_SLICE, Slice
from gomem.stdlib import io as _io
from gomem.stdlib import os as _os

Discard = _io.Discard
ReadFile = _os.ReadFile
WriteFile = _os.WriteFile
TempDir = _os.MkdirTemp
TempFile = _os.CreateTemp

_SITE_READ_DIR = ("os.(*File).Readdir", "os/dir.go", 0)


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
