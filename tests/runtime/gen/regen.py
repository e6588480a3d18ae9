"""Regenerate the .out files of tests/runtime/gen/ from real Go 1.23 (run from anywhere)."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
env = dict(os.environ, PATH="/usr/lib/go-1.23/bin:" + os.environ.get("PATH", ""), GOTOOLCHAIN="local",
           GOPROXY="off", GOFLAGS="-mod=mod")
for src in sorted(HERE.glob("*.go")):
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(src, Path(d) / "main.go")
        subprocess.run(["go", "mod", "init", "x"], cwd=d, env=env, check=True, capture_output=True)
        out = subprocess.run(["go", "run", "main.go"], cwd=d, env=env, check=True, capture_output=True, text=True)
    src.with_suffix(".out").write_text(out.stdout)
    print("wrote", src.with_suffix(".out").name)
