"""Go-exact ``strings`` functions over Go strings represented as ``bytes``.

Only functions whose Go semantics differ from (or are not directly available
as) Python ``bytes`` methods need to live here, but the common ones are all
provided so the compiler can map ``strings.X`` uniformly.  Python builtins are
used wherever they give byte-identical results (ASCII case mapping, ``find``,
``split``, ``replace`` with a non-empty pattern, ...).  Unicode behaviour
(case mapping, folding, white space) follows Go 1.23's tables (Unicode 15.0),
generated from real Go into :mod:`gomem.stdlib._unicode_tables`.

Slices are returned as Python lists of ``bytes``.  Go returns a *nil* slice
from ``SplitN(s, sep, 0)``; here that is an empty list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from gomem.stdlib import utf8 as _utf8
from gomem.stdlib._unicode_tables import (
    IS_SPACE_RANGES,
    SIMPLE_FOLD,
    TO_LOWER,
    TO_TITLE,
    TO_UPPER,
)
from gomem.stdlib.gostrconv import GoStdlibPanic

_MAX_INT = (1 << 63) - 1

# --------------------------------------------------------------------------- tables


def _fold_canon() -> dict[int, int]:
    canon: dict[int, int] = {}
    for r in SIMPLE_FOLD:
        if r in canon:
            continue
        orbit = [r]
        x = SIMPLE_FOLD[r]
        while x != r:
            orbit.append(x)
            x = SIMPLE_FOLD.get(x, r)
        m = min(orbit)
        for x in orbit:
            if x != m:
                canon[x] = m
    return canon


#: Maps every rune with a non-trivial SimpleFold orbit to the orbit's smallest rune.
FOLD_CANON = _fold_canon()

_SPACE_RUNES = [r for lo, hi in IS_SPACE_RANGES for r in range(lo, hi + 1)]
# UTF-8 encodings of the unicode.IsSpace runes, factored by hand for speed; the
# tests check that it matches exactly the generated IS_SPACE_RANGES table.
_SPACE_ALT = (
    rb"[\t\n\v\f\r ]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80"
)
# One or more unicode.IsSpace runes, matched on raw bytes.  A space rune's
# encoding starts with a non-continuation byte, so a match is always at a rune
# boundary of Go's decoding, even in invalid UTF-8.
_SPACES = re.compile(b"(?:" + _SPACE_ALT + b")+")
_LEAD_SPACES = re.compile(b"\\A(?:" + _SPACE_ALT + b")+")
_TRAIL_SPACES = re.compile(b"(?:" + _SPACE_ALT + b")+\\Z")


def is_space(r: int) -> bool:
    """``unicode.IsSpace``."""
    if r < 0x100:
        return r in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0)
    for lo, hi in IS_SPACE_RANGES:
        if lo <= r <= hi:
            return True
    return False


def to_upper_rune(r: int) -> int:
    """``unicode.ToUpper``."""
    return TO_UPPER.get(r, r)


def to_lower_rune(r: int) -> int:
    """``unicode.ToLower``."""
    return TO_LOWER.get(r, r)


def to_title_rune(r: int) -> int:
    """``unicode.ToTitle``."""
    return TO_TITLE.get(r, r)


def simple_fold(r: int) -> int:
    """``unicode.SimpleFold``."""
    if r < 0 or r > _utf8.MAX_RUNE:
        return r
    return SIMPLE_FOLD.get(r, r)


# --------------------------------------------------------------------------- search


def index(s: bytes, substr: bytes) -> int:
    """``strings.Index``."""
    return s.find(substr)


def last_index(s: bytes, substr: bytes) -> int:
    """``strings.LastIndex`` (``LastIndex(s, "") == len(s)``)."""
    return s.rfind(substr)


def index_byte(s: bytes, c: int) -> int:
    """``strings.IndexByte``."""
    return s.find(c & 0xFF)


def last_index_byte(s: bytes, c: int) -> int:
    """``strings.LastIndexByte``."""
    return s.rfind(c & 0xFF)


def index_rune(s: bytes, r: int) -> int:
    """``strings.IndexRune``: first index of rune ``r`` in ``s``.

    Searching for U+FFFD (``RuneError``) also finds invalid bytes, which decode as
    U+FFFD; a value that is not a valid rune is never found.
    """
    if r == 0xFFFD:
        if _utf8.valid_string(s):
            return s.find(b"\xef\xbf\xbd")
        return next((i for i, c in _utf8.runes(s) if c == 0xFFFD), -1)
    if 0 <= r < 0x80:
        return s.find(r)
    return s.find(_utf8.encode_rune(r)) if _utf8.valid_rune(r) else -1


def contains(s: bytes, substr: bytes) -> bool:
    """``strings.Contains``."""
    return substr in s


def contains_rune(s: bytes, r: int) -> bool:
    """``strings.ContainsRune``."""
    return index_rune(s, r) >= 0


def _rune_set(chars: bytes) -> frozenset[int]:
    return frozenset(_utf8.string_to_runes(chars))


_ASCII_CLASS_CACHE: dict[bytes, re.Pattern[bytes]] = {}


def _ascii_class(chars: bytes) -> re.Pattern[bytes]:
    pat = _ASCII_CLASS_CACHE.get(chars)
    if pat is None:
        if len(_ASCII_CLASS_CACHE) > 256:
            _ASCII_CLASS_CACHE.clear()
        pat = re.compile(b"[" + b"".join(b"\\x%02x" % c for c in set(chars)) + b"]")
        _ASCII_CLASS_CACHE[chars] = pat
    return pat


def index_any(s: bytes, chars: bytes) -> int:
    """``strings.IndexAny``."""
    if not chars:
        return -1
    if len(chars) == 1:
        r = chars[0]
        return index_rune(s, 0xFFFD if r >= 0x80 else r)
    if chars.isascii():
        m = _ascii_class(chars).search(s)
        return m.start() if m else -1
    rs = _rune_set(chars)
    for i, c in _utf8.runes(s):
        if c in rs:
            return i
    return -1


def last_index_any(s: bytes, chars: bytes) -> int:
    """``strings.LastIndexAny``: start of the last rune of ``s`` that occurs in ``chars``.

    Runes are decoded from the end of ``s`` (``utf8.DecodeLastRune``), and rune
    membership is ``IndexRune``'s: an invalid byte in ``chars`` stands for U+FFFD,
    which in turn matches an invalid byte of ``s``.
    """
    if not chars:
        return -1
    if chars.isascii():
        # ASCII bytes never occur inside multi-byte sequences: plain byte search.
        return max(s.rfind(c) for c in set(chars))
    wanted = _rune_set(chars)
    pos = len(s)
    while pos > 0:
        r, size = _utf8.decode_last_rune(s, pos)
        pos -= size
        if r in wanted:
            return pos
    return -1


def contains_any(s: bytes, chars: bytes) -> bool:
    """``strings.ContainsAny``."""
    return index_any(s, chars) >= 0


def count(s: bytes, substr: bytes) -> int:
    """``strings.Count`` (``Count(s, "")`` is the rune count + 1)."""
    if not substr:
        return _utf8.rune_count(s) + 1
    return s.count(substr)


def has_prefix(s: bytes, prefix: bytes) -> bool:
    """``strings.HasPrefix``."""
    return s.startswith(prefix)


def has_suffix(s: bytes, suffix: bytes) -> bool:
    """``strings.HasSuffix``."""
    return s.endswith(suffix)


def compare(a: bytes, b: bytes) -> int:
    """``strings.Compare``."""
    return 0 if a == b else (-1 if a < b else 1)


def cut(s: bytes, sep: bytes) -> tuple[bytes, bytes, bool]:
    """``strings.Cut`` -> ``(before, after, found)``."""
    i = s.find(sep)
    if i >= 0:
        return s[:i], s[i + len(sep) :], True
    return s, b"", False


def cut_prefix(s: bytes, prefix: bytes) -> tuple[bytes, bool]:
    """``strings.CutPrefix``."""
    if s.startswith(prefix):
        return s[len(prefix) :], True
    return s, False


def cut_suffix(s: bytes, suffix: bytes) -> tuple[bytes, bool]:
    """``strings.CutSuffix``."""
    if s.endswith(suffix):
        return s[: len(s) - len(suffix)], True
    return s, False


# --------------------------------------------------------------------------- split / join


def _rune_starts(s: bytes) -> list[int]:
    if s.isascii():
        return list(range(len(s)))
    return [i for i, _ in _utf8.runes(s)]


def _explode(s: bytes, n: int) -> list[bytes]:
    if s.isascii():
        l = len(s)
        if n < 0 or n > l:
            n = l
        if n == 0:
            return []
        out = [s[i : i + 1] for i in range(n - 1)]
        out.append(s[n - 1 :])
        return out
    starts = _rune_starts(s)
    l = len(starts)
    if n < 0 or n > l:
        n = l
    if n == 0:
        return []
    starts.append(len(s))
    out = [s[starts[i] : starts[i + 1]] for i in range(n - 1)]
    out.append(s[starts[n - 1] :])
    return out


def split_n(s: bytes, sep: bytes, n: int) -> list[bytes]:
    """``strings.SplitN`` (``n == 0`` -> nil, shown as ``[]``; ``sep == ""`` splits runes)."""
    if n == 0:
        return []
    if not sep:
        return _explode(s, n)
    if n < 0:
        return s.split(sep)
    return s.split(sep, n - 1)


def split(s: bytes, sep: bytes) -> list[bytes]:
    """``strings.Split``."""
    if not sep:
        return _explode(s, -1)
    return s.split(sep)


def split_after_n(s: bytes, sep: bytes, n: int) -> list[bytes]:
    """``strings.SplitAfterN``."""
    if n == 0:
        return []
    if not sep:
        return _explode(s, n)
    parts = s.split(sep) if n < 0 else s.split(sep, n - 1)
    last = len(parts) - 1
    return [p + sep if i < last else p for i, p in enumerate(parts)]


def split_after(s: bytes, sep: bytes) -> list[bytes]:
    """``strings.SplitAfter``."""
    return split_after_n(s, sep, -1)


_PY_ONLY_SPACE = re.compile(rb"[\x1c-\x1f]")


def fields(s: bytes) -> list[bytes]:
    """``strings.Fields``: split around runs of ``unicode.IsSpace`` runes."""
    if s.isascii():
        return s.split()
    if not _PY_ONLY_SPACE.search(s):
        # Python's str.isspace() is Go's unicode.IsSpace plus U+001C..U+001F.
        try:
            text = s.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return [p.encode("utf-8") for p in text.split()]
    return [p for p in _SPACES.split(s) if p]


def join(elems: Iterable[bytes], sep: bytes) -> bytes:
    """``strings.Join``."""
    return sep.join(elems)


# --------------------------------------------------------------------------- trimming


def trim_space(s: bytes) -> bytes:
    """``strings.TrimSpace``."""
    if s.isascii():
        return s.strip()
    m = _LEAD_SPACES.match(s)
    if m:
        s = s[m.end() :]
    m = _TRAIL_SPACES.search(s)
    if m:
        s = s[: m.start()]
    return s


def _trim_left_unicode(s: bytes, rs: frozenset[int]) -> bytes:
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c < 0x80:
            r, w = c, 1
        else:
            r, w = _utf8.decode_rune(s, i)
        if r not in rs:
            break
        i += w
    return s[i:]


def _trim_right_unicode(s: bytes, rs: frozenset[int]) -> bytes:
    i = len(s)
    while i > 0:
        c = s[i - 1]
        if c < 0x80:
            r, w = c, 1
        else:
            r, w = _utf8.decode_last_rune(s, i)
        if r not in rs:
            break
        i -= w
    return s[:i]


def trim(s: bytes, cutset: bytes) -> bytes:
    """``strings.Trim``: remove leading/trailing runes contained in ``cutset``."""
    if not s or not cutset:
        return s
    if cutset.isascii():
        return s.strip(cutset)
    if _utf8.valid_string(s) and _utf8.valid_string(cutset):
        return s.decode("utf-8").strip(cutset.decode("utf-8")).encode("utf-8")
    rs = _rune_set(cutset)
    return _trim_left_unicode(_trim_right_unicode(s, rs), rs)


def trim_left(s: bytes, cutset: bytes) -> bytes:
    """``strings.TrimLeft``."""
    if not s or not cutset:
        return s
    if cutset.isascii():
        return s.lstrip(cutset)
    if _utf8.valid_string(s) and _utf8.valid_string(cutset):
        return s.decode("utf-8").lstrip(cutset.decode("utf-8")).encode("utf-8")
    return _trim_left_unicode(s, _rune_set(cutset))


def trim_right(s: bytes, cutset: bytes) -> bytes:
    """``strings.TrimRight``."""
    if not s or not cutset:
        return s
    if cutset.isascii():
        return s.rstrip(cutset)
    if _utf8.valid_string(s) and _utf8.valid_string(cutset):
        return s.decode("utf-8").rstrip(cutset.decode("utf-8")).encode("utf-8")
    return _trim_right_unicode(s, _rune_set(cutset))


def trim_prefix(s: bytes, prefix: bytes) -> bytes:
    """``strings.TrimPrefix``."""
    if s.startswith(prefix):
        return s[len(prefix) :]
    return s


def trim_suffix(s: bytes, suffix: bytes) -> bytes:
    """``strings.TrimSuffix``."""
    if suffix and s.endswith(suffix):
        return s[: len(s) - len(suffix)]
    return s


# --------------------------------------------------------------------------- mapping


def map_runes(mapping: Callable[[int], int], s: bytes) -> bytes:
    """``strings.Map``: negative results drop the rune; invalid bytes become U+FFFD."""
    out = [r for r in map(mapping, _utf8.string_to_runes(s)) if r >= 0]
    res = _utf8.runes_to_string(out)
    return s if res == s else res


def _map_table(s: bytes, table: dict[int, int]) -> bytes:
    try:
        text = s.decode("utf-8")
    except UnicodeDecodeError:
        text = _utf8.decode_go(s)
        return text.translate(table).encode("utf-8")
    out = text.translate(table)
    return s if out == text else out.encode("utf-8")


def to_upper(s: bytes) -> bytes:
    """``strings.ToUpper`` (Go's simple, per-rune mapping; ASCII fast path)."""
    if s.isascii():
        return s.upper()
    return _map_table(s, TO_UPPER)


def to_lower(s: bytes) -> bytes:
    """``strings.ToLower``."""
    if s.isascii():
        return s.lower()
    return _map_table(s, TO_LOWER)


def to_title(s: bytes) -> bytes:
    """``strings.ToTitle``."""
    if s.isascii():
        return s.upper()
    return _map_table(s, TO_TITLE)


def equal_fold(s: bytes, t: bytes) -> bool:
    """``strings.EqualFold``: equality under Unicode simple case folding."""
    if s.isascii() and t.isascii():
        return len(s) == len(t) and s.lower() == t.lower()
    a = _utf8.decode_go(s)
    b = _utf8.decode_go(t)
    if len(a) != len(b):
        return False
    return a.translate(FOLD_CANON) == b.translate(FOLD_CANON)


# --------------------------------------------------------------------------- repeat / replace


def repeat(s: bytes, n: int) -> bytes:
    """``strings.Repeat``; panics (GoStdlibPanic) on a negative count or overflow."""
    if n == 0:
        return b""
    if n == 1:
        return s
    if n < 0:
        raise GoStdlibPanic(b"strings: negative Repeat count")
    if len(s) > _MAX_INT // n:
        raise GoStdlibPanic(b"strings: Repeat output length overflow")
    return s * n


def replace(s: bytes, old: bytes, new: bytes, n: int) -> bytes:
    """``strings.Replace``; an empty ``old`` matches before each rune and at the end."""
    if old == new or n == 0:
        return s
    if old:
        return s.replace(old, new, n) if n > 0 else s.replace(old, new)
    if s.isascii():
        return s.replace(b"", new, n) if n > 0 else s.replace(b"", new)
    bounds = _rune_starts(s)
    bounds.append(len(s))
    if 0 < n < len(bounds):
        bounds = bounds[:n]
    out = []
    start = 0
    for j in bounds:
        out.append(s[start:j])
        out.append(new)
        start = j
    out.append(s[start:])
    return b"".join(out)


def replace_all(s: bytes, old: bytes, new: bytes) -> bytes:
    """``strings.ReplaceAll``."""
    return replace(s, old, new, -1)


def to_valid_utf8(s: bytes, replacement: bytes) -> bytes:
    """``strings.ToValidUTF8``."""
    return _utf8.to_valid_utf8(s, replacement)


__all__ = [
    "FOLD_CANON",
    "compare",
    "contains",
    "contains_any",
    "contains_rune",
    "count",
    "cut",
    "cut_prefix",
    "cut_suffix",
    "equal_fold",
    "fields",
    "has_prefix",
    "has_suffix",
    "index",
    "index_any",
    "index_byte",
    "index_rune",
    "is_space",
    "join",
    "last_index",
    "last_index_any",
    "last_index_byte",
    "map_runes",
    "repeat",
    "replace",
    "replace_all",
    "simple_fold",
    "split",
    "split_after",
    "split_after_n",
    "split_n",
    "to_lower",
    "to_lower_rune",
    "to_title",
    "to_title_rune",
    "to_upper",
    "to_upper_rune",
    "to_valid_utf8",
    "trim",
    "trim_left",
    "trim_prefix",
    "trim_right",
    "trim_space",
    "trim_suffix",
]
