"""The allocation entry: what compiled code reports, checked against Go's measured figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from gomem.compiler.driver import build
from gomem.runtime import malloc
from gomem.types.types import INT, UINT8, Field, new_array, new_pointer, new_struct

PROGRAM = """package main

type P struct{ x, y, z int }

var sink any
var ssink string

func boxBig()    { x := 1000; sink = x }
func boxSmall()  { x := 7; sink = x }
func boxStr()    { s := "hello"; sink = s }
func boxStruct() { p := P{1, 2, 3}; sink = p }
func boxPtr()    { p := &P{}; sink = p }
func concat(a, b string) { ssink = a + b }
func concat3(a, b, c string) { ssink = a + b + c }
func closure() func() int { n := 1; return func() int { n++; return n } }
func newInt() *int { return new(int) }

func main() {}
"""


@pytest.fixture(scope="module")
def ns(tmp_path_factory) -> dict:
    d: Path = tmp_path_factory.mktemp("malloc")
    (d / "m.go").write_text(PROGRAM)
    src, namespace = build([str(d / "m.go")])
    exec(compile(src, "<gomem>", "exec"), namespace)
    return namespace


def delta(fn, *args) -> tuple[int, int]:
    malloc.mcache.release_all()  # as Go's ReadMemStats: the next tiny allocation opens a block
    m0, b0 = malloc.stats.mallocs, malloc.stats.total_alloc
    fn(*args)
    return malloc.stats.mallocs - m0, malloc.stats.total_alloc - b0


def test_interface_conversions_allocate_as_in_go(ns) -> None:
    # go-runtime.md 3.3: any = int(1000) 8 B, in a new 16-byte tiny block (measured: 1000
    # conversions show Mallocs +1000, TotalAlloc +8000); any = int(7) none; string 16 B;
    # 24-byte struct 24 B
    assert delta(ns["F_boxBig"]) == (1, 16)
    assert delta(ns["F_boxSmall"]) == (0, 0)
    assert delta(ns["F_boxStr"]) == (1, 16)
    assert delta(ns["F_boxStruct"]) == (1, 24)
    # a pointer is stored in the interface directly: only the &P{} itself
    assert delta(ns["F_boxPtr"]) == (1, 24)


def test_string_concatenation_allocates_once(ns) -> None:
    # go-runtime.md 3.5: 10+30 B -> 48 B; one operand empty -> no allocation
    assert delta(ns["F_concat"], b"a" * 10, b"b" * 30) == (1, 48)
    assert delta(ns["F_concat"], b"", b"b" * 30) == (0, 0)
    assert delta(ns["F_concat3"], b"a" * 8, b"b" * 8, b"c" * 8) == (1, 24)


def test_closures_and_new(ns) -> None:
    # function word + n's address (16 B), and n moved to heap (8 B in a new 16-byte tiny block)
    assert delta(ns["F_closure"]) == (2, 32)
    assert delta(ns["F_newInt"]) == (1, 16)  # tiny: a new block


def test_allocation_accounting_uses_slot_sizes() -> None:
    """TotalAlloc charges size-class slots (Go 1.23's measured values, go-runtime.md 1.11)."""
    cases = [
        (new_pointer(INT), 8, 8),                       # new(*int): scan class 1
        (new_array(UINT8, 16), 16, 16),                 # new([16]byte)
        (new_array(UINT8, 520), 520, 576),              # new([520]byte): noscan, class 576
        (new_array(UINT8, 32760), 32760, 32768),        # small path
        (new_array(UINT8, 32761), 32761, 32768),        # large: 4 pages
        (new_array(UINT8, 100000), 100000, 106496),     # 13 pages
    ]
    scan520 = new_struct((Field("p", new_pointer(INT)), Field("pad", new_array(UINT8, 512))))
    cases.append((scan520, 520, 576))                   # 520-byte scan object: 8-byte header
    for t, size, slot in cases:
        s0 = malloc.stats.total_alloc
        malloc.alloc(t, size, ("test", "x.go", 1))
        assert malloc.stats.total_alloc - s0 == slot, (t, size)


MAPS = """package main

var sink map[int]int
var ssink map[string]int
var csink chan int
var psink chan *int

func makeMap()        { sink = make(map[int]int) }
func oneInsert()      { m := make(map[int]int); m[1] = 1; sink = m }
func nineInserts()    { m := make(map[int]int); for i := 0; i < 9; i++ { m[i] = i }; sink = m }
func hinted()         { sink = make(map[int]int, 100) }
func stringMap()      { m := make(map[string]int); m["a"] = 1; ssink = m }
func chanUnbuffered() { csink = make(chan int) }
func chanBuffered()   { csink = make(chan int, 10) }
func chanPointers()   { psink = make(chan *int, 10) }

func main() {}
"""


@pytest.fixture(scope="module")
def maps_ns(tmp_path_factory) -> dict:
    d: Path = tmp_path_factory.mktemp("maps")
    (d / "maps.go").write_text(MAPS)
    src, namespace = build([str(d / "maps.go")])
    exec(compile(src, "<gomem>", "exec"), namespace)
    return namespace


def test_maps_and_channels_allocate_as_in_go(maps_ns) -> None:
    # go-runtime.md 3.7/3.8, measured with Go 1.23
    assert delta(maps_ns["F_makeMap"]) == (1, 48)
    assert delta(maps_ns["F_oneInsert"]) == (2, 192)
    assert delta(maps_ns["F_nineInserts"]) == (3, 480)  # hmap, 1 bucket, 2 buckets
    assert delta(maps_ns["F_hinted"]) == (3, 2760)  # hmap + 17 buckets in class 2688 + mapextra
    assert delta(maps_ns["F_stringMap"]) == (2, 256)
    assert delta(maps_ns["F_chanUnbuffered"]) == (1, 112)
    assert delta(maps_ns["F_chanBuffered"]) == (1, 192)
    assert delta(maps_ns["F_chanPointers"]) == (2, 192)


CLOSURES = """package main

type big struct{ a [20]int64 }

var fsink func() int
var ssink func() string

func byValue(s string)     { ssink = func() string { return s } }
func reassigned(s string)  { ssink = func() string { s += "!"; return s } }
func assignedAfter(s string) { f := func() string { return s }; s = ""; ssink = f }
func fieldAssigned()       { var b [2]int; fsink = func() int { return b[0] }; b[1] = 1 }
func large()               { var b big; fsink = func() int { return int(b.a[0]) } }
func loopVar()             { for i := 0; i < 1; i++ { fsink = func() int { return i } } }
func mixed(p *int, b byte) { fsink = func() int { return *p + int(b) } }

func main() {}
"""


@pytest.fixture(scope="module")
def closures_ns(tmp_path_factory) -> dict:
    d: Path = tmp_path_factory.mktemp("closures")
    (d / "closures.go").write_text(CLOSURES)
    src, namespace = build([str(d / "closures.go")])
    exec(compile(src, "<gomem>", "exec"), namespace)
    return namespace


def test_closure_objects_are_laid_out_as_gc_does(closures_ns) -> None:
    """Code pointer, then each captured variable: its value when it is never reassigned, not
    address-taken and at most 128 bytes (a string: 16 bytes), else its address (8 bytes), and
    the variable captured by reference is moved to heap: one more object (16 or 160 bytes
    here). Figures measured with Go 1.23."""
    assert delta(closures_ns["F_byValue"], b"x") == (1, 24)
    assert delta(closures_ns["F_reassigned"], b"x") == (2, 32)
    assert delta(closures_ns["F_assignedAfter"], b"x") == (2, 32)
    assert delta(closures_ns["F_fieldAssigned"]) == (2, 32)  # b[1] = 1 reassigns b
    assert delta(closures_ns["F_large"]) == (2, 176)
    assert delta(closures_ns["F_loopVar"]) == (1, 16)  # i++ works on the next iteration's copy
    assert delta(closures_ns["F_mixed"], None, 3) == (1, 24)  # {F, p, b} with padding
