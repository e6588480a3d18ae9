"""The collector's settings: GOGC (debug.SetGCPercent) and GOMEMLIMIT (debug.SetMemoryLimit).

One place for them: read from the environment when a program starts (``reset``, called by the
scheduler through mgcpacer.gcinit), changed by runtime/debug through the pacer (mgcpacer), which
applies them.
"""

from __future__ import annotations

import os

from gomem.runtime.panic import FatalError

MAX_INT64 = (1 << 63) - 1
DEFAULT_GC_PERCENT = 100
DEFAULT_MAX_THREADS = 10000  # sched.maxmcount


class GCSettings:
    __slots__ = ("gc_percent", "memory_limit", "max_threads")

    def __init__(self, gc_percent: int = DEFAULT_GC_PERCENT, memory_limit: int = MAX_INT64):
        self.gc_percent = gc_percent  # -1: collection off
        self.memory_limit = memory_limit  # bytes; MaxInt64: no limit
        self.max_threads = DEFAULT_MAX_THREADS


current = GCSettings()


def _atoi64(s: str) -> int | None:
    """The runtime's atoi64: optional '-', decimal digits only, within int64."""
    neg = s.startswith("-")
    digits = s[1:] if neg else s
    if not digits or not all("0" <= c <= "9" for c in digits):
        return None
    n = -int(digits) if neg else int(digits)
    return n if -(1 << 63) <= n <= MAX_INT64 else None


def read_gogc(text: str | None) -> int:
    """GOGC at start-up: "off" is -1; an int32 in decimal; anything else means 100."""
    if text == "off":
        return -1
    n = _atoi64(text or "")
    if n is None or not -(1 << 31) <= n < 1 << 31:
        return DEFAULT_GC_PERCENT
    return -1 if n < 0 else n


def parse_byte_count(s: str) -> int | None:
    """The runtime's parseByteCount: ^[0-9]+(([KMGT]i)?B)?$ within int64, else None."""
    mult = 1
    if s.endswith("iB") and len(s) >= 4:
        power = "KMGT".find(s[-3])
        if power < 0:
            return None
        mult, s = 1024 ** (power + 1), s[:-3]
    elif s.endswith("B") and len(s) >= 2 and s[-2].isdigit():
        s = s[:-1]
    n = _atoi64(s) if s[-1:].isdigit() else None
    if n is None or n < 0 or n * mult > MAX_INT64:
        return None
    return n * mult


def read_gomemlimit(text: str | None) -> int:
    """GOMEMLIMIT at start-up; a malformed value is Go's fatal error."""
    if not text or text == "off":
        return MAX_INT64
    n = parse_byte_count(text)
    if n is None:
        raise FatalError("malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`",
                         f"GOMEMLIMIT={text}\n")
    return n


def reset() -> None:
    """A program starts: the settings come from its environment (Go's gcinit)."""
    global current
    current = GCSettings(read_gogc(os.environ.get("GOGC")), read_gomemlimit(os.environ.get("GOMEMLIMIT")))


def set_gc_percent(percent: int, settings: GCSettings | None = None) -> int:
    """debug.SetGCPercent: the previous setting; the argument is taken as an int32 and any
    negative value turns collection off (-1). (The pacer, mgcpacer, applies it.)"""
    st = current if settings is None else settings
    p = (percent + (1 << 31)) % (1 << 32) - (1 << 31)
    old = st.gc_percent
    st.gc_percent = -1 if p < 0 else p
    return old


def set_memory_limit(limit: int, settings: GCSettings | None = None) -> int:
    """debug.SetMemoryLimit: the previous limit; a negative limit only asks."""
    st = current if settings is None else settings
    old = st.memory_limit
    if limit >= 0:
        st.memory_limit = limit
    return old
