"""Package flag (src/gomem/stdlib/flag): Go programs against real Go (tests/stdlib/programs/flag_*.go),
and command-line arguments given to `gomem run prog.go ARGS...` against the same program built by Go."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _pkgtest import check_api, program_params, run_program

GO = shutil.which("go") or "/usr/lib/go-1.23/bin/go"
SRC = Path(__file__).resolve().parent.parent.parent / "src"


@pytest.mark.parametrize("pkg", ["flag", "encoding"])
def test_api_complete(pkg: str) -> None:
    check_api(pkg)


@pytest.mark.parametrize("prog", program_params("flag"))
def test_program(prog) -> None:
    run_program(prog)


_CLI_PROGRAM = """package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	os.Args[0] = "prog" // Go's binary path and gomem's differ
	n := flag.Int("n", 1, "how many")
	v := flag.Bool("v", false, "verbose")
	d := flag.Duration("d", time.Second, "a `delay`")
	s := flag.String("s", "x", "a string")
	flag.Parse()
	fmt.Println(*n, *v, *d, *s, flag.NArg(), flag.Args(), flag.NFlag())
}
"""


@pytest.mark.skipif(not Path(GO).exists(), reason="no Go toolchain")
def test_command_line_arguments(tmp_path) -> None:
    (tmp_path / "go.mod").write_text("module d\ngo 1.23\n")
    (tmp_path / "main.go").write_text(_CLI_PROGRAM)
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off")
    env.setdefault("GOCACHE", str(tmp_path / "gocache"))
    b = subprocess.run([GO, "build", "-o", "prog", "."], cwd=tmp_path, capture_output=True, timeout=300, env=env)
    assert b.returncode == 0, b.stderr
    env["PYTHONPATH"] = str(SRC)
    for args in ([], ["-n", "5", "-v", "a", "b"], ["-d=2m", "--s", "y", "--", "-n"], ["-h"], ["-help"],
                 ["-n", "x"], ["-zzz"], ["-v=false", "-n=0x10"]):
        want = subprocess.run([str(tmp_path / "prog"), *args], capture_output=True, timeout=60)
        got = subprocess.run([sys.executable, "-m", "gomem", "run", "main.go", *args], cwd=tmp_path,
                             capture_output=True, timeout=120, env=env)
        assert (got.returncode, got.stdout, got.stderr) == (want.returncode, want.stdout, want.stderr), args
