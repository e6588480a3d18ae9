"""Package runtime (src/gomem/stdlib/runtime): unit tests, then Go programs against real Go."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.runtime import malloc
from gomem.runtime.panic import FatalError, GoexitUnwind
from gomem.runtime.values import Box, Iface, struct_class
from gomem.stdlib import runtime as R
from gomem.types.types import INT, STRING, new_pointer, new_signature


def test_api_complete() -> None:
    check_api("runtime")


def test_memstats_layout_is_gos() -> None:
    from gomem.compiler.driver import IMPORTER
    t = IMPORTER("runtime").scope.names["MemStats"].type
    fields = t.underlying().fields
    assert [f.name for f in fields[:6]] == ["Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees"]
    assert [f.name for f in fields[-6:]] == ["NumGC", "NumForcedGC", "GCCPUFraction", "EnableGC", "DebugGC",
                                             "BySize"]
    assert len(fields) == 32
    assert t.size == 5776  # unsafe.Sizeof(runtime.MemStats{}) on linux/amd64 (Go 1.23)


def _memstats():
    from gomem.compiler.driver import IMPORTER
    return struct_class(IMPORTER("runtime").scope.names["MemStats"].type)()


def test_read_mem_stats_from_allocator() -> None:
    m = _memstats()
    R.ReadMemStats(m)
    assert m.Mallocs == malloc.stats.mallocs and m.TotalAlloc == malloc.stats.total_alloc
    # no collector yet: nothing is freed but tiny sub-allocations (counted in Mallocs and Frees)
    assert m.HeapAlloc == m.TotalAlloc and m.Alloc == m.HeapAlloc and m.HeapObjects == m.Mallocs - m.Frees
    assert m.EnableGC is True and m.NextGC == 4 << 20 and len(m.PauseNs) == 256 and len(m.BySize) == 61
    assert m.Sys == (m.HeapSys + m.StackSys + m.MSpanSys + m.MCacheSys + m.BuckHashSys + m.GCSys
                     + m.OtherSys)
    assert m.BySize[60].Size == 18432 and m.BySize[2].Mallocs >= 17


def test_constants_and_simple_functions() -> None:
    assert (R.GOOS, R.GOARCH, R.Version()) == (b"linux", b"amd64", b"go1.23.5")
    assert R.NumCPU() >= 1 and R.GC() is None and R.KeepAlive(1) is None
    with pytest.raises(GoexitUnwind):
        R.Goexit()


def test_set_finalizer_checks_like_go() -> None:
    p = Iface(new_pointer(INT), Box(1))
    f = Iface(new_signature((new_pointer(INT),), ()), lambda x: None)
    R.SetFinalizer(p, Iface(INT, 1))  # a pointer outside the heap: ignored, as Go does
    p.v._addr = malloc.alloc(INT, 8, None)  # (now a heap object)
    R.SetFinalizer(p, f)
    R.SetFinalizer(p, None)
    with pytest.raises(FatalError) as e:
        R.SetFinalizer(p, Iface(new_signature((new_pointer(STRING),), ()), lambda x: None))
    assert e.value.msg == "runtime.SetFinalizer: cannot pass *int to finalizer func(*string)"
    with pytest.raises(FatalError) as e:
        R.SetFinalizer(Iface(INT, 1), f)
    assert e.value.msg == "runtime.SetFinalizer: first argument is int, not pointer"
    with pytest.raises(FatalError) as e:
        R.SetFinalizer(p, Iface(INT, 1))
    assert e.value.msg == "runtime.SetFinalizer: second argument is int, not a function"
    with pytest.raises(FatalError):
        R.SetFinalizer(None, f)


@pytest.mark.parametrize("prog", program_params("runtime"))
def test_program(prog) -> None:
    run_program(prog)
