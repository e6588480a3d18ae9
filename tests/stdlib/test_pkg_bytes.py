"""Package bytes (src/gomem/stdlib/bytes): API completeness, then Go programs against real Go."""

from __future__ import annotations

import pytest
from _pkgtest import check_api, program_params, run_program


def test_api_complete() -> None:
    check_api("bytes")


@pytest.mark.parametrize("prog", program_params("bytes"))
def test_program(prog) -> None:
    run_program(prog)


def _bytes_pkg():
    from gomem.compiler.driver import IMPORTER
    IMPORTER("bytes")
    from gomem.stdlib import bytes as B
    return B


def test_huge_results_are_go_out_of_memory_not_python_errors() -> None:
    """bytes.Repeat([]byte("ab"), 1<<40) is "fatal error: runtime: out of memory" in Go."""
    from gomem.runtime.panic import FatalError
    from gomem.runtime.values import slice_of
    B = _bytes_pkg()
    with pytest.raises(FatalError) as e:
        B.Repeat(slice_of(bytearray(b"ab")), 1 << 40)
    assert e.value.msg == "runtime: out of memory"
    buf = B.NewBuffer(slice_of(bytearray(b"x")))
    with pytest.raises(FatalError):
        B.Buffer_Grow(buf, 1 << 41)


def test_searches_do_not_copy_the_searched_slice() -> None:
    """Index/HasPrefix/... on data[pos:] must not cost O(len(data)) per call: they search the
    backing array in place (checked by making data_of, the copying helper, fail)."""
    from gomem.runtime.values import Slice, slice_of
    B = _bytes_pkg()
    big = Slice(bytearray(b"x" * 1000 + b"needle"), 500, 506, 506)
    needle = slice_of(bytearray(b"needle"))
    real = B.data_of
    B.data_of = lambda s: real(s) if s is not big else pytest.fail("copied the searched slice")
    try:
        assert B.Index(big, needle) == 500
        assert B.LastIndex(big, needle) == 500
        assert B.Contains(big, needle) and B.Count(big, needle) == 1
        assert not B.HasPrefix(big, needle) and B.HasSuffix(big, needle)
        assert B.IndexByte(big, ord("n")) == 500
        before, after, found = B.Cut(big, needle)
        assert found and before.len == 500 and after.len == 0
    finally:
        B.data_of = real
