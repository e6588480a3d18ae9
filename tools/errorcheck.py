#!/usr/bin/env python3
"""Score gomem's compile errors against Go's own ``// errorcheck`` tests.

Go's test tree holds files whose first line is ``// errorcheck``: programs that must not
compile, with comments ``// ERROR "regexp"`` on each line where the compiler must report an
error. Go's test runner (cmd/internal/testdir) compiles such a file with every error reported
(gc's ``-e``) and then, for each quoted regexp of each ``// ERROR`` comment:

- takes all reported errors on that comment's line (``file:LINE:...``) out of the pool;
- the annotation is satisfied if at least one of them matches the regexp (searched in the
  message, i.e. after the first space of ``file:line:col: message``); those that do not match
  go back to the pool, so the next annotation on the same line can claim them;
- an annotation with no error on its line, or none matching, is a miss.

Errors left in the pool at the end are unexpected errors; a file passes when no annotation
misses, nothing is left over and the compilation failed. ``ERROR "a" "b"`` is two
annotations, ``GC_ERROR`` counts like ``ERROR``, ``LINE``, ``LINE+n``, ``LINE-n`` in a regexp
stand for ``file.go:N``, and a line containing ``////`` has no annotations.

This tool compiles each file the way Go's runner does, with the compiler alone (not the go
command, which would judge the package clause and imports first, in its own words, and link):
``gomem tool compile -p=p -d=panic -C -e -importcfg=CFG -o OBJ [recipe flags] FILE``,
run in the file's directory; with ``--go`` the same command line runs ``go tool compile``
(CFG is then the standard library's export data, from ``go list -export std``; gomem has its
own standard packages and ignores it).

Selection: ``*.go`` in GOROOT_TEST and its ken, chan, interface, syntax and fixedbugs
directories whose recipe (first non-empty line that is not a build constraint) is
``errorcheck`` with no flags but ``-e``, ``-e=0``, ``-d=panic`` or ``-t N``; whose build
constraints hold for linux/amd64; that Go's runner does not skip (its types2Failures list);
that import only packages gomem provides (imports of malformed paths are kept: they test those
errors); and that use none of type parameters, unsafe, reflect, cgo, complex numbers or range
over functions. The escape-analysis and other diagnostic tests (``errorcheck -0 -m``, ``-live``,
``-d=ssa/...``), ``-lang`` and ``-goexperiment`` tests, ``errorcheckdir`` (multi-package) and
``errorcheckoutput`` (generated programs) are left out: ``--excluded`` lists them with reasons.

    python tools/errorcheck.py -j 2                   # score: annotations matched, files passing
    python tools/errorcheck.py -v -k fixedbugs/bug3   # every file, with its misses
    python tools/errorcheck.py --excluded             # the errorcheck files left out and why
    python tools/errorcheck.py --go                   # score real `go tool compile` (checks selection)
    python tools/errorcheck.py --json r.json
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from go_testsuite import (  # noqa: E402 - a sibling script, not a package
    ALLOWED_IMPORTS,
    COMPLEX_PATTERNS,
    DEFAULT_TESTDIR,
    GENERIC_PATTERNS,
    RANGE_FUNC_PATTERNS,
    candidates,
    find_go,
    imports_of,
    narrow,
    partition,
    scan,
    tool_env,
)

SUBDIRS = (".", "ken", "chan", "interface", "syntax", "fixedbugs")

# Files Go's runner itself does not errorcheck (testdir_test.go: types2Failures).
GO_RUNNER_SKIPS = frozenset({
    "shift1.go", "fixedbugs/issue10700.go", "fixedbugs/issue18331.go", "fixedbugs/issue18419.go",
    "fixedbugs/issue20233.go", "fixedbugs/issue20245.go", "fixedbugs/issue31053.go",
    "fixedbugs/notinheap.go",
})

# Build tags true when Go's runner runs on linux/amd64 with the gc toolchain (Go 1.23, no cgo
# for gomem, the default experiments of amd64).
TRUE_TAGS = frozenset({"linux", "amd64", "gc", "unix", "goexperiment.regabiargs",
                       "goexperiment.regabiwrappers"} | {f"go1.{n}" for n in range(1, 24)})


# --------------------------------------------------------------------------- selection

def recipe(src: str) -> str:
    """The test's recipe: its first non-empty line that is not a build constraint, without //."""
    for line in src.split("\n"):
        if re.match(r"^//\s*(go:build|\+build)\b", line):
            continue
        action = line.strip()
        if action.startswith("//"):
            action = action[2:].strip()
        if action:
            return action
    return ""


def _go_build_expr_holds(expr: str) -> bool:
    py = re.sub(r"[A-Za-z0-9_.]+", lambda m: str(m.group(0) in TRUE_TAGS), expr)
    py = py.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    return bool(eval(py, {"__builtins__": {}}, {}))  # noqa: S307 - only True/False/and/or/not/()


def constraints_hold(src: str) -> bool:
    """Do the file's build constraints (before its package clause) allow linux/amd64?"""
    header = src.split("\npackage", 1)[0]
    for line in header.split("\n"):
        m = re.match(r"^//go:build\s+(.*)$", line)
        if m and not _go_build_expr_holds(m.group(1).split("//")[0]):
            return False
        m = re.match(r"^//\s*\+build\s+(.*)$", line)
        if m:
            terms = m.group(1).split()
            if not any(all((t[1:] not in TRUE_TAGS) if t.startswith("!") else (t in TRUE_TAGS)
                           for t in term.split(",")) for term in terms):
                return False
    return True


def valid_looking_import(path: str) -> bool:
    """A path a real package could have; malformed ones are what some tests are about."""
    return bool(path) and re.fullmatch(r"[A-Za-z0-9_.\-~+/]+", path) is not None \
        and not path.startswith(("/", ".")) and all(c not in ("", ".", "..") for c in path.split("/"))


# gc's flags of the escape-analysis tests (`errorcheck -0 -m -l`): -0 is the runner's own
# (the compile must succeed), -m asks for the optimization diagnostics, -l disables inlining
ESCAPE_FLAGS = ("-m", "-m=1", "-m=2", "-l", "-N")


def allowed_flags(args: list[str], escape: bool = False) -> tuple[list[str], str | None]:
    """The gc flags to pass on for the recipe's arguments, or why the test is left out.
    escape: select the escape-analysis tests (-m diagnostics) instead of the error tests."""
    out: list[str] = []
    diagnostics = False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "-t":  # a timeout for Go's runner
            i += 2
            continue
        if a in ("-e", "-e=0", "-d=panic"):
            out.append(a)
        elif escape and (a == "-0" or a in ESCAPE_FLAGS):
            out.append(a)
            diagnostics = diagnostics or a.startswith("-m")
        elif a == "-0" or a.startswith("-m"):
            return out, "diagnostics test (" + " ".join(args) + ")"
        else:
            return out, "needs compiler flags " + " ".join(args)
        i += 1
    if escape and not diagnostics:
        return out, "not an escape-analysis test (no -m)"
    return out, None


def exclusion_reason(path: Path, rel: str, packages: frozenset[str], escape: bool = False) -> str | None:
    """None if path is an in-subset errorcheck test, else why it is not."""
    try:
        src = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        src = path.read_bytes().decode("utf-8", "replace")
    except OSError as e:
        return f"unreadable: {e}"
    action = recipe(src).split()
    if not action or not action[0].startswith("errorcheck"):
        return "not an errorcheck test"
    if action[0] != "errorcheck":
        return {"errorcheckdir": "errorcheckdir (multi-package directory)",
                "errorcheckandrundir": "errorcheckandrundir (multi-package directory)",
                "errorcheckoutput": "errorcheckoutput (checks a generated program)",
                "errorcheckwithauto": "diagnostics test (errorcheckwithauto)"}.get(action[0], action[0])
    _, why = allowed_flags(action[1:], escape)
    if why:
        return why
    if not constraints_hold(src):
        return "build constraint excludes linux/amd64"
    if rel in GO_RUNNER_SKIPS:
        return "skipped by Go's runner (types2Failures)"
    nocomment, blank = scan(src)
    imps = imports_of(nocomment)
    special = [p for p in imps if p in ("unsafe", "reflect", "C")]
    if special:
        return "uses " + special[0]
    missing = sorted({p for p in imps if valid_looking_import(p) and p not in packages})
    if missing:
        return "imports " + ", ".join(missing)
    if any(p.search(blank) for p in GENERIC_PATTERNS):
        return "type parameters"
    if any(p.search(blank) for p in COMPLEX_PATTERNS):
        return "complex numbers"
    if any(p.search(blank) for p in RANGE_FUNC_PATTERNS):
        return "range over function"
    return None


def select(testdir: Path, escape: bool = False) -> tuple[list[Path], list[tuple[Path, str]]]:
    # (ALLOWED_IMPORTS: the standard packages gomem implements)
    return partition(candidates(testdir, SUBDIRS),
                     lambda p: exclusion_reason(p, str(p.relative_to(testdir)), ALLOWED_IMPORTS, escape))


# --------------------------------------------------------------------------- annotations

ERR_COMMENT = re.compile(r"// (?:GC_)?ERROR (.*)")
ERR_AUTO_COMMENT = re.compile(r"// (?:GC_)?ERRORAUTO (.*)")
QUOTED = re.compile(r'"([^"]*)"')
LINE_REF = re.compile(r"LINE(([+-])(\d+))?")


@dataclass
class Wanted:
    line: int
    pattern: str
    regex: re.Pattern[str] | None  # None: the pattern is not valid for Python's re


def go_regexp_to_python(rx: str) -> str:
    """The few RE2 spellings Python's re reads differently."""
    rx = rx.replace(r"\z", r"\Z")
    return re.sub(r"\[:(\w+):\]", lambda m: {"alpha": "a-zA-Z", "digit": "0-9", "alnum": "a-zA-Z0-9",
                                             "space": r"\s", "upper": "A-Z", "lower": "a-z"}.get(
                                                 m.group(1), m.group(0)), rx)


def wanted_errors(src: str, short: str) -> list[Wanted]:
    out: list[Wanted] = []
    for i, line in enumerate(src.split("\n")):
        lineno = i + 1
        if "////" in line:
            continue  # a doubled comment switches the annotation off
        m = ERR_AUTO_COMMENT.search(line) or ERR_COMMENT.search(line)
        if m is None:
            continue
        for q in QUOTED.findall(m.group(1)):
            def line_ref(mm: re.Match[str], lineno: int = lineno) -> str:
                n = lineno
                if mm.group(2) == "+":
                    n += int(mm.group(3))
                elif mm.group(2) == "-":
                    n -= int(mm.group(3))
                return f"{short}:{n}"
            rx = LINE_REF.sub(line_ref, q)
            try:
                compiled: re.Pattern[str] | None = re.compile(go_regexp_to_python(rx))
            except re.error:
                compiled = None
            out.append(Wanted(lineno, rx, compiled))
    return out


def split_output(out: str) -> list[str]:
    """Error messages of a build: a line starting with a tab continues the one before; the
    ``# pkg`` header is dropped."""
    res: list[str] = []
    for line in out.split("\n"):
        line = line.rstrip("\r")
        if line.startswith("\t") and res:
            res[-1] += "\n" + line
        elif line.startswith(("#", "go tool", "<autogenerated>")):
            continue
        elif line.strip():
            res.append(line)
    return res


def on_line(msg: str, short: str, lineno: int) -> bool:
    """Is msg reported at short:lineno (any directory before the file name, then ':' or '[')?"""
    i = msg.find(":")
    if i < 0:
        return False
    s = msg[msg.rfind("/", 0, i) + 1:]
    prefix = f"{short}:{lineno}"
    return len(s) > len(prefix) and s.startswith(prefix) and s[len(prefix)] in ":["


@dataclass
class Score:
    matched: int = 0
    misses: list[str] = field(default_factory=list)      # annotations not satisfied
    unexpected: list[str] = field(default_factory=list)  # errors no annotation claimed


def score(output: str, src: str, short: str, full: str) -> Score:
    # Go's runner names the file by its base name (it replaces the path it compiled): so do we,
    # for positions inside messages too ("declared at ./x.go:3:2")
    pool = [e.replace(full, short).replace("./" + short, short) for e in split_output(output)]
    sc = Score()
    for w in wanted_errors(src, short):
        mine = [e for e in pool if on_line(e, short, w.line)]
        if not mine:
            sc.misses.append(f"{short}:{w.line}: missing error {w.pattern!r}")
            continue
        pool = [e for e in pool if not on_line(e, short, w.line)]
        hit = False
        for e in mine:
            text = e.split(" ", 1)[1] if " " in e else e
            if w.regex is not None and w.regex.search(text):
                hit = True
            else:
                pool.append(e)
        if hit:
            sc.matched += 1
        else:
            got = "; ".join(e.split(" ", 1)[-1] for e in mine)
            sc.misses.append(f"{short}:{w.line}: no match for {w.pattern!r} in: {got}")
    sc.unexpected = pool
    return sc


# --------------------------------------------------------------------------- running

@dataclass
class Result:
    file: str
    status: str  # PASS FAIL TIMEOUT ERROR
    annotations: int
    matched: int
    seconds: float
    exit: int | None = None
    misses: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    reason: str = ""


def run_one(path: Path, testdir: Path, runner: list[str], env: dict[str, str], timeout: float,
            objdir: Path) -> Result:
    rel = str(path.relative_to(testdir))
    src = path.read_bytes().decode("utf-8", "replace")
    flags, _ = allowed_flags(recipe(src).split()[1:], escape=True)
    want_error = "-0" not in flags  # (Go's runner: -0 means the compile must succeed)
    flags = [f for f in flags if f != "-0"]
    # an object file of its own (never /dev/null: gc removes its output file when it fails)
    obj = objdir / (rel.replace("/", "_") + ".o")
    cmd = runner + ["-o", str(obj)] + flags + [path.name]
    total = len(wanted_errors(src, path.name))
    t0 = time.monotonic()
    try:
        proc = subprocess.Popen(cmd, cwd=path.parent, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    except OSError as e:
        return Result(rel, "ERROR", total, 0, 0.0, reason=f"cannot start: {e}")
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return Result(rel, "TIMEOUT", total, 0, time.monotonic() - t0, reason=f"no result after {timeout:g}s")
    secs = time.monotonic() - t0
    text = out.decode("utf-8", "replace")
    sc = score(text, src, path.name, str(path))
    res = Result(rel, "PASS", total, sc.matched, secs, proc.returncode, sc.misses, sc.unexpected)
    if "internal error" in text and "gomem" in text:
        res.status, res.reason = "ERROR", "gomem internal error"
    elif want_error and proc.returncode == 0:
        res.status, res.reason = "FAIL", "compilation succeeded unexpectedly"
    elif not want_error and proc.returncode != 0:
        res.status, res.reason = "FAIL", f"compilation failed (exit {proc.returncode})"
    elif sc.misses or sc.unexpected:
        res.status = "FAIL"
        res.reason = f"{len(sc.misses)} missed, {len(sc.unexpected)} unexpected"
    return res


def std_importcfg(go: str, env: dict[str, str], dest: Path) -> Path:
    """An import configuration naming the export data of Go's standard packages, which gc
    needs to import them (Go's runner writes the same, from `go list -export std`)."""
    out = subprocess.run([go, "list", "-export", "-f",
                          "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}", "std"],
                         env=env, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit("errorcheck: go list -export std failed:\n" + out.stderr)
    dest.write_text(out.stdout)
    return dest


def compile_command(compiler: list[str], importcfg: Path) -> list[str]:
    """The compiler command line of Go's runner for an errorcheck test (before the object
    file, the recipe's flags and the file): package path p, panics on internal errors, no
    columns, every error."""
    return compiler + ["-p=p", "-d=panic", "-C", "-e", f"-importcfg={importcfg}"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--testdir", default=os.environ.get("GOROOT_TEST", DEFAULT_TESTDIR),
                    help=f"Go's test directory (default {DEFAULT_TESTDIR}, or $GOROOT_TEST)")
    ap.add_argument("--list", action="store_true", help="print the selected files and exit")
    ap.add_argument("--excluded", action="store_true", help="print the errorcheck files left out, with reasons")
    ap.add_argument("--go", action="store_true", help="score real `go tool compile` instead of gomem")
    ap.add_argument("-k", dest="pattern", help="only files whose path (relative to testdir) contains this")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per file (default 60)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="parallel builds")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print every file, with its missed annotations and unexpected errors")
    ap.add_argument("--json", metavar="FILE", help="write the results as JSON")
    ap.add_argument("--escape", action="store_true",
                    help="score the escape-analysis tests (errorcheck -0 -m ...) instead of the error tests")
    args = ap.parse_args(argv)

    testdir = Path(args.testdir).resolve()
    if not testdir.is_dir():
        sys.exit(f"errorcheck: no test directory {testdir}")
    chosen, rejected = narrow(*select(testdir, args.escape), testdir, args.pattern)
    if args.list or args.excluded:
        if args.list:
            for p in chosen:
                print(p)
        if args.excluded:
            for p, why in rejected:
                if why != "not an errorcheck test":
                    print(f"{p.relative_to(testdir)}: {why}")
        return 0

    env = tool_env(gomem=not args.go, GO111MODULE="off", GOMEM_SEED="0")
    tmp = tempfile.TemporaryDirectory(prefix="errorcheck-")
    objdir = Path(tmp.name)
    if args.go:
        go = find_go("errorcheck")
        cfg = std_importcfg(go, env, objdir / "importcfg")
        runner, name = compile_command([go, "tool", "compile"], cfg), "go tool compile"
    else:
        # gomem has its own standard packages: the import configuration is an empty one
        cfg = objdir / "importcfg"
        cfg.write_text("")
        runner = compile_command([sys.executable, "-m", "gomem", "tool", "compile"], cfg)
        name = "gomem tool compile"

    flags = " ".join(runner[runner.index("-p=p"):])
    print(f"runner: {name} {flags} -o OBJ [recipe flags] FILE; {len(chosen)} in-subset errorcheck tests "
          f"from {testdir}", flush=True)
    results: list[Result] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = [ex.submit(run_one, p, testdir, runner, env, args.timeout, objdir) for p in chosen]
        for fut in futs:
            r = fut.result()
            results.append(r)
            if args.verbose:
                print(f"{r.status:7s} {r.file} {r.matched}/{r.annotations} ({r.seconds:.1f}s)"
                      + (f": {r.reason}" if r.reason else ""), flush=True)
                for m in r.misses:
                    print(f"    miss: {m}")
                for u in r.unexpected:
                    print(f"    unexpected: {u}")

    total = sum(r.annotations for r in results)
    matched = sum(r.matched for r in results)
    passed = sum(1 for r in results if r.status == "PASS")
    counts = {s: sum(1 for r in results if r.status == s) for s in ("PASS", "FAIL", "TIMEOUT", "ERROR")}
    pct = 100.0 * matched / total if total else 0.0
    fpct = 100.0 * passed / len(results) if results else 0.0
    print(f"{counts['FAIL']} failed, {counts['TIMEOUT']} timed out, {counts['ERROR']} errors")
    print(f"annotations matched {matched} of {total} ({pct:.1f}%)")
    print(f"files fully passing {passed} of {len(results)} ({fpct:.1f}%)")
    if args.json:
        data = {"runner": name, "testdir": str(testdir), "timeout": args.timeout,
                "annotations": total, "matched": matched, "percent": round(pct, 2),
                "files": len(results), "passed": passed, "counts": counts,
                "results": [asdict(r) for r in results]}
        Path(args.json).write_text(json.dumps(data, indent=2) + "\n")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
