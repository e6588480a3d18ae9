"""The process's standard output and error as Go programs see them (os.Stdout, os.Stderr).

Writes are buffered in Python and flushed at exit and before anything goes to the other
stream, so that the interleaving of stdout and stderr is the order in which the program wrote
them (Go writes both unbuffered).

A write to fd 1 or 2 that finds the pipe closed (EPIPE) ends the process with SIGPIPE, as Go's
runtime does for those two descriptors (a shell then sees status 141); Python ignores SIGPIPE,
so the signal's default action is restored first.
"""

from __future__ import annotations

import os
import signal
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
    try:
        sys.stderr.buffer.write(b)
        sys.stderr.buffer.flush()
    except BrokenPipeError:
        die_of_sigpipe()


def die_of_sigpipe() -> None:
    """Go's answer to EPIPE on standard output or error: the process is killed by SIGPIPE."""
    # The program runs on a thread of its own, where the signal module cannot change a
    # disposition: set the process-wide one through libc.
    import ctypes
    ctypes.CDLL(None).signal(signal.SIGPIPE, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGPIPE)
    os._exit(141)  # (not reached: the signal's default action ends the process)


def flush() -> None:
    global _out_size
    if _out:
        data = b"".join(_out)
        _out.clear()
        _out_size = 0
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            die_of_sigpipe()


def fd_write(fd: int, b: bytes) -> None:
    """Write to file descriptor 1 or 2 through the ordered buffers above."""
    if fd == 1:
        stdout_write(b)
    elif fd == 2:
        stderr_write(b)
    else:
        os.write(fd, b)
