#!/usr/bin/env python3
"""Run Go's own self-checking ``// run`` tests that fall inside gomem's subset.

Selection: files GOROOT_TEST/{,ken/,chan/,interface/,fixedbugs/}*.go whose first line is exactly
``// run`` (no arguments), with no build constraint lines, that are single-file tests (no
NAME.dir directory beside them), that import only packages gomem provides (every package under
src/gomem/stdlib), and that use
none of: type parameters, unsafe, reflect, complex numbers (complex64/complex128,
complex/real/imag, imaginary literals), struct tags, range over functions, cgo.

Running: like Go's own test runner (cmd/internal/testdir) for ``// run``: each file is run
with cwd = GOROOT_TEST, its combined stdout+stderr must equal the sibling NAME.out file
(or be empty when there is none) and its exit status must be 0.

    python tools/go_testsuite.py --list              # the selected files
    python tools/go_testsuite.py --excluded          # the rejected ``// run`` files and why
    python tools/go_testsuite.py -v                  # run them all with ``python -m gomem run``
    python tools/go_testsuite.py --go                # run them with real ``go run`` (checks selection)
    python tools/go_testsuite.py -k ken/ --json r.json --timeout 30
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

DEFAULT_TESTDIR = "/usr/share/go-1.23/test"
GO_FALLBACK = "/usr/lib/go-1.23/bin/go"
# The packages gomem provides: one directory each under src/gomem/stdlib (import path with
# "/" spelled "_"; the importer maps them the same way).
_STDLIB = Path(__file__).resolve().parent.parent / "src" / "gomem" / "stdlib"
# the standard packages gomem implements; unsafe has an api.go for unsafe.StringData alone, so
# programs using it stay outside the subset (docs/go-testsuite.md)
ALLOWED_IMPORTS = frozenset(d.name.replace("_", "/") for d in _STDLIB.iterdir()
                            if (d / "api.go").is_file()) - {"unsafe"}


# --------------------------------------------------------------------------- source scanning

def scan(src: str) -> tuple[str, str]:
    """Return (src without comments, src without comments and with string/rune contents blanked).

    Comments are replaced by a space (a newline for line comments, and the newlines they contain
    for block comments) so line structure survives.  String, raw string and rune literals keep
    their delimiters: "" `` ''.
    """
    nc: list[str] = []
    bl: list[str] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "/" and src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            nc.append(" ")
            bl.append(" ")
            i = j
        elif c == "/" and src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            keep = " " + "\n" * src.count("\n", i, j)
            nc.append(keep)
            bl.append(keep)
            i = j
        elif c in "\"'`":
            j = i + 1
            if c == "`":
                j = src.find("`", j)
                j = n if j < 0 else j
            else:
                while j < n and src[j] != c and src[j] != "\n":
                    j += 2 if src[j] == "\\" else 1
            lit = src[i:j + 1]
            nc.append(lit)
            bl.append(c + "\n" * lit.count("\n") + c)
            i = j + 1
        else:
            nc.append(c)
            bl.append(c)
            i += 1
    return "".join(nc), "".join(bl)


IMPORT_BLOCK = re.compile(r"^\s*import\s*\((.*?)\)", re.S | re.M)
IMPORT_LINE = re.compile(r'^\s*import\s+(?:[\w.]+\s+)?"([^"]*)"', re.M)
IMPORT_SPEC = re.compile(r'(?:[\w.]+\s+)?"([^"]*)"')


def imports_of(nocomment: str) -> list[str]:
    head = nocomment.split("\nfunc ", 1)[0]  # imports precede all declarations that matter
    found = IMPORT_LINE.findall(head)
    for block in IMPORT_BLOCK.findall(head):
        found.extend(IMPORT_SPEC.findall(block))
    return found


# Each pattern runs on the blanked source (no comments, no string contents).
GENERIC_PATTERNS = [
    # func F[T any](...) / method with a receiver of a generic type: func (s *S[T]) M()
    re.compile(r"\bfunc\s+[A-Za-z_]\w*\s*\["),
    re.compile(r"\bfunc\s*\([^()]*\[[^()]*\)\s*[A-Za-z_]\w*\s*\("),
    # type T[P any] ... (also inside type ( ... ) groups: a line starting "Name[P constraint")
    re.compile(r"\btype\s+[A-Za-z_]\w*\s*\[\s*[A-Za-z_]\w*(\s*,\s*[A-Za-z_]\w*)*\s+[A-Za-z_~\[*]"),
    re.compile(r"^\s*[A-Za-z_]\w*\s*\[\s*[A-Za-z_]\w*(\s*,\s*[A-Za-z_]\w*)*\s+"
               r"(any|comparable|interface\b|~)", re.M),
    re.compile(r"~\s*[A-Za-z_\[]"),   # approximation elements only exist in constraints
    re.compile(r"\bcomparable\b"),
]
COMPLEX_PATTERNS = [
    re.compile(r"\bcomplex(64|128)\b"),
    re.compile(r"\b(complex|real|imag)\s*\("),
    re.compile(r"(?<![\w.])(\d[\d_]*(\.[\d_]*)?([eEpP][+-]?\d+)?|\.\d[\d_]*([eE][+-]?\d+)?|"
               r"0[xX][\da-fA-F_.]+[pP][+-]?\d+)i\b"),
]
RANGE_FUNC_PATTERNS = [
    re.compile(r"\brange\s+func\b"),
    re.compile(r"\bfunc\s*\(\s*yield\b"),
    re.compile(r"\byield\s+func\s*\("),
]
STRUCT_OPEN = re.compile(r"\bstruct\s*\{")
TAGGED_FIELD = re.compile(r"[\w\])*.]\s+(\"\"|``)\s*(;|\n|\}|$)")


def has_struct_tag(blank: str) -> bool:
    for m in STRUCT_OPEN.finditer(blank):
        depth, j = 1, m.end()
        while j < len(blank) and depth:
            if blank[j] == "{":
                depth += 1
            elif blank[j] == "}":
                depth -= 1
            j += 1
        if TAGGED_FIELD.search(blank[m.end():j]):
            return True
    return False


def exclusion_reason(path: Path) -> str | None:
    """None if path is an in-subset ``// run`` test, else why it is not."""
    try:
        src = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return f"unreadable: {e}"
    first = src.split("\n", 1)[0]
    if first.rstrip("\r") != "// run":
        return "not a plain // run test"
    if re.search(r"^//\s*(go:build|\+build)\b", src, re.M):
        return "build constraint"
    if path.with_suffix(".dir").is_dir():
        return "multi-file test (.dir)"
    nocomment, blank = scan(src)
    if not re.search(r"^package\s+main\b", nocomment, re.M):
        return "not package main"
    imps = imports_of(nocomment)
    bad = sorted({p for p in imps if p not in ALLOWED_IMPORTS})
    if bad:
        special = [p for p in bad if p in ("unsafe", "reflect", "C")]
        return ("uses " + special[0]) if special else "imports " + ", ".join(bad)
    if any(p.search(blank) for p in GENERIC_PATTERNS):
        return "type parameters"
    if any(p.search(blank) for p in COMPLEX_PATTERNS):
        return "complex numbers"
    if any(p.search(blank) for p in RANGE_FUNC_PATTERNS):
        return "range over function"
    if has_struct_tag(blank):
        return "struct tags"
    return None


# The directories of Go's test tree that hold self-contained ``// run`` programs.
TEST_SUBDIRS = ("", "ken", "chan", "interface", "fixedbugs")


def candidates(testdir: Path, subdirs: tuple[str, ...] = TEST_SUBDIRS) -> list[Path]:
    return [p for sub in subdirs for p in sorted((testdir / sub).glob("*.go"))]


def partition(paths: list[Path], reason: Callable[[Path], str | None]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The paths reason() has nothing against, and the others with its reason."""
    chosen, rejected = [], []
    for p in paths:
        why = reason(p)
        if why is None:
            chosen.append(p)
        else:
            rejected.append((p, why))
    return chosen, rejected


def select(testdir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    return partition(candidates(testdir), exclusion_reason)


def narrow(chosen: list[Path], rejected: list[tuple[Path, str]], testdir: Path,
           pattern: str | None) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Only the files whose path relative to testdir contains pattern (-k)."""
    if not pattern:
        return chosen, rejected
    return ([p for p in chosen if pattern in str(p.relative_to(testdir))],
            [(p, w) for p, w in rejected if pattern in str(p.relative_to(testdir))])


def tool_env(gomem: bool, **extra: str) -> dict[str, str]:
    """The environment the tests run in: Go's settings pinned (no modules, no downloads) and,
    for gomem, this checkout's sources first on the path."""
    env = dict(os.environ)
    env.update({"GOENV": "off", "GOFLAGS": "", "GOTOOLCHAIN": "local", "GOPROXY": "off", **extra})
    env.setdefault("GOCACHE", "/tmp/gocache")
    src = Path(__file__).resolve().parent.parent / "src"
    if gomem and src.is_dir():
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    return env


# --------------------------------------------------------------------------- running

@dataclass
class Result:
    file: str
    status: str  # PASS FAIL TIMEOUT ERROR
    exit: int | None
    seconds: float
    reason: str = ""


def find_go(tool: str = "go_testsuite") -> str:
    go = os.environ.get("GO") or shutil.which("go") or GO_FALLBACK
    if not shutil.which(go) and not Path(go).exists():
        sys.exit(f"{tool}: no go toolchain found (tried $GO, PATH, {GO_FALLBACK})")
    return go


def run_one(path: Path, testdir: Path, cmd: list[str], env: dict[str, str], timeout: float) -> Result:
    rel = str(path.relative_to(testdir))
    want_file = path.with_suffix(".out")
    want = want_file.read_bytes() if want_file.exists() else b""
    t0 = time.monotonic()
    try:
        proc = subprocess.Popen(cmd, cwd=testdir, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    except OSError as e:
        return Result(rel, "ERROR", None, 0.0, f"cannot start: {e}")
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return Result(rel, "TIMEOUT", None, time.monotonic() - t0, f"no result after {timeout:g}s")
    secs = time.monotonic() - t0
    out = out.replace(b"\r\n", b"\n")
    if proc.returncode != 0:
        tail = out.decode(errors="replace").strip().splitlines()[-3:]
        return Result(rel, "FAIL", proc.returncode, secs, f"exit status {proc.returncode}: " + " | ".join(tail))
    if out != want:
        got = out.decode(errors="replace").splitlines()
        exp = want.decode(errors="replace").splitlines()
        k = next((i for i, (a, b) in enumerate(zip(got, exp)) if a != b), min(len(got), len(exp)))
        g = got[k] if k < len(got) else "<end of output>"
        e = exp[k] if k < len(exp) else "<end of output>"
        what = f"output differs from {want_file.name}" if want_file.exists() else "output should be empty"
        return Result(rel, "FAIL", 0, secs, f"{what} at line {k + 1}: got {g!r}, want {e!r}")
    return Result(rel, "PASS", 0, secs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--testdir", default=os.environ.get("GOROOT_TEST", DEFAULT_TESTDIR),
                    help=f"Go's test directory (default {DEFAULT_TESTDIR}, or $GOROOT_TEST)")
    ap.add_argument("--list", action="store_true", help="print the selected files and exit")
    ap.add_argument("--excluded", action="store_true", help="print the rejected // run files with reasons")
    ap.add_argument("--go", action="store_true", help="run with real `go run` instead of gomem")
    ap.add_argument("--command", help="runner command; {file} is replaced by the test path "
                    "(default: python -m gomem run {file})")
    ap.add_argument("-k", dest="pattern", help="only files whose path (relative to testdir) contains this")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per test (default 20)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="parallel tests")
    ap.add_argument("-v", "--verbose", action="store_true", help="print PASS/FAIL/TIMEOUT for every file")
    ap.add_argument("--json", metavar="FILE", help="write the results as JSON")
    args = ap.parse_args(argv)

    testdir = Path(args.testdir).resolve()
    if not testdir.is_dir():
        sys.exit(f"go_testsuite: no test directory {testdir}")
    chosen, rejected = narrow(*select(testdir), testdir, args.pattern)

    if args.list or args.excluded:
        if args.list:
            for p in chosen:
                print(p)
        if args.excluded:
            for p, why in rejected:
                if why != "not a plain // run test":
                    print(f"{p}: {why}")
        return 0

    env = tool_env(gomem=not (args.go or args.command))
    if args.go:
        go = find_go()
        build = lambda p: [go, "run", str(p.relative_to(testdir))]
        runner = "go run"
    elif args.command:
        template = args.command.split()
        build = lambda p: [a.replace("{file}", str(p)) for a in template]
        runner = args.command
    else:
        build = lambda p: [sys.executable, "-m", "gomem", "run", str(p)]
        runner = "python -m gomem run"

    print(f"runner: {runner}; {len(chosen)} in-subset run tests from {testdir}", flush=True)
    results: list[Result] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = [ex.submit(run_one, p, testdir, build(p), env, args.timeout) for p in chosen]
        for fut in futs:
            r = fut.result()
            results.append(r)
            if args.verbose:
                line = f"{r.status:7s} {r.file} ({r.seconds:.1f}s)"
                print(line + (f": {r.reason}" if r.reason else ""), flush=True)

    counts = {s: sum(1 for r in results if r.status == s) for s in ("PASS", "FAIL", "TIMEOUT", "ERROR")}
    total = len(results)
    passed = counts["PASS"]
    pct = 100.0 * passed / total if total else 0.0
    if not args.verbose:
        for r in results:
            if r.status != "PASS":
                print(f"{r.status:7s} {r.file}: {r.reason}")
    print(f"{counts['FAIL']} failed, {counts['TIMEOUT']} timed out, {counts['ERROR']} errors")
    print(f"passed {passed} of {total} in-subset run tests ({pct:.1f}%)")
    if args.json:
        data = {"runner": runner, "testdir": str(testdir), "timeout": args.timeout, "passed": passed,
                "total": total, "percent": round(pct, 2), "counts": counts,
                "results": [asdict(r) for r in results]}
        Path(args.json).write_text(json.dumps(data, indent=2) + "\n")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
