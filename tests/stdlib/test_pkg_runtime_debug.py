"""Package runtime/debug (src/gomem/stdlib/runtime_debug): unit tests, then Go programs against
real Go (tests/stdlib/programs/debug_*.go)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from _pkgtest import PROGRAMS, SRC, check_api, program_params, run_program

from gomem.runtime import gcsettings
from gomem.runtime.panic import FatalError


def test_api_complete() -> None:
    check_api("runtime/debug")


# GOGC and GOMEMLIMIT as Go 1.23 reads them at start-up (measured: a program printing
# SetGCPercent(100) and SetMemoryLimit(-1) under each setting)
@pytest.mark.parametrize("text,want", [
    (None, 100), ("", 100), ("off", -1), ("50", 50), ("0", 0), ("-5", -1), ("+5", 100), ("0x10", 100),
    ("abc", 100), (" 7", 100), ("99999999999", 100),
])
def test_gogc_like_go(text, want) -> None:
    assert gcsettings.read_gogc(text) == want


@pytest.mark.parametrize("text,want", [
    (None, gcsettings.MAX_INT64), ("", gcsettings.MAX_INT64), ("off", gcsettings.MAX_INT64),
    ("1GiB", 1 << 30), ("1024", 1024), ("5KiB", 5120), ("0", 0), ("10B", 10), ("2TiB", 2 << 40),
    ("9223372036854775807", gcsettings.MAX_INT64),
    ("100MB", None), ("1kib", None), ("abc", None), ("-1", None), ("1.5GiB", None), (" 5", None),
    ("9223372036854775808", None), ("B", None), ("iB", None), ("KiB", None), ("8388608TiB", None),
])
def test_gomemlimit_like_go(text, want) -> None:
    if want is None:
        with pytest.raises(FatalError) as e:
            gcsettings.read_gomemlimit(text)
        assert e.value.msg == "malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`"
        assert e.value.detail == f"GOMEMLIMIT={text}\n"
    else:
        assert gcsettings.read_gomemlimit(text) == want


def test_settings_return_previous_values() -> None:
    gcsettings.current = gcsettings.GCSettings()
    assert gcsettings.set_gc_percent(-7) == 100
    assert gcsettings.set_gc_percent(1 << 31) == -1  # int32(1<<31) is negative: off
    assert gcsettings.current.gc_percent == -1
    assert gcsettings.set_memory_limit(-1) == gcsettings.MAX_INT64
    assert gcsettings.set_memory_limit(5) == gcsettings.MAX_INT64
    assert gcsettings.set_memory_limit(-9) == 5 and gcsettings.current.memory_limit == 5


def _run(name: str, env: dict[str, str] | None = None, args: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gomem", "run", name, *args], cwd=PROGRAMS, capture_output=True,
                          timeout=300, env=dict(os.environ, GOMEM_SEED="0", PYTHONPATH=str(SRC), **(env or {})))


def test_environment_sets_gc_settings(tmp_path: Path) -> None:
    prog = tmp_path / "env.go"
    prog.write_text('package main\n\nimport (\n\t"fmt"\n\t"runtime/debug"\n)\n\n'
                    'func main() { fmt.Println(debug.SetGCPercent(100), debug.SetMemoryLimit(-1)) }\n')
    r = _run(str(prog), {"GOGC": "off", "GOMEMLIMIT": "3MiB"})
    assert r.stdout == b"-1 3145728\n", r.stderr
    r = _run(str(prog), {"GOGC": "25", "GOMEMLIMIT": "100MB"})
    assert r.stdout == b"" and r.returncode == 2
    assert r.stderr.decode().startswith("GOMEMLIMIT=100MB\nfatal error: malformed GOMEMLIMIT; see "
                                        "`go doc runtime/debug.SetMemoryLimit`\n")


def test_max_threads_below_threads_in_use_is_fatal(tmp_path: Path) -> None:
    prog = tmp_path / "thr.go"
    prog.write_text('package main\n\nimport (\n\t"fmt"\n\t"runtime/debug"\n)\n\n'
                    'func main() {\n\tfmt.Println(debug.SetMaxThreads(5))\n\tfmt.Println(debug.SetMaxThreads(-1))\n}\n')
    r = _run(str(prog), {"GOMAXPROCS": "2"})
    assert r.stdout == b"10000\n" and r.returncode == 2
    assert r.stderr.decode().startswith("runtime: program exceeds -1-thread limit\nfatal error: thread exhaustion\n")


def test_build_info_as_go_run_gives_it(tmp_path: Path) -> None:
    prog = tmp_path / "bi.go"
    prog.write_text('package main\n\nimport (\n\t"fmt"\n\t"runtime/debug"\n)\n\n'
                    'func main() {\n\tbi, ok := debug.ReadBuildInfo()\n\tfmt.Println(ok, len(bi.Deps), bi.Main.Path == "")\n'
                    '\tbi.Settings = append(bi.Settings, debug.BuildSetting{Key: "a b", Value: "x\\ty"})\n'
                    '\tbi.Main = debug.Module{Path: "m", Version: "v1", Replace: &debug.Module{Path: "r"}}\n'
                    '\tfmt.Print(bi)\n}\n')
    r = _run(str(prog))
    # what `go run` (Go 1.23.5, outside a module) embeds, then the added lines as Go formats them
    assert r.stdout.decode() == ("true 0 true\n" "go\tgo1.23.5\npath\tcommand-line-arguments\nmod\tm\tv1\n=>\tr\t\t\n\n"
                                 "build\t-buildmode=exe\nbuild\t-compiler=gc\nbuild\tCGO_ENABLED=1\nbuild\tCGO_CFLAGS=\n"
                                 "build\tCGO_CPPFLAGS=\nbuild\tCGO_CXXFLAGS=\nbuild\tCGO_LDFLAGS=\nbuild\tGOARCH=amd64\n"
                                 "build\tGOOS=linux\nbuild\tGOAMD64=v1\nbuild\t\"a b\"=\"x\\ty\"\n"), r.stderr


def _normalized_trace(text: str, prog_dir: str) -> str:
    """A stack trace without what gomem cannot reproduce: machine offsets, the program's
    directory (real Go ran a copy elsewhere), goroutine ids past 1 and `created by` lines."""
    text = re.sub(r" \+0x[0-9a-f]+", "", text)
    text = re.sub(r"\t/\S*/(main|debug_printstack)\.go:", "\tPROG.go:", text)
    text = re.sub(r"goroutine [0-9]{2,}|goroutine [2-9]\b", "goroutine N", text)
    return re.sub(r"created by .*\n\t.*\n", "", text)


def test_print_stack_like_go() -> None:
    prog = PROGRAMS / "debug_printstack.go"
    r = _run(prog.name)
    want = prog.with_suffix(".err").read_text()
    assert r.returncode == int(prog.with_suffix(".exit").read_text())
    assert _normalized_trace(r.stderr.decode(), str(PROGRAMS)) == _normalized_trace(want, "")


@pytest.mark.parametrize("prog", [p for p in program_params("debug") if p.id != "debug_printstack"])
def test_program(prog) -> None:
    run_program(prog)


TRACEBACK = """package main

import (
	"os"
	"runtime/debug"
)

func main() {
	debug.SetTraceback(os.Args[1])
	c := make(chan int)
	go func() { <-c }()
	panic("boom")
}
"""


@pytest.mark.parametrize("level,env,lists_all", [
    ("single", "", False), ("none", "", False), ("all", "", True), ("system", "", True), ("bogus", "", True),
    ("none", "all", True),  # the environment's level is a floor
])
def test_set_traceback_all_lists_every_goroutine(tmp_path: Path, level: str, env: str, lists_all: bool) -> None:
    prog = tmp_path / "tb.go"
    prog.write_text(TRACEBACK)
    r = _run(str(prog), {"GOTRACEBACK": env}, (level,))
    err = r.stderr.decode()
    assert r.returncode == 2 and err.startswith("panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n"), err
    # (real Go runs the goroutine on another P and shows it [chan receive]; gomem has one P.
    # Its id is 6 as in Go: the runtime's goroutines take 2-5, package os being linked)
    assert ("\n\ngoroutine 6 [runnable]:\nmain.main.func1()\n\t" in err) == lists_all, err
