"""Package strings: the Python implementations of the body-less declarations in api.go.

Strings are bytes; ``[]string`` results are Slices with the length and capacity Go's code gives
them (``SplitN`` can return a capacity larger than the length, as in Go). Functions taking a
``func(rune) ...`` call it exactly as often and in the order Go's implementation does, since
the function may have side effects. The heap allocations Go makes (result slices, the buffers
of the Builder-based functions) are reported to gomem.runtime.malloc.

Builder keeps its buffer as a ``[]byte`` Slice over a bytearray that grows as Go's append and
Grow grow it, so ``Cap()`` is Go's, and it detects copies by value as Go does (``addr``).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from gomem.runtime import malloc as _malloc
from gomem.runtime.core import grow_cap
from gomem.runtime.panic import GoPanic
from gomem.runtime.values import NIL_SLICE, Iface, Slice, struct_class
from gomem.stdlib import gostrings as _gs
from gomem.stdlib import utf8 as _utf8
from gomem.stdlib.gostrconv import GoStdlibPanic
from gomem.types.sizeclasses import roundupsize
from gomem.types.types import (
    ERROR,
    INT,
    INT32,
    STRING,
    UINT8,
    Field,
    FuncInfo,
    Named,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)

_BYTES_T = new_slice(UINT8)
_STRINGS_T = new_slice(STRING)

BUILDER = Named("Builder", "strings")
BUILDER_PTR = new_pointer(BUILDER)
BUILDER.set_underlying(new_struct((Field("addr", BUILDER_PTR, False, "strings"),
                                   Field("buf", _BYTES_T, False, "strings"))))
REPLACER = Named("Replacer", "strings", new_struct((Field("oldnew", _STRINGS_T, False, "strings"),)))
REPLACER_PTR = new_pointer(REPLACER)

TYPES: dict[str, Named] = {"Builder": BUILDER, "Replacer": REPLACER}

_Builder = struct_class(BUILDER)
_Replacer = struct_class(REPLACER)

_SITE_SPLIT = ("strings.genSplit", "strings/strings.go", 0)
_SITE_FIELDS = ("strings.Fields", "strings/strings.go", 0)
_SITE_BUILDER = ("strings.(*Builder).grow", "strings/builder.go", 0)
_SITE_REPLACER = ("strings.NewReplacer", "strings/replace.go", 0)


def _panic_str(msg: bytes) -> None:
    raise GoPanic(Iface(STRING, msg))


def _alloc_str(out: bytes, site) -> bytes:
    """out, a string Go allocates (a Builder's bytes turned into a string, or a copy): its
    allocation is counted and out gets its address."""
    if out:
        return _malloc.heap_string(out, _malloc.alloc_array(UINT8, len(out), site))
    return out


def _sep_offsets(s: bytes, parts: list, sep_len: int) -> list[int]:
    """The offsets in s of parts that follow each other in s, sep_len bytes apart (Split;
    SplitAfter's parts include their separator: sep_len 0)."""
    out = []
    off = 0
    for p in parts:
        out.append(off)
        off += len(p) + sep_len
    return out


def _found_offsets(s: bytes, parts: list, _arg: Any = None) -> list[int]:
    """The offsets in s of parts that occur in s in order, separated by bytes they do not
    start with (Fields: runs of spaces): each is the first occurrence after the previous."""
    out = []
    off = 0
    find = s.find
    for p in parts:
        off = find(p, off)
        out.append(off)
        off += len(p)
    return out


def _str_slice(items: list, cap: int | None = None, site=_SITE_SPLIT) -> Slice:
    """A []string made by make([]string, cap)[:len(items)] (nil when cap is 0 and items empty)."""
    n = len(items)
    if cap is None:
        cap = n
    if cap == 0:
        return Slice([], 0, 0, 0)
    _malloc.alloc_array(STRING, cap, site)
    if cap > n:
        items = items + [b""] * (cap - n)
    return Slice(items, 0, n, cap)


def _elems(s: Slice) -> list:
    a = s.a
    if a is None:
        return []
    return a[s.off:s.off + s.len]


# ---------------------------------------------------------------------------
# Builder


def _copy_check(b: Any) -> None:
    addr = b.addr
    if addr is None:
        b.addr = b
    elif addr is not b:
        _panic_str(b"strings: illegal use of non-zero Builder copied by value")


def _append(b: Any, data) -> None:
    """b.buf = append(b.buf, data...) with Go's growth."""
    buf = b.buf
    ln = buf.len
    new = ln + len(data)
    a = buf.a
    if new <= buf.cap:
        off = buf.off
        a[off + ln:off + new] = data
        b.buf = Slice(a, off, new, buf.cap)
        return
    cap = grow_cap(buf.cap, new, 1, False)
    na = bytearray(cap)
    _malloc.register(na, _malloc.alloc_array(UINT8, cap, _SITE_BUILDER))
    if ln:
        na[:ln] = a[buf.off:buf.off + ln]
    na[ln:new] = data
    b.buf = Slice(na, 0, new, cap)


def Builder_String(b: Any) -> bytes:
    buf = b.buf
    if not buf.len:
        return b""
    # Go's String shares the buffer's bytes (no copy): the string's address is the buffer's
    return _malloc.substring(buf.a, bytes(buf.a[buf.off:buf.off + buf.len]), buf.off)


def Builder_Len(b: Any) -> int:
    return b.buf.len


def Builder_Cap(b: Any) -> int:
    return b.buf.cap


def Builder_Reset(b: Any) -> None:
    b.addr = None
    b.buf = NIL_SLICE


def Builder_Grow(b: Any, n: int) -> None:
    _copy_check(b)
    if n < 0:
        _panic_str(b"strings.Builder.Grow: negative count")
    buf = b.buf
    if buf.cap - buf.len < n:
        cap = roundupsize(2 * buf.cap + n, True)
        na = bytearray(cap)
        _malloc.register(na, _malloc.alloc_array(UINT8, cap, _SITE_BUILDER))
        ln = buf.len
        if ln:
            na[:ln] = buf.a[buf.off:buf.off + ln]
        b.buf = Slice(na, 0, ln, cap)


def Builder_Write(b: Any, p: Slice) -> tuple[int, Any]:
    _copy_check(b)
    n = p.len
    if n:
        _append(b, p.a[p.off:p.off + n])
    return n, None


def Builder_WriteByte(b: Any, c: int) -> Any:
    if b.addr is not b:
        _copy_check(b)
    buf = b.buf
    ln = buf.len
    if ln < buf.cap:
        a = buf.a
        a[buf.off + ln] = c
        b.buf = Slice(a, buf.off, ln + 1, buf.cap)
    else:
        _append(b, (c,))
    return None


def Builder_WriteRune(b: Any, r: int) -> tuple[int, Any]:
    _copy_check(b)
    data = _utf8.encode_rune(r)
    _append(b, data)
    return len(data), None


def Builder_WriteString(b: Any, s: bytes) -> tuple[int, Any]:
    if b.addr is not b:
        _copy_check(b)
    n = len(s)
    if n:
        buf = b.buf
        ln = buf.len
        new = ln + n
        if new <= buf.cap:
            a = buf.a
            off = buf.off
            a[off + ln:off + new] = s
            b.buf = Slice(a, off, new, buf.cap)
        else:
            _append(b, s)
    return n, None


def _add_method(t: Named, name: str, sig: Any, impl: Any) -> None:
    t.methods[name] = FuncInfo(name, sig, True)
    setattr(new_pointer(t), "m_" + name, impl)


_add_method(BUILDER, "String", new_signature((), (STRING,)), Builder_String)
_add_method(BUILDER, "Len", new_signature((), (INT,)), Builder_Len)
_add_method(BUILDER, "Cap", new_signature((), (INT,)), Builder_Cap)
_add_method(BUILDER, "Reset", new_signature((), ()), Builder_Reset)
_add_method(BUILDER, "Grow", new_signature((INT,), ()), Builder_Grow)
_add_method(BUILDER, "Write", new_signature((_BYTES_T,), (INT, ERROR)), Builder_Write)
_add_method(BUILDER, "WriteByte", new_signature((UINT8,), (ERROR,)), Builder_WriteByte)
_add_method(BUILDER, "WriteRune", new_signature((INT32,), (INT, ERROR)), Builder_WriteRune)
_add_method(BUILDER, "WriteString", new_signature((STRING,), (INT, ERROR)), Builder_WriteString)


# ---------------------------------------------------------------------------
# Replacer


def NewReplacer(oldnew: Slice) -> Any:
    items = _elems(oldnew)
    if len(items) % 2 == 1:
        _panic_str(b"strings.NewReplacer: odd argument count")
    if items:
        _malloc.alloc_array(STRING, len(items), _SITE_REPLACER)
    return _Replacer(Slice(items, 0, len(items), len(items)) if items else NIL_SLICE)


_REPLACERS: dict[tuple, Callable[[bytes], bytes]] = {}


def _make_replacer(pairs: tuple) -> Callable[[bytes], bytes]:
    """The replace function for old, new pairs: at each position the first pair (in argument
    order) whose old string matches wins; an empty old string matches everywhere, but not twice
    in a row at the same position (Go's generic replacer)."""
    olds = pairs[0::2]
    table: dict[bytes, bytes] = {}
    for i in range(0, len(pairs), 2):
        table.setdefault(pairs[i], pairs[i + 1])
    if not olds:
        return lambda s: s
    if b"" not in table:
        pat = re.compile(b"|".join(re.escape(o) for o in dict.fromkeys(olds)))
        repl = table.__getitem__
        return lambda s: pat.sub(lambda m: repl(m.group()), s)
    ordered = list(table.items())

    def replace(s: bytes) -> bytes:
        out = []
        n = len(s)
        i = last = 0
        prev_empty = False
        while i <= n:
            for old, new in ordered:
                if not old:
                    if prev_empty:
                        continue
                    break
                if s.startswith(old, i):
                    break
            else:
                prev_empty = False
                i += 1
                continue
            prev_empty = not old
            out.append(s[last:i])
            out.append(new)
            i += len(old)
            last = i
        out.append(s[last:])
        return b"".join(out)
    return replace


def Replacer_Replace(r: Any, s: bytes) -> bytes:
    pairs = tuple(_elems(r.oldnew))
    fn = _REPLACERS.get(pairs)
    if fn is None:
        if len(_REPLACERS) > 64:
            _REPLACERS.clear()
        fn = _REPLACERS[pairs] = _make_replacer(pairs)
    out = fn(s)
    if out == s:
        return s
    return _alloc_str(out, _SITE_BUILDER)


def Replacer_WriteString(r: Any, w: Any, s: bytes) -> tuple[int, Any]:
    from gomem.stdlib.fmt import write_to
    return write_to(w, Replacer_Replace(r, s))


_add_method(REPLACER, "Replace", new_signature((STRING,), (STRING,)), Replacer_Replace)


# ---------------------------------------------------------------------------
# Searching and comparing


def Clone(s: bytes) -> bytes:
    if s:  # (a copy: Python would give back s itself for bytes(s) or s[:])
        return _alloc_str(bytes(memoryview(s)), ("strings.Clone", "strings/clone.go", 0))
    return s


def Compare(a: bytes, b: bytes) -> int:
    return 0 if a == b else (-1 if a < b else 1)


def Contains(s: bytes, substr: bytes) -> bool:
    return substr in s


ContainsAny = _gs.contains_any
ContainsRune = _gs.contains_rune


def ContainsFunc(s: bytes, f: Callable[[int], bool]) -> bool:
    return IndexFunc(s, f) >= 0


Count = _gs.count
_sub = _malloc.substring  # (Go's results below are substrings: inside s's allocation)


def Cut(s: bytes, sep: bytes) -> tuple[bytes, bytes, bool]:
    i = s.find(sep)
    if i >= 0:
        j = i + len(sep)
        return _sub(s, s[:i], 0), _sub(s, s[j:], j), True
    return s, b"", False


def CutPrefix(s: bytes, prefix: bytes) -> tuple[bytes, bool]:
    if s.startswith(prefix):
        return _sub(s, s[len(prefix):], len(prefix)), True
    return s, False


def CutSuffix(s: bytes, suffix: bytes) -> tuple[bytes, bool]:
    if s.endswith(suffix):
        return _sub(s, s[:len(s) - len(suffix)], 0), True
    return s, False
EqualFold = _gs.equal_fold


def HasPrefix(s: bytes, prefix: bytes) -> bool:
    return s.startswith(prefix)


def HasSuffix(s: bytes, suffix: bytes) -> bool:
    return s.endswith(suffix)


def Index(s: bytes, substr: bytes) -> int:
    return s.find(substr)


IndexAny = _gs.index_any


def IndexByte(s: bytes, c: int) -> int:
    return s.find(c)


def IndexFunc(s: bytes, f: Callable[[int], bool]) -> int:
    for i, r in _utf8.runes(s):
        if f(r):
            return i
    return -1


IndexRune = _gs.index_rune


def LastIndex(s: bytes, substr: bytes) -> int:
    return s.rfind(substr)


LastIndexAny = _gs.last_index_any


def LastIndexByte(s: bytes, c: int) -> int:
    return s.rfind(c)


def _last_index_func(s: bytes, f: Callable[[int], bool], truth: bool) -> int:
    i = len(s)
    while i > 0:
        c = s[i - 1]
        if c < 0x80:
            r, size = c, 1
        else:
            r, size = _utf8.decode_last_rune(s, i)
        i -= size
        if bool(f(r)) == truth:
            return i
    return -1


def LastIndexFunc(s: bytes, f: Callable[[int], bool]) -> int:
    return _last_index_func(s, f, True)


# ---------------------------------------------------------------------------
# Splitting and joining


def _gen_split(s: bytes, sep: bytes, save: bool, n: int) -> Slice:
    if n == 0:
        return NIL_SLICE
    if not sep:
        parts = _gs._explode(s, n)
        return _str_slice(parts)
    if n < 0:
        parts = s.split(sep)
        cap = len(parts)
    else:
        if n > len(s) + 1:
            n = len(s) + 1
        parts = s.split(sep, n - 1)
        cap = n
    if save and len(parts) > 1:
        last = len(parts) - 1
        parts = [p + sep if i < last else p for i, p in enumerate(parts)]
        _malloc.substrings(s, parts, _sep_offsets, 0)
    else:  # (Go's parts are substrings of s)
        _malloc.substrings(s, parts, _sep_offsets, len(sep))
    return _str_slice(parts, cap)


def Split(s: bytes, sep: bytes) -> Slice:
    return _gen_split(s, sep, False, -1)


def SplitN(s: bytes, sep: bytes, n: int) -> Slice:
    return _gen_split(s, sep, False, n)


def SplitAfter(s: bytes, sep: bytes) -> Slice:
    return _gen_split(s, sep, True, -1)


def SplitAfterN(s: bytes, sep: bytes, n: int) -> Slice:
    return _gen_split(s, sep, True, n)


def Fields(s: bytes) -> Slice:
    parts = _gs.fields(s)
    return _str_slice(_malloc.substrings(s, parts, _found_offsets, None), None, _SITE_FIELDS)


def FieldsFunc(s: bytes, f: Callable[[int], bool]) -> Slice:
    parts = []
    start = -1
    for end, r in _utf8.runes(s):
        if f(r):
            if start >= 0:
                parts.append(s[start:end])
                start = -1
        elif start < 0:
            start = end
    if start >= 0:
        parts.append(s[start:])
    return _str_slice(_malloc.substrings(s, parts, _found_offsets, None), None, _SITE_FIELDS)


def Join(elems: Slice, sep: bytes) -> bytes:
    n = elems.len
    if n == 0:
        return b""
    a = elems.a
    if n == 1:
        return a[elems.off]
    out = sep.join(a[elems.off:elems.off + n])
    return _alloc_str(out, _SITE_BUILDER)


# ---------------------------------------------------------------------------
# Mapping and case


def Map(mapping: Callable[[int], int], s: bytes) -> bytes:
    out = _gs.map_runes(mapping, s)
    if out is not s:
        return _alloc_str(out, _SITE_BUILDER)
    return out


def _changed(out: bytes, s: bytes) -> bytes:
    if out == s:
        return s
    return _alloc_str(out, _SITE_BUILDER)


def ToUpper(s: bytes) -> bytes:
    return _changed(_gs.to_upper(s), s)


def ToLower(s: bytes) -> bytes:
    return _changed(_gs.to_lower(s), s)


def ToTitle(s: bytes) -> bytes:
    return _changed(_gs.to_title(s), s)


def _is_separator(r: int) -> bool:
    if r <= 0x7F:
        return not (0x30 <= r <= 0x39 or 0x61 <= r <= 0x7A or 0x41 <= r <= 0x5A or r == 0x5F)
    from gomem.stdlib import unicode as _unicode
    if _unicode.IsLetter(r) or _unicode.IsDigit(r):
        return False
    return _unicode.IsSpace(r)


def Title(s: bytes) -> bytes:
    """strings.Title (deprecated in Go, still there): title-case the first letter of each word."""
    prev = [0x20]

    def mapping(r: int) -> int:
        p = prev[0]
        prev[0] = r
        if _is_separator(p):
            return _gs.to_title_rune(r) if r >= 0x80 else (r - 32 if 0x61 <= r <= 0x7A else r)
        return r
    return Map(mapping, s)


def ToValidUTF8(s: bytes, replacement: bytes) -> bytes:
    return _gs.to_valid_utf8(s, replacement)


def Repeat(s: bytes, count: int) -> bytes:
    try:
        out = _gs.repeat(s, count)
    except GoStdlibPanic as e:
        _panic_str(e.value)
    if count > 1:
        return _alloc_str(out, _SITE_BUILDER)
    return out


def Replace(s: bytes, old: bytes, new: bytes, n: int) -> bytes:
    return _changed(_gs.replace(s, old, new, n), s)


def ReplaceAll(s: bytes, old: bytes, new: bytes) -> bytes:
    return _changed(_gs.replace(s, old, new, -1), s)


# ---------------------------------------------------------------------------
# Trimming


def _trimmed(s: bytes, r: bytes) -> bytes:
    """r, s with runes trimmed off its ends: a substring of s. Its offset is where r first
    occurs in s, since what was trimmed off the front cannot hold r's first rune."""
    if len(r) > 1 and r is not s:
        return _sub(s, r, s.find(r))
    return r


def Trim(s: bytes, cutset: bytes) -> bytes:
    return _trimmed(s, _gs.trim(s, cutset))


def TrimLeft(s: bytes, cutset: bytes) -> bytes:
    return _trimmed(s, _gs.trim_left(s, cutset))


def TrimRight(s: bytes, cutset: bytes) -> bytes:
    return _sub(s, _gs.trim_right(s, cutset), 0)


def TrimPrefix(s: bytes, prefix: bytes) -> bytes:
    r = _gs.trim_prefix(s, prefix)
    return _sub(s, r, len(s) - len(r))


def TrimSuffix(s: bytes, suffix: bytes) -> bytes:
    return _sub(s, _gs.trim_suffix(s, suffix), 0)


def TrimSpace(s: bytes) -> bytes:
    return _trimmed(s, _gs.trim_space(s))


def _index_func(s: bytes, f: Callable[[int], bool], truth: bool) -> int:
    for i, r in _utf8.runes(s):
        if bool(f(r)) == truth:
            return i
    return -1


def TrimLeftFunc(s: bytes, f: Callable[[int], bool]) -> bytes:
    i = _index_func(s, f, False)
    if i == -1:
        return b""
    return _sub(s, s[i:], i)


def TrimRightFunc(s: bytes, f: Callable[[int], bool]) -> bytes:
    i = _last_index_func(s, f, False)
    if i >= 0 and s[i] >= 0x80:
        i += _utf8.decode_rune(s, i)[1]
    else:
        i += 1
    return _sub(s, s[:i], 0)


def TrimFunc(s: bytes, f: Callable[[int], bool]) -> bytes:
    return TrimRightFunc(TrimLeftFunc(s, f), f)
