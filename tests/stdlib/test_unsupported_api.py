"""Go API that gomem's standard packages mark `//gomem:unsupported Name "reason"` in api.go:
a program that uses it gets the compile error `gomem does not support pkg.Name yet (reason)`
at the selector, and nothing else about that use."""

from __future__ import annotations

import pytest

from gomem.compiler.driver import CompileFailed, build, unsupported_directives

PROGRAM = """package main

import (
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
)

func main() {
	_ = os.DirFS(".")
	os.Stdout.SyscallConn()
	var p atomic.Pointer
	_ = p
	runtime.StartTrace()
	_, _ = strconv.ParseComplex("1", 128)
}
"""


def test_uses_are_reported_with_the_reason(tmp_path) -> None:
    src = tmp_path / "x.go"
    src.write_text(PROGRAM)
    with pytest.raises(CompileFailed) as e:
        build([str(src)])
    assert [line.split(": ", 1)[1] for line in e.value.lines] == [
        "gomem does not support os.DirFS yet (needs io/fs)",
        "gomem does not support os.File.SyscallConn yet (needs syscall)",
        "gomem does not support sync/atomic.Pointer yet (needs type parameters)",
        "gomem does not support runtime.StartTrace yet (no execution tracer yet)",
        "gomem does not support strconv.ParseComplex yet (needs complex numbers)",
    ]
    assert [line.split(":")[1:3] for line in e.value.lines] == [
        ["11", "9"], ["12", "12"], ["13", "15"], ["15", "10"], ["16", "17"]]


def test_directive_syntax() -> None:
    src = '''package p
//gomem:unsupported DirFS "needs io/fs"
//gomem:unsupported File.SyscallConn "needs syscall"
// gomem:unsupported NotOne "a plain comment"
//gomem:unsupported Bad needs quotes
'''
    assert unsupported_directives(src) == {"DirFS": "needs io/fs", "File.SyscallConn": "needs syscall"}
