"""Package net/url: the subset net/http's requests need (api.go). Query decoding follows
Go's: pairs split on '&' (a ';' makes the pair invalid), '+' is a space, %XX escapes must be
well-formed; a bad pair is skipped and the first error kept."""

from __future__ import annotations

from typing import Any

from gomem.runtime.values import Slice
from gomem.stdlib import strconv as _strconv

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def unescape(s: bytes, query: bool) -> bytes | None:
    """s with %XX (and, in a query, '+') decoded; None if an escape is malformed."""
    out = bytearray()
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == 0x25:  # '%'
            h = s[i + 1:i + 3]
            if len(h) != 2 or any(ch not in b"0123456789abcdefABCDEF" for ch in h):
                return None
            out.append(int(h, 16))
            i += 3
            continue
        out.append(0x20 if c == 0x2B and query else c)
        i += 1
    return bytes(out)


def split_query(query: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
    pairs: list[tuple[bytes, bytes]] = []
    bad = b""
    for part in query.split(b"&"):
        if not part:
            continue
        if b";" in part:
            if not bad:
                bad = b";"  # marked, reported as Go's "invalid semicolon separator in query"
            continue
        k, _, v = part.partition(b"=")
        ku, vu = unescape(k, True), unescape(v, True)
        if ku is None or vu is None:
            if not bad:
                src = k if ku is None else v
                j = src.index(b"%")
                bad = src[j:j + 3]
            continue
        pairs.append((ku, vu))
    return pairs, bad


def splitQuery(query: bytes) -> tuple[Slice, bytes]:
    pairs, bad = split_query(query)
    flat = [x for kv in pairs for x in kv]
    return Slice(flat, 0, len(flat), len(flat)), bad


def quote(s: bytes) -> bytes:
    return _strconv.Quote(s)


def _escape(s: bytes, keep: bytes, space_plus: bool) -> bytes:
    out = bytearray()
    for c in s:
        if c in _UNRESERVED or c in keep:
            out.append(c)
        elif c == 0x20 and space_plus:
            out.append(0x2B)
        else:
            out += b"%%%02X" % c
    return bytes(out)


def QueryEscape(s: bytes) -> bytes:
    return _escape(s, b"", True)


def PathEscape(s: bytes) -> bytes:
    return _escape(s, b"", False)


def URL_EscapedPath(u: Any) -> bytes:
    if u.RawPath and unescape(u.RawPath, False) == u.Path:
        return u.RawPath
    if u.Path == b"*":
        return b"*"
    return _escape(u.Path, b"/:@&=+$!'()*,;", False)


def URL_String(u: Any) -> bytes:
    out = b""
    if u.Scheme:
        out += u.Scheme + b":"
    if u.Opaque:
        out += u.Opaque
    else:
        if u.Scheme or u.Host:
            out += b"//" + u.Host
        p = URL_EscapedPath(u)
        if p and not p.startswith(b"/") and u.Host:
            out += b"/"
        out += p
    if u.ForceQuery or u.RawQuery:
        out += b"?" + u.RawQuery
    if u.Fragment:
        out += b"#" + _escape(u.Fragment, b"/:@&=+$!'()*,;?", False)
    return out
