#!/usr/bin/env python3
"""Regenerates src/gomem/escape/std_inline.py: real Go's inlining facts for the standard
packages gomem provides.

gomem implements the standard library in Python, so whether gc can inline `fmt.Println`
(and at what cost, and which calls it inlines inside it) cannot be computed from gomem's
sources: it is a fact about Go's own sources. This script asks real Go:

1. `go build -a -gcflags=-m=2 PKGS...` for every package under src/gomem/stdlib/ (their
   api.go names them; the directory math_bits is the import path math/bits): gc prints
   `can inline NAME with cost N as: ...` or `cannot inline NAME: REASON` for each function,
   and `inlining call to X` at each call it inlines. A function's inlined calls are those
   printed inside its body (between its position and the next function's); unqualified names
   are the package's own and are qualified with the package name, as gc prints them at a
   call site in another package (bytes.(*Buffer).grow).
2. Intrinsics (calls compiled to instructions, which the inliner counts as one node): the
   functions of those packages that gc's SSA back end registers for amd64, read from
   cmd/compile/internal/ssagen/ssa.go of the installed Go.

    python tools/regen_inline_std.py            # rewrites src/gomem/escape/std_inline.py
    python tools/regen_inline_std.py --check    # exit 1 if the committed table is stale
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STDLIB = ROOT / "src" / "gomem" / "stdlib"
OUT = ROOT / "src" / "gomem" / "escape" / "std_inline.py"
GO = "/usr/lib/go-1.23/bin/go"

_CAN = re.compile(r"^(?P<file>[^:]+\.go):(?P<line>\d+):\d+: can inline (?P<name>\S+) with cost (?P<cost>\d+) as:")
_CANNOT = re.compile(r"^(?P<file>[^:]+\.go):(?P<line>\d+):\d+: cannot inline (?P<name>\S+): (?P<reason>.*)$")
_CALL = re.compile(r"^(?P<file>[^:]+\.go):(?P<line>\d+):\d+: inlining call to (?P<name>\S+)$")


def std_packages() -> list[str]:
    """The import paths of gomem's standard packages (directory a_b is import path a/b)."""
    return sorted(d.name.replace("_", "/") for d in STDLIB.iterdir() if (d / "api.go").is_file())


def go_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod", GO111MODULE="off")
    env["PATH"] = str(Path(GO).parent) + os.pathsep + env.get("PATH", "")
    return env


def run_go(pkgs: list[str]) -> str:
    with tempfile.TemporaryDirectory() as cache:
        env = go_env()
        env["GOCACHE"] = cache
        p = subprocess.run([GO, "build", "-a", "-gcflags=-m=2", *pkgs], capture_output=True, text=True,
                           env=env, cwd=cache, timeout=1800)
    if p.returncode != 0:
        sys.exit(f"go build failed:\n{p.stderr[-3000:]}")
    return p.stderr


def goroot() -> Path:
    return Path(subprocess.run([GO, "env", "GOROOT"], capture_output=True, text=True, env=go_env(),
                               check=True).stdout.strip())


def parse(output: str, pkgs: list[str]) -> dict[str, tuple[int | None, list[str]]]:
    """Facts by gc's qualified name: (cost or None, inlined calls in its body)."""
    wanted = set(pkgs)
    sections: dict[str, list[str]] = {}
    cur: list[str] | None = None
    for line in output.splitlines():
        if line.startswith("# "):
            path = line[2:].strip()
            cur = sections.setdefault(path, []) if path in wanted else None
        elif cur is not None:
            cur.append(line)
    facts: dict[str, tuple[int | None, list[str]]] = {}
    for path, lines in sections.items():
        pkgname = path.rsplit("/", 1)[-1]
        starts: dict[str, list[tuple[int, str]]] = {}
        local: dict[str, tuple[int | None, list[str]]] = {}
        own_dir = f"/src/{path}/"
        for line in lines:
            m = _CAN.match(line) or _CANNOT.match(line)
            if m and own_dir in m.group("file") and "/" not in m.group("file").split(own_dir, 1)[1]:
                name = m.group("name")
                cost = int(m.group("cost")) if "cost" in m.groupdict() and m.group("cost") else None
                if name not in local or cost is not None:
                    local[name] = (cost, [])
                starts.setdefault(m.group("file"), []).append((int(m.group("line")), name))
        recv_types = {n.split(".", 1)[0].strip("(*)") for n in local if "." in n}
        for file in starts:
            starts[file].sort()
        for line in lines:
            m = _CALL.match(line)
            if not m or m.group("file") not in starts:
                continue
            ln = int(m.group("line"))
            owner = None
            for start, name in starts[m.group("file")]:
                if start <= ln:
                    owner = name
                else:
                    break
            if owner is None:
                continue
            callee = m.group("name")
            head = callee.split(".", 1)[0].strip("(*)")
            if "." not in callee or head in recv_types:
                callee = _qualify(pkgname, callee)
            local[owner][1].append(callee)
        for name, (cost, calls) in local.items():
            if ".func" in name or "[" in name:
                continue  # closures and generic functions are not called from user code
            facts[_qualify(pkgname, name)] = (cost, calls)
    return facts


def _qualify(pkgname: str, name: str) -> str:
    """A package's own function or method as gc names it from another package:
    bytes.(*Buffer).Len, time.Duration.String, fmt.Println."""
    return f"{pkgname}.{name}"


def intrinsics(pkgs: list[str]) -> list[str]:
    """pkgpath.Name of the functions of pkgs that gc compiles as intrinsics on amd64."""
    src = (goroot() / "src" / "cmd" / "compile" / "internal" / "ssagen" / "ssa.go").read_text()
    start = src.index("func InitTables()")
    end = src.index("\nfunc ", start + 10)
    body = src[start:end]
    amd64: set[tuple[str, str]] = set()
    for m in re.finditer(r"\b(add|addF|alias)\(\"([^\"]+)\", \"([^\"]+)\",", body):
        kind, pkg, fn = m.groups()
        depth, i = 0, m.end() - 1
        j = body.index("(", m.start())
        depth = 0
        for i in range(j, len(body)):
            if body[i] == "(":
                depth += 1
            elif body[i] == ")":
                depth -= 1
                if depth == 0:
                    break
        call = body[j:i + 1]
        # the architecture list is at the end of the call
        tail = call[call.rfind("}") + 1:] if kind != "alias" else call
        on_amd64 = bool(re.search(r"\bsys\.(AMD64|ArchAMD64)\b|\b(all|p8|lwatomics)\.\.\.", tail))
        if kind == "alias":
            am = re.match(r'alias\("[^"]+", "[^"]+", "([^"]+)", "([^"]+)"', "alias" + call)
            if not (on_amd64 and am and (am.group(1), am.group(2)) in amd64):
                continue
        elif not on_amd64:
            continue
        amd64.add((pkg, fn))
    wanted = set(pkgs)
    return sorted(f"{p}.{f}" for p, f in amd64 if p in wanted)


def _exported(name: str) -> bool:
    """Whether user code can call name (pkg.F, pkg.T.M, pkg.(*T).M with F, T and M exported)."""
    rest = name.split(".", 1)[1]
    parts = [p.strip("(*)") for p in rest.split(".")]
    return all(p[:1].isupper() for p in parts)


def render(pkgs: list[str], facts: dict[str, tuple[int | None, list[str]]], intr: list[str]) -> str:
    """The generated module: the facts as one text block (one function a line: name, cost or
    "-", the calls inlined inside it), parsed on first use, so importing it costs nothing."""
    rows = []
    for name in sorted(facts):
        if not _exported(name):
            continue  # user code cannot call it: its inlined calls are in its callers' lists
        cost, calls = facts[name]
        rows.append(" ".join([name, "-" if cost is None else str(cost), *calls]))
    lines = [
        '"""Real Go\'s inlining facts for gomem\'s standard packages (generated: do not edit).',
        "",
        "Regenerate with `python tools/regen_inline_std.py` (runs go build -a -gcflags=-m=2 on them).",
        "FACTS: one exported function or method a line: gc's name at a call site, its inlining cost",
        "(- when gc does not inline it), then the calls gc inlines inside its body (every level).",
        "INTRINSICS: import path + name of the functions compiled to instructions on amd64.",
        'PACKAGES: import path -> package name."""',
        "",
        "PACKAGES = {",
    ]
    lines += [f"    {p!r}: {p.rsplit('/', 1)[-1]!r}," for p in pkgs]
    lines += ["}", "", "INTRINSICS = frozenset({"]
    lines += [f"    {x!r}," for x in intr]
    lines += ["})", "", 'FACTS = """\\']
    lines += rows
    lines += ['"""', ""]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed table differs")
    args = ap.parse_args()
    pkgs = std_packages()
    text = render(pkgs, parse(run_go(pkgs), pkgs), intrinsics(pkgs))
    if args.check:
        same = OUT.exists() and OUT.read_text() == text
        print("up to date" if same else f"{OUT} is stale")
        return 0 if same else 1
    OUT.write_text(text)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
