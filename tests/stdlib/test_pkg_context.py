"""Package context (src/gomem/stdlib/context, written in Go in its api.go): API completeness,
then Go programs against real Go (tests/stdlib/programs/context_*.go: values, cancellation of
children and of goroutines waiting in select, causes, deadlines and timeouts, WithoutCancel,
AfterFunc, contexts of the program's own, String and %T, the panics)."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program


def test_api_complete() -> None:
    check_api("context")


@pytest.mark.parametrize("prog", program_params("context"))
def test_program(prog) -> None:
    run_program(prog)
