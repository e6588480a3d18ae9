"""Package strconv: the Python implementations of the body-less declarations in api.go.

The conversions are gomem.stdlib.gostrconv's (Go-exact); this module turns their results into
Go values: errors are ``*strconv.NumError`` interface values whose Err is the package's
ErrSyntax / ErrRange (``*errors.errorString`` values, so errors.Is and errors.As work), and the
Append functions grow their ``[]byte`` as Go's append does.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime.core import grow_cap
from gomem.runtime.panic import GoPanic
from gomem.runtime.values import Iface, Slice, struct_class
from gomem.stdlib import errors as _errors
from gomem.stdlib import gostrconv as _sc
from gomem.types.types import (
    ERROR,
    STRING,
    UINT8,
    Field,
    FuncInfo,
    Named,
    new_pointer,
    new_signature,
    new_struct,
)

IntSize = 64

ErrRange = _errors.New(b"value out of range")
ErrSyntax = _errors.New(b"invalid syntax")

NUM_ERROR = Named("NumError", "strconv", new_struct((
    Field("Func", STRING, False, "strconv"), Field("Num", STRING, False, "strconv"),
    Field("Err", ERROR, False, "strconv"))))
NUM_ERROR_PTR = new_pointer(NUM_ERROR)
_NumError = struct_class(NUM_ERROR)

TYPES: dict[str, Named] = {"NumError": NUM_ERROR}

_SITE_APPEND = ("strconv.AppendInt", "strconv/itoa.go", 0)
_SITE_QUOTE = ("strconv.appendQuotedWith", "strconv/quote.go", 0)
_SITE_FTOA = ("strconv.FormatFloat", "strconv/ftoa.go", 0)


def NumError_Error(e: Any) -> bytes:
    return b"strconv." + e.Func + b": parsing " + _sc.quote(e.Num) + b": " + _errors.error_text(e.Err)


def NumError_Unwrap(e: Any) -> Any:
    return e.Err


NUM_ERROR.methods["Error"] = FuncInfo("Error", new_signature((), (STRING,)), True)
NUM_ERROR.methods["Unwrap"] = FuncInfo("Unwrap", new_signature((), (ERROR,)), True)
NUM_ERROR_PTR.m_Error = NumError_Error  # type: ignore[attr-defined]
NUM_ERROR_PTR.m_Unwrap = NumError_Unwrap  # type: ignore[attr-defined]

_young_obj = _malloc.young_obj
_young_addr = _malloc.young_addr
_mallocgc = _malloc.mallocgc


def _err(e: Any) -> Any:
    """The Go error value for a gostrconv error (None, GoError or NumError)."""
    if e is None:
        return None
    if isinstance(e, _sc.NumError):
        return Iface(NUM_ERROR_PTR, _NumError(e.Func, e.Num, _err(e.Err)))
    if e is _sc.ERR_SYNTAX:
        return ErrSyntax
    if e is _sc.ERR_RANGE:
        return ErrRange
    return _errors.New(e.msg)


def _panic(e: _sc.GoStdlibPanic) -> None:
    raise GoPanic(Iface(STRING, e.value))


def _alloc_str(s: bytes) -> bytes:
    """A result Go makes with string(buf[i:]): a copy, except for Go's static strings of
    lengths 0 and 1."""
    if len(s) > 1:  # (a []byte's bytes: alloc_array(UINT8, ...) and heap_string inlined)
        _young_addr(_mallocgc(len(s), True))  # (first: allocating may fold)
        _young_obj(s)
    return s


def _built_string(out: bytes, cap: int, site) -> bytes:
    """string(buf) where Go built out by appending to make([]byte, 0, cap): the buffer, its
    growth as the appends fill it (modelled byte by byte), and the copy that string(buf)
    makes (none for lengths 0 and 1, Go's static strings)."""
    if cap:
        _malloc.alloc(None, cap, site)
    n = len(out)
    while cap < n:
        cap = grow_cap(cap, cap + 1, 1, False)
        _malloc.alloc(None, cap, site)
    if n > 1:
        _young_addr(_malloc.alloc(None, n, site))  # (first: allocating may fold)
        _young_obj(out)
    return out


def _append(dst: Slice, data: bytes, site=_SITE_APPEND) -> Slice:
    """append(dst, data...) with Go's growth."""
    n = len(data)
    old = dst.len
    new = old + n
    a = dst.a
    if new <= dst.cap:
        if n:
            a[dst.off + old:dst.off + new] = data
        return Slice(a, dst.off, new, dst.cap)
    cap = grow_cap(dst.cap, new, 1, False)
    na = bytearray(cap)
    _malloc.register(na, _malloc.alloc_array(UINT8, cap, site))
    if old:
        na[:old] = a[dst.off:dst.off + old]
    na[old:new] = data
    return Slice(na, 0, new, cap)


# ---------------------------------------------------------------------------
# Integers and bools


def Atoi(s: bytes) -> tuple[int, Any]:
    if len(s) < 19:  # fast path: the common small decimal (bytes.isdigit is ASCII-only)
        if s.isdigit():
            return int(s), None
        if s[:1] == b"-" and s[1:].isdigit():
            return int(s), None
    v, e = _sc.atoi(s)
    return v, _err(e)


def Itoa(i: int) -> bytes:
    s = b"%d" % i
    if not 0 <= i < 100:  # Go returns a constant for 0..99; other results are heap strings
        _young_addr(_mallocgc(len(s), True))  # (first: allocating may fold)
        _young_obj(s)  # (of 2 bytes or more: heap_string inlined)
    return s


def ParseBool(s: bytes) -> tuple[bool, Any]:
    v, e = _sc.parse_bool(s)
    return v, _err(e)


def ParseFloat(s: bytes, bitSize: int) -> tuple[float, Any]:  # noqa: N803
    v, e = _sc.parse_float(s, bitSize)
    return v, _err(e)


def ParseInt(s: bytes, base: int, bitSize: int) -> tuple[int, Any]:  # noqa: N803
    v, e = _sc.parse_int(s, base, bitSize)
    return v, _err(e)


def ParseUint(s: bytes, base: int, bitSize: int) -> tuple[int, Any]:  # noqa: N803
    v, e = _sc.parse_uint(s, base, bitSize)
    return v, _err(e)


def FormatBool(b: bool) -> bytes:
    return b"true" if b else b"false"


def FormatInt(i: int, base: int) -> bytes:
    try:
        s = _sc.format_int(i, base)
    except _sc.GoStdlibPanic as e:
        _panic(e)
    if not (base == 10 and 0 <= i < 100):
        _alloc_str(s)
    return s


def FormatUint(i: int, base: int) -> bytes:
    return FormatInt(i & ((1 << 64) - 1), base)


def FormatFloat(f: float, fmt: int, prec: int, bitSize: int) -> bytes:  # noqa: N803
    try:
        s = _sc.format_float(f, fmt, prec, bitSize)
    except _sc.GoStdlibPanic as e:
        _panic(e)
    return _built_string(s, max(prec + 4, 24), _SITE_FTOA)  # (Go: genericFtoa into that buffer)


def AppendBool(dst: Slice, b: bool) -> Slice:
    return _append(dst, b"true" if b else b"false")


def AppendInt(dst: Slice, i: int, base: int) -> Slice:
    try:
        s = _sc.format_int(i, base)
    except _sc.GoStdlibPanic as e:
        _panic(e)
    return _append(dst, s)


def AppendUint(dst: Slice, i: int, base: int) -> Slice:
    return AppendInt(dst, i & ((1 << 64) - 1), base)


def AppendFloat(dst: Slice, f: float, fmt: int, prec: int, bitSize: int) -> Slice:  # noqa: N803
    try:
        s = _sc.format_float(f, fmt, prec, bitSize)
    except _sc.GoStdlibPanic as e:
        _panic(e)
    return _append(dst, s)


# ---------------------------------------------------------------------------
# Quoting


def _append_quoted(dst: Slice, s: bytes, quoted: bytes) -> Slice:
    """Go's appendQuotedWith: make room for len(s)+2 more bytes first, then append."""
    if dst.cap - dst.len < len(s):
        cap = dst.len + 1 + len(s) + 1
        _malloc.alloc_array(UINT8, cap, _SITE_QUOTE)
        na = bytearray(cap)
        if dst.len:
            na[:dst.len] = dst.a[dst.off:dst.off + dst.len]
        dst = Slice(na, 0, dst.len, cap)
    return _append(dst, quoted, _SITE_QUOTE)


def AppendQuote(dst: Slice, s: bytes) -> Slice:
    return _append_quoted(dst, s, _sc.quote(s))


def AppendQuoteToASCII(dst: Slice, s: bytes) -> Slice:
    return _append_quoted(dst, s, _sc.quote_to_ascii(s))


def AppendQuoteToGraphic(dst: Slice, s: bytes) -> Slice:
    return _append_quoted(dst, s, _sc.quote_to_graphic(s))


def AppendQuoteRune(dst: Slice, r: int) -> Slice:
    return _append(dst, _sc.quote_rune(r), _SITE_QUOTE)


def AppendQuoteRuneToASCII(dst: Slice, r: int) -> Slice:
    return _append(dst, _sc.quote_rune_to_ascii(r), _SITE_QUOTE)


def AppendQuoteRuneToGraphic(dst: Slice, r: int) -> Slice:
    return _append(dst, _sc.quote_rune_to_graphic(r), _SITE_QUOTE)


CanBackquote = _sc.can_backquote
IsGraphic = _sc.is_graphic
IsPrint = _sc.is_print


def Quote(s: bytes) -> bytes:
    return _built_string(_sc.quote(s), 3 * len(s) // 2, _SITE_QUOTE)


def QuoteToASCII(s: bytes) -> bytes:
    return _built_string(_sc.quote_to_ascii(s), 3 * len(s) // 2, _SITE_QUOTE)


def QuoteToGraphic(s: bytes) -> bytes:
    return _built_string(_sc.quote_to_graphic(s), 3 * len(s) // 2, _SITE_QUOTE)


def QuoteRune(r: int) -> bytes:
    return _built_string(_sc.quote_rune(r), 0, _SITE_QUOTE)  # (appended to a nil slice)


def QuoteRuneToASCII(r: int) -> bytes:
    return _built_string(_sc.quote_rune_to_ascii(r), 0, _SITE_QUOTE)  # (appended to a nil slice)


def QuoteRuneToGraphic(r: int) -> bytes:
    return _built_string(_sc.quote_rune_to_graphic(r), 0, _SITE_QUOTE)  # (appended to a nil slice)


def QuotedPrefix(s: bytes) -> tuple[bytes, Any]:
    v, e = _sc.quoted_prefix(s)
    return v, _err(e)


def Unquote(s: bytes) -> tuple[bytes, Any]:
    v, e = _sc.unquote(s)
    return v, _err(e)


def UnquoteChar(s: bytes, quote: int) -> tuple[int, bool, bytes, Any]:
    v, mb, tail, e = _sc.unquote_char(s, quote)
    return v, mb, tail, _err(e)
