"""RSS flat: a Go program that keeps allocating garbage (2.6 GB in all: 1 MB byte slices,
maps, strings, linked structs; about 20 MB live) runs in bounded memory with automatic
cycles (tests/runtime/rss/garbage.go). The program prints its process's VmRSS and MemStats at
five checkpoints (VmRSS from /proc/self/status: the gomem process's own).

What each bound catches: CPython frees the Python objects by reference counting whatever the
collector does, so RSS stays flat only if the heap model keeps nothing of what it swept
(malloc's address tables, span structures, finalizer specials, dependent-object entries): a
leak of even 50 bytes per object over the run's ~750 thousand objects would add 35 MB. HeapSys
(the model's mapped heap) stays at the live heap plus the pacer's headroom only if cycles
really run and sweeping really frees spans (without cycles it reaches 2.6 GB)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROG = Path(__file__).resolve().parent / "rss" / "garbage.go"
ROUNDS = 2500
MB = 1 << 20


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (Linux)")
def test_garbage_program_runs_in_flat_memory() -> None:
    env = dict(os.environ, GOMEM_GCAUTO="1", GOMAXPROCS="1", GOMEM_SEED="0", PYTHONPATH=str(ROOT / "src"))
    for k in ("GOGC", "GOMEMLIMIT", "GODEBUG", "GOMEM_GCPOISON", "GOMEM_GCSTRESS"):
        env.pop(k, None)
    p = subprocess.Popen([sys.executable, "-m", "gomem", "run", str(PROG), str(ROUNDS)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        out, err = p.communicate(timeout=400)
    except subprocess.TimeoutExpired:
        p.kill()
        raise
    assert p.returncode == 0, err.decode()[-3000:]
    rows = [{k: int(v) for k, v in re.findall(r"(\w+) (\d+)", ln)}
            for ln in out.decode().splitlines() if ln.startswith("round")]
    assert len(rows) == 5, out.decode()
    first, last = rows[0], rows[-1]
    assert last["total_alloc"] >= 2_500_000_000
    assert last["num_gc"] >= 100  # cycles ran all along
    # the heap model: mapped heap flat from the first checkpoint on (live ~20 MB plus headroom)
    assert all(r["heap_sys"] <= first["heap_sys"] + 16 * MB for r in rows), rows
    assert last["heap_sys"] <= 128 * MB
    # the process: RSS flat from the first checkpoint on (1 MB buffers come and go: some slack)
    assert all(r["rss_kb"] * 1024 <= first["rss_kb"] * 1024 + 24 * MB for r in rows), rows
