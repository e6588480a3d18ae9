"""Loader for the golden data written by tests/stdlib/gen/textnumgolden (real Go 1.23).

Each gzip'd line is ``Name <TAB> arg... <TAB> => <TAB> result...`` with type-tagged
values (see the generator's doc comment).  Set GOMEM_TEXTNUM_GOLDEN to a directory
to run the tests against a larger locally generated data set
(``go run ./textnumgolden -out DIR -scale 20``).
"""

from __future__ import annotations

import gzip
import math
import os
import struct
from collections import defaultdict
from pathlib import Path

DATA_DIR = Path(os.environ.get("GOMEM_TEXTNUM_GOLDEN", Path(__file__).parent / "data" / "textnum"))

_Q = struct.Struct("<Q")
_D = struct.Struct("<d")


def f64(bits_hex: str) -> float:
    return _D.unpack(_Q.pack(int(bits_hex, 16)))[0]


def bits(f: float) -> int:
    return _Q.unpack(_D.pack(f))[0]


def decode(v: str):
    tag, _, body = v.partition(":")
    if tag == "s":
        return bytes.fromhex(body)
    if tag == "i":
        return int(body)
    if tag == "b":
        return body == "true"
    if tag == "f":
        return f64(body)
    if tag == "c":
        return body
    if tag == "e":
        return bytes.fromhex(body) if body else None
    if tag == "l":
        n, _, items = body.partition(":")
        return [bytes.fromhex(p) for p in items.split(",")] if int(n) else []
    if tag == "r":
        return [int(p) for p in body.split(",")] if body else []
    raise ValueError(f"bad tag in {v!r}")


def load(name: str) -> dict[str, list[tuple[list, list]]]:
    """Return {func_name: [(args, results), ...]} from ``name``.tsv.gz."""
    cases: dict[str, list[tuple[list, list]]] = defaultdict(list)
    with gzip.open(DATA_DIR / f"{name}.tsv.gz", "rt", encoding="ascii") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            k = parts.index("=>")
            cases[parts[0]].append(([decode(a) for a in parts[1:k]], [decode(r) for r in parts[k + 1 :]]))
    return cases


def same_float(a: float, b: float) -> bool:
    """Bit-identical, except that any two NaNs compare equal."""
    if math.isnan(a) and math.isnan(b):
        return True
    return bits(a) == bits(b)


def same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, float) and isinstance(b, float) and same_float(a, b)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def check_all(cases, fn, limit: int = 10) -> None:
    """Run ``fn(*args)`` (returning a tuple of results) for each case; assert all match."""
    failures = []
    for args, want in cases:
        try:
            got = fn(*args)
        except Exception as exc:  # pragma: no cover - reported below
            got = (f"EXC {type(exc).__name__}: {exc}",)
        if not isinstance(got, tuple):
            got = (got,)
        if not same(list(got), want):
            failures.append((args, want, list(got)))
    if failures:
        lines = [f"{len(failures)}/{len(cases)} mismatches; first {min(limit, len(failures))}:"]
        for args, want, got in failures[:limit]:
            lines.append(f"  args={args!r}\n    want={want!r}\n    got ={got!r}")
        raise AssertionError("\n".join(lines))
