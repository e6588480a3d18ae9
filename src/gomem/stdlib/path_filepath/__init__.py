"""Package path/filepath on Unix (see api.go): the lexical functions are those of package path
(a Unix file path is a slash-separated path); Abs and Glob ask the file system."""

from __future__ import annotations

import os as _os
from typing import Any

from gomem.runtime.values import NIL_SLICE, Slice, slice_of
from gomem.stdlib import errors as _errors
from gomem.stdlib import os as _gos
from gomem.stdlib import path as _path

ErrBadPattern = _errors.New(b"syntax error in pattern")


def Match(pattern: bytes, name: bytes) -> tuple[bool, Any]:
    """Like path.Match, but a malformed chunk is reported only when matching gets to it."""
    ok = _path.run_match(_path._compile(pattern), name)
    if ok is None:
        return False, ErrBadPattern
    return ok, None


def Clean(p: bytes) -> bytes:
    return _path.clean(p)


def ToSlash(p: bytes) -> bytes:
    return p


def FromSlash(p: bytes) -> bytes:
    return p


def SplitList(p: bytes) -> Slice:
    if not p:
        return slice_of([])
    return slice_of(p.split(b":"))


def Split(p: bytes) -> tuple[bytes, bytes]:
    return _path.split(p)


def Join(elem: Slice) -> bytes:
    return _path.join(elem.elems())


def Ext(p: bytes) -> bytes:
    return _path.ext(p)


def Base(p: bytes) -> bytes:
    return _path.base(p)


def Dir(p: bytes) -> bytes:
    return _path.dir_(p)


def VolumeName(p: bytes) -> bytes:
    return b""


def IsAbs(p: bytes) -> bool:
    return p[:1] == b"/"


def IsLocal(p: bytes) -> bool:
    """Lexically within the directory it is evaluated in: not empty, not rooted, and no
    ".." climbing out of it."""
    if not p or p[:1] == b"/":
        return False
    c = _path.clean(p)
    return c != b".." and not c.startswith(b"../")


def Abs(p: bytes) -> tuple[bytes, Any]:
    if p[:1] == b"/":
        return _path.clean(p), None
    wd, err = _gos.Getwd()
    if err is not None:
        return b"", err
    return _path.join([wd, p]), None


def Rel(basepath: bytes, targpath: bytes) -> tuple[bytes, Any]:
    """A relative path that names targpath when joined to basepath, lexically."""
    base = _path.clean(basepath)
    targ = _path.clean(targpath)
    if targ == base:
        return b".", None
    if base == b".":
        base = b""
    if (base[:1] == b"/") != (targ[:1] == b"/"):
        return b"", _cannot(basepath, targpath)
    base_parts = [e for e in base.split(b"/") if e]
    targ_parts = [e for e in targ.split(b"/") if e]
    k = 0
    while k < len(base_parts) and k < len(targ_parts) and base_parts[k] == targ_parts[k]:
        k += 1
    ups = base_parts[k:]
    if ups and ups[0] == b"..":  # cannot tell what is above an unknown ".."
        return b"", _cannot(basepath, targpath)
    return b"/".join([b".."] * len(ups) + targ_parts[k:]), None


def _cannot(basepath: bytes, targpath: bytes) -> Any:
    return _errors.New(b"Rel: can't make " + targpath + b" relative to " + basepath)


# ---------------------------------------------------------------------------------------
# Glob


def _has_meta(p: bytes) -> bool:
    return any(c in p for c in b"*?[\\")


def Glob(pattern: bytes) -> tuple[Slice, Any]:
    matches, err = _glob(pattern)
    if err is not None:
        return NIL_SLICE, err
    return (slice_of(matches) if matches else NIL_SLICE), None


def _glob(pattern: bytes) -> tuple[list[bytes], Any]:
    if Match(pattern, b"")[1] is not None:
        return [], ErrBadPattern
    if not _has_meta(pattern):
        try:
            _os.lstat(pattern)
        except (OSError, ValueError):
            return [], None
        return [pattern], None
    d, file = _path.split(pattern)
    d = b"." if d == b"" else (d if d == b"/" else d[:-1])
    if not _has_meta(d):
        return _glob_dir(d, file, [])
    if d == pattern:  # cannot make progress
        return [], ErrBadPattern
    dirs, err = _glob(d)
    if err is not None:
        return [], err
    out: list[bytes] = []
    for sub in dirs:
        out, err = _glob_dir(sub, file, out)
        if err is not None:
            return out, err
    return out, None


def _glob_dir(d: bytes, pattern: bytes, out: list[bytes]) -> tuple[list[bytes], Any]:
    """out plus the entries of directory d whose names match pattern, in name order."""
    try:
        if not _os.path.isdir(d):
            return out, None
        names = sorted(_os.listdir(d))
    except (OSError, ValueError):
        return out, None
    for n in names:
        ok, err = Match(pattern, n)
        if err is not None:
            return out, ErrBadPattern
        if ok:
            out.append(_path.join([d, n]))
    return out, None
