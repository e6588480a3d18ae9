"""Regenerate tests/pprof/golden/NAME.txt from real Go 1.23: each programs/NAME.go is run with
`go run` and the program-specific parts of its debug=1 heap text are kept (heaptext.py); for
tutorial.go also the beginning of Go's text as it is (tutorial.go-text.txt: its layout);
goroutines.go's goroutine profile texts, contention.go's block and mutex texts, custom.go's,
labels.go's, normalized (goroutinetext.py); for labels.go also `go tool pprof -tags` and
-traces (normalized: labels_traces) of the goroutine.prof it writes.

    PATH=/usr/lib/go-1.23/bin:$PATH python tests/pprof/regen.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from goroutinetext import labels_traces, normalize, normalize_contention  # noqa: E402
from heaptext import golden_text  # noqa: E402

HEAP_PROGRAMS = ("tutorial", "lag", "methods")


def main() -> None:
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
    for prog in sorted((HERE / "programs").glob("*.go")):
        if prog.stem not in HEAP_PROGRAMS + ("goroutines", "contention", "custom", "labels"):
            continue  # (cpu.go: checked by its ratio, no golden)
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run(["go", "run", str(prog)], cwd=tmp, env=env, check=True,
                                 capture_output=True).stdout.decode()
            if prog.stem == "labels":
                for view in ("tags", "traces"):
                    text = subprocess.run(["go", "tool", "pprof", "-" + view, "goroutine.prof"], cwd=tmp,
                                          env=env, check=True, capture_output=True).stdout.decode()
                    (HERE / "golden" / f"labels.{view}.txt").write_text(
                        labels_traces(text) if view == "traces" else text)
        if prog.stem in ("goroutines", "contention", "custom", "labels"):
            norm = normalize_contention if prog.stem == "contention" else normalize
            (HERE / "golden" / f"{prog.stem}.txt").write_text(norm(out, str(prog.parent)))
            print("wrote", prog.stem)
            continue
        (HERE / "golden" / (prog.stem + ".txt")).write_text(golden_text(out))
        if prog.stem == "tutorial":  # Go's own text, for the layout test (its first 40 records)
            blocks = out.split("\n\n")
            (HERE / "golden" / "tutorial.go-text.txt").write_text("\n\n".join(blocks[:40]) + "\n\n")
        print("wrote", prog.stem)


if __name__ == "__main__":
    main()
