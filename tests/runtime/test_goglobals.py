"""The pacer's globals figure (runtime/goglobals.py) against real Go 1.23's .data + .bss.

Goldens: tests/runtime/goglobals/golden.json, the section sizes of the executables real Go
builds from tests/runtime/goglobals/*.go (`python tools/measure_go_globals.py --goldens`
rewrites them, with the measurement table src/gomem/runtime/go_globals.json)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gomem.compiler import driver
from gomem.runtime import barrier, goglobals

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = Path(__file__).resolve().parent / "goglobals"
GOLDEN = json.loads((PROGRAMS / "golden.json").read_text())
STDLIB = ROOT / "src" / "gomem" / "stdlib"

# tolerance for programs importing standard packages: what a program reaches of a package is
# not what the package's measured typical use reaches (the worst seen is 0.85%, stdtypes)
TOLERANCE = 0.03


def _program_figure(name: str) -> tuple[int, dict]:
    """gomem's figure for a test program, compiled but not run."""
    _src, ns = driver.build([str(PROGRAMS / f"{name}.go")])
    # (compiling registers the namespace with the write barrier, and the collector scans the
    # package variables of every registered one: a program never initialised must not stay)
    barrier._namespaces.remove(ns)
    return goglobals.program_globals_bytes(ns), ns


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_program_matches_go(name: str) -> None:
    got, ns = _program_figure(name)
    want = GOLDEN[name]["total"]
    if not ns["__std_imports__"]:
        # the runtime alone plus the program's own variables: laid out as Go's linker does
        assert got == want, f"{name}: gomem {got} B, Go {want} B"
    else:
        assert abs(got - want) <= TOLERANCE * want, f"{name}: gomem {got} B, Go {want} B"


def test_base_is_the_runtime_alone() -> None:
    base = goglobals.table()["base"]
    assert goglobals.globals_scan_bytes() == base["total"] == GOLDEN["base"]["total"] == 142032


def test_pointer_free_variables_do_not_count() -> None:
    # vars.go declares an int, an [64]int, a [4]bool and a float64 besides pointerful ones:
    # Go puts them in .noptrdata/.noptrbss, and gomem's __globals__ leaves them out
    _got, ns = _program_figure("vars")
    names = {go for _py, go, _t in ns["__globals__"]}
    assert not names & {"counter", "table", "flags", "pi"}
    go_names = {n.removeprefix("main.") for s in (".data", ".bss") for n in GOLDEN["vars"]["main_symbols"][s]}
    assert names == go_names


def test_layout_pads_as_go_linker() -> None:
    # a 24-byte variable is 16-aligned after the runtime's symbols: .bss grows by 32, not 24
    assert goglobals.globals_scan_bytes((), [24]) - goglobals.globals_scan_bytes() == 32
    assert goglobals.globals_scan_bytes((), [320000]) - goglobals.globals_scan_bytes() == 320000


def test_every_supported_package_is_measured() -> None:
    supported = {d.name.replace("_", "/") for d in STDLIB.iterdir() if (d / "api.go").exists()}
    missing = supported - goglobals.measured_packages()
    assert not missing, f"rerun tools/measure_go_globals.py: not measured: {sorted(missing)}"


def test_combinations_add_up() -> None:
    # the table records programs importing several packages: gomem's sum of its parts must
    # match what Go linked for them (the model the tool chose, within 0.5%)
    t = goglobals.table()
    assert t["combinations"]
    for c in t["combinations"]:
        got = goglobals.globals_scan_bytes(c["packages"])
        assert got == c["predicted"]["union-layout"]
        assert abs(got - c["measured"]) <= 0.005 * c["measured"], c


def test_table_is_go_1_23_amd64() -> None:
    t = goglobals.table()
    assert t["go_version"].startswith("go1.23") and (t["goos"], t["goarch"]) == ("linux", "amd64")


def test_running_program_sets_current_figure(tmp_path: Path) -> None:
    code = ("import sys\nfrom gomem.compiler import driver\nfrom gomem.runtime import goglobals\n"
            f"driver.run_program([{str(PROGRAMS / 'hello_fmt.go')!r}], [])\n"
            "sys.stderr.write(f'globals={goglobals.current_globals_bytes()}\\n')\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                       env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    want, _ns = _program_figure("hello_fmt")
    assert f"globals={want}" in r.stderr
