"""Package sort (src/gomem/stdlib/sort): unit tests, then Go programs against real Go.

tests/stdlib/programs/sort_pdqsort.go checks that the unstable sort leaves equal elements where
Go leaves them, with Go's exact number of Less and Swap calls; test_pdqsort_calls_match_go (needs
a Go toolchain) compares the whole sequence of Less and Swap calls with Go's, on many inputs,
including inconsistent Less functions that drive the sort into every branch (heapsort too).
"""

from __future__ import annotations

import math
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime.panic import GoPanic
from gomem.runtime.values import NIL_SLICE, Iface, Slice, slice_of
from gomem.stdlib import sort as S
from gomem.stdlib.sort import _pdq
from gomem.types.types import FLOAT64, INT, Named, new_slice


def test_api_complete() -> None:
    check_api("sort")


@pytest.mark.parametrize("n", [0, 1, 2, 12, 13, 49, 50, 51, 300, 2000])
def test_pdqsort_and_stable_sort(n: int) -> None:
    rng = random.Random(n)
    for keys in ([rng.randrange(10) for _ in range(n)], list(range(n)), list(range(n, 0, -1)), [7] * n):
        pairs = [(k, i) for i, k in enumerate(keys)]
        a = pairs[:]
        calls = [0]

        def less(i: int, j: int) -> bool:
            calls[0] += 1
            return a[i][0] < a[j][0]

        def swap(i: int, j: int) -> None:
            a[i], a[j] = a[j], a[i]
        _pdq.pdqsort(less, swap, n)
        assert [k for k, _ in a] == sorted(keys) and sorted(a) == sorted(pairs)
        a = pairs[:]
        perm = S._stable_perm(less, n)
        S._apply_perm_by_swaps(perm, swap)
        assert a == sorted(pairs, key=lambda p: p[0])


def _ints(xs: list[int], off: int = 0) -> Slice:
    a = [99] * off + xs + [-99]
    return Slice(a, off, len(xs), len(xs) + 1)


def test_ints_strings_floats() -> None:
    s = _ints([5, 2, 8, -1], off=2)
    S.Ints(s)
    assert s.a == [99, 99, -1, 2, 5, 8, -99] and S.IntsAreSorted(s)
    strs = slice_of([b"pear", b"Banana", b""])
    S.Strings(strs)
    assert strs.elems() == [b"", b"Banana", b"pear"] and S.StringsAreSorted(strs)
    nan = float("nan")
    fl = slice_of([2.5, nan, -1.0, math.inf, 0.0, -math.inf])
    S.Float64s(fl)
    got = fl.elems()
    assert math.isnan(got[0]) and got[1:] == [-math.inf, -1.0, 0.0, 2.5, math.inf]
    assert S.Float64sAreSorted(fl)
    assert S.SearchFloat64s(fl, nan) == 6 and S.SearchFloat64s(fl, 1.0) == 4


def test_search() -> None:
    s = _ints([1, 3, 5, 7], off=3)
    assert [S.SearchInts(s, x) for x in (0, 1, 4, 7, 8)] == [0, 0, 2, 3, 4]
    assert S.SearchInts(NIL_SLICE, 5) == 0
    assert S.SearchStrings(slice_of([b"a", b"c"]), b"b") == 1
    probes = []
    assert S.Search(100, lambda i: probes.append(i) or i >= 37) == 37
    assert probes == [50, 25, 38, 32, 35, 37, 36]
    assert S.Find(4, lambda i: 5 - [1, 3, 5, 7][i]) == (2, True)
    assert S.Find(4, lambda i: 4 - [1, 3, 5, 7][i]) == (2, False)


def test_slice_and_slice_stable() -> None:
    items = [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e")]
    t = new_slice(INT)
    s = slice_of(items[:])
    S.SliceStable(Iface(t, s), lambda i, j: s.a[i][0] < s.a[j][0])
    assert s.elems() == [(1, "b"), (1, "e"), (2, "d"), (3, "a"), (3, "c")]
    s = slice_of(items[:])
    S.Slice(Iface(t, s), lambda i, j: s.a[i][0] > s.a[j][0])
    assert [k for k, _ in s.elems()] == [3, 3, 2, 1, 1]
    assert S.SliceIsSorted(Iface(t, s), lambda i, j: s.a[i][0] > s.a[j][0])
    with pytest.raises(GoPanic) as e:
        S.Slice(Iface(INT, 42), lambda i, j: False)
    assert e.value.value.t.m_Error(e.value.value.v) == b"reflect: call of Swapper on int Value"
    with pytest.raises(GoPanic):
        S.Slice(None, lambda i, j: False)


def _by_key_type() -> Named:
    """A program's `type byKey [][2]int` with Len, Less (by the first element) and Swap."""
    t = Named("byKey", "main", new_slice(new_slice(INT)))
    t.m_Len = lambda v: v.len  # type: ignore[attr-defined]
    t.m_Less = lambda v, i, j: v.a[v.off + i][0] < v.a[v.off + j][0]  # type: ignore[attr-defined]

    def swap(v, i, j):
        a, o = v.a, v.off
        a[o + i], a[o + j] = a[o + j], a[o + i]
    t.m_Swap = swap  # type: ignore[attr-defined]
    return t


def test_sort_stable_reverse_with_interface() -> None:
    t = _by_key_type()
    data = [[2, 0], [1, 1], [2, 2], [1, 3], [0, 4]]
    s = slice_of([x[:] for x in data])
    S.Stable(Iface(t, s))
    assert s.elems() == [[0, 4], [1, 1], [1, 3], [2, 0], [2, 2]]
    assert S.IsSorted(Iface(t, s))
    S.Stable(S.Reverse(Iface(t, s)))
    assert s.elems() == [[2, 0], [2, 2], [1, 1], [1, 3], [0, 4]]
    S.Sort(Iface(t, s))
    assert [k for k, _ in s.elems()] == [0, 1, 1, 2, 2]
    rev = S.Reverse(Iface(t, s))
    assert rev.t is S.REVERSE_PTR and rev.t.m_Len(rev.v) == 5 and rev.t.m_Less(rev.v, 4, 0)


def test_int_float_string_slices() -> None:
    s = slice_of([3, 1, 2])
    S.Sort(Iface(S.INT_SLICE, s))
    assert s.elems() == [1, 2, 3]
    S.Sort(S.Reverse(Iface(S.INT_SLICE, s)))
    assert s.elems() == [3, 2, 1]
    assert S.IntSlice_Len(s) == 3 and S.IntSlice_Less(s, 1, 0)
    S.IntSlice_Swap(s, 0, 2)
    assert s.elems() == [1, 2, 3] and S.IntSlice_Search(s, 2) == 1
    with pytest.raises(GoPanic):
        S.IntSlice_Less(s, 0, 3)
    z = -0.0
    fs = slice_of([0.0, z, 1.0, z, 0.0, -1.0, 0.0, z, 0.5, -0.5, 0.0, z, 2.0, 0.0, 0.0, z])
    S.Float64Slice_Sort(fs)
    signs = [math.copysign(1, x) for x in fs.elems() if x == 0]
    assert signs == [-1, 1, 1, -1, 1, -1, 1, -1, 1, -1, 1]  # Go 1.23 (tests/stdlib/programs: pdqsort)
    assert fs.elems()[0] == -1.0 and fs.elems()[-1] == 2.0
    assert FLOAT64 is S.FLOAT64_SLICE.underlying().elem


@pytest.mark.parametrize("prog", program_params("sort"))
def test_program(prog) -> None:
    run_program(prog)


def test_slice_moves_values_not_objects() -> None:
    from gomem.runtime.values import struct_class
    from gomem.types.types import Field, new_struct
    pt = Named("P", "main", new_struct((Field("n", INT, False, "main"),)))
    cls = struct_class(pt)
    objs = [cls(3), cls(1), cls(2)]
    s = slice_of(objs[:])
    first = objs[0]  # &s[0]
    S.Slice(Iface(new_slice(pt), s), lambda i, j: s.a[i].n < s.a[j].n)
    assert [o.n for o in s.elems()] == [1, 2, 3] and s.a[0] is first and first.n == 1
    S.SliceStable(Iface(new_slice(pt), s), lambda i, j: s.a[i].n > s.a[j].n)
    assert [o.n for o in s.elems()] == [3, 2, 1] and s.a[0] is first and first.n == 3


# ---------------------------------------------------------------------------
# The sequence of Less and Swap calls, against Go 1.23

GO = shutil.which("go") or "/usr/lib/go-1.23/bin/go"
SRC = Path(__file__).resolve().parent.parent.parent / "src"

# Sorts many slices with sort.Sort on a type that hashes every Less(i, j) and Swap(i, j) call
# into a running FNV-style hash, and with sort.Slice hashing every less call; prints the hashes,
# the call counts and where the first elements ended up. Patterns 9-11 use a Less that answers
# from a pseudo-random sequence (mostly false, mostly true, always true): inconsistent orders
# that reach every branch of the algorithm, heapsort included.
_CALLS_PROGRAM = """package main

import (
	"fmt"
	"sort"
)

type logged struct {
	keys  []int
	ids   []int
	h     uint64
	calls int
	swaps int
	chaos uint64
	mode  int
}

func (d *logged) mix(op, i, j int) { d.h = (d.h ^ uint64(op*1000003+i*7919+j)) * 1099511628211 }

func (d *logged) Len() int { return len(d.keys) }
func (d *logged) Less(i, j int) bool {
	d.calls++
	d.mix(1, i, j)
	if d.chaos != 0 {
		d.chaos ^= d.chaos << 13
		d.chaos ^= d.chaos >> 7
		d.chaos ^= d.chaos << 17
		switch d.mode {
		case 10:
			return d.chaos%20 != 0
		case 11:
			return true
		}
		return d.chaos%3 == 0
	}
	return d.keys[i] < d.keys[j]
}
func (d *logged) Swap(i, j int) {
	d.swaps++
	d.mix(2, i, j)
	d.keys[i], d.keys[j] = d.keys[j], d.keys[i]
	d.ids[i], d.ids[j] = d.ids[j], d.ids[i]
}

type rng struct{ s uint64 }

func (r *rng) next(n int) int {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return int(r.s>>11) % n
}

func keys(r *rng, n, pattern int) []int {
	k := make([]int, n)
	for i := range k {
		switch pattern {
		case 0:
			k[i] = r.next(4)
		case 1:
			k[i] = r.next(n + 1)
		case 2:
			k[i] = i / 3
		case 3:
			k[i] = n - i/2
		case 4:
			if i < n/2 {
				k[i] = i
			} else {
				k[i] = n - i
			}
		case 5:
			k[i] = i % 17
		case 6:
			k[i] = i
			if r.next(20) == 0 {
				k[i] = r.next(n + 1)
			}
		case 7:
			k[i] = n - i
			if r.next(30) == 0 {
				k[i] = r.next(n + 1)
			}
		case 8:
			k[i] = r.next(2)
		}
	}
	return k
}

func main() {
	r := &rng{SEED}
	for _, n := range []int{0, 1, 2, 3, 7, 8, 12, 13, 20, 49, 50, 51, 64, 100, 333, 1000, 4097} {
		for pattern := 0; pattern < 12; pattern++ {
			var d *logged
			if pattern >= 9 {
				d = &logged{keys: make([]int, n), chaos: uint64(n)*2654435761 + SEED, mode: pattern}
			} else {
				d = &logged{keys: keys(r, n, pattern)}
			}
			d.ids = make([]int, n)
			for i := range d.ids {
				d.ids[i] = i
			}
			sort.Sort(d)
			fmt.Println(n, pattern, d.calls, d.swaps, d.h, d.ids[:min(n, 8)])
			k := keys(r, n, pattern%9)
			ids := make([]int, n)
			for i := range ids {
				ids[i] = i
			}
			var h uint64
			sort.Slice(ids, func(i, j int) bool {
				h = (h ^ uint64(i*7919+j)) * 1099511628211
				return k[ids[i]] < k[ids[j]]
			})
			fmt.Println(h, ids)
		}
	}
}
"""


@pytest.mark.skipif(not Path(GO).exists(), reason="no Go toolchain")
@pytest.mark.parametrize("seed", [0x9E3779B97F4A7C15, 12345])
def test_pdqsort_calls_match_go(tmp_path, seed) -> None:
    (tmp_path / "go.mod").write_text("module d\ngo 1.23\n")
    (tmp_path / "main.go").write_text(_CALLS_PROGRAM.replace("SEED", str(seed)))
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off")
    env.setdefault("GOCACHE", str(tmp_path / "gocache"))
    r = subprocess.run([GO, "build", "-o", "prog", "."], cwd=tmp_path, capture_output=True, timeout=300, env=env)
    assert r.returncode == 0, r.stderr
    want = subprocess.run([str(tmp_path / "prog")], capture_output=True, timeout=60).stdout
    env["PYTHONPATH"] = str(SRC)
    got = subprocess.run([sys.executable, "-m", "gomem", "run", "main.go"], cwd=tmp_path, capture_output=True,
                         timeout=300, env=env)
    assert got.returncode == 0, got.stderr[-3000:]
    w, g = want.split(b"\n"), got.stdout.split(b"\n")
    for k, (a, b) in enumerate(zip(w, g)):
        assert a == b, f"line {k + 1}"
    assert len(w) == len(g) > 400
