"""Packages path and path/filepath (src/gomem/stdlib/path, path_filepath).

Unit tests hold results printed by Go 1.23; the differential tests (skipped without a Go
toolchain) run generated programs with real Go and with gomem and compare every line.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime.values import NIL_SLICE, slice_of
from gomem.stdlib import errors as gerrors
from gomem.stdlib import path as P
from gomem.stdlib import path_filepath as F

GO = shutil.which("go") or "/usr/lib/go-1.23/bin/go"
SRC = Path(__file__).resolve().parent.parent.parent / "src"
needs_go = pytest.mark.skipif(not Path(GO).exists(), reason="no Go toolchain")


def test_api_complete() -> None:
    check_api("path")
    check_api("path/filepath")


@pytest.mark.parametrize("p, clean, base, dir_, ext", [
    ("", ".", ".", ".", ""), ("/", "/", "/", "/", ""), ("//a//b/", "/a/b", "b", "/a/b", ""),
    ("a/../..", "..", "..", ".", "."), ("/../a/./b.c", "/a/b.c", "b.c", "/a", ".c"),
    ("x/.e", "x/.e", ".e", "x", ".e"), ("a.b/c", "a.b/c", "c", "a.b", ""), ("./", ".", ".", ".", ""),
    ("../a/..", "..", "..", "../a", "."), ("f.", "f.", "f.", ".", "."),
])
def test_lexical(p, clean, base, dir_, ext) -> None:
    for pkg in (P, F):
        assert pkg.Clean(p.encode()) == clean.encode()
        assert pkg.Base(p.encode()) == base.encode()
        assert pkg.Dir(p.encode()) == dir_.encode()
        assert pkg.Ext(p.encode()) == ext.encode()
    assert P.Split(b"a/b/c") == (b"a/b/", b"c") and F.Split(b"c") == (b"", b"c")
    assert P.Join(slice_of([b"", b"a", b"", b"../b", b"/"])) == b"b" and P.Join(NIL_SLICE) == b""
    assert F.Join(slice_of([b"", b""])) == b"" and F.Join(slice_of([b"/", b"x"])) == b"/x"


@pytest.mark.parametrize("base, targ, want", [
    ("a", ".", "../."), (".", "a", "a"), ("..", "a", None), ("a", "..", "../.."), ("/a", "b", None),
    ("/", "/a/b", "a/b"), ("a/b/c", "a/x", "../../x"), ("../a", "../b", "../b"), ("a/..", "b", "b"),
])
def test_rel(base, targ, want) -> None:
    r, err = F.Rel(base.encode(), targ.encode())
    if want is None:
        assert r == b"" and gerrors.error_text(err) == f"Rel: can't make {targ} relative to {base}".encode()
    else:
        assert (r, err) == (want.encode(), None)


@pytest.mark.parametrize("pattern, name, path_res, filepath_res", [
    ("a[", "b", "bad", "bad"), ("x*[", "y", "bad", False), ("a*b*[", "abc", "bad", "bad"),
    ("a*b*[", "xbc", "bad", False), ("*a*[", "xaz", "bad", "bad"), ("[^]", "a", "bad", "bad"),
    ("[]a]", "a", "bad", "bad"), ("a[^/]b", "a/b", False, False), ("a[/]b", "a/b", True, True),
    ("*x[", "abc/def", "bad", "bad"), ("a*", "abc", True, True), ("a*", "a/c", False, False),
    ("*/b", "a/b", True, True), ("[é-ü]", "ö", True, True), ("\\*", "*", True, True), ("?", "é", True, True),
])
def test_match(pattern, name, path_res, filepath_res) -> None:
    for fn, want in ((P.Match, path_res), (F.Match, filepath_res)):
        ok, err = fn(pattern.encode(), name.encode())
        if want == "bad":
            assert not ok and gerrors.error_text(err) == b"syntax error in pattern"
        else:
            assert (ok, err) == (want, None)
    assert P.ErrBadPattern is not F.ErrBadPattern


def test_misc() -> None:
    assert F.SplitList(b"").elems() == [] and F.SplitList(b"").a is not None
    assert F.SplitList(b"a::b").elems() == [b"a", b"", b"b"]
    assert F.IsLocal(b"a/b") and not F.IsLocal(b"a/../..") and not F.IsLocal(b"") and not F.IsLocal(b"/a")
    assert F.Abs(b"/x/../y") == (b"/y", None)
    assert F.Abs(b"a/b")[0] == os.path.join(os.getcwd(), "a/b").encode()
    assert P.IsAbs(b"/a") and not F.IsAbs(b"a")


# ---------------------------------------------------------------------------------------
# Differential tests against Go 1.23

_PATH_PARTS = ["", "/", "a", "b", ".", "..", "//", "c.d", ".e", "x/", "a/b", "../a", "./", "f.", "..."]
_PATTERN_PARTS = ["*", "?", "[a-c]", "[^a]", "\\", "\\*", "a", "b", "/", "[", "]", "-", "[]", "[\\]]", "é",
                  "\xff", "[é-ü]", "[^/]", "c", ".", "[a-]", "[-a]", "[a", "^", "[\\", "**", "[*]", "[a-b-c]",
                  "[^]", "[^^]", "\\\\"]
_NAME_PARTS = ["", "a", "b", "/", "c", "é", "ü", "\xff", "*", "[", "]", ".", "-", "ab", "\\", "^", "x"]


def _q(s: str) -> str:
    out = []
    for ch in s:
        out.append({"\xff": "\\xff", "\\": "\\\\", '"': '\\"'}.get(ch, ch))
    return '"' + "".join(out) + '"'


def _program(seed: int) -> str:
    rng = random.Random(seed)

    def pick(parts: list[str], k: int) -> str:
        return "".join(rng.choice(parts) for _ in range(rng.randrange(0, k)))
    paths = [pick(_PATH_PARTS, 5) for _ in range(300)]
    pairs = [(pick(_PATH_PARTS, 4), pick(_PATH_PARTS, 4)) for _ in range(300)]
    pats = [(pick(_PATTERN_PARTS, 5), pick(_NAME_PARTS, 5)) for _ in range(2000)]
    return "\n".join([
        'package main\n\nimport (\n\t"fmt"\n\t"path"\n\t"path/filepath"\n)\n\nfunc main() {',
        "\tfor _, p := range []string{" + ", ".join(map(_q, paths)) + "} {",
        "\t\td, f := path.Split(p)\n\t\tfd, ff := filepath.Split(p)",
        '\t\tfmt.Printf("%q %q %q %q %q %q %q %v %q %q %q %q %q %q %v %v %q\\n", p, path.Clean(p), path.Base(p), '
        "path.Dir(p), path.Ext(p), d, f, path.IsAbs(p), filepath.Clean(p), filepath.Base(p), filepath.Dir(p), "
        "filepath.Ext(p), fd, ff, filepath.IsAbs(p), filepath.IsLocal(p), filepath.SplitList(p))",
        '\t\tfmt.Printf("%q %q %q\\n", path.Join(p, p), filepath.Join("", p, "x", p), path.Join())\n\t}',
        "\tfor _, pr := range [][2]string{" + ", ".join("{%s, %s}" % (_q(a), _q(b)) for a, b in pairs) + "} {",
        '\t\tr, err := filepath.Rel(pr[0], pr[1])\n\t\tfmt.Printf("%q %q %q %v\\n", pr[0], pr[1], r, err)\n\t}',
        "\tfor _, pr := range [][2]string{" + ", ".join("{%s, %s}" % (_q(a), _q(b)) for a, b in pats) + "} {",
        "\t\tm, err := path.Match(pr[0], pr[1])\n\t\tm2, err2 := filepath.Match(pr[0], pr[1])",
        '\t\tfmt.Printf("%q %q %v %v %v %v\\n", pr[0], pr[1], m, err, m2, err2)\n\t}\n}\n'])


_GLOB_PROGRAM = """package main

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	os.Chdir("work")
	for _, p := range []string{"tree/*", "tree/*/*/*.go", "tree/a*", "tree/[ab]*/*", "tree/?", "tree/*.go",
		"tree/x\\\\[y/*", "tree/x[y/*", "tree/[", "tree/*/[", "tree/no/*", "tree/a/b/f1.go", "tree/missing",
		"tree/dangling", "tree/link/*", "./tree/a", "tree//a/./b/*", "tree/.*", "*", "", "tree/\\\\",
		"tree/a/b/f1.go/*", "tree/*[/x"} {
		m, err := filepath.Glob(p)
		fmt.Printf("%q %q %v %v\\n", p, m, m == nil, err)
	}
	wd, _ := os.Getwd()
	for _, p := range []string{"", ".", "a/../b", "/x/../y", "tree"} {
		a, err := filepath.Abs(p)
		r, err2 := filepath.Rel(wd, a)
		fmt.Printf("%q %v %q %v\\n", p, err, r, err2)
	}
}
"""


def _make_tree(root: Path) -> None:
    t = root / "work" / "tree"
    for d in ("a/b", "a/c", "ab", ".hid", "x[y"):
        (t / d).mkdir(parents=True)
    for f in ("a/b/f1.go", "a/b/f2.txt", "a/c/f3.go", "ab/g.go", ".hid/h", "x[y/z", "top.go", "sp ace"):
        (t / f).write_text("")
    (t / "link").symlink_to("a")
    (t / "dangling").symlink_to("nowhere")


def _run_both(tmp_path: Path, src: str) -> tuple[bytes, bytes]:
    (tmp_path / "go.mod").write_text("module d\ngo 1.23\n")
    (tmp_path / "main.go").write_text(src)
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off")
    env.setdefault("GOCACHE", str(tmp_path / "gocache"))
    r = subprocess.run([GO, "build", "-o", "prog", "."], cwd=tmp_path, capture_output=True, timeout=300, env=env)
    assert r.returncode == 0, r.stderr
    want = subprocess.run([str(tmp_path / "prog")], cwd=tmp_path, capture_output=True, timeout=60, env=env)
    env["PYTHONPATH"] = str(SRC)
    got = subprocess.run([sys.executable, "-m", "gomem", "run", "main.go"], cwd=tmp_path, capture_output=True,
                         timeout=300, env=env)
    assert got.returncode == 0, got.stderr[-3000:]
    return want.stdout, got.stdout


def _same_lines(want: bytes, got: bytes) -> None:
    w, g = want.split(b"\n"), got.split(b"\n")
    for k, (a, b) in enumerate(zip(w, g)):
        assert a == b, f"line {k + 1}"
    assert len(w) == len(g)


@needs_go
@pytest.mark.parametrize("seed", [1, 2])
def test_lexical_and_match_against_go(tmp_path, seed) -> None:
    _same_lines(*_run_both(tmp_path, _program(seed)))


@needs_go
def test_glob_and_abs_against_go(tmp_path) -> None:
    _make_tree(tmp_path)
    _same_lines(*_run_both(tmp_path, _GLOB_PROGRAM))


@pytest.mark.parametrize("prog", program_params("filepath"))
def test_program(prog) -> None:
    run_program(prog)
