#!/usr/bin/env python3
"""Regenerate the golden files of the gomem test corpus with the real Go toolchain.

Three directories under tests/golden/ are handled:

programs/     valid, deterministic Go programs.  Each NAME.go is built with
              ``go build -trimpath -o`` in a fresh temporary directory (with a go.mod
              that pins ``go 1.23``) and the binary is run with cwd = programs/,
              argv[0] = the built binary's path, no arguments, stdin = /dev/null and
              a timeout.  Written: NAME.out (exact stdout), NAME.err (exact stderr;
              the harness compares only its first line), NAME.exit (exit status).
errors/       invalid Go programs.  ``go build NAME.go`` is run inside errors/ (so
              positions print as ``./NAME.go:L:C: msg``).  Written: NAME.err = the
              first line after ``# command-line-arguments``, NAME.exit = go build's
              exit status (always 1).
errors_all/   invalid Go programs whose every error matters.  ``go build -gcflags=-e
              NAME.go`` (every error, not only the first ten) is run inside errors_all/.
              Written: NAME.err = go build's whole stderr (the ``# command-line-arguments``
              line included, or the go command's own error), NAME.exit.
compile/      invalid Go for the compiler alone.  ``go tool compile -p=p -e
              -importcfg=CFG -o TMP NAME.go`` is run inside compile/ (CFG names the
              standard packages' export data, from ``go list -export std``, as Go's
              test runner writes it).  Written: NAME.out = what the compiler prints
              (on stdout), NAME.exit.
unsupported/  valid Go that gomem must reject (generics, unsafe).  Only checked to
              build with real Go; nothing is written.

Usage:
    python tools/regen_goldens.py                  # everything
    python tools/regen_goldens.py --only NAME      # one program (repeatable; NAME or NAME.go)
    python tools/regen_goldens.py --dir errors     # one directory
    python tools/regen_goldens.py --check          # compare with the stored goldens, write nothing

Go is found via $GO, then ``go`` on PATH, then /usr/lib/go-1.23/bin/go; it must be go1.23.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
DIRS = ("programs", "errors", "errors_all", "compile", "unsupported")
GO_FALLBACK = "/usr/lib/go-1.23/bin/go"
GO_MOD = "module gomemgolden\n\ngo 1.23\n"


@dataclass
class Result:
    kind: str
    name: str
    ok: bool
    exit: int | None = None
    summary: str = ""
    changed: list[str] = field(default_factory=list)


def find_go() -> str:
    cand = os.environ.get("GO") or shutil.which("go") or GO_FALLBACK
    if not Path(cand).exists() and not shutil.which(cand):
        sys.exit(f"regen_goldens: no go toolchain found (tried $GO, PATH, {GO_FALLBACK})")
    return cand


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    for var in ("GOFLAGS", "GOOS", "GOARCH", "GOEXPERIMENT", "GODEBUG", "GOMAXPROCS", "GOTRACEBACK",
                "GOGC", "GOMEMLIMIT", "CGO_ENABLED", "GOWORK"):
        env.pop(var, None)
    env["GOTOOLCHAIN"] = "local"
    env["GOPROXY"] = "off"
    env.setdefault("GOCACHE", "/tmp/gocache")
    env["CGO_ENABLED"] = "0"
    return env


def run_env() -> dict[str, str]:
    """Environment for the compiled programs: no Go runtime knobs that change output."""
    env = dict(os.environ)
    for var in list(env):
        if var.startswith("GO"):
            del env[var]
    env["LC_ALL"] = "C"
    return env


def first_line(data: bytes | None) -> bytes | None:
    return None if data is None else data.split(b"\n", 1)[0]


def store(path: Path, data: bytes, check: bool, changed: list[str], first_only: bool = False) -> None:
    """Write data to path unless it is unchanged.

    With first_only (stderr of a crashing program: its traceback holds addresses and goroutine
    ids), a file whose first line already matches is kept as it is, so reruns are quiet.
    """
    old = path.read_bytes() if path.exists() else None
    if old == data or (first_only and old is not None and first_line(old) == first_line(data)):
        return
    changed.append(path.name)
    if not check:
        path.write_bytes(data)


def regen_program(go: str, src: Path, timeout: float, check: bool) -> Result:
    name = src.stem
    res = Result("programs", name, ok=False)
    with tempfile.TemporaryDirectory(prefix=f"gomem-golden-{name}-") as tmp:
        tmpd = Path(tmp)
        build = tmpd / "src"
        build.mkdir()
        (build / "go.mod").write_text(GO_MOD)
        shutil.copyfile(src, build / src.name)
        exe = tmpd / name
        try:
            b = subprocess.run([go, "build", "-trimpath", "-o", str(exe), "."], cwd=build, env=go_env(),
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=300)
        except subprocess.TimeoutExpired:
            res.summary = "go build timed out"
            return res
        if b.returncode != 0:
            res.summary = "go build failed:\n" + b.stdout.decode() + b.stderr.decode()
            return res
        try:
            r = subprocess.run([str(exe)], executable=str(exe), cwd=src.parent, env=run_env(),
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            res.summary = f"timed out after {timeout}s"
            return res
    res.exit = r.returncode
    if r.returncode < 0:
        res.summary = f"killed by signal {-r.returncode}"
        return res
    store(src.with_suffix(".out"), r.stdout, check, res.changed)
    store(src.with_suffix(".err"), r.stderr, check, res.changed, first_only=r.returncode != 0)
    store(src.with_suffix(".exit"), f"{r.returncode}\n".encode(), check, res.changed)
    first = r.stderr.decode(errors="replace").split("\n", 1)[0]
    res.ok = True
    res.summary = f"exit {r.returncode}" + (f"  stderr: {first[:90]}" if first else "")
    expect_fail = name.startswith("fail_")
    if expect_fail != (r.returncode != 0):
        res.ok = False
        res.summary += "  (fail_* programs must exit non-zero, all others zero)"
    return res


def compile_rejected(kind: str, tool: str, src: Path, res: Result, timeout: float,
                     command: Callable[[Path], list[str]]) -> subprocess.CompletedProcess | None:
    """Run Go's compiler on src, which the goldens of `kind` must see rejected: command(tmp)
    is its command line with outputs under tmp. None (res.summary says why) when it timed
    out or compiled."""
    with tempfile.TemporaryDirectory(prefix=f"gomem-golden-{src.stem}-") as tmp:
        try:
            b = subprocess.run(command(Path(tmp)), cwd=src.parent, env=go_env(), stdin=subprocess.DEVNULL,
                               capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            res.summary = f"{tool} timed out"
            return None
    res.exit = b.returncode
    if b.returncode == 0:
        res.summary = f"compiled successfully, but programs in {kind}/ must be rejected"
        return None
    return b


def regen_error(go: str, src: Path, timeout: float, check: bool) -> Result:
    res = Result("errors", src.stem, ok=False)
    b = compile_rejected("errors", "go build", src, res, timeout,
                         lambda tmp: [go, "build", "-o", str(tmp / src.stem), src.name])
    if b is None:
        return res
    lines = (b.stdout + b.stderr).decode().splitlines()
    lines = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    if not lines:
        res.summary = "go build failed without an error line"
        return res
    first = lines[0]
    if not first.startswith(f"./{src.name}:"):
        res.summary = f"unexpected first error line: {first}"
        return res
    store(src.with_suffix(".err"), (first + "\n").encode(), check, res.changed)
    store(src.with_suffix(".exit"), f"{b.returncode}\n".encode(), check, res.changed)
    res.ok = b.returncode == 1
    res.summary = first if res.ok else f"go build exited {b.returncode}: {first}"
    return res


def regen_error_all(go: str, src: Path, timeout: float, check: bool) -> Result:
    res = Result("errors_all", src.stem, ok=False)
    b = compile_rejected("errors_all", "go build", src, res, timeout,
                         lambda tmp: [go, "build", "-gcflags=-e", "-o", str(tmp / src.stem), src.name])
    if b is None:
        return res
    store(src.with_suffix(".err"), b.stdout + b.stderr, check, res.changed)
    store(src.with_suffix(".exit"), f"{b.returncode}\n".encode(), check, res.changed)
    lines = (b.stdout + b.stderr).decode().splitlines()
    res.ok = b.returncode == 1
    res.summary = f"{len(lines)} lines" + ("" if res.ok else f", go build exited {b.returncode}")
    return res


_IMPORTCFG: list[str] = []
_IMPORTCFG_LOCK = threading.Lock()


def std_importcfg(go: str) -> str:
    """The path of an import configuration for the standard packages (written once)."""
    with _IMPORTCFG_LOCK:
        if not _IMPORTCFG:
            out = subprocess.run([go, "list", "-export", "-f",
                                  "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}", "std"],
                                 env=go_env(), capture_output=True, text=True, check=True).stdout
            fd, path = tempfile.mkstemp(prefix="gomem-importcfg-")
            os.write(fd, out.encode())
            os.close(fd)
            _IMPORTCFG.append(path)
        return _IMPORTCFG[0]


def regen_compile(go: str, src: Path, timeout: float, check: bool) -> Result:
    res = Result("compile", src.stem, ok=False)
    cfg = std_importcfg(go)
    b = compile_rejected("compile", "go tool compile", src, res, timeout,
                         lambda tmp: [go, "tool", "compile", "-p=p", "-e", f"-importcfg={cfg}", "-o",
                                      str(tmp / "a.o"), src.name])
    if b is None:
        return res
    if b.stderr:
        res.summary = "go tool compile wrote to stderr: " + b.stderr.decode()[:200]
        return res
    store(src.with_suffix(".out"), b.stdout, check, res.changed)
    store(src.with_suffix(".exit"), f"{b.returncode}\n".encode(), check, res.changed)
    res.ok = b.returncode == 1
    res.summary = f"{len(b.stdout.splitlines())} lines" + ("" if res.ok else f", exit {b.returncode}")
    return res


def check_unsupported(go: str, src: Path, timeout: float, check: bool) -> Result:
    name = src.stem
    res = Result("unsupported", name, ok=False)
    with tempfile.TemporaryDirectory(prefix=f"gomem-golden-{name}-") as tmp:
        try:
            b2 = subprocess.run([go, "build", "-o", str(Path(tmp) / name), src.name], cwd=src.parent,
                                env=go_env(), stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            res.summary = "go build timed out"
            return res
    res.exit = b2.returncode
    res.ok = b2.returncode == 0
    res.summary = "valid Go (gomem must reject it)" if res.ok else "does not build: " + b2.stderr.decode()
    return res


HANDLERS = {"programs": regen_program, "errors": regen_error, "errors_all": regen_error_all,
            "compile": regen_compile, "unsupported": check_unsupported}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="only this program (NAME or NAME.go); repeatable")
    ap.add_argument("--dir", choices=DIRS + ("all",), default="all", help="which directory (default: all)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per run/build (default 30)")
    ap.add_argument("-j", "--jobs", type=int, default=min(8, os.cpu_count() or 1))
    ap.add_argument("--check", action="store_true",
                    help="compare fresh results with the stored goldens and write nothing; exit 1 on a difference")
    ap.add_argument("-v", "--verbose", action="store_true", help="print a line for every program")
    args = ap.parse_args(argv)

    go = find_go()
    ver = subprocess.run([go, "version"], capture_output=True, text=True, env=go_env()).stdout.strip()
    if "go1.23" not in ver:
        sys.exit(f"regen_goldens: need Go 1.23, found: {ver or '?'}")
    print(f"using {ver} ({go})")

    only = {n[:-3] if n.endswith(".go") else n for n in args.only}
    dirs = DIRS if args.dir == "all" else (args.dir,)
    jobs = []
    for d in dirs:
        for src in sorted((GOLDEN / d).glob("*.go")):
            if only and src.stem not in only:
                continue
            jobs.append((d, src))
    if only:
        missing = only - {src.stem for _, src in jobs}
        if missing:
            sys.exit(f"regen_goldens: no such program: {', '.join(sorted(missing))}")

    results: list[Result] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        futs = [ex.submit(HANDLERS[d], go, src, args.timeout, args.check) for d, src in jobs]
        for fut in futs:
            r = fut.result()
            results.append(r)
            if args.verbose or not r.ok or r.changed:
                status = "ok  " if r.ok else "FAIL"
                chg = f"  [{'differs' if args.check else 'updated'}: {' '.join(r.changed)}]" if r.changed else ""
                print(f"{status} {r.kind}/{r.name}: {r.summary}{chg}")

    print()
    for d in dirs:
        rs = [r for r in results if r.kind == d]
        if not rs:
            continue
        bad = [r for r in rs if not r.ok]
        chg = [r for r in rs if r.changed]
        extra = ""
        if d == "programs":
            nz = sum(1 for r in rs if r.exit not in (0, None))
            extra = f", {nz} exit non-zero"
        verb = "differ" if args.check else "updated"
        print(f"{d:12s} {len(rs):4d} total, {len(rs) - len(bad):4d} ok, {len(bad)} failed, "
              f"{len(chg)} {verb}{extra}")
    failed = any(not r.ok for r in results)
    differs = args.check and any(r.changed for r in results)
    return 1 if failed or differs else 0


if __name__ == "__main__":
    sys.exit(main())
