#!/usr/bin/env python3
"""Regenerate tests/compiler/stress_golden/ with the real Go toolchain (Go 1.23).

For each (shape, size) in stress_programs.CASES the program is generated, built with
`go build` in a fresh temporary directory and run; NAME.out gets its stdout, NAME.err the
first line of its stderr, NAME.exit its exit status.

    python tests/compiler/regen_stress.py            # all cases
    python tests/compiler/regen_stress.py sum_chain  # the cases of some shapes
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from stress_programs import CASES, SHAPES, case_name  # noqa: E402

GOLDEN = HERE / "stress_golden"
GO = os.environ.get("GO", "/usr/lib/go-1.23/bin/go")


def go_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GO")}
    env.update(GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod", CGO_ENABLED="0",
               GOCACHE=os.environ.get("GOCACHE", "/tmp/gocache"))
    return env


def regen(shape: str, n: int) -> None:
    name = case_name(shape, n)
    with tempfile.TemporaryDirectory() as d:
        Path(d, "go.mod").write_text("module stress\n\ngo 1.23\n")
        Path(d, "prog.go").write_text(SHAPES[shape](n))
        b = subprocess.run([GO, "build", "-o", "prog", "prog.go"], cwd=d, env=go_env(), capture_output=True, text=True)
        if b.returncode != 0:
            # a compile error is a golden too (the first line after "# command-line-arguments")
            lines = b.stderr.splitlines()
            out, err, code = "", (lines[1] if len(lines) > 1 else ""), 1
        else:
            r = subprocess.run([os.path.join(d, "prog")], cwd=d, capture_output=True, text=True, timeout=600)
            out, err, code = r.stdout, r.stderr.split("\n", 1)[0], r.returncode
    (GOLDEN / f"{name}.out").write_text(out)
    (GOLDEN / f"{name}.err").write_text(err + "\n" if err else "")
    (GOLDEN / f"{name}.exit").write_text(f"{code}\n")
    print(f"{name}: exit {code}", flush=True)


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for shape, n in CASES:
        if not only or shape in only:
            regen(shape, n)


if __name__ == "__main__":
    main()
