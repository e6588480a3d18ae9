"""Packages container/list, container/ring and container/heap (src/gomem/stdlib/container_*):
Go programs against real Go (tests/stdlib/programs/container_*.go). container_heap.go logs every
Len/Less/Swap/Push/Pop call the heap functions make, so their order is compared with Go's."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program


@pytest.mark.parametrize("pkg", ["container/list", "container/ring", "container/heap"])
def test_api_complete(pkg: str) -> None:
    check_api(pkg)


@pytest.mark.parametrize("prog", program_params("container"))
def test_program(prog) -> None:
    run_program(prog)
