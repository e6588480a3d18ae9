#!/usr/bin/env python3
"""How much of each standard package's API gomem declares, measured against real Go.

Real Go's API comes from tools/apidump (a Go program on go/types), saved as the snapshot
tests/stdlib/data/go_api.json so that the tests need no Go toolchain. gomem's API is what the
checker makes of src/gomem/stdlib/<pkg>/api.go. Both sides print an item's signature the same
way (gomem's type strings: named types qualified by package name, no parameter names, byte and
rune as uint8 and int32), so comparing them is comparing strings.

An item of Go's API is "not implementable" when its declaration needs reflect, unsafe,
complex numbers, type parameters, syscall, io/fs or iter: apidump decides that mechanically
from the types its signature mentions. gomem items that are declared count as implemented
whatever the reason says.

Usage:
    python tools/api_coverage.py            # write docs/api-coverage.md from the snapshot
    python tools/api_coverage.py --regen    # first regenerate the snapshot (needs Go 1.23)
    python tools/api_coverage.py --check    # print items gomem declares differently from Go
                                            # (exit status 1 if any)
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import subprocess
import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STDLIB = ROOT / "src" / "gomem" / "stdlib"
SNAPSHOT = ROOT / "tests" / "stdlib" / "data" / "go_api.json"
REPORT = ROOT / "docs" / "api-coverage.md"
APIDUMP = ROOT / "tools" / "apidump"
GO_FALLBACK = "/usr/lib/go-1.23/bin/go"

# Packages being added (snapshotted ahead, so a new stdlib directory is checked at once).
PLANNED = ["bytes", "bufio", "math/rand", "math/bits", "container/list", "container/heap",
           "container/ring", "flag", "io/ioutil"]

Item = dict[str, Any]  # {"kind", "sig", "value"?, "reason"?}


def gomem_packages() -> list[str]:
    """Import paths of the packages that have a directory under src/gomem/stdlib."""
    return sorted(d.name.replace("_", "/") for d in STDLIB.iterdir()
                  if d.is_dir() and (d / "api.go").exists())


def regen_snapshot() -> None:
    go = os.environ.get("GO") or shutil.which("go") or GO_FALLBACK
    pkgs = sorted(set(gomem_packages()) | set(PLANNED))
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod")
    r = subprocess.run([go, "run", ".", *pkgs], cwd=APIDUMP, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"apidump failed:\n{r.stderr}")
    data = json.loads(r.stdout)
    if not data["go"].startswith("go1.23"):
        sys.exit(f"need Go 1.23, apidump ran on {data['go']}")
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    SNAPSHOT.write_text(json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {SNAPSHOT.relative_to(ROOT)}: {len(pkgs)} packages")


def load_snapshot() -> dict[str, dict[str, Item]]:
    return json.loads(SNAPSHOT.read_text())["packages"]


# ---------------------------------------------------------------------------
# gomem's side


def _const_value(v: Any) -> Any:
    """A constant's value in the snapshot's form (apidump's constValue)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Fraction):
        return float(v)
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    return str(v)


def gomem_api(path: str) -> tuple[dict[str, Item], list[str]]:
    """(items gomem's api.go declares for package path, names declared without a Python body)."""
    from gomem.check.objects import Const, Func, TypeName, Var
    from gomem.compiler.driver import IMPORTER
    from gomem.types.types import Interface, Named, Struct

    pkg = IMPORTER(path)
    assert pkg is not None, path
    mod = importlib.import_module("gomem.stdlib." + path.replace("/", "_"))
    items: dict[str, Item] = {}
    unimplemented: list[str] = []
    for name, obj in pkg.scope.names.items():
        if not name[:1].isupper():
            continue
        if isinstance(obj, Const):
            items[name] = {"kind": "const", "sig": str(obj.type), "value": _const_value(obj.value)}
        elif isinstance(obj, Var):
            items[name] = {"kind": "var", "sig": str(obj.type)}
        elif isinstance(obj, Func):
            items[name] = {"kind": "func", "sig": str(obj.type)}
            if obj.external and not callable(getattr(mod, name, None)):
                unimplemented.append(name)
        elif isinstance(obj, TypeName):
            t = obj.type
            u = t.underlying() if isinstance(t, Named) else t
            kind = "struct" if isinstance(u, Struct) else "interface" if isinstance(u, Interface) else str(u)
            items[name] = {"kind": "type", "sig": "type " + kind}
            if isinstance(u, Interface):
                for m in u.methods:
                    if m.name[:1].isupper():
                        items[f"{name}.{m.name}"] = {"kind": "imethod", "sig": str(m.sig)}
            elif isinstance(t, Named):
                for m in t.methods.values():
                    if not m.name[:1].isupper():
                        continue
                    recv = f"(*{name}) " if m.pointer_recv else f"({name}) "
                    items[f"{name}.{m.name}"] = {"kind": "method", "sig": recv + str(m.sig)}
                    body_less = m.decl is None or getattr(m.decl, "body", None) is None
                    if body_less and not callable(getattr(mod, f"{name}_{m.name}", None)):
                        unimplemented.append(f"{name}.{m.name}")
    return items, unimplemented


def mismatches(go: dict[str, Item], ours: dict[str, Item]) -> list[str]:
    """Items gomem declares that Go's package lacks or declares differently."""
    out = []
    for name, it in sorted(ours.items()):
        want = go.get(name)
        if want is None:
            out.append(f"{name}: not in Go's package")
            continue
        if it["kind"] != want["kind"] or it["sig"] != want["sig"]:
            out.append(f"{name}: gomem has {it['kind']} {it['sig']!r}, Go has {want['kind']} {want['sig']!r}")
        elif it["kind"] == "const" and it.get("value") != want.get("value"):
            out.append(f"{name}: gomem's value is {it.get('value')!r}, Go's is {want.get('value')!r}")
    return out


# ---------------------------------------------------------------------------
# The report


def report(snapshot: dict[str, dict[str, Item]]) -> tuple[str, int]:
    """(docs/api-coverage.md text, number of mismatches)."""
    rows = []
    sections = []
    bad = 0
    for path in gomem_packages():
        go = snapshot.get(path)
        if go is None:
            sections.append(f"## {path}\n\nNot in the snapshot: run `python tools/api_coverage.py --regen`.\n")
            continue
        ours, unimplemented = gomem_api(path)
        wrong = mismatches(go, ours)
        bad += len(wrong)
        from gomem.check.checker import GENERIC_STD_FUNCS
        have = {n for n in go if n in ours or (path, n) in GENERIC_STD_FUNCS}
        unreachable = {n: it["reason"] for n, it in go.items() if it.get("reason") and n not in have}
        implementable = len(go) - len(unreachable)
        missing = sorted(n for n in go if n not in have and n not in unreachable)
        rows.append(f"| {path} | {len(have)} | {implementable} | {len(go)} | "
                    f"{100 * len(have) // max(implementable, 1)}% |")
        text = [f"## {path}\n"]
        if missing:
            text.append(f"Missing ({len(missing)}): " + ", ".join(f"`{n}`" for n in missing) + "\n")
        else:
            text.append("Every implementable identifier is declared.\n")
        if unimplemented:
            text.append("Declared without an implementation: " + ", ".join(f"`{n}`" for n in unimplemented) + "\n")
        if wrong:
            text.append("Declared differently from Go:\n\n" + "\n".join(f"- {w}" for w in wrong) + "\n")
        if unreachable:
            by_reason: dict[str, list[str]] = {}
            for n, r in sorted(unreachable.items()):
                by_reason.setdefault(r, []).append(n)
            text.append("Not implementable: " + "; ".join(
                f"{r}: " + ", ".join(f"`{n}`" for n in ns) for r, ns in sorted(by_reason.items())) + "\n")
        sections.append("\n".join(text))
    head = ("# API coverage of gomem's standard packages\n\n"
            "Generated by `tools/api_coverage.py` from Go 1.23's API (snapshot "
            "`tests/stdlib/data/go_api.json`, made by `tools/apidump` on go/types) and the "
            "`api.go` files. An identifier is every exported constant, variable, function, type, "
            "method of an exported type and method of an exported interface. \"Implementable\" "
            "leaves out what needs reflect, unsafe, complex numbers, type parameters, syscall, "
            "io/fs or iter (decided from the types the declaration mentions).\n\n"
            "| package | implemented | implementable | total | coverage |\n|---|---|---|---|---|\n")
    return head + "\n".join(rows) + "\n\n" + "\n".join(sections), bad


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--regen", action="store_true", help="regenerate the Go API snapshot first (needs Go)")
    ap.add_argument("--check", action="store_true", help="only list gomem items that differ from Go")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    if args.regen:
        regen_snapshot()
    snapshot = load_snapshot()
    if args.check:
        bad = 0
        for path in gomem_packages():
            ours, _ = gomem_api(path)
            for w in mismatches(snapshot.get(path, {}), ours):
                print(f"{path}: {w}")
                bad += 1
        return 1 if bad else 0
    text, bad = report(snapshot)
    REPORT.write_text(text)
    print(f"wrote {REPORT.relative_to(ROOT)}" + (f" ({bad} mismatches)" if bad else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
