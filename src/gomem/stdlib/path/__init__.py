"""Package path: slash-separated paths (see api.go).

The lexical rules (Clean, Join, Split, Base, Dir, Ext, Match) live here as functions on
bytes; path/filepath uses them too, since on Unix a file path is a slash-separated path.

Match: a pattern is a sequence of chunks, each some stars followed by pieces that match one
character each (a literal, ``?``, ``[class]``, ``\\c``); a star stands for any run of
non-slash characters. path.Match reports a malformed chunk anywhere in the pattern;
filepath.Match only one that matching reaches (see run_match), as Go's do.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime.values import Slice
from gomem.stdlib import errors as _errors

ErrBadPattern = _errors.New(b"syntax error in pattern")


def clean(p: bytes) -> bytes:
    """The shortest path naming the same file, by purely lexical processing: repeated
    slashes, "." elements and "x/.." pairs go; ".." at the root of a rooted path goes."""
    if not p:
        return b"."
    rooted = p[:1] == b"/"
    kept: list[bytes] = []
    for part in p.split(b"/"):
        if part == b"" or part == b".":
            continue
        if part == b"..":
            if kept and kept[-1] != b"..":
                kept.pop()
            elif not rooted:
                kept.append(part)
            continue
        kept.append(part)
    body = b"/".join(kept)
    if rooted:
        return b"/" + body
    return body or b"."


def split(p: bytes) -> tuple[bytes, bytes]:
    i = p.rfind(b"/") + 1
    return p[:i], p[i:]


def join(elems: list[bytes]) -> bytes:
    parts = [e for e in elems if e]
    if not parts:
        return b""
    return clean(b"/".join(parts))


def ext(p: bytes) -> bytes:
    slash = p.rfind(b"/")
    dot = p.rfind(b".")
    return p[dot:] if dot > slash else b""


def base(p: bytes) -> bytes:
    if not p:
        return b"."
    p = p.rstrip(b"/")
    if not p:
        return b"/"
    return p[p.rfind(b"/") + 1:]


def dir_(p: bytes) -> bytes:
    return clean(split(p)[0])


# ---------------------------------------------------------------------------------------
# Match

class _Bad(Exception):
    pass


def _chunks(pattern: bytes) -> list[tuple[bool, bytes]]:
    """(starred, body) chunks: body runs to the next star outside brackets."""
    out = []
    i, n = 0, len(pattern)
    while i < n or not out:
        star = False
        while i < n and pattern[i] == 42:
            star = True
            i += 1
        j = i
        in_class = False
        while j < n:
            c = pattern[j]
            if c == 92:  # a backslash takes the next byte with it
                j += 2 if j + 1 < n else 1
                continue
            if c == 91:
                in_class = True
            elif c == 93:
                in_class = False
            elif c == 42 and not in_class:
                break
            j += 1
        out.append((star, pattern[i:j]))
        i = j
        if i >= n:
            break
    return out


def _decode(b: bytes, i: int) -> tuple[int, int]:
    """(code point, width) of the UTF-8 sequence at b[i]; (-1, 1) for an invalid byte."""
    c = b[i]
    if c < 0x80:
        return c, 1
    for w in (2, 3, 4):
        try:
            s = b[i:i + w].decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(s) == 1:
            return ord(s), w
    return -1, 1


def _class_char(body: bytes, i: int) -> tuple[int, int]:
    """One character of a class (maybe escaped) at body[i]: (code point, next index)."""
    if i >= len(body) or body[i] in (45, 93):  # '-' and ']' must be escaped
        raise _Bad
    if body[i] == 92:
        i += 1
        if i >= len(body):
            raise _Bad
    r, w = _decode(body, i)
    if r < 0 or i + w >= len(body):  # a class must go on (to its closing bracket)
        raise _Bad
    return r, i + w


def _pieces(body: bytes) -> list[tuple]:
    """The pieces of a chunk body: ("lit", byte), ("any",), ("class", negated, ranges)."""
    out: list[tuple] = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == 91:  # '['
            i += 1
            negated = i < len(body) and body[i] == 94
            if negated:
                i += 1
            ranges = []
            while True:
                if ranges and i < len(body) and body[i] == 93:
                    i += 1
                    break
                lo, i = _class_char(body, i)
                hi = lo
                if body[i] == 45:
                    hi, i = _class_char(body, i + 1)
                ranges.append((lo, hi))
            out.append(("class", negated, ranges))
        elif c == 63:  # '?'
            out.append(("any",))
            i += 1
        else:
            if c == 92:
                i += 1
                if i >= len(body):
                    raise _Bad
            out.append(("lit", body[i]))
            i += 1
    return out


def _piece_width(piece: tuple, name: bytes, i: int) -> int:
    """How many bytes of name at i the piece matches (0: no match)."""
    if i >= len(name):
        return 0
    kind = piece[0]
    if kind == "lit":
        return 1 if name[i] == piece[1] else 0
    r, w = _decode(name, i)
    if kind == "any":
        return 0 if name[i] == 47 else w
    if r < 0:
        r = 0xFFFD
    inside = any(lo <= r <= hi for lo, hi in piece[2])
    return w if inside != piece[1] else 0


def _match_pieces(pieces: list[tuple], name: bytes, i: int) -> int:
    """The end of the match of a chunk's pieces at name[i], -1 if they do not match there."""
    for piece in pieces:
        w = _piece_width(piece, name, i)
        if not w:
            return -1
        i += w
    return i


def _compile(pattern: bytes) -> list[tuple[bool, list[tuple] | None]]:
    """The chunks of a pattern as (starred, pieces), pieces None for a malformed chunk."""
    out: list[tuple[bool, list[tuple] | None]] = []
    for star, body in _chunks(pattern):
        try:
            out.append((star, _pieces(body)))
        except _Bad:
            out.append((star, None))
    return out


def run_match(chunks: list, name: bytes) -> bool | None:
    """Match name chunk by chunk, each at the leftmost place its star allows (the last one
    must end the name); None when a malformed chunk is reached before the outcome is known.
    Leftmost placement is enough: every chunk matches a fixed number of characters."""
    i = 0
    last = len(chunks) - 1
    for k, (star, pieces) in enumerate(chunks):
        if star and pieces == [] and k == last:  # a trailing star takes the rest of the name
            return name.find(b"/", i) < 0
        if pieces is None:
            return None
        j = i
        while True:
            end = _match_pieces(pieces, name, j)
            if end >= 0 and (k < last or end == len(name)):
                break
            if not star or j >= len(name) or name[j] == 47:  # a star never takes a slash
                return False
            j += 1
        i = end
    return i == len(name)


def match(pattern: bytes, name: bytes) -> tuple[bool, Any]:
    """path.Match: a malformed pattern is an error whatever the name."""
    chunks = _compile(pattern)
    if any(pieces is None for _, pieces in chunks):
        return False, ErrBadPattern
    return bool(run_match(chunks, name)), None


# ---------------------------------------------------------------------------------------
# The Go functions


def Match(pattern: bytes, name: bytes) -> tuple[bool, Any]:
    return match(pattern, name)


def Clean(p: bytes) -> bytes:
    return clean(p)


def Split(p: bytes) -> tuple[bytes, bytes]:
    return split(p)


def Join(elem: Slice) -> bytes:
    return join(elem.elems())


def Ext(p: bytes) -> bytes:
    return ext(p)


def Base(p: bytes) -> bytes:
    return base(p)


def IsAbs(p: bytes) -> bool:
    return p[:1] == b"/"


def Dir(p: bytes) -> bytes:
    return dir_(p)
