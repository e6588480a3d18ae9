"""A standard-library name gomem lacks is one honest compile error at that name.

Go itself compiles these programs, so they cannot be goldens from real Go: the tests pin
gomem's wording (documented in docs/differences.md) and that no knock-on error comes with it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gomem.compiler.driver import CompileFailed, build
from gomem.stdlib._go_exports import GO_EXPORTS


def errors_of(tmp_path: Path, body: str, imports: str) -> list[str]:
    src = tmp_path / "x.go"
    src.write_text(f"package main\n\nimport {imports}\n\nfunc main() {{\n{body}\n}}\n")
    with pytest.raises(CompileFailed) as info:
        build([str(src)])
    return [ln for ln in info.value.lines if not ln.startswith("#")]


@pytest.fixture
def go_has_more(monkeypatch: pytest.MonkeyPatch) -> None:
    """Go's strings exports two names gomem's api.go does not declare (gomem's strings is
    complete, so the export list is widened for the test)."""
    import gomem.check.checker as checker
    widened = dict(checker.GO_EXPORTS)
    widened["strings"] = GO_EXPORTS["strings"] | {"Frob", "Widget"}
    monkeypatch.setattr(checker, "GO_EXPORTS", widened)


def test_name_go_has_but_gomem_lacks(tmp_path: Path, go_has_more: None) -> None:
    errs = errors_of(tmp_path, "\tr := strings.Frob(\"a\")\n\t_ = r", '"strings"')
    assert len(errs) == 1
    assert errs[0].endswith(":6:15: undefined: strings.Frob (gomem does not support strings.Frob yet)")


def test_type_go_has_but_gomem_lacks(tmp_path: Path, go_has_more: None) -> None:
    errs = errors_of(tmp_path, "\tvar r strings.Widget\n\t_ = r", '"strings"')
    assert errs == [errs[0]]
    assert errs[0].endswith(":6:16: undefined: strings.Widget (gomem does not support strings.Widget yet)")


def test_name_go_lacks_too(tmp_path: Path) -> None:
    errs = errors_of(tmp_path, "\tx := strings.Foo(\"a\")\n\tprintln(x)", '"strings"')
    assert errs == [errs[0]] and errs[0].endswith(":6:15: undefined: strings.Foo")


def test_exports_table_is_go_1_23s() -> None:
    assert "NewReader" in GO_EXPORTS["strings"] and "ToUpper" in GO_EXPORTS["strings"]
    assert "MaxInt" in GO_EXPORTS["math"] and "Args" in GO_EXPORTS["os"]
    assert "Foo" not in GO_EXPORTS["strings"]
