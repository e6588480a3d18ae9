"""Package math/rand (src/gomem/stdlib/math_rand): the generator against real Go over many seeds
and calls, the ziggurat tables against Go's sources, then Go programs against real Go
(tests/stdlib/programs/rand_*.go)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.compiler.driver import IMPORTER
from gomem.runtime.core import f32
from gomem.stdlib import math_rand as R

GO = shutil.which("go") or "/usr/lib/go-1.23/bin/go"
GO_RAND_SRC = Path("/usr/share/go-1.23/src/math/rand")
SRC = Path(__file__).resolve().parent.parent.parent / "src"


def test_api_complete() -> None:
    check_api("math/rand")


def _rand(seed: int):
    IMPORTER("math/rand")
    return R.New(R.NewSource(seed))


def test_known_values() -> None:
    # printed by Go 1.23: rand.New(rand.NewSource(42)).Intn(100), then .Int63()
    r = _rand(42)
    assert R.Rand_Intn(r, 100) == 5 and R.Rand_Int63(r) == 608747136543856411
    r = _rand(1)
    assert R.Rand_Int63(r) == 5577006791947779410  # the value every Go tutorial printed before 1.20


def test_seed_reduction() -> None:
    # seeds are reduced mod 2**31-1 and 0 stands for 89482311
    for a, b in ((0, 89482311), (5, 5 + (2**31 - 1)), (-1, 2**31 - 2)):
        assert R.Rand_Int63(_rand(a)) == R.Rand_Int63(_rand(b))


def _go_array(name: str, path: Path) -> list:
    m = re.search(rf"var {name} = \[\d+\](\w+)\{{(.*?)\n\}}", path.read_text(), re.S)
    assert m is not None
    items = [t for t in (x.strip() for x in m.group(2).split(",")) if t]
    return [f32(float(t)) for t in items] if m.group(1) == "float32" else [int(t, 0) for t in items]


@pytest.mark.skipif(not GO_RAND_SRC.exists(), reason="no Go sources")
def test_ziggurat_tables_match_go() -> None:
    for name, ours in (("kn", R.KN), ("wn", R.WN), ("fn", R.FN), ("ke", R.KE), ("we", R.WE), ("fe", R.FE)):
        path = GO_RAND_SRC / ("normal.go" if name.endswith("n") else "exp.go")
        assert ours == _go_array(name, path), name


@pytest.mark.skipif(not GO_RAND_SRC.exists(), reason="no Go sources")
def test_cooked_table_matches_go() -> None:
    m = re.search(r"rngCooked \[rngLen\]int64 = \[\.\.\.\]int64\{(.*?)\n\t\}", (GO_RAND_SRC / "rng.go").read_text(), re.S)
    assert m is not None
    theirs = [int(t) for t in m.group(1).replace("\n", " ").split(",") if t.strip()]
    from gomem.stdlib.math_rand._cooked import COOKED
    assert list(COOKED) == theirs


# Exercises every method on several seeds and prints a digest of each method's outputs.
_STREAM_PROGRAM = """package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{SEEDS} {
		r := rand.New(rand.NewSource(seed))
		var h uint64
		mix := func(v uint64) { h = (h ^ v) * 1099511628211 }
		for i := 0; i < 300; i++ {
			mix(uint64(r.Intn(1 + i*i*i)))
			mix(uint64(r.Int63n(int64(i)*1e13 + 3)))
			mix(uint64(r.Int31n(int32(i) + 1)))
			mix(r.Uint64())
			mix(uint64(r.Uint32()))
			mix(uint64(r.Int()))
		}
		fmt.Println(seed, "ints", h)
		s1, s2, s3, s4 := 0.0, 0.0, 0.0, float32(0)
		for i := 0; i < 3000; i++ {
			s1 += r.NormFloat64()
			s2 += r.ExpFloat64()
			s3 += r.Float64()
			s4 += r.Float32()
		}
		fmt.Println(seed, "floats", s1, s2, s3, s4)
		p := r.Perm(50)
		a := make([]int, 40)
		r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j] + i, a[i] + j })
		b := make([]byte, 23)
		r.Read(b)
		r.Read(b[:5])
		z := rand.NewZipf(r, 1.3, 2, 500)
		fmt.Println(seed, "rest", p, a, b, z.Uint64(), z.Uint64(), z.Uint64())
	}
}
"""


def _run_both(tmp_path: Path, src: str, env_extra: dict[str, str] | None = None) -> tuple[bytes, bytes]:
    (tmp_path / "go.mod").write_text("module d\ngo 1.23\n")
    (tmp_path / "main.go").write_text(src)
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off", **(env_extra or {}))
    env.setdefault("GOCACHE", str(tmp_path / "gocache"))
    b = subprocess.run([GO, "build", "-o", "prog", "."], cwd=tmp_path, capture_output=True, timeout=300, env=env)
    assert b.returncode == 0, b.stderr
    want = subprocess.run([str(tmp_path / "prog")], capture_output=True, timeout=60, env=env).stdout
    env["PYTHONPATH"] = str(SRC)
    got = subprocess.run([sys.executable, "-m", "gomem", "run", "main.go"], cwd=tmp_path, capture_output=True,
                         timeout=300, env=env)
    assert got.returncode == 0, got.stderr[-3000:]
    return want, got.stdout


@pytest.mark.skipif(not Path(GO).exists(), reason="no Go toolchain")
def test_streams_match_go(tmp_path) -> None:
    seeds = "0, 1, 2, 3, 7, 42, 1000, -5, 123456789, 2147483646, 2147483647, 1 << 40, -1 << 63, 0x7eadbeefcafe"
    want, got = _run_both(tmp_path, _STREAM_PROGRAM.replace("SEEDS", seeds))
    assert got.count(b"\n") == want.count(b"\n") == 42
    for a, b in zip(want.split(b"\n"), got.split(b"\n")):
        assert a == b


@pytest.mark.skipif(not Path(GO).exists(), reason="no Go toolchain")
def test_randautoseed_0_seeds_with_1(tmp_path) -> None:
    src = 'package main\n\nimport (\n\t"fmt"\n\t"math/rand"\n)\n\nfunc main() {\n' \
          '\tfmt.Println(rand.Int63(), rand.Intn(10), rand.Float64())\n}\n'
    want, got = _run_both(tmp_path, src, {"GODEBUG": "randautoseed=0"})
    assert got == want == b"5577006791947779410 7 0.6645600532184904\n"


def test_unseeded_top_level_follows_gomem_seed(tmp_path) -> None:
    (tmp_path / "main.go").write_text('package main\n\nimport (\n\t"fmt"\n\t"math/rand"\n)\n\n'
                                      'func main() { fmt.Println(rand.Int63(), rand.Intn(1000)) }\n')

    def run(seed: str) -> bytes:
        env = dict(os.environ, PYTHONPATH=str(SRC), GOMEM_SEED=seed)
        env.pop("GODEBUG", None)
        return subprocess.run([sys.executable, "-m", "gomem", "run", "main.go"], cwd=tmp_path,
                              capture_output=True, timeout=120, env=env).stdout
    assert run("1") == run("1") != run("2")


@pytest.mark.parametrize("prog", program_params("rand"))
def test_program(prog) -> None:
    run_program(prog)
