"""The whole text Go prints about a panic, not only its first line (test_golden.py compares
that): continuation lines of multi-line values, earlier panics, the signal line, the fatal
error of a panic while printing the panic value, bytes that are not UTF-8.

The expected text is the start of the golden's stderr from real Go, up to the blank line
before the goroutine's traceback (addresses in the signal line are not compared).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).parent.parent / "golden" / "programs"
NAMES = sorted(p.stem for p in PROGRAMS.glob("fail_panic_*.go"))


def _panic_text(stderr: bytes) -> bytes:
    head = stderr.split(b"\n\n", 1)[0]
    head = head.split(b"\nexit status ", 1)[0]
    return re.sub(rb"pc=0x[0-9a-f]+", b"pc=PC", head).rstrip(b"\n")


@pytest.mark.parametrize("name", NAMES)
def test_panic_text(name: str) -> None:
    want = _panic_text(PROGRAMS.joinpath(name + ".err").read_bytes())
    env = dict(os.environ, GOMEM_SEED="0", PYTHONPATH=str(Path(__file__).parent.parent.parent / "src"))
    r = subprocess.run([sys.executable, "-m", "gomem", "run", name + ".go"], cwd=PROGRAMS, env=env,
                       capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    assert _panic_text(r.stderr) == want
    assert r.returncode == int(PROGRAMS.joinpath(name + ".exit").read_text())
