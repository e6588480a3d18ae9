"""Package io (src/gomem/stdlib/io, mostly Go in api.go): Go programs against real Go."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program

from gomem.compiler.driver import IMPORTER, compile_std_bodies


def test_api_complete() -> None:
    check_api("io")


def test_go_bodies_become_module_functions() -> None:
    """api.go's Go functions and methods are compiled into the package module, under the
    names compiled programs call (F_<name>, <Type>_<method>)."""
    pkg = IMPORTER("io")
    compile_std_bodies("io", pkg)
    mod = pkg.pymodule
    assert callable(mod.F_Copy) and callable(mod.F_Pipe)
    assert callable(mod.SectionReader_Seek) and callable(mod.LimitedReader_Read)
    # variables only declared in api.go stay the module's own values
    assert mod.EOF is not None and mod.Discard is not None


@pytest.mark.parametrize("prog", program_params("io"))
def test_program(prog) -> None:
    run_program(prog)
