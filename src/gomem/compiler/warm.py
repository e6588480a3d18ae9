"""Warm gomem's caches, as installing a Python package compiles its bytecode.

``python -m gomem.compiler.warm`` writes the bytecode of gomem's own modules and the parsed
trees of the standard packages' api.go files (frontend/parser.py: parse_std_file), even
under PYTHONDONTWRITEBYTECODE, so that the first run of a program is as fast as the next.
`make install` and benchmarks/run.py run it.
"""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

GOMEM_DIR = Path(__file__).resolve().parent.parent


def warm() -> int:
    """Write the caches; the number of standard packages whose trees were cached."""
    from gomem.compiler.driver import STDLIB_DIR
    from gomem.frontend.parser import parse_std_file
    compileall.compile_dir(str(GOMEM_DIR), quiet=2)
    apis = sorted(STDLIB_DIR.glob("*/api.go"))
    for api in apis:
        parse_std_file(str(api), write_cache=True)
    return len(apis)


if __name__ == "__main__":
    n = warm()
    print(f"gomem: caches written (bytecode, {n} standard packages)", file=sys.stderr)
