"""Whole error lists of programs with several errors, as gc 1.23 prints them.

The golden harness compares first lines only; these pin what comes after: errors gc reports
together (an unused variable beside a type error, a multi-line cycle report) and errors it
drops (a second equal message on one line). Expected texts are real `go build` output.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gomem.compiler.driver import CompileFailed, build


def errors_of(tmp_path: Path, src: str) -> list[str]:
    f = tmp_path / "x.go"
    f.write_text(src)
    with pytest.raises(CompileFailed) as info:
        build([str(f)])
    text = "\n".join(ln for ln in info.value.lines if not ln.startswith("#"))
    # (the go command prints a path relative to the working directory when that is shorter:
    # a checkout next to the temporary directory gets "../pytest-of-.../x.go")
    return text.replace(str(f), "./x.go").replace(os.path.relpath(f), "./x.go").splitlines()


def test_equal_message_once_per_line(tmp_path: Path) -> None:
    src = "package main\n\nconst Int8 int8 = 101\n\nvar a7 = Int8 - 2*Int8 - 2*Int8\n\nfunc main() { println(a7) }\n"
    assert errors_of(tmp_path, src) == ["./x.go:5:17: 2 * Int8 (constant 202 of type int8) overflows int8"]


def test_unused_variable_reported_beside_other_errors(tmp_path: Path) -> None:
    src = 'package main\n\nfunc main() {\n\tx := 1\n\tvar y int = "s"\n\t_ = y\n}\n'
    assert errors_of(tmp_path, src) == [
        "./x.go:4:2: declared and not used: x",
        './x.go:5:14: cannot use "s" (untyped string constant) as int value in variable declaration',
    ]


def test_initialization_cycle_report(tmp_path: Path) -> None:
    src = ("package main\n\nvar x = f()\n\nfunc f() int { return g() }\n\n"
           "func g() int { return x }\n\nfunc main() { println(x) }\n")
    assert errors_of(tmp_path, src) == [
        "./x.go:3:5: initialization cycle for x",
        "\t./x.go:3:5: x refers to",
        "\t./x.go:5:6: f refers to",
        "\t./x.go:7:6: g refers to",
        "\t./x.go:3:5: x",
    ]


def test_import_shadowed_by_declaration(tmp_path: Path) -> None:
    src = 'package main\n\nimport "fmt"\n\nvar fmt = 1\n\nfunc main() { println(fmt) }\n'
    assert errors_of(tmp_path, src) == [
        './x.go:3:8: "fmt" imported and not used',
        './x.go:5:5: fmt already declared through import of package fmt ("fmt")',
        "\t./x.go:3:8: other declaration of fmt",
        # (in the file, fmt is still the package: its use is no use)
        "./x.go:7:23: use of package fmt not in selector",
    ]
