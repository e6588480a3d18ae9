#!/usr/bin/env python3
"""Regenerate the expected outputs of tests/runtime/goids/*.go with the real Go toolchain.

Each NAME.go prints goroutine ids (runtime.Stack's header), runtime.NumGoroutine, or ends in a
panic or a deadlock whose report names goroutines. It is built with ``go build`` in a temporary
directory (a go.mod pinning go 1.23) and run with GOMAXPROCS=1 (the scheduler gomem models;
with more Ps Go hands ids out in per-P batches) several times: the outputs must agree.
Written: NAME.out = stdout, then the lines of stderr that name goroutines, say how the
program ended or that the program printed with a "> " prefix (``report``), then ``exit N``. tests/runtime/test_goids.py compares gomem's.

Usage: python tests/runtime/goids/regen.py [NAME ...]   (needs Go 1.23: $GO, go on PATH, or
/usr/lib/go-1.23/bin/go)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GO_FALLBACK = "/usr/lib/go-1.23/bin/go"
RUNS = 5


def run_env() -> dict[str, str]:
    """The environment both real Go and gomem run these programs in: one P."""
    env = dict(os.environ, GOMAXPROCS="1")
    for var in ("GOGC", "GODEBUG", "GOTRACEBACK", "GOMEMLIMIT"):
        env.pop(var, None)
    return env


def report(stdout: bytes, stderr: bytes, status: int) -> str:
    """What is compared: stdout, the stderr lines that name goroutines or end the program,
    and the exit status."""
    lines = [ln for ln in stderr.decode("utf-8", "replace").splitlines()
             if re.match(r"(panic: |fatal error: |goroutine \d+ \[|> )", ln)]
    return stdout.decode("utf-8", "replace") + "".join(ln + "\n" for ln in lines) + f"exit {status}\n"


def regen(go: str, prog: Path, cache: str) -> int:
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
    env.setdefault("GOCACHE", cache)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "go.mod").write_text("module goids\n\ngo 1.23\n")
        shutil.copy(prog, Path(tmp) / "main.go")
        exe = Path(tmp) / prog.stem
        b = subprocess.run([go, "build", "-o", str(exe), "main.go"], cwd=tmp, env=env, capture_output=True, text=True)
        if b.returncode != 0:
            print(f"{prog.name}: build failed\n{b.stderr}", file=sys.stderr)
            return 1
        outs = []
        for _ in range(RUNS):
            r = subprocess.run([str(exe)], cwd=HERE, stdin=subprocess.DEVNULL, capture_output=True,
                               timeout=120, env=run_env())
            outs.append(report(r.stdout, r.stderr, r.returncode))
    if any(o != outs[0] for o in outs):
        print(f"{prog.name}: the output differs from run to run, not written", file=sys.stderr)
        return 1
    prog.with_suffix(".out").write_text(outs[0])
    print(f"{prog.name}: written")
    return 0


def main(argv: list[str]) -> int:
    go = os.environ.get("GO") or shutil.which("go") or GO_FALLBACK
    names = argv or sorted(p.stem for p in HERE.glob("*.go"))
    with tempfile.TemporaryDirectory() as cache:
        return max((regen(go, HERE / (n.removesuffix(".go") + ".go"), cache) for n in names), default=0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
