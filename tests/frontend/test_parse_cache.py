"""The cache of standard packages' parsed trees (frontend/parser.py: parse_std_file)."""

from __future__ import annotations

import shutil
from pathlib import Path

from gomem.compiler.driver import STDLIB_DIR
from gomem.frontend.parser import parse_file, parse_std_file


def _shape(f) -> list[tuple[str, int, int]]:
    return [(type(d).__name__, d.line, d.col) for d in f.decls]


def test_cached_tree_is_the_parsed_tree_and_follows_the_source(tmp_path: Path) -> None:
    api = tmp_path / "api.go"
    shutil.copy(STDLIB_DIR / "io" / "api.go", api)
    fresh = parse_file(str(api), api.read_bytes())
    first = parse_std_file(str(api), write_cache=True)
    cached = list((tmp_path / "__pycache__").glob("api.go.*.pickle"))
    assert len(cached) == 1
    second = parse_std_file(str(api))
    assert _shape(first) == _shape(second) == _shape(fresh)
    assert len(fresh.decls) > 50

    # a changed source is parsed again, and its tree replaces the old one in the cache
    api.write_bytes(api.read_bytes() + b"\nfunc gomemCacheProbe() {}\n")
    changed = parse_std_file(str(api), write_cache=True)
    assert len(changed.decls) == len(fresh.decls) + 1
    assert len(list((tmp_path / "__pycache__").glob("api.go.*.pickle"))) == 1


def test_no_cache_is_written_under_dont_write_bytecode(tmp_path: Path, monkeypatch) -> None:
    import sys
    api = tmp_path / "api.go"
    shutil.copy(STDLIB_DIR / "errors" / "api.go", api)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    parse_std_file(str(api))
    assert not (tmp_path / "__pycache__").exists()
