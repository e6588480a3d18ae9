#!/usr/bin/env python3
"""Regenerates src/gomem/escape/std_tags.json: the escape-analysis parameter tags of the
standard packages gomem has, measured from real Go.

Real Go's compiler prints, with -m, one line per pointer parameter of every function it
compiles ("leaking param: p", "leaking param content: p", "leaking param: p to result ~r0
level=0", "p does not escape"). This script builds the standard packages gomem provides
(src/gomem/stdlib/*/api.go) with `go build -a -gcflags=PKG=-m`, lists every function and
method declaration of those packages with the positions of its parameters (a small go/ast
program), and maps each message to its function and parameter. The table it writes holds,
per function, one entry per parameter (receiver first): None when Go prints nothing for it
(no pointers, unnamed or blank: it cannot leak), else [heap derefs or None, result levels,
mutator derefs or None, callee derefs or None] (-d=escapemutationscalls gives the last two).

    PATH=/usr/lib/go-1.23/bin:$PATH python tools/regen_escape_std.py
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STDLIB = ROOT / "src" / "gomem" / "stdlib"
OUT = ROOT / "src" / "gomem" / "escape" / "std_tags.json"

# lists every func decl of a package directory: key, and each parameter's name and position
LISTER = r'''
package main

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
)

type param struct {
	Name string
	Pos  string
}

type fn struct {
	Key     string
	Params  []param
	Results []string
}

func recvKey(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return "(*" + recvKey(t.X) + ")"
	case *ast.Ident:
		return t.Name
	case *ast.IndexExpr:
		return recvKey(t.X)
	case *ast.IndexListExpr:
		return recvKey(t.X)
	}
	return "?"
}

func main() {
	path, dir := os.Args[1], os.Args[2]
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		panic(err)
	}
	var out []fn
	for _, p := range pkgs {
		if strings.HasSuffix(p.Name, "_test") {
			continue
		}
		for _, f := range p.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				key := path + "." + fd.Name.Name
				var ps []param
				add := func(fl *ast.FieldList) {
					if fl == nil {
						return
					}
					for _, field := range fl.List {
						if len(field.Names) == 0 {
							ps = append(ps, param{"", ""})
						}
						for _, n := range field.Names {
							pos := fset.Position(n.Pos())
							ps = append(ps, param{n.Name, pos.Filename + ":" + itoa(pos.Line) + ":" + itoa(pos.Column)})
						}
					}
				}
				if fd.Recv != nil {
					key = path + "." + recvKey(fd.Recv.List[0].Type) + "." + fd.Name.Name
					add(fd.Recv)
				}
				add(fd.Type.Params)
				var rs []string
				if fd.Type.Results != nil {
					for _, field := range fd.Type.Results.List {
						if len(field.Names) == 0 {
							rs = append(rs, "~r"+itoa(len(rs)))
						}
						for _, n := range field.Names {
							rs = append(rs, n.Name)
						}
					}
				}
				out = append(out, fn{key, ps, rs})
			}
		}
	}
	json.NewEncoder(os.Stdout).Encode(out)
}

func itoa(n int) string {
	s := ""
	if n == 0 {
		return "0"
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
'''

MSG = re.compile(r"^(?P<pos>[^:\s]+\.go:\d+:\d+): (?P<text>.*)$")


def packages() -> list[str]:
    out = []
    for d in sorted(STDLIB.iterdir()):
        api = d / "api.go"
        if api.exists():
            out.append(d.name.replace("_", "/"))
    return out


def main() -> int:
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", GOFLAGS="-mod=mod", GO111MODULE="off")
    goroot = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True, check=True).stdout.strip()
    pkgs = packages()
    with tempfile.TemporaryDirectory() as tmp:
        lister = Path(tmp) / "lister.go"
        lister.write_text(LISTER)
        exe = Path(tmp) / "lister"
        subprocess.run(["go", "build", "-o", str(exe), str(lister)], check=True, env=env, cwd=tmp)
        decls: dict[str, dict] = {}
        for p in pkgs:
            res = subprocess.run([str(exe), p, os.path.join(goroot, "src", p)], capture_output=True,
                                 text=True, check=True)
            for f in json.loads(res.stdout) or []:
                decls.setdefault(f["Key"], f)
        # -d=escapemutationscalls adds which parameters' memory is written or called
        flags = " ".join(f"'-gcflags={p}=-m -d=escapemutationscalls'" for p in pkgs)
        res = subprocess.run(f"go build -a {flags} " + " ".join(pkgs), shell=True, capture_output=True,
                             text=True, env=env, cwd=tmp)
        if res.returncode != 0:
            sys.stderr.write(res.stderr)
            return 1
    by_pos: dict[str, list[str]] = {}
    for line in res.stderr.splitlines():
        m = MSG.match(line)
        if m is None:
            continue
        pos = m["pos"]
        if not pos.startswith("/"):
            pos = os.path.join(goroot, "src", pos)
        by_pos.setdefault(os.path.normpath(pos), []).append(m["text"])
    table: dict[str, list] = {}
    for key, f in sorted(decls.items()):
        name = key.rsplit(".", 1)[-1]
        if not name[:1].isupper():
            continue  # (gomem's packages declare only the exported API)
        params = f["Params"] or []
        tags = []
        for prm in params:
            texts = by_pos.get(os.path.normpath(prm["Pos"]), []) if prm["Pos"] else []
            tags.append(parse_tag(prm["Name"], texts, f["Results"] or []))
        if any(t is not None for t in tags) or params:
            table[key] = tags
    # one function a line, so that a regeneration's diff is readable
    body = ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in table.items())
    OUT.write_text("{\n" + body + "\n}\n")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(table)} functions of {len(pkgs)} packages")
    return 0


def parse_tag(name: str, texts: list[str], result_names: list[str]) -> list | None:
    """[derefs to the heap or None, [derefs to each result or None], derefs to the mutator or
    None, derefs to the callee or None] from gc's lines about parameter name."""
    heap = mutator = callee = None
    results: list[int | None] = [None] * len(result_names)
    seen = False
    for t in texts:
        if t == f"leaking param: {name}":
            heap, seen = 0, True
        elif t == f"leaking param content: {name}":
            heap, seen = 1, True
        elif t in (f"{name} does not escape", f"{name} does not escape, mutate, or call"):
            seen = True
        elif t.startswith(f"leaking param: {name} to result "):
            m = re.search(r"to result (\S+) level=(\d+)", t)
            seen = True
            if m and m[1] in result_names:
                results[result_names.index(m[1])] = int(m[2])
        elif t.startswith(f"mutates param: {name} derefs="):
            mutator, seen = int(t.rsplit("=", 1)[1]), True
        elif t.startswith(f"calls param: {name} derefs="):
            callee, seen = int(t.rsplit("=", 1)[1]), True
        elif t == f"moved to heap: {name}":
            heap, seen = 0, True
    if not seen:
        return None
    while results and results[-1] is None:
        results.pop()
    return [heap, results, mutator, callee]


if __name__ == "__main__":
    sys.exit(main())
