"""Run gomem's program corpora with the collector on, cycles forced often and every
verification mode enabled (docs/gc.md, "Verification"): any missing root or scan shows as a
poisoned use, a checkmark failure, a Python traceback or a wrong output.

    python tools/gc_verify.py golden            # tests/golden/programs: outputs must equal the goldens
    python tools/gc_verify.py stdlib            # tests/stdlib/programs: the same
    python tools/gc_verify.py memstats          # tests/runtime/memstats: must run (figures differ)
    python tools/gc_verify.py bench             # benchmarks/*/main.go at small sizes: output = main.py's
    python tools/gc_verify.py golden -k maps --stress 4 -j 2 -v

The mode (``verify_env``): GOMEM_GCAUTO=1 GOMEM_GCPOISON=1 GODEBUG=gccheckmark=1 and
GOMEM_GCSTRESS=N (a cycle at every Nth span refill or large allocation, default 1: every one).
tests/runtime/test_gc_verify.py runs part of it in the test suite.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "golden": ROOT / "tests" / "golden" / "programs",
    "stdlib": ROOT / "tests" / "stdlib" / "programs",
    "memstats": ROOT / "tests" / "runtime" / "memstats",
}
# benchmark -> size small enough for a cycle at every refill
BENCH_SIZES = {"binarytrees": 8, "fannkuch": 7, "nbody": 1000, "spectralnorm": 20, "maps": 3000,
               "strings": 3000, "fasta": 3000, "alloc": 2000, "sort": 3000}

# Programs whose output is about the collector itself: cycles forced by the stress switch change
# it (NumGC, pause figures, GC CPU fraction), so they are only checked to run without a failure.
GC_DEPENDENT = {"debug_pacer", "debug_settings"}
# Programs too slow with a cycle at every refill, and the stress that keeps them within the
# timeout: deep stacks (every frame scanned at every cycle), alloc's six 1024-slot rings of
# pointers (6000 objects marked at every cycle, a refill every few dozen allocations).
SLOW = {"stack_deep_callbacks": 64, "alloc": 16}

FAILURE_MARKS = ("GOMEM_GCPOISON", "found pointer to unmarked object", "Traceback (most recent call last)",
                 "internal error")


def verify_env(stress: int, base: dict | None = None) -> dict:
    env = dict(os.environ if base is None else base)
    env.update(GOMEM_SEED="0", GOMEM_GCAUTO="1", GOMEM_GCPOISON="1", GODEBUG="gccheckmark=1",
               GOMEM_GCSTRESS=str(stress), GOMEM_GCPOISON_WHERE="1", PYTHONPATH=str(ROOT / "src"))
    return env


@dataclass
class Result:
    name: str
    ok: bool
    why: str
    seconds: float


def _first_line(b: bytes) -> str:
    return b.decode("utf-8", "replace").split("\n", 1)[0]


def _memstats_env() -> tuple[dict, object]:
    import importlib.util
    spec = importlib.util.spec_from_file_location("memstats_regen", CORPORA["memstats"] / "regen.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.run_env(), mod.gcflags


def run_program(corpus: str, prog: Path, stress: int, timeout: float = 600) -> Result:
    """Run one program of a corpus in the verification mode; ok when it runs as it must."""
    t0 = time.time()
    name = prog.parent.name if corpus == "bench" else prog.stem
    stress = max(stress, SLOW.get(name, 0))
    flags: list[str] = []
    if corpus == "memstats":
        base, gcflags = _memstats_env()
        env = verify_env(stress, base)
        flags = list(gcflags(prog))  # type: ignore[operator]
    else:
        env = verify_env(stress)
    cmd = [sys.executable, "-m", "gomem", "run", *flags, prog.name]
    if corpus == "bench":
        cmd = [sys.executable, "-m", "gomem", "run", "main.go", str(BENCH_SIZES[prog.parent.name])]
    stdin_file = prog.with_suffix(".stdin")
    try:
        with open(stdin_file if stdin_file.exists() else os.devnull, "rb") as inp:
            r = subprocess.run(cmd, cwd=prog.parent, capture_output=True, timeout=timeout, env=env, stdin=inp)
    except subprocess.TimeoutExpired:
        return Result(name, False, f"timeout after {timeout} s", time.time() - t0)
    err = r.stderr.decode("utf-8", "replace")
    dt = time.time() - t0
    for mark in FAILURE_MARKS:
        if mark in err:
            return Result(name, False, err[-3000:], dt)
    if corpus == "memstats" or prog.stem in GC_DEPENDENT:
        ok = r.returncode == 0 or prog.stem in GC_DEPENDENT
        return Result(prog.stem, ok, "" if ok else err[-3000:], dt)
    if corpus == "bench":
        want = subprocess.run([sys.executable, "main.py", str(BENCH_SIZES[prog.parent.name])], cwd=prog.parent,
                              capture_output=True, timeout=timeout).stdout
        ok = r.returncode == 0 and r.stdout == want
        return Result(prog.parent.name, ok, "" if ok else "output differs from main.py's\n" + err[-2000:], dt)
    want_out = prog.with_suffix(".out").read_bytes()
    want_exit = int(prog.with_suffix(".exit").read_text().strip())
    want_err = _first_line(prog.with_suffix(".err").read_bytes())
    if r.stdout != want_out:
        return Result(prog.stem, False, "stdout differs from the golden\n" + err[-2000:], dt)
    if r.returncode != want_exit or _first_line(r.stderr) != want_err:
        return Result(prog.stem, False, f"exit {r.returncode} (want {want_exit})\n" + err[-2000:], dt)
    return Result(prog.stem, True, "", dt)


def programs(corpus: str) -> list[Path]:
    if corpus == "bench":
        return [ROOT / "benchmarks" / name / "main.go" for name in BENCH_SIZES]
    return sorted(CORPORA[corpus].glob("*.go"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", choices=[*CORPORA, "bench"])
    ap.add_argument("--stress", type=int, default=1, help="GOMEM_GCSTRESS (default 1: a cycle at every refill)")
    ap.add_argument("-k", default="", help="only programs whose name contains this")
    ap.add_argument("-j", type=int, default=2, help="parallel runs")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("-v", action="store_true", help="print every program")
    args = ap.parse_args(argv)
    progs = [p for p in programs(args.corpus) if args.k in str(p)]
    failed = 0
    with ThreadPoolExecutor(args.j) as ex:
        for res in ex.map(lambda p: run_program(args.corpus, p, args.stress, args.timeout), progs):
            if not res.ok:
                failed += 1
                print(f"FAIL {res.name} ({res.seconds:.1f} s)\n{res.why}", flush=True)
            elif args.v:
                print(f"ok   {res.name} ({res.seconds:.1f} s)", flush=True)
    print(f"{args.corpus}: {len(progs) - failed} of {len(progs)} right (GOMEM_GCSTRESS={args.stress})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
