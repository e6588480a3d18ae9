"""GODEBUG: the one place that reads it.

GODEBUG is a comma-separated list of name=value settings. The runtime reads its own (gctrace,
gccheckmark, ...) once when a program starts, left to right, a later setting overriding an
earlier one; a runtime setting whose value is not a decimal int32 is ignored (the earlier
value stays), and a field without '=' is skipped. Packages' settings (randautoseed, ...) are
read the same way, as strings.
"""

from __future__ import annotations

import os

_parsed: dict[str, list[str]] | None = None


def _fields() -> dict[str, list[str]]:
    global _parsed
    if _parsed is None:
        _parsed = parse(os.environ.get("GODEBUG", ""))
    return _parsed


def parse(text: str) -> dict[str, list[str]]:
    """name -> its values in the order they appear."""
    out: dict[str, list[str]] = {}
    for field in text.split(","):
        name, eq, value = field.partition("=")
        if eq:
            out.setdefault(name, []).append(value)
    return out


def reset() -> None:
    """A program starts: read GODEBUG again (the runtime reads it at start-up)."""
    global _parsed
    _parsed = None


def value(name: str) -> str | None:
    """The setting's last value, or None when GODEBUG does not set it."""
    values = _fields().get(name)
    return values[-1] if values else None


def _atoi32(s: str) -> int | None:
    neg = s.startswith("-")
    digits = s[1:] if neg else s
    if not digits or not digits.isascii() or not digits.isdigit():
        return None
    n = -int(digits) if neg else int(digits)
    return n if -(1 << 31) <= n < 1 << 31 else None


def runtime_setting(name: str, default: int = 0) -> int:
    """A runtime debug variable (gctrace=1, ...): the last value that is a valid int32."""
    result = default
    for v in _fields().get(name, ()):
        n = _atoi32(v)
        if n is not None:
            result = n
    return result
