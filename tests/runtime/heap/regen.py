"""Regenerate the goldens of tests/runtime/heap/ from real Go 1.23 (GOGC=off, GOMAXPROCS=1,
as gomem runs: no collection, one P).

    python tests/runtime/heap/regen.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    go = shutil.which("go") or "/usr/lib/go-1.23/bin/go"
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod",
               GOGC="off", GOMAXPROCS="1")
    for prog in sorted(HERE.glob("*.go")):
        with tempfile.TemporaryDirectory() as d:
            Path(d, "go.mod").write_text("module x\n\ngo 1.23\n")
            shutil.copy(prog, Path(d, "main.go"))
            subprocess.run([go, "build", "-o", "prog", "."], cwd=d, env=env, check=True)
            r = subprocess.run([str(Path(d, "prog"))], cwd=d, env=env, capture_output=True, check=True)
        prog.with_suffix(".out").write_bytes(r.stdout)
        if r.stderr:  # (println's output)
            prog.with_suffix(".err").write_bytes(r.stderr)
        print(prog.name, "ok", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
