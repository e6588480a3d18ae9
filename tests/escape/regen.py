#!/usr/bin/env python3
"""Regenerates tests/escape/golden/NAME.txt: real Go's `go build -gcflags='-m -l'` output for
each program in tests/escape/programs (the header line dropped); a first line
`// flags: ...` gives other gc flags.

    PATH=/usr/lib/go-1.23/bin:$PATH python tests/escape/regen.py [NAME...]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLAGS = "-m -l"


def flags_of(prog: Path) -> str:
    first = prog.read_text().split("\n", 1)[0]
    return first[len("// flags:"):].strip() if first.startswith("// flags:") else FLAGS


def main(names: list[str]) -> int:
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod", GO111MODULE="off")
    (HERE / "golden").mkdir(exist_ok=True)
    for prog in sorted((HERE / "programs").glob("*.go")):
        if names and prog.stem not in names:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(prog, tmp)
            res = subprocess.run(["go", "build", "-o", os.devnull, f"-gcflags={flags_of(prog)}", prog.name],
                                 cwd=tmp, env=env, capture_output=True, text=True)
        lines = [ln for ln in res.stderr.splitlines() if not ln.startswith("#")]
        (HERE / "golden" / (prog.stem + ".txt")).write_text("".join(ln + "\n" for ln in lines))
        print(f"{prog.stem}: {len(lines)} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
