"""Regenerate tests/pprof/golden/NAME.txt from real Go 1.23: each programs/NAME.go is run with
`go run` and the program-specific parts of its debug=1 heap text are kept (heaptext.py); for
tutorial.go also the beginning of Go's text as it is (tutorial.go-text.txt: its layout);
goroutines.go's goroutine profile texts, contention.go's block and mutex texts, custom.go's,
labels.go's, normalized (goroutinetext.py); for labels.go also `go tool pprof -tags` and
-traces (normalized: labels_traces) of the goroutine.prof it writes.

    PATH=/usr/lib/go-1.23/bin:$PATH python tests/pprof/regen.py [--inlining]

Inlined frames (regen_inlining, inlinetext.py): inline.go's texts and the samples of its
mem.prof (inline.txt, inline.proto.txt); panic_inline.go's traceback, built with and without
-gcflags=-l (panic_inline.txt, panic_inline.l.txt); panic_closure.go's frames; which frames of
contention.go's records are inlined (contention.inline.txt).
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
from inlinetext import inline_marks, proto_samples, traceback_text  # noqa: E402
from inlinetext import normalize as normalize_inline  # noqa: E402

HEAP_PROGRAMS = ("tutorial", "lag", "methods")


def main() -> None:
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
    if sys.argv[1:] == ["--inlining"]:  # (only these: the others' goldens stay as they are)
        regen_inlining(env)
        return
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

    regen_inlining(env)


def regen_inlining(env: dict[str, str]) -> None:
    """The goldens of tests/pprof/test_inline_frames.py (the module docstring)."""
    prog = HERE / "programs" / "inline.go"
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["go", "run", str(prog)], cwd=tmp, env=env, check=True,
                             capture_output=True).stdout.decode()
        data = (Path(tmp) / "mem.prof").read_bytes()
    (HERE / "golden" / "inline.txt").write_text(normalize_inline(out, str(prog.parent)))
    (HERE / "golden" / "inline.proto.txt").write_text(proto_samples(data, str(prog.parent)))
    print("wrote inline")
    for prog_name, flags, name in (("panic_inline", [], "panic_inline.txt"),
                                   ("panic_inline", ["-gcflags=-l"], "panic_inline.l.txt"),
                                   ("panic_closure", [], "panic_closure.txt")):
        prog = HERE / "programs" / f"{prog_name}.go"
        with tempfile.TemporaryDirectory() as tmp:
            r = subprocess.run(["go", "run", *flags, str(prog)], cwd=tmp, env=env, capture_output=True)
        text = traceback_text(r.stderr.decode(), str(prog.parent), lines=prog_name != "panic_closure")
        (HERE / "golden" / name).write_text(text)
        print("wrote", name)
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["go", "run", str(HERE / "programs" / "contention.go")], cwd=tmp, env=env,
                             check=True, capture_output=True).stdout.decode()
    (HERE / "golden" / "contention.inline.txt").write_text(inline_marks(out))
    print("wrote contention.inline")


if __name__ == "__main__":
    main()
