"""The size of the Go program's pointer-bearing global data, as Go's pacer counts it.

Go's collector scans the executable's ``.data`` and ``.bss`` sections each cycle (the
pointer-free ``.noptrdata``/``.noptrbss`` it skips); the pacer adds their size (``globalsScan``)
to the heap goal's scan work, and ``GODEBUG=gctrace=1`` prints it as "N MB globals". That size is
mostly the runtime's and the standard packages' variables: an empty program has 142032 bytes.

gomem has no executable, so the figure is rebuilt from real Go's measurements
(``go_globals.json``, written by ``tools/measure_go_globals.py``): the .data and .bss symbols
(name, size) of the runtime alone and, for each supported standard package, those a program
using it adds. A program's sections hold the union of the symbols of the runtime and of the
packages it imports (each package's set includes its own dependencies, shared ones once), plus
its own package variables that hold pointers; each section is laid out as Go's linker does
(by increasing size, each symbol aligned to the largest power of two up to 32 not above its
size), which reproduces the measured sections exactly for the measured programs.

Approximations (a few hundred bytes at most; see docs/pacer.md, "Globals"): a package's
symbols are those its typical use reaches (the linker drops what a program does not reach);
the program's variables are all laid out in .bss (Go puts the statically initialised ones in
.data: only the padding can differ); static temporaries of the program's own initialisers
(``var e = errors.New("x")`` makes one) and the linker's dropping of variables the program
never uses are not modelled.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_TABLE = Path(__file__).with_name("go_globals.json")
_SECTIONS = (".data", ".bss")
_CACHE_KEY = "__globals_scan_bytes__"

# the figure of the program running now (set by program_starts); the runtime's alone before any
_current: int | None = None


@functools.cache
def table() -> dict[str, Any]:
    """The measurements (go_globals.json): Go version, base and per-package symbols."""
    with open(_TABLE, encoding="utf-8") as f:
        return json.load(f)


def measured_packages() -> frozenset[str]:
    """The standard packages whose contribution was measured (import paths)."""
    return frozenset(table()["packages"])


def _symbol_align(size: int, maxalign: int) -> int:
    """Go's linker's alignment of a data symbol without an explicit one: maxalign halved while
    larger than the symbol."""
    align = maxalign
    while align > size and align > 1:
        align >>= 1
    return align


def _section_size(sizes: Iterable[int], maxalign: int) -> int:
    """A section's size once the linker has laid out symbols of these sizes (by increasing
    size, each at its alignment)."""
    end = 0
    for size in sorted(sizes):
        align = _symbol_align(size, maxalign)
        end = -(-end // align) * align + size
    return end


@functools.lru_cache(maxsize=32)
def _linked_symbol_sizes(imports: frozenset[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The sizes of the .data and .bss symbols a program importing ``imports`` links."""
    t = table()
    sections = []
    for s in _SECTIONS:
        symbols = dict(t["base"]["symbols"][s])
        for path in sorted(imports):
            pkg = t["packages"].get(path)
            if pkg is not None:  # (a package without globals of its own, e.g. unsafe, may be absent)
                symbols.update(pkg["symbols"][s])
        sections.append(tuple(symbols.values()))
    return sections[0], sections[1]


def globals_scan_bytes(std_imports: Iterable[str] = (), package_var_sizes: Iterable[int] = ()) -> int:
    """Go's .data + .bss for a program importing the standard packages ``std_imports`` (import
    paths, e.g. "fmt", "math/rand") whose own pointer-holding package variables have the sizes
    ``package_var_sizes`` (pointer-free ones go to Go's noptr sections and must not be passed)."""
    maxalign = table()["maxalign"]
    data, bss = _linked_symbol_sizes(frozenset(std_imports))
    return _section_size(data, maxalign) + _section_size(bss + tuple(package_var_sizes), maxalign)


def program_globals_bytes(ns: dict[str, Any]) -> int:
    """globals_scan_bytes of a compiled program, from its namespace: the standard packages it
    imports (``__std_imports__``, recorded by the compiler) and its pointer-holding package
    variables (``__globals__``). Computed once per namespace."""
    cached = ns.get(_CACHE_KEY)
    if cached is None:
        sizes = [t.size for _py, _go, t in ns.get("__globals__", ())]
        cached = ns[_CACHE_KEY] = globals_scan_bytes(ns.get("__std_imports__", ()), sizes)
    return cached


def program_starts(ns: dict[str, Any]) -> None:
    """The program of namespace ``ns`` is about to run: its figure becomes current_globals_bytes."""
    global _current
    _current = program_globals_bytes(ns)


def current_globals_bytes() -> int:
    """Go's .data + .bss for the program running now (the runtime's alone when none runs:
    runtime tests that drive the collector without a program)."""
    if _current is None:
        return globals_scan_bytes()
    return _current
