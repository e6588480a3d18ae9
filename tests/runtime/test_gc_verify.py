"""The corpus with the collector on, a cycle forced at every span refill and large allocation
(GOMEM_GCSTRESS=1) and every verification mode enabled (poison mode, gccheckmark): outputs
must equal the goldens (tools/gc_verify.py runs the whole corpora; docs/gc.md, "Verification").

The whole golden corpus in this mode takes about 6 minutes of CPU on this machine (every
cycle scans every stack and the whole live heap), too much for a suite that must stay well
under 10 minutes on 2 cores. So the suite runs the programs that exercise each class of root
the collector must see — each class of missing root found in this mode has its program here —
and the ones that churn memory through pointers, closures, interfaces, maps, channels,
goroutines, defer/panic and finalizers; `python tools/gc_verify.py golden` (and stdlib,
memstats, bench) runs everything.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("gc_verify", ROOT / "tools" / "gc_verify.py")
assert _spec is not None and _spec.loader is not None
gc_verify = importlib.util.module_from_spec(_spec)
sys.modules["gc_verify"] = gc_verify  # (its dataclass looks its module up)
_spec.loader.exec_module(gc_verify)

GOLDEN = [
    # a range loop's operand kept by the loop's iterator only
    "funcs_closures", "methods_values_expressions", "interfaces_type_assertions", "loops_per_iteration_vars",
    # panics in flight (the value of a panic unwinding the stack, replaced panics)
    "fail_panic_custom_error", "panic_repanic", "defer_recover_direct", "fail_unrecovered_with_defers",
    # finalizer records held by the finalizer goroutine
    "finalizer_run", "fail_finalizer_panics",
    # a reused goroutine's stale function; channels, select, goroutines holding pointers
    "loops_range_channel", "goroutines_channels", "goroutines_buffered", "select_basic", "sync_waitgroup_mutex",
    "panic_recover_per_goroutine",
    # churn: pointers, closures, interfaces, maps, slices, strings, fmt calling methods
    "interfaces_type_switch", "fmt_stringer_error", "fmt_maps_pointers", "maps_basics", "maps_struct_keys",
    "loops_range_map", "slices_append_growth_misc", "slices_aliasing", "strings_builder", "structs_embedding",
    "pointers_basics", "tutorial_person", "sort_pkg", "defer_named_results", "recursive_interfaces_aliases",
]
STDLIB = [
    # package variables of Python packages (os.Args = ...); fmt's State/ScanState objects
    "flag_help", "fmt_errorf_state", "fmt_scan",
    # callbacks into Go from Python packages
    "sort_all", "strings_funcs", "container_list", "container_heap", "bytes_buffer",
]
MEMSTATS = ["gc_finalizers", "gc_frees", "closures"]
BENCH = ["binarytrees", "alloc", "maps"]


def _check(corpus: str, prog: Path) -> None:
    r = gc_verify.run_program(corpus, prog, stress=1, timeout=300)
    assert r.ok, r.why


@pytest.mark.parametrize("name", GOLDEN)
def test_golden_program_under_gc_verification(name: str) -> None:
    _check("golden", gc_verify.CORPORA["golden"] / f"{name}.go")


@pytest.mark.parametrize("name", STDLIB)
def test_stdlib_program_under_gc_verification(name: str) -> None:
    _check("stdlib", gc_verify.CORPORA["stdlib"] / f"{name}.go")


@pytest.mark.parametrize("name", MEMSTATS)
def test_memstats_program_runs_under_gc_verification(name: str) -> None:
    _check("memstats", gc_verify.CORPORA["memstats"] / f"{name}.go")


@pytest.mark.parametrize("name", BENCH)
def test_benchmark_under_gc_verification(name: str) -> None:
    _check("bench", ROOT / "benchmarks" / name / "main.go")


def test_stress_switch_forces_cycles(tmp_path: Path) -> None:
    """GOMEM_GCSTRESS=1 gives a small program many cycles (the pacer alone gives it none)."""
    import os
    import subprocess
    prog = tmp_path / "main.go"
    prog.write_text('package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\ntype T struct{ next *T }\n\n'
                    'func main() {\n\tvar keep *T\n\tfor i := 0; i < 20000; i++ {\n\t\tkeep = &T{keep}\n'
                    '\t\tif i%100 == 0 {\n\t\t\tkeep = nil\n\t\t}\n\t}\n\tvar m runtime.MemStats\n'
                    '\truntime.ReadMemStats(&m)\n\tfmt.Println(m.NumGC > 10, m.NumForcedGC)\n}\n')
    base = {k: v for k, v in os.environ.items() if not k.startswith(("GOMEM_GC", "GOGC", "GODEBUG"))}
    for stress, want in (("", "false 0\n"), ("1", "true 0\n")):
        env = dict(base, GOMEM_GCSTRESS=stress, PYTHONPATH=str(ROOT / "src"))
        r = subprocess.run([sys.executable, "-m", "gomem", "run", str(prog)], capture_output=True, text=True,
                           env=env, timeout=120)
        assert r.stdout == want, r.stderr


GO_TEST = Path("/usr/share/go-1.23/test")


@pytest.mark.skipif(not (GO_TEST / "chan" / "powser2.go").exists(), reason="needs Go's test tree")
def test_select_hand_over_under_gc_verification() -> None:
    """Go's test/chan/powser2.go: a value a sender hands to a goroutine parked in a select
    receive lives only in the select's case record (chan.Sudog) until the receiver resumes."""
    import subprocess
    r = subprocess.run([sys.executable, "-m", "gomem", "run", "powser2.go"], cwd=GO_TEST / "chan",
                       capture_output=True, timeout=300, env=gc_verify.verify_env(8))
    assert r.returncode == 0 and r.stdout == b"", r.stderr.decode()[-3000:]
