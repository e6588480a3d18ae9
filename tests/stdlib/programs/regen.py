#!/usr/bin/env python3
"""Regenerate the expected outputs of tests/stdlib/programs/*.go with the real Go toolchain.

Each NAME.go is built with ``go build`` in a temporary directory (a go.mod pinning go 1.23) and
run with cwd = this directory, no arguments and stdin = NAME.stdin when that file exists, else
/dev/null. Written: NAME.out (stdout),
NAME.err (stderr) and NAME.exit (exit status). The tests (tests/stdlib/test_pkg_*.py) compare
gomem's stdout and exit status exactly, and its stderr up to the goroutine trace of a panic.

Usage: python tests/stdlib/programs/regen.py [NAME ...]     (needs Go 1.23: $GO, go on PATH,
or /usr/lib/go-1.23/bin/go)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GO_FALLBACK = "/usr/lib/go-1.23/bin/go"


def find_go() -> str:
    go = os.environ.get("GO") or shutil.which("go") or GO_FALLBACK
    out = subprocess.run([go, "version"], capture_output=True, text=True, check=True).stdout
    if "go1.23" not in out:
        sys.exit(f"regen: need Go 1.23, found {out.strip()}")
    return go


def regen(go: str, prog: Path) -> int:
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
    with tempfile.TemporaryDirectory() as tmp:
        env.setdefault("GOCACHE", os.path.join(tmp, "cache"))
        (Path(tmp) / "go.mod").write_text("module stdlibprog\n\ngo 1.23\n")
        shutil.copy(prog, Path(tmp) / "main.go")
        exe = Path(tmp) / prog.stem
        b = subprocess.run([go, "build", "-o", str(exe), "main.go"], cwd=tmp, env=env, capture_output=True, text=True)
        if b.returncode != 0:
            print(f"{prog.name}: build failed\n{b.stderr}", file=sys.stderr)
            return 1
        stdin = prog.with_suffix(".stdin")
        with open(stdin if stdin.exists() else os.devnull, "rb") as inp:
            r = subprocess.run([str(exe)], cwd=HERE, stdin=inp, capture_output=True, timeout=120)
    prog.with_suffix(".out").write_bytes(r.stdout)
    prog.with_suffix(".err").write_bytes(r.stderr)
    prog.with_suffix(".exit").write_text(f"{r.returncode}\n")
    print(f"{prog.name}: exit {r.returncode}, {len(r.stdout)} bytes of output")
    return 0


def main(argv: list[str]) -> int:
    go = find_go()
    names = argv or sorted(p.stem for p in HERE.glob("*.go"))
    return max((regen(go, HERE / (n.removesuffix(".go") + ".go")) for n in names), default=0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
