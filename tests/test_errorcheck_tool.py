"""tools/errorcheck.py: which Go tests it selects, and how it scores them (as Go's runner)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("errorcheck", Path(__file__).parent.parent / "tools" / "errorcheck.py")
errorcheck = importlib.util.module_from_spec(_spec)
sys.modules["errorcheck"] = errorcheck
_spec.loader.exec_module(errorcheck)


def test_error_tests_and_escape_tests_are_told_apart() -> None:
    af = errorcheck.allowed_flags
    assert af(["-e"]) == (["-e"], None)
    assert af(["-0", "-m", "-l"])[1].startswith("diagnostics test")
    assert af(["-0", "-m", "-l"], escape=True) == (["-0", "-m", "-l"], None)
    assert af(["-e"], escape=True)[1] == "not an escape-analysis test (no -m)"
    assert af(["-0", "-m", "-live"], escape=True)[1].startswith("needs compiler flags")


def test_an_annotation_needs_a_matching_message_on_its_line() -> None:
    src = "package p\n\nfunc f(p *int) { // ERROR \"leaking param: p\"\n}\nvar x = new(int) // ERROR \"new\\(int\\) escapes to heap\"\n"
    out = "x.go:3:8: leaking param: p\nx.go:5:13: new(int) escapes to heap\nx.go:4:1: stray\n"
    sc = errorcheck.score(out, src, "x.go", "/t/x.go")
    assert sc.matched == 2 and not sc.misses
    assert sc.unexpected == ["x.go:4:1: stray"]
    sc = errorcheck.score("x.go:3:8: p does not escape\n", src, "x.go", "/t/x.go")
    assert sc.matched == 0 and len(sc.misses) == 2
