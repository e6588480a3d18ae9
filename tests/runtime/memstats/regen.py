#!/usr/bin/env python3
"""Regenerate the expected outputs of tests/runtime/memstats/*.go with the real Go toolchain.

Each NAME.go prints runtime.MemStats deltas (Mallocs, Frees, TotalAlloc, HeapObjects, HeapAlloc)
read around loops that allocate. It is built with ``go build`` in a temporary directory (a
go.mod pinning go 1.23) and run with GOGC=off (no collection can free anything between the two
reads) and GOMAXPROCS=1 several times: the outputs must agree, else the program measures something that is not
deterministic (map overflow buckets depend on the random hash seed, for instance) and is
rejected. Written: NAME.out. tests/runtime/test_memstats_corpus.py compares gomem's output.
A line ``// gcflags: FLAGS`` in the program passes ``-gcflags=FLAGS`` to both compilers.

Usage: python tests/runtime/memstats/regen.py [NAME ...]     (needs Go 1.23: $GO, go on PATH,
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
RUNS = 10  # runs that must print the same figures


def find_go() -> str:
    go = os.environ.get("GO") or shutil.which("go") or GO_FALLBACK
    out = subprocess.run([go, "version"], capture_output=True, text=True, check=True).stdout
    if "go1.23" not in out:
        sys.exit(f"regen: need Go 1.23, found {out.strip()}")
    return go


def run_env() -> dict[str, str]:
    """The environment both real Go and gomem run the corpus in: the collector off, and one P
    (with more, Go may start threads at moments of its own, and each allocates its m)."""
    return dict(os.environ, GOGC="off", GOMAXPROCS="1")


def gcflags(prog: Path) -> list[str]:
    """The -gcflags a program asks for in a "// gcflags: FLAGS" line ([] when none)."""
    for line in prog.read_text().splitlines():
        if line.startswith("// gcflags: "):
            return ["-gcflags=" + line.removeprefix("// gcflags: ").strip()]
    return []


def regen(go: str, prog: Path, cache: str) -> int:
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
    env.setdefault("GOCACHE", cache)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "go.mod").write_text("module memstats\n\ngo 1.23\n")
        shutil.copy(prog, Path(tmp) / "main.go")
        exe = Path(tmp) / prog.stem
        b = subprocess.run([go, "build", *gcflags(prog), "-o", str(exe), "main.go"], cwd=tmp, env=env, capture_output=True, text=True)
        if b.returncode != 0:
            print(f"{prog.name}: build failed\n{b.stderr}", file=sys.stderr)
            return 1
        outs = []
        for _ in range(RUNS):
            r = subprocess.run([str(exe)], cwd=HERE, stdin=subprocess.DEVNULL, capture_output=True,
                               timeout=120, env=run_env())
            if r.returncode != 0:
                print(f"{prog.name}: exit {r.returncode}\n{r.stderr.decode()}", file=sys.stderr)
                return 1
            outs.append(r.stdout)
    if any(o != outs[0] for o in outs):
        print(f"{prog.name}: the figures differ from run to run, not written", file=sys.stderr)
        return 1
    prog.with_suffix(".out").write_bytes(outs[0])
    print(f"{prog.name}: {outs[0].count(b'Mallocs')} measurements")
    return 0


def main(argv: list[str]) -> int:
    go = find_go()
    names = argv or sorted(p.stem for p in HERE.glob("*.go"))
    with tempfile.TemporaryDirectory() as cache:  # (one build cache for all the programs)
        return max((regen(go, HERE / (n.removesuffix(".go") + ".go"), cache) for n in names), default=0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
