"""Package unsafe: StringData only (see api.go). The pointer it returns carries the address
of the string's bytes: inside the string's heap allocation for a heap string or a substring
of one (gomem.runtime.malloc.address_of_heap), else a fixed made-up address in the binary's
read-only data, where Go keeps string literals."""

from __future__ import annotations

from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime.panic import go_panic_runtime

# where Go's linker puts string literals (go.string.* in rodata) on linux/amd64
_RODATA = 0x4B0000
_static: dict[int, tuple[bytes, int]] = {}


class StringDataPointer:
    """*byte pointing at the first byte of a string: reads give that byte; Go forbids writes
    through it (strings are immutable), gomem reports them."""

    __slots__ = ("s", "_addr")

    def __init__(self, s: bytes, addr: int):
        self.s = s
        self._addr = addr

    @property
    def v(self) -> int:
        return self.s[0]

    @v.setter
    def v(self, x: int) -> None:
        go_panic_runtime("gomem does not support writing a string's bytes through unsafe.StringData")

    def __eq__(self, other: Any) -> bool:
        return type(other) is StringDataPointer and other._addr == self._addr

    def __hash__(self) -> int:
        return hash(self._addr)


def _static_address(s: bytes) -> int:
    known = _static.get(id(s))
    if known is None:
        addr = _RODATA + sum(len(x) for x, _ in _static.values())
        known = _static[id(s)] = (s, addr)  # holding s keeps its id unique
    return known[1]


def StringData(s: bytes) -> Any:
    if not s:
        return None  # (Go leaves it unspecified; gc gives nil for an empty string value)
    return StringDataPointer(s, _malloc.address_of_heap(s) or _static_address(s))
