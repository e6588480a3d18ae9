"""The process's standard output and error as Go programs see them (os.Stdout, os.Stderr).

Writes are buffered in Python and flushed at exit and before anything goes to the other
stream, so that the interleaving of stdout and stderr is the order in which the program wrote
them (Go writes both unbuffered).
"""

from __future__ import annotations

import sys

_out: list[bytes] = []
_out_size = 0
_LIMIT = 1 << 16


def stdout_write(b: bytes) -> None:
    global _out_size
    _out.append(b)
    _out_size += len(b)
    if _out_size >= _LIMIT:
        flush()


def stderr_write(b: bytes) -> None:
    flush()
    sys.stderr.buffer.write(b)
    sys.stderr.buffer.flush()


def flush() -> None:
    global _out_size
    if _out:
        data = b"".join(_out)
        _out.clear()
        _out_size = 0
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        except BrokenPipeError:  # like Go: a closed pipe ends the writes, not the program
            pass


def fd_write(fd: int, b: bytes) -> None:
    """Write to file descriptor 1 or 2 through the ordered buffers above."""
    if fd == 1:
        stdout_write(b)
    elif fd == 2:
        stderr_write(b)
    else:
        import os
        os.write(fd, b)
