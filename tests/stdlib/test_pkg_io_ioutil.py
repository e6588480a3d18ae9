"""Package io/ioutil (src/gomem/stdlib/io_ioutil): API completeness, then Go programs against
real Go."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program


def test_api_complete() -> None:
    check_api("io/ioutil")


@pytest.mark.parametrize("prog", program_params("ioutil"))
def test_program(prog) -> None:
    run_program(prog)
