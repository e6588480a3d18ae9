"""Package path/filepath on Unix (see api.go): the lexical functions are those of package path
(a Unix file path is a slash-separated path); Abs, Glob, EvalSymlinks, Walk and WalkDir ask
the file system."""

from __future__ import annotations

import errno as _errno
import os as _os
import stat as _stat
from typing import Any

from gomem.runtime.values import NIL_SLICE, Iface, Slice, slice_of
from gomem.stdlib import errors as _errors
from gomem.stdlib import os as _gos
from gomem.stdlib import path as _path

# Go's fs.WalkDirFunc, declared as walkDirFunc in api.go (gomem has no io/fs)
TYPES = {"walkDirFunc": _gos._Declared("WalkDirFunc", "fs")}

ErrBadPattern = _errors.New(b"syntax error in pattern")
SkipDir = _errors.New(b"skip this directory")
SkipAll = _errors.New(b"skip everything and stop the walk")
_ERR_INVALID_PATH = _errors.New(b"invalid path")


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


def HasPrefix(p: bytes, prefix: bytes) -> bool:
    return p.startswith(prefix)


def _valid_fs_path(name: bytes) -> bool:
    """io/fs.ValidPath: UTF-8, unrooted, slash-separated elements that are not "", "." or ".."
    (or exactly ".")."""
    try:
        name.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if name == b".":
        return True
    return all(elem not in (b"", b".", b"..") for elem in name.split(b"/"))


def Localize(p: bytes) -> tuple[bytes, Any]:
    if not _valid_fs_path(p) or b"\0" in p:
        return b"", _ERR_INVALID_PATH
    return p, None


_MAX_LINKS = 255


def EvalSymlinks(p: bytes) -> tuple[bytes, Any]:
    """The path with every symbolic link replaced by its target, component by component, as
    Go's walkSymlinks: a relative result stays relative; ".." is applied lexically to what is
    resolved so far, except to a single component, which keeps it ("a/..")."""
    rooted = p.startswith(b"/")
    done: list[bytes] = []  # the resolved components
    todo = p.split(b"/")
    todo.reverse()  # a stack: the next component last
    links = 0
    while todo:
        comp = todo.pop()
        if comp in (b"", b"."):
            continue
        if comp == b"..":
            if len(done) >= 2 and done[-1] != b"..":
                done.pop()
            else:
                done.append(b"..")
            continue
        done.append(comp)
        dest = (b"/" if rooted else b"") + b"/".join(done)
        try:
            st = _os.lstat(dest)
        except OSError as e:
            return b"", _gos._os_error(b"lstat", dest, e)
        if not _stat.S_ISLNK(st.st_mode):
            if not _stat.S_ISDIR(st.st_mode) and todo:
                return b"", _gos._errno_value(_errno.ENOTDIR)
            continue
        links += 1
        if links > _MAX_LINKS:
            return b"", _errors.New(b"EvalSymlinks: too many links")
        try:
            link = _os.readlink(dest)
        except OSError as e:
            return b"", _gos._os_error(b"readlink", dest, e)
        if link.startswith(b"/"):
            rooted, done = True, []
        else:
            done.pop()
        todo.extend(reversed(link.split(b"/")))
    return Clean((b"/" if rooted else b"") + b"/".join(done)), None


def _is(err: Any, target: Any) -> bool:
    return err is not None and (err is target or err == target)


def Walk(root: bytes, fn: Any) -> Any:
    info, err = _gos.Lstat(root)
    err = fn(root, None, err) if err is not None else _walk(root, info, fn)
    return None if _is(err, SkipDir) or _is(err, SkipAll) else err


def _walk(p: bytes, info: Any, fn: Any) -> Any:
    if not _gos.fileStat_IsDir(info.v):
        return fn(p, info, None)
    try:
        names = sorted(_os.fsencode(n) for n in _os.listdir(p))
        derr = None
    except OSError as e:
        names, derr = [], _gos._os_error(b"open", p, e)
    err1 = fn(p, info, derr)
    if derr is not None or err1 is not None:
        return err1
    for name in names:
        child = Join(Slice([p, name], 0, 2, 2))
        cinfo, lerr = _gos.Lstat(child)
        if lerr is not None:
            err = fn(child, cinfo, lerr)
            if err is not None and not _is(err, SkipDir):
                return err
        else:
            err = _walk(child, cinfo, fn)
            if err is not None and (not _gos.fileStat_IsDir(cinfo.v) or not _is(err, SkipDir)):
                return err
    return None


def WalkDir(root: bytes, fn: Any) -> Any:
    info, err = _gos.Lstat(root)
    if err is not None:
        err = fn(root, None, err)
    else:
        typ = _gos.fileStat_Mode(info.v) & _gos.MODE_TYPE
        entry = Iface(_gos.UNIX_DIRENT_PTR, _gos._UnixDirent(Dir(root), Base(root), typ, info))
        err = _walk_dir(root, entry, fn)
    return None if _is(err, SkipDir) or _is(err, SkipAll) else err


def _walk_dir(p: bytes, d: Any, fn: Any) -> Any:
    is_dir = _gos.unixDirent_IsDir(d.v)
    err = fn(p, d, None)
    if err is not None or not is_dir:
        return None if _is(err, SkipDir) and is_dir else err
    entries, rerr = _gos.ReadDir(p)
    if rerr is not None:
        err = fn(p, d, rerr)
        if err is not None:
            return None if _is(err, SkipDir) and is_dir else err
    for e in entries.elems() if entries.a is not None else []:
        err = _walk_dir(Join(Slice([p, _gos.unixDirent_Name(e.v)], 0, 2, 2)), e, fn)
        if err is not None:
            if _is(err, SkipDir):
                break
            return err
    return None
