"""Package os (src/gomem/stdlib/os): unit tests, then Go programs against real Go.

The errors_*.go programs (errors, fmt, strconv and os errors together) run here too.
"""

from __future__ import annotations

import os as pyos

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime import osio
from gomem.runtime.panic import GoExit
from gomem.runtime.values import Slice, slice_of
from gomem.stdlib import errors, io
from gomem.stdlib import os as O
from gomem.stdlib.fmt import sprint


def text(err) -> bytes:
    return errors.error_text(err)


def b(data: bytes) -> Slice:
    return slice_of(bytearray(data))


def test_api_complete() -> None:
    check_api("os")


def test_args_and_exit() -> None:
    saved = O.Args
    try:
        O.set_args(["/bin/prog", "x", "ü"])
        assert O.Args.elems() == [b"/bin/prog", b"x", "ü".encode()]
    finally:
        O.Args = saved
    with pytest.raises(GoExit) as e:
        O.Exit(3)
    assert e.value.code == 3


def test_errors_are_gos() -> None:
    f, err = O.Open(b"/nope/at/all")
    assert f is None and err.t is O.PATH_ERROR_PTR
    assert text(err) == b"open /nope/at/all: no such file or directory"
    assert str(err.t) == "*fs.PathError" and str(err.v.Err.t) == "syscall.Errno"
    assert O.IsNotExist(err) and errors.Is(err, O.ErrNotExist) and not O.IsExist(err)
    assert not O.IsNotExist(sprint_error(b"x"))
    assert text(O.ErrNotExist) == b"file does not exist" and text(O.ErrClosed) == b"file already closed"
    assert O.sysErrno_Error(13) == b"permission denied" and O.sysErrno_Error(4000) == b"errno 4000"
    assert O.IsPermission(O._path_error(b"open", b"x", O._errno_value(13)))
    err = O.Setenv(b"", b"v")
    assert text(err) == b"setenv: invalid argument"


def sprint_error(msg: bytes):
    return errors.New(msg)


def test_files(tmp_path) -> None:
    p = bytes(tmp_path / "a.txt")
    assert O.WriteFile(p, b(b"hello\nworld\n"), 0o640) is None
    data, err = O.ReadFile(p)
    assert err is None and bytes(data.elems()) == b"hello\nworld\n" and data.cap == 512
    assert pyos.stat(p).st_mode & 0o777 == 0o640 & ~_umask()
    f, err = O.OpenFile(p, pyos.O_APPEND | pyos.O_WRONLY, 0)
    assert O.File_WriteString(f, b"more\n") == (5, None)
    n, err = O.File_WriteAt(f, b(b"z"), 0)
    assert text(err) == b"os: invalid use of WriteAt on file opened with O_APPEND"
    assert O.File_Close(f) is None
    assert text(O.File_Close(f)) == b"close " + p + b": file already closed"
    n, err = O.File_Write(f, b(b"x"))
    assert n == 0 and errors.Is(err, O.ErrClosed)
    f, _ = O.Open(p)
    buf = b(bytes(8))
    assert O.File_Read(f, buf) == (8, None) and bytes(buf.elems()) == b"hello\nwo"
    assert O.File_ReadAt(f, buf, 15) == (2, io.EOF)
    info, err = O.File_Stat(f)
    assert err is None and O.fileStat_Name(info.v) == b"a.txt" and O.fileStat_Size(info.v) == 17
    assert O.FileMode_String(O.fileStat_Mode(info.v)) == O.FileMode_String(0o640 & ~_umask())
    assert O.File_Seek(f, 0, 2) == (17, None)
    buf = b(bytes(4))
    assert O.File_Read(f, buf) == (0, io.EOF)
    O.File_Close(f)
    assert O.File_Write(None, b(b"x")) == (0, O.ErrInvalid)


def _umask() -> int:
    m = pyos.umask(0)
    pyos.umask(m)
    return m


def test_ReadFile_grows_like_go(tmp_path) -> None:
    p = bytes(tmp_path / "big")
    pyos.mkfifo(p)  # a fifo claims size 0: ReadFile starts with 512 bytes and grows by append
    pid = pyos.fork()
    if pid == 0:
        with open(p, "wb") as w:
            w.write(b"x" * 1000)
        pyos._exit(0)
    data, err = O.ReadFile(p)
    pyos.waitpid(pid, 0)
    assert err is None and data.len == 1000 and data.cap == 1408  # 512, then append growth: 896, 1408 (as Go)


def test_directories(tmp_path) -> None:
    d = bytes(tmp_path)
    assert O.MkdirAll(d + b"/x/y/z", 0o755) is None
    assert O.MkdirAll(d + b"/x/y", 0o755) is None
    err = O.Mkdir(d + b"/x", 0o755)
    assert text(err) == b"mkdir " + d + b"/x: file exists" and O.IsExist(err)
    O.WriteFile(d + b"/f", b(b""), 0o644)
    assert text(O.MkdirAll(d + b"/f/sub", 0o755)) == b"mkdir " + d + b"/f: not a directory"
    entries, err = O.ReadDir(d)
    assert [O.unixDirent_Name(e.v) for e in entries.elems()] == [b"f", b"x"]
    assert [O.unixDirent_String(e.v) for e in entries.elems()] == [b"- f", b"d x/"]
    assert text(O.Remove(d + b"/x")) == b"remove " + d + b"/x: directory not empty"
    assert O.RemoveAll(d + b"/x") is None and O.RemoveAll(d + b"/x") is None
    err = O.Rename(d + b"/nothing", d + b"/other")
    assert text(err) == b"rename " + d + b"/nothing " + d + b"/other: no such file or directory"
    name, err = O.MkdirTemp(d, b"pre-*-suf")
    base = name.rsplit(b"/", 1)[1]
    assert err is None and base.startswith(b"pre-") and base.endswith(b"-suf") and base[4:-4].isdigit()
    _, err = O.MkdirTemp(d, b"a/b")
    assert text(err) == b"mkdirtemp a/b: pattern contains path separator"
    f, err = O.CreateTemp(d, b"tmp")
    assert err is None and O.File_Name(f).startswith(d + b"/tmp")
    O.File_Close(f)
    info, err = O.Stat(d)
    assert O.fileStat_IsDir(info.v) and O.FileMode_String(O.fileStat_Mode(info.v))[:1] == b"d"


def test_file_mode_strings() -> None:
    assert O.FileMode_String(0o755) == b"-rwxr-xr-x"
    assert O.FileMode_String(O.MODE_DIR | 0o644) == b"drw-r--r--"
    assert O.FileMode_String(O.MODE_SYMLINK | O.MODE_SETUID | 0o777) == b"Lurwxrwxrwx"
    assert O.FileMode_IsRegular(0o644) and not O.FileMode_IsRegular(O.MODE_DIR)
    assert O.FileMode_Perm(O.MODE_DIR | 0o751) == 0o751


def test_environment_and_expand(monkeypatch) -> None:
    monkeypatch.setenv("GOMEM_PKG_TEST", "gopher")
    assert O.Getenv(b"GOMEM_PKG_TEST") == b"gopher" and O.LookupEnv(b"GOMEM_NOPE_X") == (b"", False)
    assert O.Setenv(b"GOMEM_PKG_TEST2", b"v") is None and pyos.environ["GOMEM_PKG_TEST2"] == "v"
    assert b"GOMEM_PKG_TEST2=v" in O.Environ().elems()
    O.Unsetenv(b"GOMEM_PKG_TEST2")
    assert "GOMEM_PKG_TEST2" not in pyos.environ
    assert O.ExpandEnv(b"hi $GOMEM_PKG_TEST, ${GOMEM_PKG_TEST}! $ $1 ${} $$.") == b"hi gopher, gopher! $   ."
    assert O.Expand(b"$a-${b}", lambda s: s.upper()) == b"A-B"


def test_stdout_and_stderr_go_through_osio(monkeypatch) -> None:
    got = []
    monkeypatch.setattr(osio, "fd_write", lambda fd, data: got.append((fd, data)))
    assert O.File_WriteString(O.Stdout, b"out\n") == (4, None)
    assert O.File_Write(O.Stderr, b(b"err\n")) == (4, None)
    assert got == [(1, b"out\n"), (2, b"err\n")]
    assert O.File_Name(O.Stdin) == b"/dev/stdin" and sprint([O.ErrExist]) == b"file already exists"


@pytest.mark.parametrize("prog", program_params("os") + program_params("errors"))
def test_program(prog) -> None:
    run_program(prog)
