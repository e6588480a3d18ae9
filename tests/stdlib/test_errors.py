"""Package errors (and fmt.Errorf's wrapping) against real Go.

The scenarios replay tests/stdlib/gen/errorsgolden/main.go line by line; its output under Go 1.23
is tests/stdlib/data/errors_golden.txt (regenerate: cd tests/stdlib/gen && go run ./errorsgolden
> ../data/errors_golden.txt).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from gomem.runtime.panic import GoPanic
from gomem.runtime.values import NIL_SLICE, Box, Iface, slice_of
from gomem.stdlib import errors, fmt
from gomem.types.types import (
    BOOL,
    EMPTY_INTERFACE,
    ERROR,
    INT,
    STRING,
    Method,
    Named,
    new_interface,
    new_pointer,
    new_signature,
    new_slice,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gen"))

from fmt_cases import fields, mk, named, pointer_method, sprintf, value_method  # noqa: E402

GOLDEN = (HERE / "data" / "errors_golden.txt").read_text().splitlines()

# -- the types of errorsgolden/main.go ----------------------------------------------

MYERR = named("MyErr", fields(("Code", INT)))
pointer_method(MYERR, "Error", lambda e: sprintf("myerr %d", Iface(INT, e.Code)))
P_MYERR = new_pointer(MYERR)

CODEERR = named("CodeErr", INT)
value_method(CODEERR, "Error", lambda c: sprintf("code %d", Iface(INT, c)))

SLICEERR = named("SliceErr", new_slice(INT))
value_method(SLICEERR, "Error", lambda s: b"slice")

SERR = named("SErr", fields(("A", INT)))
value_method(SERR, "Error", lambda s: b"serr")

MYIS = named("MyIs", fields(("Code", INT)))
value_method(MYIS, "Error", lambda m: b"myis")
value_method(MYIS, "Is", lambda m, t: t is not None and t.t is MYIS and t.v.Code // 10 == m.Code // 10,
             sig=new_signature((ERROR,), (BOOL,)))

ASERR = named("AsErr", fields())
value_method(ASERR, "Error", lambda a: b"aserr")


def _as_method(_a: Any, t: Any) -> bool:
    if t is not None and t.t is new_pointer(CODEERR):
        t.v.v = 42
        return True
    return False


value_method(ASERR, "As", _as_method, sig=new_signature((EMPTY_INTERFACE,), (BOOL,)))

CODER = Named("Coder", "main", new_interface([Method("Code", new_signature((), (INT,)))]))
CODERERR = named("CoderErr", INT)
value_method(CODERERR, "Error", lambda c: b"coder")
value_method(CODERERR, "Code", lambda c: c * 10, sig=new_signature((), (INT,)))


def S(*args: Any) -> str:
    """fmt.Sprint of interface values (Python bools, ints and str become Go bool, int, string)."""
    return fmt.Sprint(slice_of([_box(a) for a in args])).decode()


def _box(a: Any) -> Any:
    if isinstance(a, bool):
        return Iface(BOOL, a)
    if isinstance(a, int):
        return Iface(INT, a)
    if isinstance(a, str):
        return Iface(STRING, a.encode())
    return a


def errorf(f: str, *args: Any) -> Any:
    return fmt.Errorf(f.encode(), slice_of(list(args)))


def err_text(e: Any) -> str:
    return e.t.m_Error(e.v).decode()


def try_(f: Callable[[], bool]) -> str:
    try:
        return S(f())
    except GoPanic as p:
        return S("panic: ", p.value)


def scenario() -> list[str]:  # noqa: C901 - one line per line of main.go
    out: list[str] = []
    e1 = errors.New(b"e1")
    e1b = errors.New(b"e1")
    e2 = errors.New(b"e2")
    out.append(sprintf("new: %v %T %q %v", e1, e1, Iface(STRING, e1.t.m_Error(e1.v)), Iface(BOOL, e1 == e1b)).decode())
    out.append("unsupported: " + S(errors.ErrUnsupported))

    out.append("is: " + " ".join(S(x) for x in [
        errors.Is(None, None), errors.Is(e1, None), errors.Is(None, e1), errors.Is(e1, e1), errors.Is(e1, e1b)]))
    w1 = errorf("l1: %w", e1)
    w2 = errorf("l2: %w", w1)
    w3 = errorf("l3: %w", w2)
    out.append("chain: " + " ".join([err_text(w3)] + [S(x) for x in [
        errors.Is(w3, e1), errors.Is(w3, w1), errors.Is(w3, e2), errors.Is(w1, w3)]]))
    out.append("unwrap: " + " ".join(S(x) for x in [
        errors.Unwrap(w3) is w2, errors.Unwrap(e1) is None, errors.Unwrap(None) is None]))
    multi = errorf("%w + %w", e1, e2)
    out.append("multi: " + " ".join([err_text(multi)] + [S(x) for x in [
        errors.Is(multi, e1), errors.Is(multi, e2), errors.Unwrap(multi) is None]]))

    def myis(c: int) -> Iface:
        return Iface(MYIS, mk(MYIS, c))

    out.append("isMethod: " + " ".join(S(x) for x in [
        errors.Is(myis(13), myis(17)), errors.Is(myis(13), myis(27)),
        errors.Is(errorf("w: %w", myis(5)), myis(9)), errors.Is(e1, myis(1))]))
    out.append("comparable: " + " ".join(S(x) for x in [
        errors.Is(errorf("%w", Iface(CODEERR, 3)), Iface(CODEERR, 3)),
        errors.Is(Iface(CODEERR, 3), Iface(CODEERR, 4))]))
    out.append("uncomparable: " + " ".join(S(x) for x in [
        errors.Is(Iface(SLICEERR, slice_of([1])), Iface(SLICEERR, slice_of([1]))),
        errors.Is(errorf("%w", Iface(SLICEERR, slice_of([1]))), e1)]))

    out.append("join0: " + " ".join(S(x) for x in [
        errors.Join(NIL_SLICE) is None, errors.Join(slice_of([None, None])) is None]))
    j = errors.Join(slice_of([e1, None, e2]))
    out.append("join: " + sprintf("%q %T %v %v %v", Iface(STRING, j.t.m_Error(j.v)), j, Iface(BOOL, errors.Is(j, e2)),
                                  Iface(BOOL, errors.Unwrap(j) is None), Iface(INT, j.t.m_Unwrap(j.v).len)).decode())
    j1 = errors.Join(slice_of([w1]))
    out.append("join1: " + sprintf("%q %v", Iface(STRING, j1.t.m_Error(j1.v)), Iface(BOOL, errors.Is(j1, e1))).decode())
    jj = errors.Join(slice_of([j, errors.Join(slice_of([myis(44)]))]))
    out.append("joinjoin: " + sprintf("%q %v %v", Iface(STRING, jj.t.m_Error(jj.v)), Iface(BOOL, errors.Is(jj, myis(40))),
                                      Iface(BOOL, errors.Is(jj, myis(50)))).decode())

    me = Box(None)
    ok = errors.As(errorf("x: %w", Iface(P_MYERR, mk(MYERR, 3))), Iface(new_pointer(P_MYERR), me))
    out.append("asPtr: " + S(ok) + " " + S(me.v.Code) + " " + S(Iface(P_MYERR, me.v)))
    me2 = Box(None)
    out.append("asPtrMiss: " + S(errors.As(w3, Iface(new_pointer(P_MYERR), me2))) + " " + S(me2.v is None))
    ce = Box(0)
    ok = errors.As(errorf("a: %w", errorf("b: %w", Iface(CODEERR, 5))), Iface(new_pointer(CODEERR), ce))
    out.append("asValue: " + S(ok) + " " + S(Iface(CODEERR, ce.v)))
    se = mk(SERR)
    ok = errors.As(errorf("s: %w", Iface(SERR, mk(SERR, 7))), Iface(new_pointer(SERR), se))
    out.append("asStruct: " + S(ok) + " " + S(se.A))
    ce2 = Box(0)
    ok = errors.As(errorf("m: %w", Iface(ASERR, mk(ASERR))), Iface(new_pointer(CODEERR), ce2))
    out.append("asMethod: " + S(ok) + " " + S(Iface(CODEERR, ce2.v)))
    c = Box(None)
    ok = errors.As(errorf("c: %w", Iface(CODERERR, 4)), Iface(new_pointer(CODER), c))
    out.append("asIface: " + S(ok) + " " + S(c.v.t.m_Code(c.v.v)) + " " + S(c.v))
    any_err = Box(None)
    ok = errors.As(w2, Iface(new_pointer(ERROR), any_err))
    out.append("asError: " + S(ok) + " " + S(any_err.v is w2))
    ce3 = Box(0)
    ok = errors.As(errors.Join(slice_of([e1, errorf("j: %w", Iface(CODEERR, 8))])), Iface(new_pointer(CODEERR), ce3))
    out.append("asJoin: " + S(ok) + " " + S(Iface(CODEERR, ce3.v)))
    out.append("asNil: " + S(errors.As(None, Iface(new_pointer(P_MYERR), Box(None)))))
    out.append("asPanic1: " + try_(lambda: errors.As(e1, None)))
    out.append("asPanic2: " + try_(lambda: errors.As(e1, Iface(P_MYERR, me.v))))
    out.append("asPanic3: " + try_(lambda: errors.As(e1, Iface(new_pointer(new_pointer(P_MYERR)), None))))
    out.append("asPanic4: " + try_(lambda: errors.As(e1, Iface(new_pointer(INT), Box(1)))))

    out.append(sprintf("errorf: %T %v | %T %v", errorf("plain %d", Iface(INT, 1)), errorf("plain %d", Iface(INT, 1)),
                       errorf("w %w", e1), errors.Unwrap(errorf("w %w", e1))).decode())
    out.append(sprintf("errorfVerbs: %v|%s|%q|%x|%+v|%#v|%10.3v|", w1, w1, w1, w1, w1, e1, w1).decode())
    return out


def test_scenario_matches_go() -> None:
    got = scenario()
    assert len(got) == len(GOLDEN)
    for g, want in zip(got, GOLDEN):
        assert g == want


def test_join_skips_nil_and_keeps_order() -> None:
    e1, e2 = errors.New(b"a"), errors.New(b"b")
    j = errors.Join(slice_of([None, e2, None, e1]))
    assert j.t is errors.JOIN_ERROR_PTR
    assert j.t.m_Unwrap(j.v).elems() == [e2, e1]
    assert err_text(j) == "b\na"


def test_new_distinct_pointers() -> None:
    a, b = errors.New(b"x"), errors.New(b"x")
    assert a != b and a == a
    assert str(a.t) == "*errors.errorString"


def test_is_uncomparable_dynamic_type_does_not_panic() -> None:
    s1 = Iface(SLICEERR, slice_of([1]))
    assert not errors.Is(errorf("%w", s1), Iface(CODEERR, 1))
    assert not errors.Is(s1, s1)  # not comparable and no Is method: false, as in Go


@pytest.mark.parametrize("bad", [None, Iface(INT, 3), Iface(new_pointer(P_MYERR), None)])
def test_as_bad_targets_panic(bad: Any) -> None:
    with pytest.raises(GoPanic):
        errors.As(errors.New(b"x"), bad)


def test_as_stores_through_field_and_element_pointers() -> None:
    from gomem.runtime.values import ElemRef, FieldRef
    holder = mk(named("Holder", fields(("E", P_MYERR))))
    target = Iface(new_pointer(P_MYERR), FieldRef(holder, "E"))
    err = Iface(P_MYERR, mk(MYERR, 9))
    assert errors.As(errorf("%w", err), target)
    assert holder.E is err.v
    arr = [0, 0]
    assert errors.As(Iface(CODEERR, 6), Iface(new_pointer(CODEERR), ElemRef(arr, 1)))
    assert arr == [0, 6]
