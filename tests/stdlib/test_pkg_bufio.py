"""Package bufio (src/gomem/stdlib/bufio): API completeness, then Go programs against real Go
(bufio_stdin reads its piped stdin from bufio_stdin.stdin)."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program


def test_api_complete() -> None:
    check_api("bufio")


@pytest.mark.parametrize("prog", program_params("bufio"))
def test_program(prog) -> None:
    run_program(prog)
