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


def _bind():
    from gomem.compiler.driver import IMPORTER
    IMPORTER("bufio")
    IMPORTER("bytes")
    from gomem.stdlib import bufio as B
    from gomem.stdlib import bytes as BY
    return B, BY


def _tokens(B, BY, data: bytes, split, bufsize: int) -> list[bytes]:
    from gomem.runtime.values import Iface, Slice
    from gomem.types.types import new_pointer
    reader = BY.NewReader(Slice(bytearray(data), 0, len(data), len(data)))
    sc = B.NewScanner(Iface(new_pointer(BY.READER), reader))
    B.Scanner_Buffer(sc, Slice(bytearray(bufsize), 0, 0, bufsize), 1 << 20)
    B.Scanner_Split(sc, split)
    out = []
    while B.Scanner_Scan(sc):
        out.append(B.Scanner_Text(sc))
    assert B.Scanner_Err(sc) is None
    return out


def test_scan_lines_fast_path_agrees_with_the_general_loop() -> None:
    """Scanner_Scan short-cuts ScanLines when a whole line is buffered; a split function that
    merely forwards to ScanLines takes the general path: both must give the same tokens."""
    import random
    B, BY = _bind()
    rng = random.Random(5)
    for _ in range(200):
        data = bytes(rng.choice(b"ab\r\n") for _ in range(rng.randrange(0, 60)))
        size = rng.randrange(1, 20)
        fast = _tokens(B, BY, data, B.ScanLines, size)
        slow = _tokens(B, BY, data, lambda d, eof: B.ScanLines(d, eof), size)
        assert fast == slow, data
        want = [ln[:-1] if ln.endswith(b"\r") else ln for ln in data.split(b"\n")]
        if want and want[-1] == b"" and data.endswith(b"\n") or data == b"":
            want = want[:-1]
        assert fast == want, data


def test_io_sentinels_come_from_io_once_it_declares_them(monkeypatch) -> None:
    B, BY = _bind()
    from gomem.stdlib import errors as E
    from gomem.stdlib import io as IO
    standin = BY.io_sentinel("ErrShortWrite", b"short write")
    assert standin is BY.io_sentinel("ErrShortWrite", b"short write")  # one stand-in
    assert E.error_text(standin) == b"short write"
    real = E.New(b"short write")
    monkeypatch.setattr(IO, "ErrShortWrite", real, raising=False)
    assert BY.err_short_write() is real
