"""Package log (src/gomem/stdlib/log): unit tests, then Go programs against real Go."""

from __future__ import annotations

import re
import time

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime.panic import GoExit, GoPanic
from gomem.runtime.values import Iface, slice_of
from gomem.stdlib import io
from gomem.stdlib import log as L
from gomem.stdlib import strings as S
from gomem.types.types import INT, STRING

# 2009-11-10 23:00:00.123456 UTC, the Go playground's time
T0 = 1257894000 * 10**9 + 123456789


def test_api_complete() -> None:
    check_api("log")


def test_header_formats() -> None:
    assert L._header(b"p: ", L.LstdFlags | L.LUTC, T0) == b"p: 2009/11/10 23:00:00 "
    assert L._header(b"p: ", L.Ldate | L.Lmicroseconds | L.LUTC, T0) == b"p: 2009/11/10 23:00:00.123456 "
    assert L._header(b"p: ", L.Ltime | L.Lmsgprefix | L.LUTC, T0) == b"23:00:00 p: "
    assert L._header(b"", 0, T0) == b""
    assert L._header(b"p: ", L.Lshortfile | L.Llongfile, T0, b"/a/b.go", 7) == b"p: b.go:7: "
    assert L._header(b"p: ", L.Llongfile | L.Lmsgprefix, T0, b"/a/b.go", 7) == b"/a/b.go:7: p: "
    local = time.localtime(T0 // 10**9)
    assert L._header(b"", L.LstdFlags, T0) == time.strftime("%Y/%m/%d %H:%M:%S ", local).encode()


def _logger(prefix: bytes = b"", flag: int = 0):
    sb = S._Builder()
    return L.New(Iface(S.BUILDER_PTR, sb), prefix, flag), sb


def args(*xs):
    return slice_of([Iface(INT, x) if isinstance(x, int) else Iface(STRING, x) for x in xs])


def test_logger_output() -> None:
    lg, sb = _logger(b"[x] ")
    L.Logger_Println(lg, args(b"a", 1, 2))
    L.Logger_Print(lg, args(b"no newline"))
    L.Logger_Print(lg, args(b"has newline\n"))
    L.Logger_Printf(lg, b"%d-%s", args(7, b"z"))
    L.Logger_SetFlags(lg, L.Lmsgprefix | L.LUTC)
    assert L.Logger_Output(lg, 2, b"out") is None
    assert S.Builder_String(sb) == b"[x] a 1 2\n[x] no newline\n[x] has newline\n[x] 7-z\n[x] out\n"
    assert L.Logger_Flags(lg) == L.Lmsgprefix | L.LUTC and L.Logger_Prefix(lg) == b"[x] "
    L.Logger_SetOutput(lg, io.Discard)
    assert lg.isDiscard and L.Logger_Writer(lg) is io.Discard
    L.Logger_Println(lg, args(b"dropped"))


def test_standard_logger_stamps_local_time() -> None:
    lg, sb = _logger()
    L.Logger_SetFlags(lg, L.LstdFlags | L.Lmicroseconds)
    L.Logger_Println(lg, args(b"hi"))
    assert re.fullmatch(rb"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6} hi\n", S.Builder_String(sb))
    assert L.Default() is L._std


def test_fatal_and_panic() -> None:
    lg, sb = _logger()
    with pytest.raises(GoExit) as e:
        L.Logger_Fatalf(lg, b"bad %d", args(1))
    assert e.value.code == 1 and S.Builder_String(sb) == b"bad 1\n"
    with pytest.raises(GoPanic) as p:
        L.Logger_Panicln(lg, args(b"x", b"y"))
    assert p.value.value == Iface(STRING, b"x y\n")


@pytest.mark.parametrize("prog", program_params("log"))
def test_program(prog) -> None:
    run_program(prog)
