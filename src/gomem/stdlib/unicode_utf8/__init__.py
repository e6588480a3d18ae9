"""Package unicode/utf8: the Python implementations of the body-less declarations in api.go.

The decoding and encoding primitives are gomem.stdlib.utf8 (Go-exact); this module adapts them
to gomem's value representation: a ``[]byte`` is a Slice over a bytearray, a string is bytes.
"""

from __future__ import annotations

from gomem.runtime import malloc as _malloc
from gomem.runtime.core import grow_cap
from gomem.runtime.panic import panic_index
from gomem.runtime.values import Slice
from gomem.stdlib import utf8 as _u
from gomem.types.types import UINT8

__all__ = [
    "RuneError", "RuneSelf", "MaxRune", "UTFMax",
    "FullRune", "FullRuneInString", "DecodeRune", "DecodeRuneInString", "DecodeLastRune",
    "DecodeLastRuneInString", "RuneLen", "EncodeRune", "AppendRune", "RuneCount",
    "RuneCountInString", "RuneStart", "Valid", "ValidString", "ValidRune",
]

RuneError = _u.RUNE_ERROR
RuneSelf = _u.RUNE_SELF
MaxRune = _u.MAX_RUNE
UTFMax = _u.UTF_MAX

_SITE_APPEND = ("unicode/utf8.AppendRune", "unicode/utf8/utf8.go", 0)


def _bytes(p: Slice, limit: int | None = None):
    """The bytes of p (at most limit of them from the start)."""
    a = p.a
    if a is None:
        return b""
    n = p.len if limit is None or p.len < limit else limit
    return a[p.off:p.off + n]


def FullRune(p: Slice) -> bool:
    return _u.full_rune(_bytes(p, 4))


def FullRuneInString(s: bytes) -> bool:
    return _u.full_rune(s[:4])


def DecodeRune(p: Slice) -> tuple[int, int]:
    return _u.decode_rune(_bytes(p, 4), 0)


def DecodeRuneInString(s: bytes) -> tuple[int, int]:
    c = s[0] if s else 0x80
    if c < 0x80:
        return c, 1
    return _u.decode_rune(s, 0)


def DecodeLastRune(p: Slice) -> tuple[int, int]:
    a = p.a
    if a is None or p.len == 0:
        return _u.RUNE_ERROR, 0
    end = p.off + p.len
    return _u.decode_last_rune(a[max(p.off, end - 4):end])


def DecodeLastRuneInString(s: bytes) -> tuple[int, int]:
    return _u.decode_last_rune(s[-4:])


def RuneLen(r: int) -> int:
    return _u.rune_len(r)


def _encoding(r: int) -> bytes:
    """The bytes EncodeRune writes for r (U+FFFD for invalid runes)."""
    return _u.encode_rune(r)


def EncodeRune(p: Slice, r: int) -> int:
    """Writes the encoding of r into p; panics (index out of range) when p is too short."""
    b = _encoding(r)
    n = len(b)
    if p.len < n:
        panic_index(n - 1, p.len)
    off = p.off
    p.a[off:off + n] = b
    return n


def append_bytes(s: Slice, data: bytes, site) -> Slice:
    """append(s, data...) for a []byte s, with Go's growth (and its allocation accounted)."""
    n = len(data)
    if n == 0:
        return s
    old = s.len
    new = old + n
    a = s.a
    if new <= s.cap:
        off = s.off
        a[off + old:off + new] = data
        return Slice(a, off, new, s.cap)
    cap = grow_cap(s.cap, new, 1, False)
    _malloc.alloc_array(UINT8, cap, site)
    na = bytearray(cap)
    if a is not None and old:
        na[:old] = a[s.off:s.off + old]
    na[old:new] = data
    return Slice(na, 0, new, cap)


def AppendRune(p: Slice, r: int) -> Slice:
    return append_bytes(p, _encoding(r), _SITE_APPEND)


def RuneCount(p: Slice) -> int:
    return _u.rune_count(bytes(_bytes(p)))


def RuneCountInString(s: bytes) -> int:
    return _u.rune_count(s)


def RuneStart(b: int) -> bool:
    return (b & 0xC0) != 0x80


def Valid(p: Slice) -> bool:
    return _u.valid_string(bytes(_bytes(p)))


def ValidString(s: bytes) -> bool:
    return _u.valid_string(s)


def ValidRune(r: int) -> bool:
    return _u.valid_rune(r)
