"""Go's sudogs (runtime/sudog.py): the caches' arithmetic, and their objects under the collector.
Go's figures for programs that block goroutines: tests/runtime/memstats/sudog_*.go."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gomem.runtime import malloc, mstats, sudog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_caches():
    sudog.program_starts()
    yield
    sudog.program_starts()


def _mallocs_and_total() -> tuple[int, int]:
    st = mstats.read_mem_stats(malloc.heap, malloc.mcache)
    return st["Mallocs"], st["TotalAlloc"]


def test_startup_sudog_then_fresh_ones(fresh_caches) -> None:
    mallocs, total = _mallocs_and_total()
    first = sudog.acquire()
    assert first == sudog.STARTUP  # the one runtime.main used before init: no allocation
    assert _mallocs_and_total() == (mallocs, total)
    second = sudog.acquire()
    assert second != sudog.STARTUP and second in sudog.live
    assert _mallocs_and_total() == (mallocs + 1, total + 96)  # one object of the 96-byte class
    sudog.release(second)
    sudog.release(first)
    assert sudog.acquire() == first and sudog.acquire() == second  # the last released first


def test_full_cache_spills_half_and_refills_from_central(fresh_caches) -> None:
    held = [sudog.acquire() for _ in range(200)]
    assert len(sudog.live) == 199 and not sudog.local
    for a in held:
        sudog.release(a)
    # 128 filled the P's cache; the 129th moved its upper 64 to the central cache, and so on
    assert len(sudog.local) + len(sudog.central) == 200
    assert len(sudog.local) == 72 and len(sudog.central) == 128
    again = [sudog.acquire() for _ in range(200)]
    assert sorted(again) == sorted(held)  # nothing new: all come back from the caches
    assert len(sudog.live) == 199
    for a in again:
        sudog.release(a)


def test_gc_start_drops_only_the_central_cache(fresh_caches) -> None:
    held = [sudog.acquire() for _ in range(200)]
    for a in held:
        sudog.release(a)
    local, central = list(sudog.local), list(sudog.central)
    sudog.clear_central_cache()
    assert sudog.local == local and not sudog.central
    assert sudog.live == set(local) - {sudog.STARTUP}
    assert not sudog.live & set(central)


PROGRAM = """
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var (
	gate = make(chan int)
	mu   sync.Mutex
	wg   sync.WaitGroup
	junk [][]byte
)

func main() {
	for round := 0; round < 6; round++ {
		mu.Lock()
		for i := 0; i < 300; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				if i%2 == 0 {
					<-gate
				} else {
					mu.Lock()
					mu.Unlock()
				}
			}(i)
		}
		runtime.Gosched()
		for i := 0; i < 1000; i++ {
			junk = append(junk, make([]byte, 64))
		}
		junk = nil
		runtime.GC()
		for i := 0; i < 150; i++ {
			gate <- i
		}
		mu.Unlock()
		wg.Wait()
	}
	fmt.Println("ok", runtime.NumGoroutine())
}
"""


@pytest.mark.parametrize("env", [{"GODEBUG": "gccheckmark=1", "GOGC": "5"}, {"GOMEM_GCPOISON": "1", "GOGC": "5"}],
                         ids=["gccheckmark", "poison"])
def test_sudogs_under_the_collector(tmp_path: Path, env: dict[str, str]) -> None:
    """Goroutines blocked across forced and automatic cycles: every sudog in use or cached is
    marked (gccheckmark finds nothing missed), and the dropped ones are freed without harm."""
    prog = tmp_path / "main.go"
    prog.write_text(textwrap.dedent(PROGRAM))
    e = dict(os.environ, GOMAXPROCS="1", GOMEM_SEED="0", PYTHONPATH=str(ROOT / "src"))
    e.update(env)
    r = subprocess.run([sys.executable, "-m", "gomem", "run", str(prog)], capture_output=True, text=True,
                       timeout=300, env=e, cwd=tmp_path)
    assert r.returncode == 0, r.stderr[-3000:]
    assert r.stdout == "ok 1\n"
