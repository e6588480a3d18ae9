"""The builtins print/println (gomem.runtime.printing) against real Go.

tests/runtime/data/printing_golden.txt is the standard error of tests/stdlib/gen/printgolden
(regenerate: cd tests/stdlib/gen && go run ./printgolden 2> ../../runtime/data/printing_golden.txt).
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from gomem.runtime.printing import builtin_print, print_float, print_value, print_values
from gomem.runtime.values import NIL_MAP, NIL_SLICE, Box, Iface, slice_of
from gomem.types.types import (
    BOOL,
    EMPTY_INTERFACE,
    ERROR,
    FLOAT32,
    FLOAT64,
    INT,
    INT8,
    INT16,
    INT32,
    INT64,
    STRING,
    UINT8,
    UINT64,
    UINTPTR,
    new_chan,
    new_map,
    new_pointer,
    new_signature,
    new_slice,
)

GOLDEN = (Path(__file__).resolve().parent / "data" / "printing_golden.txt").read_bytes().decode().split("\n")
FLOAT_LINES = [ln for ln in GOLDEN if ln[:1].isdigit()]
OTHER_LINES = [ln for ln in GOLDEN if not ln[:1].isdigit()]


def _f64(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def test_float_golden() -> None:
    assert len(FLOAT_LINES) > 700
    bad = []
    for ln in FLOAT_LINES:
        bits, want = ln.split(" ")
        got = print_float(_f64(int(bits)))
        if got != want:
            bad.append((bits, want, got))
    assert not bad, bad[:20]


def test_float_print_values() -> None:
    assert print_values([(FLOAT64, 1.5)], True) == b"+1.500000e+000\n"
    assert print_values([(FLOAT32, 0.10000000149011612)], False) == b"+1.000000e-001"


def test_other_kinds_golden() -> None:
    v = print_values
    got = [
        v([(STRING, b"float32:"), (FLOAT32, 0.10000000149011612), (FLOAT32, 1e10), (FLOAT32, -2.5)], True),
        v([(STRING, b"ints:"), (INT, 0), (INT, -1), (INT, 42), (INT8, -128), (INT16, 300), (INT32, -5),
           (INT64, -(1 << 63)), (UINT8, 255), (UINT64, (1 << 64) - 1), (UINTPTR, 4096), (INT32, 120)], True),
        v([(STRING, b"bools:"), (BOOL, True), (BOOL, False)], True),
        v([(STRING, b"strings:"), (STRING, b""), (STRING, "héllo".encode()), (STRING, b"a b")], True),
        v([(STRING, b"nils:"), (new_pointer(INT), None), (new_map(STRING, INT), NIL_MAP), (ERROR, None),
           (EMPTY_INTERFACE, None), (new_slice(INT), NIL_SLICE), (new_signature((), ()), None),
           (new_chan(INT), None)], True),
        v([(STRING, b"print:"), (INT, 1), (INT, 2), (STRING, b"x"), (BOOL, True), (FLOAT64, 1.5),
           (STRING, b"\n")], False),
        v([], True),
        v([], False) + v([(STRING, b"empty-after")], True),
    ]
    assert b"".join(got).decode() == "\n".join(OTHER_LINES)


def test_addresses() -> None:
    s = slice_of([1, 2, 3], cap=5)
    assert re.fullmatch(rb"\[3/5\]0xc[0-9a-f]+", print_value(new_slice(INT), s))
    p = Box(3)
    assert re.fullmatch(rb"0xc[0-9a-f]+", print_value(new_pointer(INT), p))
    assert print_value(new_pointer(INT), p) == print_value(new_pointer(INT), p)
    assert re.fullmatch(rb"0xc[0-9a-f]+", print_value(new_map(STRING, INT), {b"a": 1}))
    assert re.fullmatch(rb"\(0x[0-9a-f]+,0xc[0-9a-f]+\)", print_value(EMPTY_INTERFACE, Iface(INT, 5)))
    # a pointer in an interface: the data word is the pointer itself
    text = print_value(EMPTY_INTERFACE, Iface(new_pointer(INT), p))
    assert text.endswith(b"," + print_value(new_pointer(INT), p) + b")")


def test_builtin_print_writes_stderr(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    builtin_print([(INT, 1), (STRING, b"a")], True)
    builtin_print([(INT, 1), (INT, 2)], False)
    assert capfdbinary.readouterr().err == b"1 a\n12"
