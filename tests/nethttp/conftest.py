"""Fixtures for the HTTP server tests: gomem programs run as subprocesses on free ports."""

from __future__ import annotations

import pathlib
import subprocess
import sys
from collections.abc import Iterator

import pytest

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import rawhttp  # noqa: E402


class Served:
    def __init__(self, proc: subprocess.Popen, port: int):
        self.proc = proc
        self.port = port

    def alive(self) -> bool:
        return self.proc.poll() is None


def serve(program: str, *args: str, port: int | None = None) -> Served:
    port = port or rawhttp.free_port()
    proc = subprocess.Popen([sys.executable, "-m", "gomem", "run", str(HERE / "programs" / program),
                             str(port), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        rawhttp.wait_port(port, 60)
    except OSError:
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"server did not start: {out!r} {err!r}") from None
    return Served(proc, port)


@pytest.fixture(scope="module")
def handlers_server() -> Iterator[Served]:
    s = serve("handlers.go")
    yield s
    s.proc.kill()
    s.proc.communicate()


@pytest.fixture(scope="module")
def pprof_server() -> Iterator[Served]:
    s = serve("pprof_server.go")
    yield s
    s.proc.kill()
    s.proc.communicate()
