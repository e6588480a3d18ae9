"""Package fmt against real Go: the golden cases of gen/fmt_cases.py, plus direct API tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from gomem.runtime import osio
from gomem.runtime.values import Iface, Slice, slice_of
from gomem.stdlib import errors as goerrors
from gomem.stdlib import fmt as gofmt
from gomem.types.types import ERROR, INT, STRING, new_pointer, new_slice

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gen"))

import fmt_cases  # noqa: E402
from gen_fmt import go_call, normalize  # noqa: E402

GOLDEN = json.loads((HERE / "data" / "fmt_golden.json").read_text())


def _expected(e: dict) -> bytes:
    return e["s"].encode() if "s" in e else bytes.fromhex(e["hex"])


def _run(fn: str, fmt: bytes | None, args: list) -> bytes:
    a = slice_of([v for _, v in args])
    if fn == "Sprintf":
        return gofmt.Sprintf(fmt, a)
    return getattr(gofmt, fn)(a)


def test_golden_matches_cases() -> None:
    assert len(GOLDEN) == len(fmt_cases.CASES), "fmt_cases changed: run tests/stdlib/gen/gen_fmt.py"
    for (fn, fmt, args), e in zip(fmt_cases.CASES, GOLDEN):
        assert e["go"] == go_call(fn, fmt, args), "fmt_cases changed: run tests/stdlib/gen/gen_fmt.py"


def _chunks(n: int) -> list[range]:
    size = 200
    return [range(k, min(k + size, n)) for k in range(0, n, size)]


@pytest.mark.parametrize("chunk", _chunks(len(fmt_cases.CASES)), ids=lambda r: f"{r.start}-{r.stop - 1}")
def test_golden(chunk: range) -> None:
    failures = []
    for k in chunk:
        fn, fmt, args = fmt_cases.CASES[k]
        want = _expected(GOLDEN[k])
        got = normalize(_run(fn, fmt, args))
        if got != want:
            failures.append(f"{go_call(fn, fmt, args)}\n   go: {want!r}\n  got: {got!r}")
    assert not failures, f"{len(failures)} mismatches:\n" + "\n".join(failures[:30])


# ---------------------------------------------------------------------------
# Entry points


class _Writer:
    """A Go io.Writer built by hand: a type object with m_Write collecting the bytes."""

    def __init__(self) -> None:
        from gomem.types.types import Named, new_struct
        self.t = new_pointer(Named("W", "main", new_struct(())))
        self.data = bytearray()
        self.t.m_Write = self._write  # type: ignore[attr-defined]

    def _write(self, recv: object, b: Slice) -> tuple[int, object]:
        self.data += bytes(b.elems())
        return b.len, None

    def iface(self) -> Iface:
        return Iface(self.t, object())


def test_fprint_family() -> None:
    w = _Writer()
    wi = w.iface()
    assert gofmt.Fprintf(wi, b"%d-%s\n", slice_of([Iface(INT, 1), Iface(STRING, b"x")])) == (4, None)
    assert gofmt.Fprint(wi, slice_of([Iface(INT, 1), Iface(INT, 2), Iface(STRING, b"s")])) == (4, None)
    assert gofmt.Fprintln(wi, slice_of([Iface(STRING, b"a"), Iface(INT, 2)])) == (4, None)
    assert bytes(w.data) == b"1-x\n1 2sa 2\n"


def test_print_family_writes_stdout(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    assert gofmt.Printf(b"%05.1f|", slice_of([Iface(fmt_cases.FLOAT64, 2.25)])) == (6, None)
    assert gofmt.Print(slice_of([Iface(INT, 1), Iface(INT, 2)])) == (3, None)
    assert gofmt.Println(slice_of([])) == (1, None)
    assert gofmt.Println(fmt_cases.NIL_SLICE) == (1, None)
    osio.flush()
    assert capfdbinary.readouterr().out == b"002.2|1 2\n\n"


def test_sprint_family() -> None:
    assert gofmt.Sprint(slice_of([Iface(STRING, b"a"), Iface(INT, 1)])) == b"a1"
    assert gofmt.Sprintln(slice_of([Iface(STRING, b"a"), Iface(INT, 1)])) == b"a 1\n"
    assert gofmt.Sprintf(b"%v", slice_of([None])) == b"<nil>"


def _unwrap_desc(err: Iface) -> str:
    t = err.t
    if t is gofmt.WRAP_ERROR_PTR:
        inner = t.m_Unwrap(err.v)
        return "1:" + gofmt.Sprint(slice_of([inner])).decode()
    if t is gofmt.WRAP_ERRORS_PTR:
        errs = t.m_Unwrap(err.v)
        return "n:" + gofmt.Sprint(slice_of([Iface(new_slice(ERROR), errs)])).decode()
    return "-"


# Expected outputs from real Go: fmt.Sprintf("%T|%v|%s", err, err, unwrapDesc(err)) (see
# tests/stdlib/gen/errorsgolden/main.go, section "Errorf").
ERRORF_CASES = [
    (b"x %d", [Iface(INT, 1)], "*errors.errorString|x 1|-"),
    (b"wrap: %w", ["e1"], "*fmt.wrapError|wrap: e1|1:e1"),
    (b"%w and %w", ["e1", "e2"], "*fmt.wrapErrors|e1 and e2|n:[e1 e2]"),
    (b"%[2]w %[1]w", ["e1", "e2"], "*fmt.wrapErrors|e2 e1|n:[e1 e2]"),
    (b"%[1]w %[1]w", ["e1"], "*fmt.wrapErrors|e1 e1|n:[e1]"),
    (b"%w", [Iface(INT, 1)], "*fmt.wrapError|%!w(int=1)|1:<nil>"),
    (b"%w", [None], "*fmt.wrapError|%!w(<nil>)|1:<nil>"),
    (b"%w %w", [Iface(INT, 1), "e2"], "*fmt.wrapErrors|%!w(int=1) e2|n:[e2]"),
    (b"%w %w", [Iface(INT, 1), Iface(INT, 2)], "*fmt.wrapErrors|%!w(int=1) %!w(int=2)|n:[]"),
    (b"%v", ["e1"], "*errors.errorString|e1|-"),
    (b"%+10w|", ["e1"], "*fmt.wrapError|        e1||1:e1"),
]


@pytest.mark.parametrize("fmt,args,want", ERRORF_CASES)
def test_errorf(fmt: bytes, args: list, want: str) -> None:
    errs = {"e1": goerrors.New(b"e1"), "e2": goerrors.New(b"e2")}
    a = [errs[x] if isinstance(x, str) else x for x in args]
    err = gofmt.Errorf(fmt, slice_of(a))
    got = f"{err.t}|{err.t.m_Error(err.v).decode()}|{_unwrap_desc(err)}"
    assert got == want
    if err.t is gofmt.WRAP_ERROR_PTR and isinstance(args[0], str):
        assert goerrors.Unwrap(err) is errs[args[0]]
        assert goerrors.Is(err, errs[args[0]])


def test_errorf_wraps_identity() -> None:
    e1 = goerrors.New(b"e1")
    e2 = goerrors.New(b"e2")
    err = gofmt.Errorf(b"%w / %w", slice_of([e1, e2]))
    assert goerrors.Is(err, e1) and goerrors.Is(err, e2)
    assert not goerrors.Is(err, goerrors.New(b"e1"))
    assert goerrors.Unwrap(err) is None


def test_format_value_helper() -> None:
    assert gofmt.format_value(fmt_cases.PERSON, fmt_cases.alice) == b"{Alice 30}"
    assert gofmt.format_value(fmt_cases.COLOR, 2, "d") == b"2"
    assert gofmt.format_value(fmt_cases.COLOR, 2) == b"Blue"
    assert gofmt.format_value(ERROR, None) == b"<nil>"


def test_pointer_addresses_are_stable() -> None:
    p = fmt_cases.person("Z", 1)
    a = gofmt.Sprintf(b"%p", slice_of([Iface(fmt_cases.P_PERSON, p)]))
    b = gofmt.Sprintf(b"%v", slice_of([Iface(new_slice(fmt_cases.P_PERSON), slice_of([p]))]))
    assert a.startswith(b"0xc") and b == b"[" + a + b"]"
    assert gofmt.Sprintf(b"%#p", slice_of([Iface(fmt_cases.P_PERSON, p)])) == a[2:]
