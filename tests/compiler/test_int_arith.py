"""Property tests: compiled integer arithmetic and conversions against a reference model.

One Go program defines a function per (type, operator) and per conversion; it is compiled
once, and hypothesis then calls the compiled Python functions with random operands. The
reference model is two's-complement arithmetic at the type's width (Go spec: "Arithmetic
operators", "Integer overflow", "Conversions"), written independently of the compiler.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gomem.compiler.driver import build
from gomem.runtime.panic import GoPanic, as_go_panic

TYPES = {
    "int": (64, True), "int8": (8, True), "int16": (16, True), "int32": (32, True), "int64": (64, True),
    "uint": (64, False), "uint8": (8, False), "uint16": (16, False), "uint32": (32, False),
    "uint64": (64, False), "uintptr": (64, False),
}
BINOPS = {"add": "+", "sub": "-", "mul": "*", "div": "/", "mod": "%", "and": "&", "or": "|",
          "xor": "^", "andnot": "&^"}


def wrap(v: int, bits: int, signed: bool) -> int:
    v &= (1 << bits) - 1
    if signed and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


def ref_binop(op: str, a: int, b: int, bits: int, signed: bool) -> int | str:
    if op in ("div", "mod"):
        if b == 0:
            return "panic"
        q = abs(a) // abs(b)
        if (a < 0) != (b < 0):
            q = -q
        r = a - q * b
        return wrap(q, bits, signed) if op == "div" else r
    py = {"add": a + b, "sub": a - b, "mul": a * b, "and": a & b, "or": a | b, "xor": a ^ b,
          "andnot": a & ~b}[op]
    return wrap(py, bits, signed)


def ref_shift(op: str, a: int, s: int, bits: int, signed: bool) -> int:
    if op == "shl":
        return wrap(a << s, bits, signed) if s < bits else 0
    if s >= bits:
        return -1 if (signed and a < 0) else 0
    return a >> s


def _program() -> str:
    lines = ["package main", ""]
    for t in TYPES:
        for name, op in BINOPS.items():
            lines.append(f"func {name}_{t}(a, b {t}) {t} {{ return a {op} b }}")
        lines.append(f"func shl_{t}(a {t}, s uint) {t} {{ return a << s }}")
        lines.append(f"func shr_{t}(a {t}, s uint) {t} {{ return a >> s }}")
        lines.append(f"func neg_{t}(a {t}) {t} {{ return -a }}")
        lines.append(f"func not_{t}(a {t}) {t} {{ return ^a }}")
        lines.append(f"func inc_{t}(a {t}) {t} {{ a++; return a }}")
        lines.append(f"func addc_{t}(a {t}) {t} {{ return a + 100 }}")
        lines.append(f"func tree_{t}(a, b, c {t}) {t} {{ return a*b + c - a*c + 7 }}")
        for u in TYPES:
            lines.append(f"func conv_{t}_{u}(a {t}) {u} {{ return {u}(a) }}")
        lines.append(f"func fconv_{t}(f float64) {t} {{ return {t}(f) }}")
    lines.append("func main() {}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def ns(tmp_path_factory) -> dict:
    d: Path = tmp_path_factory.mktemp("arith")
    (d / "arith.go").write_text(_program())
    src, namespace = build([str(d / "arith.go")])
    exec(compile(src, "<gomem>", "exec"), namespace)
    return namespace


def ints(t: str):
    bits, signed = TYPES[t]
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    edge = st.sampled_from([lo, hi, 0, 1, -1 if signed else 2, lo + 1, hi - 1])
    return st.one_of(edge, st.integers(lo, hi))


def call(fn, *args):
    try:
        return fn(*args)
    except BaseException as e:  # compiled code raises Python faults that stand for Go panics
        if isinstance(as_go_panic(e), GoPanic):
            return "panic"
        raise


@pytest.mark.parametrize("t", list(TYPES))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_binary_operators(ns, t, data) -> None:
    bits, signed = TYPES[t]
    a = data.draw(ints(t))
    b = data.draw(ints(t))
    for name in BINOPS:
        assert call(ns[f"F_{name}_{t}"], a, b) == ref_binop(name, a, b, bits, signed), (name, a, b)


@pytest.mark.parametrize("t", list(TYPES))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_shifts_unary_and_expression_trees(ns, t, data) -> None:
    bits, signed = TYPES[t]
    a, b, c = data.draw(ints(t)), data.draw(ints(t)), data.draw(ints(t))
    s = data.draw(st.one_of(st.integers(0, 70), st.integers(0, (1 << 64) - 1)))
    assert ns[f"F_shl_{t}"](a, s) == ref_shift("shl", a, s, bits, signed)
    assert ns[f"F_shr_{t}"](a, s) == ref_shift("shr", a, s, bits, signed)
    assert ns[f"F_neg_{t}"](a) == wrap(-a, bits, signed)
    assert ns[f"F_not_{t}"](a) == wrap(~a, bits, signed)
    assert ns[f"F_inc_{t}"](a) == wrap(a + 1, bits, signed)
    assert ns[f"F_addc_{t}"](a) == wrap(a + 100, bits, signed)
    assert ns[f"F_tree_{t}"](a, b, c) == wrap(a * b + c - a * c + 7, bits, signed)


@pytest.mark.parametrize("t", list(TYPES))
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_integer_conversions(ns, t, data) -> None:
    a = data.draw(ints(t))
    for u, (bits, signed) in TYPES.items():
        assert ns[f"F_conv_{t}_{u}"](a) == wrap(a, bits, signed), (t, u, a)


@pytest.mark.parametrize("t", list(TYPES))
@settings(max_examples=100, deadline=None)
@given(f=st.floats(min_value=-(2.0**62), max_value=2.0**62, allow_nan=False))
def test_float_to_int_in_range_truncates(ns, t, f) -> None:
    bits, signed = TYPES[t]
    v = int(f)  # truncation toward zero
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    if lo <= v <= hi:
        assert ns[f"F_fconv_{t}"](f) == v


def test_division_overflow_and_negative_shift(ns) -> None:
    assert ns["F_div_int64"](-(1 << 63), -1) == -(1 << 63)  # wraps, no panic
    assert ns["F_mod_int64"](-(1 << 63), -1) == 0
    assert ns["F_div_int8"](-128, -1) == -128
    assert call(ns["F_div_int"], 1, 0) == "panic"
