"""Every exported name an api.go declares exists in real Go's package, with the same kind,
signature and (for constants) value: a wrong signature would be a silent wrong answer.

Go's API is the committed snapshot tests/stdlib/data/go_api.json (regenerate it with
`python tools/api_coverage.py --regen`, which needs Go 1.23), so this test needs no Go.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("api_coverage", ROOT / "tools" / "api_coverage.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


TOOL = _tool()
SNAPSHOT = TOOL.load_snapshot()

@pytest.mark.parametrize("path", TOOL.gomem_packages())
def test_api_go_agrees_with_go(path: str) -> None:
    assert path in SNAPSHOT, f"{path} is not in {TOOL.SNAPSHOT.name}: run tools/api_coverage.py --regen"
    ours, unimplemented = TOOL.gomem_api(path)
    wrong = TOOL.mismatches(SNAPSHOT[path], ours)
    assert not wrong, "\n".join(wrong)
    assert not unimplemented, f"declared in api.go without a Python implementation: {unimplemented}"


def test_mismatches_are_found() -> None:
    go = {"Index": {"kind": "func", "sig": "func(string, string) int"},
          "MaxInt8": {"kind": "const", "sig": "untyped int", "value": "127"}}
    ours = {"Index": {"kind": "func", "sig": "func(string, int32) int"},
            "MaxInt8": {"kind": "const", "sig": "untyped int", "value": "128"},
            "Extra": {"kind": "var", "sig": "int"}}
    got = TOOL.mismatches(go, ours)
    assert [w.split(":")[0] for w in got] == ["Extra", "Index", "MaxInt8"]


def test_snapshot_covers_real_signatures() -> None:
    strings = SNAPSHOT["strings"]
    assert strings["NewReplacer"] == {"kind": "func", "sig": "func(...string) *strings.Replacer"}
    assert strings["Builder.WriteByte"]["sig"] == "(*Builder) func(uint8) error"
    assert SNAPSHOT["math"]["Pi"]["value"] == 3.141592653589793
    assert SNAPSHOT["fmt"]["Sprint"]["sig"] == "func(...interface {}) string"
