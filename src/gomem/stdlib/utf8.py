"""Go-exact ``unicode/utf8`` primitives over Go strings represented as ``bytes``.

Runes are Python ``int``.  Go decodes invalid UTF-8 one byte at a time: every
byte that does not start a valid, shortest-form, non-surrogate sequence decodes
as ``(RUNE_ERROR, 1)``.  Python's strict UTF-8 codec accepts exactly the same
set of valid sequences, so valid input is handled with the (fast) C codec and
only invalid input falls back to a per-byte emulation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import compress, count

RUNE_ERROR = 0xFFFD
RUNE_SELF = 0x80
MAX_RUNE = 0x10FFFF
UTF_MAX = 4

_SURR_MIN = 0xD800
_SURR_MAX = 0xDFFF

# One valid UTF-8 sequence (RFC 3629 table; no overlongs, no surrogates, <= U+10FFFF).
_VALID_SEQ = (
    rb"[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
#: Maximal runs of valid UTF-8.  Scanning left to right with this regex splits a
#: byte string exactly as Go's decoder does: the bytes between matches are the
#: ones Go decodes as ``(RuneError, 1)``, one each.
VALID_RUN = re.compile(b"(?:" + _VALID_SEQ + b")+")

_RUNE_ERROR_BYTES = b"\xef\xbf\xbd"

# Sequence length announced by each lead byte (RFC 3629); 0 for bytes that cannot
# start a multi-byte sequence (continuation bytes, C0/C1 overlong leads, F5..FF).
_ANNOUNCED = bytes(
    1 if c < 0x80 else 2 if 0xC2 <= c <= 0xDF else 3 if 0xE0 <= c <= 0xEF else 4 if 0xF0 <= c <= 0xF4 else 0
    for c in range(256)
)

# Byte strings that are a proper prefix of some valid multi-byte sequence: a lead
# byte, optionally followed by a second byte in the range that lead allows (and, for
# four-byte sequences, one more continuation byte).
_PROPER_PREFIX = re.compile(
    rb"[\xc2-\xf4]"
    rb"|\xe0[\xa0-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]|\xed[\x80-\x9f]"
    rb"|(?:\xf0[\x90-\xbf]|[\xf1-\xf3][\x80-\xbf]|\xf4[\x80-\x8f])[\x80-\xbf]?"
)


def _seq_len(c: int) -> int:
    return 1 if c < 0x80 else 2 if c < 0x800 else 3 if c < 0x10000 else 4


def decode_rune(b: bytes, i: int = 0) -> tuple[int, int]:
    """``utf8.DecodeRune(b[i:])``: the rune starting at byte ``i`` and its width.

    Returns ``(RUNE_ERROR, 0)`` at/after the end and ``(RUNE_ERROR, 1)`` when the
    bytes there are not one complete valid encoding (bad lead byte, bad
    continuation, overlong form, surrogate, > U+10FFFF, or cut off by the end).
    Python's strict UTF-8 codec rejects exactly those, so we let it judge the
    sequence the lead byte announces.
    """
    if i >= len(b):
        return RUNE_ERROR, 0
    c = b[i]
    if c < 0x80:
        return c, 1
    n = _ANNOUNCED[c]
    if n:
        try:
            return ord(b[i : i + n].decode("utf-8")), n
        except UnicodeDecodeError:
            pass
    return RUNE_ERROR, 1


def decode_last_rune(b: bytes, end: int | None = None) -> tuple[int, int]:
    """``utf8.DecodeLastRune(b[:end])``: the last rune and its width.

    The last rune is the valid encoding that ends exactly at ``end``, if there is
    one; it must start at the nearest non-continuation byte among the four last
    bytes.  Anything else is ``(RUNE_ERROR, 1)`` (``(RUNE_ERROR, 0)`` when empty).
    """
    if end is None:
        end = len(b)
    if end <= 0:
        return RUNE_ERROR, 0
    c = b[end - 1]
    if c < 0x80:
        return c, 1
    for start in range(end - 2, max(end - 5, -1), -1):
        lead = b[start]
        if not 0x80 <= lead <= 0xBF:
            if _ANNOUNCED[lead] == end - start:
                try:
                    return ord(b[start:end].decode("utf-8")), end - start
                except UnicodeDecodeError:
                    pass
            break
    return RUNE_ERROR, 1


def full_rune(b: bytes) -> bool:
    """``utf8.FullRune``: whether ``b`` begins with a full encoding of a rune.

    Invalid bytes count as full (they decode as a width-1 error), so the answer is
    False only for an empty ``b`` or one that could still grow into a valid sequence.
    """
    return bool(b) and (len(b) > 3 or _PROPER_PREFIX.fullmatch(b) is None)


def valid_rune(r: int) -> bool:
    """``utf8.ValidRune``: a Unicode scalar value (0..U+10FFFF minus the surrogates)."""
    return 0 <= r <= MAX_RUNE and not _SURR_MIN <= r <= _SURR_MAX


def rune_len(r: int) -> int:
    """``utf8.RuneLen``: bytes needed to encode ``r``, or -1 if it is not a valid rune."""
    return _seq_len(r) if valid_rune(r) else -1


def encode_rune(r: int) -> bytes:
    """``utf8.EncodeRune`` / ``utf8.AppendRune``: invalid runes encode as U+FFFD."""
    if 0 <= r < 0x80:
        return bytes((r,))
    if not valid_rune(r):
        return _RUNE_ERROR_BYTES
    return chr(r).encode("utf-8")


#: ``string(rune(x))`` -- identical to :func:`encode_rune` (invalid -> "\uFFFD").
rune_to_string = encode_rune

# Go-name aliases.
ValidRune = valid_rune
RuneLen = rune_len


def valid_string(b: bytes) -> bool:
    """``utf8.ValidString`` / ``utf8.Valid``."""
    if b.isascii():
        return True
    try:
        b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


valid = valid_string


def rune_start(c: int) -> bool:
    """``utf8.RuneStart``: whether byte ``c`` could be the first byte of an encoding."""
    return (c & 0xC0) != 0x80


def _segments(b: bytes) -> Iterator[tuple[int, int, bool]]:
    """Yield ``(start, end, is_valid_run)``; invalid segments are single bytes."""
    pos = 0
    for m in VALID_RUN.finditer(b):
        s, e = m.span()
        while pos < s:
            yield pos, pos + 1, False
            pos += 1
        yield s, e, True
        pos = e
    n = len(b)
    while pos < n:
        yield pos, pos + 1, False
        pos += 1


def decode_go(b: bytes) -> str:
    """Decode like Go's ``range``: each invalid byte becomes one U+FFFD."""
    if b.isascii():
        return b.decode("ascii")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        pass
    parts = []
    for s, e, ok in _segments(b):
        parts.append(b[s:e].decode("utf-8") if ok else "\ufffd")
    return "".join(parts)


def rune_count(b: bytes) -> int:
    """``utf8.RuneCountInString`` (each invalid byte counts as one rune)."""
    if b.isascii():
        return len(b)
    try:
        return len(b.decode("utf-8"))
    except UnicodeDecodeError:
        return len(decode_go(b))


def _runes_slow(b: bytes) -> Iterator[tuple[int, int]]:
    for s, e, ok in _segments(b):
        if ok:
            i = s
            for ch in b[s:e].decode("utf-8"):
                c = ord(ch)
                yield i, c
                i += 1 if c < 0x80 else 2 if c < 0x800 else 3 if c < 0x10000 else 4
        else:
            yield s, RUNE_ERROR


# Maps continuation bytes (0x80-0xBF) to 0 and every other byte to 1: in valid
# UTF-8 the 1s are exactly the rune start offsets.
_LEAD_MASK = bytes(0 if 0x80 <= c <= 0xBF else 1 for c in range(256))


def runes(b: bytes) -> Iterable[tuple[int, int]]:
    """Iterate ``(byte_index, rune)`` exactly as Go's ``for i, r := range s``."""
    if b.isascii():
        return enumerate(b)
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        return _runes_slow(b)
    return zip(compress(count(), b.translate(_LEAD_MASK)), map(ord, s))


def string_to_runes(b: bytes) -> list[int]:
    """``[]rune(s)``: invalid bytes become U+FFFD (one per byte)."""
    if b.isascii():
        return list(b)
    return [ord(c) for c in decode_go(b)]


def runes_to_string(rs: Iterable[int]) -> bytes:
    """``string(rs)`` for a ``[]rune``: invalid runes encode as U+FFFD."""
    try:
        return "".join(map(chr, rs)).encode("utf-8")
    except (ValueError, UnicodeEncodeError, OverflowError):
        return b"".join(map(encode_rune, rs))


def append_rune(buf: bytes, r: int) -> bytes:
    """``utf8.AppendRune``."""
    return buf + encode_rune(r)


def to_valid_utf8(b: bytes, replacement: bytes) -> bytes:
    """``strings.ToValidUTF8``: each run of invalid bytes becomes ``replacement``."""
    if valid_string(b):
        return b
    out = []
    prev_invalid = False
    for s, e, ok in _segments(b):
        if ok:
            out.append(b[s:e])
            prev_invalid = False
        elif not prev_invalid:
            out.append(replacement)
            prev_invalid = True
    return b"".join(out)


__all__ = [
    "MAX_RUNE",
    "RUNE_ERROR",
    "RUNE_SELF",
    "UTF_MAX",
    "VALID_RUN",
    "append_rune",
    "decode_go",
    "decode_last_rune",
    "decode_rune",
    "encode_rune",
    "full_rune",
    "rune_count",
    "rune_len",
    "rune_start",
    "rune_to_string",
    "runes",
    "runes_to_string",
    "string_to_runes",
    "to_valid_utf8",
    "valid",
    "valid_rune",
    "valid_string",
]
