#!/usr/bin/env python3
"""Benchmark runner: gomem vs CPython vs compiled Go.

For every benchmark in benchmarks/<name>/ (a Go program main.go and its
Python twin main.py) this runs

  * gomem:   python -m gomem run benchmarks/<name>/main.go N   (see --gomem-cmd)
  * CPython: python benchmarks/<name>/main.py N
  * Go:      the program built once with `go build` (if a Go toolchain is found)

several times, checks that all outputs agree, takes the median wall time of
each and prints a Markdown table. A failing, timing-out or wrong gomem run is
reported in the table (FAIL / TIMEOUT / MISMATCH) and never stops the runner.

Examples:
  python benchmarks/run.py                      # everything, default sizes
  python benchmarks/run.py nbody maps --runs 3
  python benchmarks/run.py --size-scale 0.1 --runs 1      # quick smoke run
  python benchmarks/run.py --markdown results.md
  python benchmarks/run.py --gomem-cmd "{python} {py}"    # fake gomem: runs the Python twin
"""

from __future__ import annotations

import argparse
import datetime
import math
import os
import platform
import resource
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
GO_FALLBACK = "/usr/lib/go-1.23/bin/go"
DEFAULT_GOMEM_CMD = "{python} -m gomem run {go}"


@dataclass(frozen=True)
class Bench:
    name: str
    size: int  # default problem size (must match the default in main.go/main.py)
    minimum: int  # smallest size that still makes sense
    scaling: str = "linear"  # how --size-scale is applied: "linear", "exp2" or "factorial"
    description: str = ""


BENCHMARKS = [
    Bench("binarytrees", 15, 6, "exp2", "allocate and walk binary trees (pointers, structs, recursion)"),
    Bench("fannkuch", 9, 4, "factorial", "fannkuch-redux: permutations and slice reversal"),
    Bench("nbody", 300000, 1000, "linear", "n-body simulation (float64 arithmetic, struct fields)"),
    Bench("spectralnorm", 500, 10, "linear", "power method on an infinite matrix (float loops)"),
    Bench("maps", 600000, 1000, "linear", "map[int]int, map[string]int, map[struct]int workloads"),
    Bench("strings", 800000, 1000, "linear", "Builder, Split/Join/Index/Count/Replace, Itoa/Atoi"),
    Bench("fasta", 600000, 1000, "linear", "DNA sequence generation with an LCG and lookup tables"),
    Bench("alloc", 500000, 1000, "linear", "allocation throughput: six object kinds into rings (escaping, short-lived)"),
    Bench("sort", 250000, 1000, "linear", "heapsort, sort.Ints/Strings/Slice/SliceStable, binary search"),
]
BY_NAME = {b.name: b for b in BENCHMARKS}


def scaled_size(b: Bench, scale: float) -> int:
    """The problem size for `b` when the default amount of work is scaled by `scale`.

    For linear benchmarks the size is simply multiplied. binarytrees (tree
    depth) and fannkuch (permutation length) do exponentially more work per
    size step, so for them the size is moved by the number of steps that
    changes the work by about `scale`."""
    if scale == 1:
        return b.size
    if b.scaling == "exp2":
        n = b.size + round(math.log2(scale))
    elif b.scaling == "factorial":
        # The size whose n! is closest (in ratio) to scale * size!.
        target = math.log(scale)
        n = min(
            range(b.minimum, b.size + 6),
            key=lambda k: abs(math.lgamma(k + 1) - math.lgamma(b.size + 1) - target),
        )
    else:
        n = round(b.size * scale)
    return max(b.minimum, n)


# ---------------------------------------------------------------------------
# Running commands


@dataclass
class RunResult:
    seconds: float  # wall time
    returncode: int | None  # None: timed out
    stdout: str
    stderr: str
    cpu: float = 0.0  # user + system CPU time of the process and its reaped descendants


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_once(cmd: list[str], cwd: str, env: dict[str, str], timeout: float) -> RunResult:
    cpu_start = _children_cpu()
    start = time.perf_counter()
    try:
        # A session of its own, so that a timeout kills the whole process tree.
        proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
    except OSError as e:  # e.g. command not found
        return RunResult(time.perf_counter() - start, 127, "", f"{type(e).__name__}: {e}")
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_tree(proc)
        out, err = proc.communicate()
        return RunResult(time.perf_counter() - start, None, _text(out), _text(err))
    except BaseException:  # KeyboardInterrupt: do not leave the child running
        _kill_tree(proc)
        proc.wait()
        raise
    elapsed = time.perf_counter() - start
    return RunResult(elapsed, proc.returncode, _text(out), _text(err), _children_cpu() - cpu_start)


def _kill_tree(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:
        proc.kill()


def _text(b: bytes | str | None) -> str:
    if b is None:
        return ""
    if isinstance(b, str):
        return b
    return b.decode("utf-8", errors="replace")


def normalize(output: str) -> str:
    """Outputs are compared exactly, except for trailing whitespace at line ends."""
    return "\n".join(line.rstrip() for line in output.rstrip().splitlines())


@dataclass
class ImplResult:
    """Outcome of all the runs of one implementation of one benchmark."""

    status: str = "ok"  # ok | FAIL | TIMEOUT | MISMATCH | n/a | SKIPPED
    times: list[float] = field(default_factory=list)
    output: str | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok" and bool(self.times)

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.ok else None


def run_impl(
    label: str,
    cmd: list[str],
    cwd: str,
    env: dict[str, str],
    runs: int,
    timeout: float,
    expected: str | None,
    log,
    metric: str = "wall",
) -> ImplResult:
    """Run `cmd` `runs` times. Stops at the first failure or wrong output.

    `metric` selects what is recorded: "wall" (elapsed) or "cpu" (user+system) seconds."""
    res = ImplResult()
    for i in range(runs):
        r = run_once(cmd, cwd, env, timeout)
        if r.returncode is None:
            res.status = "TIMEOUT"
            res.detail = f"timed out after {timeout:g}s" + _tail(r.stderr)
            log(f"  {label:8} run {i + 1}/{runs}: TIMEOUT")
            return res
        if r.returncode != 0:
            res.status = "FAIL"
            res.detail = f"exit status {r.returncode}" + _tail(r.stderr or r.stdout)
            log(f"  {label:8} run {i + 1}/{runs}: FAIL (exit status {r.returncode})")
            return res
        out = normalize(r.stdout)
        reference = expected if expected is not None else res.output
        if reference is not None and out != reference:
            res.status = "MISMATCH"
            res.output = out
            res.detail = first_difference(reference, out)
            log(f"  {label:8} run {i + 1}/{runs}: MISMATCH")
            return res
        res.output = out
        res.times.append(r.cpu if metric == "cpu" else r.seconds)
        log(f"  {label:8} run {i + 1}/{runs}: {r.seconds:.3f}s wall, {r.cpu:.3f}s cpu")
    return res


def _tail(text: str, lines: int = 12) -> str:
    """The start and end of a (possibly long) error output, indented for the notes."""
    text = text.strip()
    if not text:
        return ""
    all_lines = text.splitlines()
    if len(all_lines) > lines:
        head = lines // 3
        all_lines = (
            all_lines[:head]
            + [f"... ({len(all_lines) - lines} lines omitted)"]
            + all_lines[-(lines - head) :]
        )
    return ":\n" + "\n".join("    " + line for line in all_lines)


def first_difference(expected: str, got: str) -> str:
    exp_lines, got_lines = expected.splitlines(), got.splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<no line>"
        g = got_lines[i] if i < len(got_lines) else "<no line>"
        if e != g:
            return f"first difference at output line {i + 1}:\n    expected: {e!r}\n    got:      {g!r}"
    return "outputs differ"


# ---------------------------------------------------------------------------
# Go toolchain


def find_go(explicit: str | None) -> str | None:
    if explicit:
        return explicit
    found = shutil.which("go")
    if found:
        return found
    if os.path.exists(GO_FALLBACK):
        return GO_FALLBACK
    return None


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    # Offline, hermetic builds with the installed toolchain.
    env.setdefault("GOTOOLCHAIN", "local")
    env.setdefault("GOPROXY", "off")
    env.setdefault("GOFLAGS", "-mod=mod")
    if "GOCACHE" not in env:
        env["GOCACHE"] = os.path.join(tempfile.gettempdir(), "gomem-bench-gocache")
    return env


def go_build(go: str, bench_dir: str, out: str, env: dict[str, str]) -> str | None:
    """Build main.go into `out`; returns an error message or None."""
    r = run_once([go, "build", "-o", out, "main.go"], bench_dir, env, timeout=600)
    if r.returncode != 0:
        return "go build failed" + _tail(r.stderr or r.stdout, 15)
    return None


# ---------------------------------------------------------------------------
# Machine description


def capture(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def machine_description(python: str, go: str | None) -> str:
    uname = " ".join(platform.uname()[i] for i in (0, 2, 4))  # system, release, machine
    pyver = capture(
        [python, "-c", "import platform; print(platform.python_implementation(), platform.python_version())"]
    )
    gover = capture([go, "version"]) if go else "no Go toolchain"
    date = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return (
        f"Machine: {uname}; CPU: {cpu_model()} ({os.cpu_count()} logical CPUs); "
        f"Python: {pyver or python}; Go: {gover or 'unknown'}; Date: {date}"
    )


# ---------------------------------------------------------------------------
# Report


@dataclass
class Row:
    bench: Bench
    size: int
    gomem: ImplResult
    cpython: ImplResult
    go: ImplResult


def fmt_time(r: ImplResult) -> str:
    return f"{r.median:.3f}" if r.ok else r.status


def fmt_ratio(a: ImplResult, b: ImplResult) -> str:
    if a.ok and b.ok and b.median > 0:
        return f"{a.median / b.median:.2f}"
    return "-"


def geomean(values: list[float]) -> float | None:
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def render_table(rows: list[Row]) -> str:
    header = ["benchmark", "size", "gomem s", "CPython s", "Go s", "gomem/CPython", "gomem/Go"]
    body = []
    for r in rows:
        body.append(
            [
                r.bench.name,
                str(r.size),
                fmt_time(r.gomem),
                fmt_time(r.cpython),
                fmt_time(r.go),
                fmt_ratio(r.gomem, r.cpython),
                fmt_ratio(r.gomem, r.go),
            ]
        )
    vs_py = [r.gomem.median / r.cpython.median for r in rows if r.gomem.ok and r.cpython.ok]
    vs_go = [r.gomem.median / r.go.median for r in rows if r.gomem.ok and r.go.ok and r.go.median > 0]
    g_py, g_go = geomean(vs_py), geomean(vs_go)
    body.append(
        [
            "**geometric mean**",
            "",
            "",
            "",
            "",
            f"**{g_py:.2f}** ({len(vs_py)})" if g_py else "-",
            f"**{g_go:.2f}** ({len(vs_go)})" if g_go else "-",
        ]
    )

    widths = [max(len(header[i]), *(len(row[i]) for row in body)) for i in range(len(header))]
    right = [False, True, True, True, True, True, True]

    def line(cells):
        parts = [c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, right)]
        return "| " + " | ".join(parts) + " |"

    sep = (
        "|"
        + "|".join(("-" * (w + 1) + ":") if r else (":" + "-" * (w + 1)) for w, r in zip(widths, right))
        + "|"
    )
    return "\n".join([line(header), sep] + [line(row) for row in body])


def render_notes(rows: list[Row]) -> str:
    notes = []
    for r in rows:
        for label, res in (("gomem", r.gomem), ("CPython", r.cpython), ("Go", r.go)):
            if res.status not in ("ok", "n/a", "SKIPPED") and res.detail:
                notes.append(f"- {r.bench.name} / {label}: {res.status}: {res.detail}")
            elif res.status == "n/a" and res.detail and label == "Go":
                notes.append(f"- {r.bench.name} / {label}: {res.detail}")
    if not notes:
        return ""
    return "Notes:\n\n" + "\n".join(notes)


# ---------------------------------------------------------------------------
# Main


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run the gomem benchmarks against CPython and compiled Go.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Placeholders in --gomem-cmd: {python} (interpreter, see --python), {go} (path of main.go), "
        "{py} (path of main.py), {dir} (benchmark directory), {name}, {size}. If {size} is absent "
        "the size is appended as the last argument. Commands run in the repository root with "
        "src/ prepended to PYTHONPATH.",
    )
    p.add_argument("benchmarks", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    p.add_argument("--runs", type=int, default=5, help="timed runs per implementation (default: 5)")
    p.add_argument(
        "--size-scale",
        type=float,
        default=1.0,
        metavar="F",
        help="scale the default problem sizes by F (e.g. 0.1 for a quick run)",
    )
    p.add_argument(
        "--size",
        action="append",
        default=[],
        metavar="NAME=N",
        help="explicit problem size for one benchmark (repeatable)",
    )
    p.add_argument(
        "--markdown", metavar="FILE", help="also write the table (with a machine description) to FILE"
    )
    p.add_argument(
        "--gomem-cmd",
        default=DEFAULT_GOMEM_CMD,
        metavar="TEMPLATE",
        help=f"command that runs a Go program under gomem (default: {DEFAULT_GOMEM_CMD!r})",
    )
    p.add_argument(
        "--python",
        default=sys.executable,
        help="Python interpreter for the CPython runs and for {python} (default: this one)",
    )
    p.add_argument("--go", metavar="PATH", help="go binary (default: `go` on PATH, else " + GO_FALLBACK + ")")
    p.add_argument("--no-go", action="store_true", help="skip compiled Go")
    p.add_argument("--no-gomem", action="store_true", help="skip gomem (e.g. to measure CPython and Go only)")
    p.add_argument(
        "--metric",
        choices=("wall", "cpu"),
        default="wall",
        help="time to report: wall-clock (default) or user+system CPU time, which is less "
        "sensitive to other load on the machine",
    )
    p.add_argument(
        "--timeout", type=float, default=600, help="seconds before a single run is killed (default: 600)"
    )
    p.add_argument("--list", action="store_true", help="list the benchmarks and their sizes, then exit")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output on stderr")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error("--runs must be at least 1")
    if args.size_scale <= 0:
        p.error("--size-scale must be positive")
    unknown = [n for n in args.benchmarks if n not in BY_NAME]
    if unknown:
        p.error(f"unknown benchmark(s): {', '.join(unknown)} (known: {', '.join(BY_NAME)})")
    sizes = {}
    for spec in args.size:
        name, sep, value = spec.partition("=")
        if not sep or name not in BY_NAME or not value.isdigit():
            p.error(f"bad --size {spec!r}: expected NAME=N with NAME one of {', '.join(BY_NAME)}")
        sizes[name] = int(value)
    args.explicit_sizes = sizes
    try:
        dummy = dict.fromkeys(("python", "go", "py", "dir", "name", "size"), "x")
        gomem_command(args.gomem_cmd, dummy)
    except (KeyError, IndexError, ValueError) as e:
        p.error(
            f"bad --gomem-cmd {args.gomem_cmd!r}: {type(e).__name__}: {e} (write literal braces as {{{{ }}}})"
        )
    return args


def gomem_command(template: str, values: dict[str, str]) -> list[str]:
    tokens = shlex.split(template)
    cmd = [t.format_map(values) for t in tokens]
    if not any("{size}" in t for t in tokens):
        cmd.append(values["size"])
    return cmd


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    selected = [BY_NAME[n] for n in args.benchmarks] if args.benchmarks else list(BENCHMARKS)

    def size_of(b: Bench) -> int:
        return args.explicit_sizes.get(b.name, scaled_size(b, args.size_scale))

    if args.list:
        for b in selected:
            print(f"{b.name:14} default {b.size:>8}  this run {size_of(b):>8}  {b.description}")
        return 0

    log = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))

    go = None if args.no_go else find_go(args.go)
    if not args.no_go and go is None:
        log("note: no Go toolchain found; the Go column will be n/a")
    genv = go_env()

    env = dict(os.environ)
    src = os.path.join(REPO_DIR, "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")

    # gomem's caches (its bytecode, the standard packages' parsed trees) are written as an
    # installation writes them, so that no timed run pays for writing them
    subprocess.run([args.python, "-m", "gomem.compiler.warm"], env=env, cwd=REPO_DIR, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="gomem-bench-") as tmp:
        try:
            for b in selected:
                bdir = os.path.join(BENCH_DIR, b.name)
                go_file, py_file = os.path.join(bdir, "main.go"), os.path.join(bdir, "main.py")
                n = size_of(b)
                log(f"{b.name} (size {n})")

                # Compiled Go: build once, then the reference output when available.
                go_res = ImplResult(status="n/a")
                if go is not None:
                    exe = os.path.join(tmp, b.name)
                    err = go_build(go, bdir, exe, genv)
                    if err:
                        go_res.detail = err
                        log("  go build failed")
                    else:
                        go_res = run_impl(
                            "Go", [exe, str(n)], bdir, env, args.runs, args.timeout, None, log, args.metric
                        )

                reference = go_res.output if go_res.ok else None
                py_res = run_impl(
                    "CPython",
                    [args.python, py_file, str(n)],
                    REPO_DIR,
                    env,
                    args.runs,
                    args.timeout,
                    reference,
                    log,
                    args.metric,
                )
                if reference is None and py_res.ok:
                    reference = py_res.output

                if args.no_gomem:
                    gm_res = ImplResult(status="SKIPPED")
                else:
                    values = {
                        "python": args.python,
                        "go": go_file,
                        "py": py_file,
                        "dir": bdir,
                        "name": b.name,
                        "size": str(n),
                    }
                    cmd = gomem_command(args.gomem_cmd, values)
                    gm_res = run_impl(
                        "gomem", cmd, REPO_DIR, env, args.runs, args.timeout, reference, log, args.metric
                    )
                rows.append(Row(b, n, gm_res, py_res, go_res))
        except KeyboardInterrupt:
            log("interrupted; reporting the benchmarks completed so far")

    table = render_table(rows)
    notes = render_notes(rows)
    print(table)
    if notes:
        print()
        print(notes)

    if args.markdown:
        what = "wall-clock time" if args.metric == "wall" else "user+system CPU time"
        settings = (
            f"Runs: {args.runs} (median {what}, seconds, including process start-up); "
            f"size scale: {args.size_scale:g}; "
            + ("gomem: skipped" if args.no_gomem else f"gomem command: `{args.gomem_cmd}`")
        )
        with open(args.markdown, "w") as f:
            f.write(machine_description(args.python, go) + "\n\n")
            f.write(settings + "\n\n")
            f.write(table + "\n")
            if notes:
                f.write("\n" + notes + "\n")
        log(f"wrote {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
