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


def test_name_go_has_but_gomem_lacks(tmp_path: Path) -> None:
    errs = errors_of(tmp_path, "\tr := strings.NewReader(\"a\")\n\t_ = r", '"strings"')
    assert len(errs) == 1
    assert errs[0].endswith(":6:15: undefined: strings.NewReader (gomem does not support strings.NewReader yet)")


def test_type_go_has_but_gomem_lacks(tmp_path: Path) -> None:
    errs = errors_of(tmp_path, "\tvar r strings.Reader\n\t_ = r", '"strings"')
    assert errs == [errs[0]]
    assert errs[0].endswith(":6:16: undefined: strings.Reader (gomem does not support strings.Reader yet)")


def test_name_go_lacks_too(tmp_path: Path) -> None:
    errs = errors_of(tmp_path, "\tx := strings.Foo(\"a\")\n\tprintln(x)", '"strings"')
    assert errs == [errs[0]] and errs[0].endswith(":6:15: undefined: strings.Foo")


def test_exports_table_is_go_1_23s() -> None:
    assert "NewReader" in GO_EXPORTS["strings"] and "ToUpper" in GO_EXPORTS["strings"]
    assert "MaxInt" in GO_EXPORTS["math"] and "Args" in GO_EXPORTS["os"]
    assert "Foo" not in GO_EXPORTS["strings"]
