"""Heap profile sampling (gomem/runtime/mprof.py): the per-class countdowns sample allocations
as Go's one byte countdown does (on average one sample per MemProfileRate bytes), the sampled
object is the one the cursor was cut before, and the unsampled estimate of a program's
allocations is close to the truth."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from gomem.pprof import decode
from gomem.runtime import mprof


def _mean_bytes_between_samples(rate: int, elemsize: int, seed: int, n: int = 4000) -> float:
    old = mprof.rate
    mprof.rate = rate
    mprof._rng.seed(seed)
    try:
        # the sampled allocation is the (countdown + 1)-th: that many objects between samples
        return sum((mprof.countdown(elemsize) + 1) * elemsize for _ in range(n)) / n
    finally:
        mprof.rate = old


@settings(max_examples=25, deadline=None)
@given(rate=st.sampled_from([512, 4096, 512 * 1024]), elemsize=st.sampled_from([8, 16, 48, 1024]),
       seed=st.integers(0, 2**32))
def test_mean_bytes_between_samples_is_the_rate(rate: int, elemsize: int, seed: int) -> None:
    # exponential with mean rate, rounded up to whole objects: E / (1 - exp(-E/rate)) bytes,
    # about rate + E/2 (one over the probability that an object is sampled: the profile's
    # unsampling divides by the same)
    mean = _mean_bytes_between_samples(rate, elemsize, seed)
    expected = elemsize / (1 - math.exp(-elemsize / rate))
    assert abs(mean - expected) < 0.1 * expected, (mean, expected)


def test_rate_one_samples_every_allocation_and_zero_none() -> None:
    old = mprof.rate
    try:
        mprof.rate = 1
        assert {mprof.countdown(e) for e in (8, 16, 32768)} == {0}
        mprof.rate = 0
        assert mprof.countdown(8) == mprof.NEVER
    finally:
        mprof.rate = old


PROG = """package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

type obj struct {
	a, b, c, d, e, f, g, h int
}

var sink *obj

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = &obj{a: i}
	}
}

func main() {
	runtime.MemProfileRate = 4096
	churn(200000)
	runtime.GC() // the profile is as of the last GC: this one publishes every allocation
	f, _ := os.Create("churn.prof")
	pprof.WriteHeapProfile(f)
	f.Close()
	fmt.Println("ok")
}
"""


def _churn_estimate(tmp_path: Path, seed: str) -> tuple[int, int, int]:
    (tmp_path / "churn.go").write_text(PROG)
    r = subprocess.run([sys.executable, "-m", "gomem", "run", "churn.go"], cwd=tmp_path, capture_output=True,
                       timeout=300, env={**__import__("os").environ, "GOMEM_SEED": seed})
    assert r.stdout == b"ok\n", r.stderr.decode()
    p = decode((tmp_path / "churn.prof").read_bytes())
    st_ = p.string_table
    funcs = {f.id: st_[f.name] for f in p.function}
    locs = {loc.id: funcs[loc.line[0].function_id] for loc in p.location}
    objs = space = 0
    for s in p.sample:
        if locs[s.location_id[0]] == "main.churn":
            objs += s.value[0]
            space += s.value[1]
    return objs, space, p.period


def test_unsampled_estimate_matches_the_allocations(tmp_path: Path) -> None:
    # 200000 objects of 64 bytes (12.8 MB) sampled every 4 KiB on average: about 3100
    # samples, each scaled by 1/(1 - exp(-64/4096)); the estimate is within a few percent
    objs, space, period = _churn_estimate(tmp_path, "7")
    assert period == 4096
    assert abs(objs - 200000) < 0.06 * 200000, objs
    assert space == objs * 64 or abs(space - objs * 64) < 64 * 2, (objs, space)
    # reproducible under GOMEM_SEED, different under another seed
    assert _churn_estimate(tmp_path, "7")[0] == objs
    assert _churn_estimate(tmp_path, "8")[0] != objs
