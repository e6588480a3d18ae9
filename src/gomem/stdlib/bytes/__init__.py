"""Package bytes: the Python implementations of the body-less declarations in api.go.

A ``[]byte`` is a Slice over a bytearray. Searching and comparing run on a ``bytes`` copy of
the contents with the Go-exact primitives that package strings uses (gomem.stdlib.gostrings);
results that Go returns as subslices of the argument (Split, Fields, Trim, Cut, ...) are
Slices over the argument's own backing array, with the capacities Go gives them, so appending
to them aliases exactly as in Go. Whether an empty result is nil or an empty non-nil slice
follows Go 1.23, as do the capacities of new slices (``make`` gives exactly what is asked,
``append`` to nil grows as growslice does), because programs can observe both.

Buffer and Reader are the api.go struct types, found by gomem_bind; their methods follow
Go's documented behaviour, including Buffer's growth policy (an initial 64-byte buffer for
small writes, sliding the contents down instead of reallocating when at most half the capacity
is in use, else doubling), so ``Cap()`` is Go's.
"""

from __future__ import annotations

from typing import Any, Callable

from gomem.runtime import malloc as _malloc
from gomem.runtime.core import grow_cap
from gomem.runtime.panic import GoPanic
from gomem.runtime.values import NIL_SLICE, Iface, Slice, struct_class
from gomem.stdlib import errors as _errors
from gomem.stdlib import gostrings as _gs
from gomem.stdlib import io as _io
from gomem.stdlib import strings as _strings
from gomem.stdlib import utf8 as _utf8
from gomem.types.sizeclasses import roundupsize
from gomem.types.types import (
    ERROR,
    INT32,
    INT64,
    STRING,
    UINT8,
    Named,
    Struct,
    new_pointer,
    new_signature,
    new_slice,
)

MinRead = 512
_MAX_INT = (1 << 63) - 1
_SMALL_BUFFER_SIZE = 64

_BYTES_T = new_slice(UINT8)

ErrTooLarge = _errors.New(b"bytes.Buffer: too large")
_ERR_NEGATIVE_READ = _errors.New(b"bytes.Buffer: reader returned negative count from Read")
_ERR_UNREAD_BYTE = _errors.New(b"bytes.Buffer: UnreadByte: previous operation was not a successful read")
_ERR_UNREAD_RUNE = _errors.New(b"bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")


_IO_STANDINS: dict[str, Any] = {}


def io_sentinel(name: str, text: bytes) -> Any:
    """The io package's sentinel error NAME (io.ErrShortWrite, ...); while gomem's io does not
    declare it, one stand-in error with Go's text (looked up at each use, so the real one is
    used as soon as io has it)."""
    err = getattr(_io, name, None)
    if err is None:
        err = _IO_STANDINS.get(name)
        if err is None:
            err = _IO_STANDINS[name] = _errors.New(text)
    return err


def err_short_write() -> Any:
    return io_sentinel("ErrShortWrite", b"short write")


# Larger requests fail as Go fails when the memory is not there.
_MAX_ALLOC = 1 << 40


def check_alloc(n: int) -> None:
    if n > _MAX_ALLOC:
        from gomem.runtime.panic import FatalError
        raise FatalError("runtime: out of memory")


_SITE_BUFFER = ("bytes.growSlice", "bytes/buffer.go", 0)
_SITE_SPLIT = ("bytes.genSplit", "bytes/bytes.go", 0)
_SITE_FIELDS = ("bytes.Fields", "bytes/bytes.go", 0)
_SITE_COPY = ("bytes.Clone", "bytes/bytes.go", 0)
_SITE_MAKE = ("bytes.Join", "bytes/bytes.go", 0)
_SITE_MAP = ("bytes.Map", "bytes/bytes.go", 0)
_SITE_RUNES = ("bytes.Runes", "bytes/bytes.go", 0)
_SITE_READER = ("bytes.NewReader", "bytes/reader.go", 0)
_SITE_NEW_BUFFER = ("bytes.NewBuffer", "bytes/buffer.go", 0)

BUFFER: Named
READER: Named


def gomem_bind(pkg: Any) -> None:
    """Find the api.go types and install their methods for interface dispatch."""
    global BUFFER, READER
    BUFFER = pkg.scope.names["Buffer"].type
    READER = pkg.scope.names["Reader"].type
    install_methods(pkg, globals())


def install_methods(pkg: Any, impls: dict[str, Any]) -> None:
    """Give the pointer types of a package's api.go types their m_<Name> attributes (the
    Python functions T_M), so values made in Python dispatch through interfaces."""
    from gomem.check.objects import TypeName
    for obj in pkg.scope.names.values():
        t = obj.type
        if not isinstance(obj, TypeName) or not isinstance(t, Named):
            continue
        for name, fi in t.methods.items():
            impl = impls.get(f"{t.name}_{name}")
            if impl is None:
                continue
            ptr_impl = impl
            if not fi.pointer_recv:
                setattr(t, "m_" + name, impl)
                if not isinstance(t.underlying(), Struct):  # a *T that is not a struct object
                    ptr_impl = (lambda f: lambda p, *a: f(p.v, *a))(impl)
            setattr(new_pointer(t), "m_" + name, ptr_impl)


# ---------------------------------------------------------------------------
# Slice helpers


def data_of(s: Slice) -> bytes:
    """The contents of a []byte as bytes."""
    a = s.a
    if a is None or not s.len:
        return b""
    return bytes(a[s.off:s.off + s.len])


def _span(s: Slice) -> tuple[Any, int, int]:
    """(array, start, end) of a []byte's contents, to search them in place: a search must not
    copy a large operand (programs call Index or HasPrefix on data[pos:] in loops)."""
    a = s.a
    if a is None:
        return b"", 0, 0
    return a, s.off, s.off + s.len


def _sub(s: Slice, i: int, j: int) -> Slice:
    """s[i:j]."""
    if s.a is None:
        return NIL_SLICE
    return Slice(s.a, s.off + i, j - i, s.cap - i)


def _sub3(s: Slice, i: int, j: int) -> Slice:
    """s[i:j:j]."""
    if s.a is None:
        return NIL_SLICE
    return Slice(s.a, s.off + i, j - i, j - i)


def new_bytes(data: bytes, cap: int, site) -> Slice:
    """A fresh []byte holding data with capacity cap (its allocation reported)."""
    n = len(data)
    if cap:
        _malloc.alloc_array(UINT8, cap, site)
    buf = bytearray(data)
    if cap > n:
        buf.extend(bytes(cap - n))
    return Slice(buf, 0, n, cap)


def copy_bytes(data: bytes, site) -> Slice:
    """append([]byte(nil), data...): nil when data is empty."""
    if not data:
        return NIL_SLICE
    return new_bytes(data, roundupsize(len(data), True), site)


def _empty() -> Slice:
    """[]byte{}: empty but not nil."""
    return Slice(bytearray(), 0, 0, 0)


def _slices(items: list, site) -> Slice:
    """make([][]byte, len(items)) holding items."""
    if items:
        _malloc.alloc_array(_BYTES_T, len(items), site)
    return Slice(items, 0, len(items), len(items))


def new_object(t: Named, site, *fields: Any) -> Any:
    """&T{fields...} for an api.go struct type T, its heap allocation reported."""
    _malloc.alloc(t, t.size, site)
    return struct_class(t)(*fields)


def _panic_str(msg: bytes) -> None:
    raise GoPanic(Iface(STRING, msg))


# ---------------------------------------------------------------------------
# Comparing and searching


def Clone(b: Slice) -> Slice:
    if b.a is None:
        return NIL_SLICE
    d = data_of(b)
    if not d:
        return _empty()
    return new_bytes(d, roundupsize(len(d), True), _SITE_COPY)


def Compare(a: Slice, b: Slice) -> int:
    x, y = data_of(a), data_of(b)
    return 0 if x == y else (-1 if x < y else 1)


def Equal(a: Slice, b: Slice) -> bool:
    if a.len != b.len:
        return False
    x, lo, hi = _span(a)
    return x.startswith(data_of(b), lo, hi)


def EqualFold(s: Slice, t: Slice) -> bool:
    return _gs.equal_fold(data_of(s), data_of(t))


def Contains(b: Slice, subslice: Slice) -> bool:
    a, lo, hi = _span(b)
    return a.find(data_of(subslice), lo, hi) >= 0


def ContainsAny(b: Slice, chars: bytes) -> bool:
    return _gs.index_any(data_of(b), chars) >= 0


def ContainsRune(b: Slice, r: int) -> bool:
    return _gs.index_rune(data_of(b), r) >= 0


def ContainsFunc(b: Slice, f: Callable[[int], bool]) -> bool:
    return _strings._index_func(data_of(b), f, True) >= 0


def Count(s: Slice, sep: Slice) -> int:
    p = data_of(sep)
    if not p:
        return _gs.count(data_of(s), p)
    a, lo, hi = _span(s)
    return a.count(p, lo, hi)


def HasPrefix(s: Slice, prefix: Slice) -> bool:
    a, lo, hi = _span(s)
    return a.startswith(data_of(prefix), lo, hi)


def HasSuffix(s: Slice, suffix: Slice) -> bool:
    a, lo, hi = _span(s)
    return a.endswith(data_of(suffix), lo, hi)


def Index(s: Slice, sep: Slice) -> int:
    a, lo, hi = _span(s)
    i = a.find(data_of(sep), lo, hi)
    return i - lo if i >= 0 else -1


def IndexAny(s: Slice, chars: bytes) -> int:
    return _gs.index_any(data_of(s), chars)


def IndexByte(b: Slice, c: int) -> int:
    a = b.a
    if a is None:
        return -1
    i = a.find(c, b.off, b.off + b.len)
    return i - b.off if i >= 0 else -1


def IndexFunc(s: Slice, f: Callable[[int], bool]) -> int:
    return _strings._index_func(data_of(s), f, True)


def IndexRune(s: Slice, r: int) -> int:
    return _gs.index_rune(data_of(s), r)


def LastIndex(s: Slice, sep: Slice) -> int:
    a, lo, hi = _span(s)
    i = a.rfind(data_of(sep), lo, hi)
    return i - lo if i >= 0 else -1


def LastIndexAny(s: Slice, chars: bytes) -> int:
    return _gs.last_index_any(data_of(s), chars)


def LastIndexByte(s: Slice, c: int) -> int:
    a = s.a
    if a is None:
        return -1
    i = a.rfind(c, s.off, s.off + s.len)
    return i - s.off if i >= 0 else -1


def LastIndexFunc(s: Slice, f: Callable[[int], bool]) -> int:
    return _strings._last_index_func(data_of(s), f, True)


# ---------------------------------------------------------------------------
# Cutting, splitting and joining (results are subslices of the argument)


def Cut(s: Slice, sep: Slice) -> tuple[Slice, Slice, bool]:
    p = data_of(sep)
    i = Index(s, sep)
    if i >= 0:
        return _sub(s, 0, i), _sub(s, i + len(p), s.len), True
    return s, NIL_SLICE, False


def CutPrefix(s: Slice, prefix: Slice) -> tuple[Slice, bool]:
    p = data_of(prefix)
    a, lo, hi = _span(s)
    if a.startswith(p, lo, hi):
        return _sub(s, len(p), s.len), True
    return s, False


def CutSuffix(s: Slice, suffix: Slice) -> tuple[Slice, bool]:
    p = data_of(suffix)
    a, lo, hi = _span(s)
    if a.endswith(p, lo, hi):
        return _sub(s, 0, s.len - len(p)), True
    return s, False


def _explode(s: Slice, d: bytes, n: int) -> Slice:
    """Split into UTF-8 sequences (one per invalid byte), at most n pieces (the last takes the
    rest); the result's capacity is Go's: the byte length bounded by n."""
    if n <= 0 or n > len(d):
        n = len(d)
    if n:
        _malloc.alloc_array(_BYTES_T, n, _SITE_SPLIT)
    items: list = []
    pos = 0
    for i, _r in _utf8.runes(d):
        if i == 0:
            continue
        if len(items) + 1 >= n:
            break
        items.append(_sub3(s, pos, i))
        pos = i
    if pos < len(d):
        items.append(_sub(s, pos, s.len))
    cap = n
    return Slice(items + [NIL_SLICE] * (cap - len(items)), 0, len(items), cap)


def _gen_split(s: Slice, sep: Slice, save: bool, n: int) -> Slice:
    if n == 0:
        return NIL_SLICE
    d, p = data_of(s), data_of(sep)
    if not p:
        return _explode(s, d, n)
    if n < 0:
        n = d.count(p) + 1
    if n > len(d) + 1:
        n = len(d) + 1
    _malloc.alloc_array(_BYTES_T, n, _SITE_SPLIT)
    items: list = []
    keep = len(p) if save else 0
    start = 0
    while len(items) < n - 1:
        m = d.find(p, start)
        if m < 0:
            break
        items.append(_sub3(s, start, m + keep))
        start = m + len(p)
    items.append(_sub(s, start, s.len))
    return Slice(items + [NIL_SLICE] * (n - len(items)), 0, len(items), n)


def Split(s: Slice, sep: Slice) -> Slice:
    return _gen_split(s, sep, False, -1)


def SplitN(s: Slice, sep: Slice, n: int) -> Slice:
    return _gen_split(s, sep, False, n)


def SplitAfter(s: Slice, sep: Slice) -> Slice:
    return _gen_split(s, sep, True, -1)


def SplitAfterN(s: Slice, sep: Slice, n: int) -> Slice:
    return _gen_split(s, sep, True, n)


def _field_spans(d: bytes, is_sep: Callable[[int], Any]) -> list[tuple[int, int]]:
    spans = []
    start = -1
    for i, r in _utf8.runes(d):
        if is_sep(r):
            if start >= 0:
                spans.append((start, i))
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        spans.append((start, len(d)))
    return spans


def Fields(s: Slice) -> Slice:
    d = data_of(s)
    if d.isascii():
        spans = []
        pos = 0
        for word in d.split():
            i = d.index(word, pos)
            pos = i + len(word)
            spans.append((i, pos))
    else:
        spans = _field_spans(d, _gs.is_space)
    return _slices([_sub3(s, i, j) for i, j in spans], _SITE_FIELDS)


def FieldsFunc(s: Slice, f: Callable[[int], bool]) -> Slice:
    spans = _field_spans(data_of(s), f)
    return _slices([_sub3(s, i, j) for i, j in spans], _SITE_FIELDS)


def Join(s: Slice, sep: Slice) -> Slice:
    n = s.len
    if n == 0:
        return _empty()
    parts = [data_of(x) for x in s.a[s.off:s.off + n]]
    if n == 1:
        return copy_bytes(parts[0], _SITE_MAKE)
    out = data_of(sep).join(parts)
    return new_bytes(out, len(out), _SITE_MAKE)


# ---------------------------------------------------------------------------
# Building new slices


def _appended_cap(cap: int, lengths: list[int], site) -> int:
    """The capacity after appending pieces of these lengths one by one to an empty slice of
    capacity cap (each growth reported as an allocation)."""
    n = 0
    for w in lengths:
        n += w
        if n > cap:
            cap = grow_cap(cap, n, 1, False)
            _malloc.alloc_array(UINT8, cap, site)
    return cap


def _map_runes(mapping: Callable[[int], int], s: Slice) -> Slice:
    """Map's result: make([]byte, 0, len(s)) and one AppendRune per kept rune."""
    d = data_of(s)
    if d:
        _malloc.alloc_array(UINT8, len(d), _SITE_MAP)
    out = []
    for _i, r in _utf8.runes(d):
        m = mapping(r)
        if m >= 0:
            out.append(_utf8.encode_rune(m) if m >= 0x80 else bytes((m,)))
    cap = _appended_cap(len(d), [len(x) for x in out], _SITE_MAP)
    return Slice(bytearray(b"".join(out)).ljust(cap, b"\0"), 0, sum(map(len, out)), cap)


def Map(mapping: Callable[[int], int], s: Slice) -> Slice:
    return _map_runes(mapping, s)


def _ascii_case(s: Slice, d: bytes, conv: bytes) -> Slice:
    if conv == d:
        if not d:
            return _empty()
        return new_bytes(d, roundupsize(len(d), True), _SITE_MAP)  # append([]byte(""), s...)
    return new_bytes(conv, len(conv), _SITE_MAP)


def ToUpper(s: Slice) -> Slice:
    d = data_of(s)
    if d.isascii():
        return _ascii_case(s, d, d.upper())
    return _map_runes(_gs.to_upper_rune, s)


def ToLower(s: Slice) -> Slice:
    d = data_of(s)
    if d.isascii():
        return _ascii_case(s, d, d.lower())
    return _map_runes(_gs.to_lower_rune, s)


def ToTitle(s: Slice) -> Slice:
    return _map_runes(_gs.to_title_rune, s)


def ToUpperSpecial(c: Slice, s: Slice) -> Slice:
    from gomem.stdlib.unicode import SpecialCase_ToUpper
    return _map_runes(lambda r: SpecialCase_ToUpper(c, r), s)


def ToLowerSpecial(c: Slice, s: Slice) -> Slice:
    from gomem.stdlib.unicode import SpecialCase_ToLower
    return _map_runes(lambda r: SpecialCase_ToLower(c, r), s)


def ToTitleSpecial(c: Slice, s: Slice) -> Slice:
    from gomem.stdlib.unicode import SpecialCase_ToTitle
    return _map_runes(lambda r: SpecialCase_ToTitle(c, r), s)


def Title(s: Slice) -> Slice:
    prev = [0x20]

    def mapping(r: int) -> int:
        p = prev[0]
        prev[0] = r
        if _strings._is_separator(p):
            return _gs.to_title_rune(r)
        return r
    return _map_runes(mapping, s)


def ToValidUTF8(s: Slice, replacement: Slice) -> Slice:
    d, rep = data_of(s), data_of(replacement)
    cap0 = len(d) + len(rep)
    if cap0:
        _malloc.alloc_array(UINT8, cap0, _SITE_MAP)
    out = _gs.to_valid_utf8(d, rep)
    cap = cap0
    if len(out) > cap0:
        # Only then do the pieces Go appends one by one matter: replay them.
        pieces = []
        invalid = False
        for i, r in _utf8.runes(d):
            w = _utf8.decode_rune(d, i)[1] if d[i] >= 0x80 else 1
            if r == 0xFFFD and w == 1:
                if not invalid:
                    pieces.append(len(rep))
                invalid = True
            else:
                pieces.append(w)
                invalid = False
        cap = _appended_cap(cap0, pieces, _SITE_MAP)
    return Slice(bytearray(out).ljust(cap, b"\0"), 0, len(out), cap)


def Repeat(b: Slice, count: int) -> Slice:
    if count == 0:
        return _empty()
    if count < 0:
        _panic_str(b"bytes: negative Repeat count")
    d = data_of(b)
    if len(d) > _MAX_INT // count:
        _panic_str(b"bytes: Repeat output length overflow")
    if not d:
        return _empty()
    n = len(d) * count
    check_alloc(n)
    return new_bytes(d * count, n, _SITE_MAKE)


def Replace(s: Slice, old: Slice, new: Slice, n: int) -> Slice:
    d, o, w = data_of(s), data_of(old), data_of(new)
    m = _gs.count(d, o) if n != 0 else 0
    if m == 0:
        return copy_bytes(d, _SITE_MAKE)
    if n < 0 or m < n:
        n = m
    out = _gs.replace(d, o, w, n) if o != w else d
    return new_bytes(out, len(out), _SITE_MAKE)


def ReplaceAll(s: Slice, old: Slice, new: Slice) -> Slice:
    return Replace(s, old, new, -1)


def Runes(s: Slice) -> Slice:
    rs = _utf8.string_to_runes(data_of(s))
    if rs:
        _malloc.alloc_array(INT32, len(rs), _SITE_RUNES)
    return Slice(rs, 0, len(rs), len(rs))


# ---------------------------------------------------------------------------
# Trimming (subslices of the argument; nil where Go returns nil)


def _trim_bounds(d: bytes, cutset: bytes, left: bool, right: bool) -> tuple[int, int]:
    """The bounds [i:j] of d with the runes of cutset removed from the chosen ends."""
    j = len(d)
    if right:
        j = len(_gs.trim_right(d, cutset))
    i = 0
    if left:
        i = j - len(_gs.trim_left(d[:j], cutset))
    return i, j


def Trim(s: Slice, cutset: bytes) -> Slice:
    if s.len == 0:
        return NIL_SLICE
    if not cutset:
        return s
    i, j = _trim_bounds(data_of(s), cutset, True, True)
    return NIL_SLICE if i == j else _sub(s, i, j)


def TrimLeft(s: Slice, cutset: bytes) -> Slice:
    if s.len == 0:
        return NIL_SLICE
    if not cutset:
        return s
    i, j = _trim_bounds(data_of(s), cutset, True, False)
    return NIL_SLICE if i == j else _sub(s, i, j)


def TrimRight(s: Slice, cutset: bytes) -> Slice:
    if s.len == 0 or not cutset:
        return s
    i, j = _trim_bounds(data_of(s), cutset, False, True)
    return _sub(s, 0, j)


def TrimSpace(s: Slice) -> Slice:
    d = data_of(s)
    kept = _gs.trim_space(d)
    if not kept:
        return NIL_SLICE
    m = _gs._LEAD_SPACES.match(d)
    i = m.end() if m else 0
    return _sub(s, i, i + len(kept))


def TrimPrefix(s: Slice, prefix: Slice) -> Slice:
    p = data_of(prefix)
    a, lo, hi = _span(s)
    if a.startswith(p, lo, hi):
        return _sub(s, len(p), s.len)
    return s


def TrimSuffix(s: Slice, suffix: Slice) -> Slice:
    p = data_of(suffix)
    a, lo, hi = _span(s)
    if a.endswith(p, lo, hi):
        return _sub(s, 0, s.len - len(p))
    return s


def TrimLeftFunc(s: Slice, f: Callable[[int], bool]) -> Slice:
    i = _strings._index_func(data_of(s), f, False)
    if i == -1:
        return NIL_SLICE
    return _sub(s, i, s.len)


def TrimRightFunc(s: Slice, f: Callable[[int], bool]) -> Slice:
    d = data_of(s)
    i = _strings._last_index_func(d, f, False)
    if i >= 0 and d[i] >= 0x80:
        i += _utf8.decode_rune(d, i)[1]
    else:
        i += 1
    return _sub(s, 0, i)


def TrimFunc(s: Slice, f: Callable[[int], bool]) -> Slice:
    return TrimRightFunc(TrimLeftFunc(s, f), f)


# ---------------------------------------------------------------------------
# Buffer

_OP_READ = -1  # lastRead values: a read, nothing undoable, or a ReadRune of 1..4 bytes
_OP_INVALID = 0


def NewBuffer(buf: Slice) -> Any:
    return new_object(BUFFER, _SITE_NEW_BUFFER, buf, 0, _OP_INVALID)


def NewBufferString(s: bytes) -> Any:
    buf = new_bytes(s, roundupsize(len(s), True), _SITE_NEW_BUFFER) if s else _empty()
    return new_object(BUFFER, _SITE_NEW_BUFFER, buf, 0, _OP_INVALID)


def _buf_reset(b: Any) -> None:
    buf = b.buf
    b.buf = Slice(buf.a, buf.off, 0, buf.cap) if buf.a is not None else NIL_SLICE
    b.off = 0
    b.lastRead = _OP_INVALID


def _try_grow_by_reslice(b: Any, n: int) -> int:
    buf = b.buf
    ln = buf.len
    if n <= buf.cap - ln:
        b.buf = Slice(buf.a, buf.off, ln + n, buf.cap)
        return ln
    return -1


def _grow(b: Any, n: int) -> int:
    """Make room for n more bytes; returns the index where they go (Go's Buffer.grow)."""
    buf = b.buf
    m = buf.len - b.off
    if m == 0 and b.off != 0:
        _buf_reset(b)
        buf = b.buf
    i = _try_grow_by_reslice(b, n)
    if i >= 0:
        return i
    if buf.a is None and n <= _SMALL_BUFFER_SIZE:
        _malloc.alloc_array(UINT8, _SMALL_BUFFER_SIZE, _SITE_BUFFER)
        b.buf = Slice(bytearray(_SMALL_BUFFER_SIZE), 0, n, _SMALL_BUFFER_SIZE)
        return 0
    c = buf.cap
    off = b.off
    if n <= c // 2 - m:
        # Enough room once the unread part slides to the front.
        a = buf.a
        a[buf.off:buf.off + m] = a[buf.off + off:buf.off + off + m]
        b.buf = Slice(a, buf.off, m + n, c)
    elif c > _MAX_INT - c - n:
        raise GoPanic(ErrTooLarge)
    else:
        want = m + off + n
        if want < 2 * (c - off):
            want = 2 * (c - off)
        check_alloc(want)
        cap = roundupsize(want, True)
        _malloc.alloc_array(UINT8, cap, _SITE_BUFFER)
        na = bytearray(cap)
        if m:
            na[:m] = buf.a[buf.off + off:buf.off + off + m]
        b.buf = Slice(na, 0, m + n, cap)
    b.off = 0
    return m


def _write(b: Any, data) -> int:
    b.lastRead = _OP_INVALID
    n = len(data)
    m = _try_grow_by_reslice(b, n)
    if m < 0:
        m = _grow(b, n)
    if n:
        buf = b.buf
        buf.a[buf.off + m:buf.off + m + n] = data
    return n


def Buffer_Available(b: Any) -> int:
    return b.buf.cap - b.buf.len


def Buffer_AvailableBuffer(b: Any) -> Slice:
    buf = b.buf
    if buf.a is None:
        return NIL_SLICE
    return Slice(buf.a, buf.off + buf.len, 0, buf.cap - buf.len)


def Buffer_Bytes(b: Any) -> Slice:
    return _sub(b.buf, b.off, b.buf.len)


def Buffer_Cap(b: Any) -> int:
    return b.buf.cap


def Buffer_Len(b: Any) -> int:
    return b.buf.len - b.off


_SITE_BUFFER_STRING = ("bytes.(*Buffer).String", "bytes/buffer.go", 0)


def Buffer_String(b: Any) -> bytes:
    if b is None:
        return b"<nil>"
    buf = b.buf
    if buf.a is None:
        return b""
    n = buf.len - b.off
    if n > 1:  # string(b.buf[b.off:]): a copy (lengths 0 and 1 are static strings)
        return _malloc.heap_string(bytes(buf.a[buf.off + b.off:buf.off + buf.len]),
                                   _malloc.alloc(None, n, _SITE_BUFFER_STRING))
    return bytes(buf.a[buf.off + b.off:buf.off + buf.len])


def Buffer_Grow(b: Any, n: int) -> None:
    if n < 0:
        _panic_str(b"bytes.Buffer.Grow: negative count")
    m = _grow(b, n)
    buf = b.buf
    b.buf = Slice(buf.a, buf.off, m, buf.cap)


def Buffer_Reset(b: Any) -> None:
    _buf_reset(b)


def Buffer_Truncate(b: Any, n: int) -> None:
    if n == 0:
        _buf_reset(b)
        return
    b.lastRead = _OP_INVALID
    if n < 0 or n > b.buf.len - b.off:
        _panic_str(b"bytes.Buffer: truncation out of range")
    buf = b.buf
    b.buf = Slice(buf.a, buf.off, b.off + n, buf.cap)


def Buffer_Write(b: Any, p: Slice) -> tuple[int, Any]:
    return _write(b, p.a[p.off:p.off + p.len] if p.len else b""), None


def Buffer_WriteString(b: Any, s: bytes) -> tuple[int, Any]:
    return _write(b, s), None


def Buffer_WriteByte(b: Any, c: int) -> Any:
    _write(b, (c,))
    return None


def Buffer_WriteRune(b: Any, r: int) -> tuple[int, Any]:
    if 0 <= r < 0x80:
        _write(b, (r,))
        return 1, None
    b.lastRead = _OP_INVALID
    m = _try_grow_by_reslice(b, 4)
    if m < 0:
        m = _grow(b, 4)
    enc = _utf8.encode_rune(r)
    buf = b.buf
    buf.a[buf.off + m:buf.off + m + len(enc)] = enc
    b.buf = Slice(buf.a, buf.off, m + len(enc), buf.cap)
    return len(enc), None


def _read_call(r: Any, p: Slice) -> tuple[int, Any]:
    """r.Read(p) for an io.Reader interface value."""
    if r is None:
        from gomem.runtime.panic import panic_nil_deref
        panic_nil_deref()
    return r.t.m_Read(r.v, p)


def _write_call(w: Any, p: Slice) -> tuple[int, Any]:
    """w.Write(p) for an io.Writer interface value."""
    if w is None:
        from gomem.runtime.panic import panic_nil_deref
        panic_nil_deref()
    return w.t.m_Write(w.v, p)


def optional_method(v: Any, name: str, sig: Any) -> Callable | None:
    """v.name as a bound callable when the dynamic type of the interface value v has that method
    with signature sig (Go's check for an optional interface such as io.WriterTo), else None."""
    if v is None:
        return None
    m = getattr(v.t, "m_" + name, None)
    if m is None:
        return None
    from gomem.stdlib.fmt.format import _recorded_signature
    rec = _recorded_signature(v.t, name)
    if rec is not None and rec is not sig:
        return None
    recv = v.v
    return lambda *a: m(recv, *a)


def _io_type(name: str) -> Any:
    from gomem.compiler.driver import IMPORTER
    return IMPORTER("io").scope.names[name].type


def sig_write_to() -> Any:
    """The signature of io.WriterTo's method: WriteTo(io.Writer) (int64, error)."""
    return new_signature((_io_type("Writer"),), (INT64, ERROR))


def sig_read_from() -> Any:
    """The signature of io.ReaderFrom's method: ReadFrom(io.Reader) (int64, error)."""
    return new_signature((_io_type("Reader"),), (INT64, ERROR))


def is_eof(err: Any) -> bool:
    return err is not None and (err is _io.EOF or err == _io.EOF)


def Buffer_ReadFrom(b: Any, r: Any) -> tuple[int, Any]:
    b.lastRead = _OP_INVALID
    total = 0
    while True:
        i = _grow(b, MinRead)
        buf = b.buf
        b.buf = buf = Slice(buf.a, buf.off, i, buf.cap)
        m, e = _read_call(r, Slice(buf.a, buf.off + i, buf.cap - i, buf.cap - i))
        if m < 0:
            raise GoPanic(_ERR_NEGATIVE_READ)
        b.buf = Slice(buf.a, buf.off, i + m, buf.cap)
        total += m
        if is_eof(e):
            return total, None
        if e is not None:
            return total, e


def Buffer_WriteTo(b: Any, w: Any) -> tuple[int, Any]:
    b.lastRead = _OP_INVALID
    n_bytes = b.buf.len - b.off
    n = 0
    if n_bytes > 0:
        m, e = _write_call(w, _sub(b.buf, b.off, b.buf.len))
        if m > n_bytes:
            _panic_str(b"bytes.Buffer.WriteTo: invalid Write count")
        b.off += m
        n = m
        if e is not None:
            return n, e
        if m != n_bytes:
            return n, err_short_write()
    _buf_reset(b)
    return n, None


def _copy_into(p: Slice, data) -> int:
    n = min(p.len, len(data))
    if n:
        p.a[p.off:p.off + n] = data[:n]
    return n


def Buffer_Read(b: Any, p: Slice) -> tuple[int, Any]:
    b.lastRead = _OP_INVALID
    buf = b.buf
    if buf.len <= b.off:
        _buf_reset(b)
        if p.len == 0:
            return 0, None
        return 0, _io.EOF
    start = buf.off + b.off
    n = min(p.len, buf.len - b.off)
    if n:
        p.a[p.off:p.off + n] = buf.a[start:start + n]
    b.off += n
    if n > 0:
        b.lastRead = _OP_READ
    return n, None


def Buffer_Next(b: Any, n: int) -> Slice:
    b.lastRead = _OP_INVALID
    m = b.buf.len - b.off
    if n > m:
        n = m
    data = _sub(b.buf, b.off, b.off + n)
    b.off += n
    if n > 0:
        b.lastRead = _OP_READ
    return data


def Buffer_ReadByte(b: Any) -> tuple[int, Any]:
    buf = b.buf
    if buf.len <= b.off:
        _buf_reset(b)
        return 0, _io.EOF
    c = buf.a[buf.off + b.off]
    b.off += 1
    b.lastRead = _OP_READ
    return c, None


def Buffer_ReadRune(b: Any) -> tuple[int, int, Any]:
    buf = b.buf
    if buf.len <= b.off:
        _buf_reset(b)
        return 0, 0, _io.EOF
    start = buf.off + b.off
    c = buf.a[start]
    if c < 0x80:
        b.off += 1
        b.lastRead = 1
        return c, 1, None
    r, n = _utf8.decode_rune(bytes(buf.a[start:min(start + 4, buf.off + buf.len)]))
    b.off += n
    b.lastRead = n
    return r, n, None


def Buffer_UnreadRune(b: Any) -> Any:
    if b.lastRead <= _OP_INVALID:
        return _ERR_UNREAD_RUNE
    if b.off >= b.lastRead:
        b.off -= b.lastRead
    b.lastRead = _OP_INVALID
    return None


def Buffer_UnreadByte(b: Any) -> Any:
    if b.lastRead == _OP_INVALID:
        return _ERR_UNREAD_BYTE
    b.lastRead = _OP_INVALID
    if b.off > 0:
        b.off -= 1
    return None


def _read_slice(b: Any, delim: int) -> tuple[Slice, Any]:
    buf = b.buf
    start = buf.off + b.off
    end = buf.off + buf.len
    i = buf.a.find(delim, start, end) if buf.a is not None else -1
    err = None
    if i < 0:
        stop = buf.len
        err = _io.EOF
    else:
        stop = i - buf.off + 1
    line = _sub(buf, b.off, stop)
    b.off = stop
    b.lastRead = _OP_READ
    return line, err


def Buffer_ReadBytes(b: Any, delim: int) -> tuple[Slice, Any]:
    line, err = _read_slice(b, delim)
    return copy_bytes(data_of(line), _SITE_BUFFER), err


def Buffer_ReadString(b: Any, delim: int) -> tuple[bytes, Any]:
    line, err = _read_slice(b, delim)
    return data_of(line), err


# ---------------------------------------------------------------------------
# Reader

_ERR_READ_AT = _errors.New(b"bytes.Reader.ReadAt: negative offset")
_ERR_UNREAD_BYTE_START = _errors.New(b"bytes.Reader.UnreadByte: at beginning of slice")
_ERR_UNREAD_RUNE_START = _errors.New(b"bytes.Reader.UnreadRune: at beginning of slice")
_ERR_UNREAD_RUNE_PREV = _errors.New(b"bytes.Reader.UnreadRune: previous operation was not ReadRune")
_ERR_SEEK_WHENCE = _errors.New(b"bytes.Reader.Seek: invalid whence")
_ERR_SEEK_NEG = _errors.New(b"bytes.Reader.Seek: negative position")


def NewReader(b: Slice) -> Any:
    return new_object(READER, _SITE_READER, b, 0, -1)


def Reader_Len(r: Any) -> int:
    n = r.s.len
    return 0 if r.i >= n else n - r.i


def Reader_Size(r: Any) -> int:
    return r.s.len


def Reader_Read(r: Any, b: Slice) -> tuple[int, Any]:
    s = r.s
    if r.i >= s.len:
        return 0, _io.EOF
    r.prevRune = -1
    n = min(b.len, s.len - r.i)
    if n:
        start = s.off + r.i
        b.a[b.off:b.off + n] = s.a[start:start + n]
    r.i += n
    return n, None


def Reader_ReadAt(r: Any, b: Slice, off: int) -> tuple[int, Any]:
    if off < 0:
        return 0, _ERR_READ_AT
    s = r.s
    if off >= s.len:
        return 0, _io.EOF
    n = min(b.len, s.len - off)
    if n:
        b.a[b.off:b.off + n] = s.a[s.off + off:s.off + off + n]
    return n, (_io.EOF if n < b.len else None)


def Reader_ReadByte(r: Any) -> tuple[int, Any]:
    r.prevRune = -1
    s = r.s
    if r.i >= s.len:
        return 0, _io.EOF
    c = s.a[s.off + r.i]
    r.i += 1
    return c, None


def Reader_UnreadByte(r: Any) -> Any:
    if r.i <= 0:
        return _ERR_UNREAD_BYTE_START
    r.prevRune = -1
    r.i -= 1
    return None


def Reader_ReadRune(r: Any) -> tuple[int, int, Any]:
    s = r.s
    if r.i >= s.len:
        r.prevRune = -1
        return 0, 0, _io.EOF
    r.prevRune = r.i
    start = s.off + r.i
    c = s.a[start]
    if c < 0x80:
        r.i += 1
        return c, 1, None
    ch, size = _utf8.decode_rune(bytes(s.a[start:min(start + 4, s.off + s.len)]))
    r.i += size
    return ch, size, None


def Reader_UnreadRune(r: Any) -> Any:
    if r.i <= 0:
        return _ERR_UNREAD_RUNE_START
    if r.prevRune < 0:
        return _ERR_UNREAD_RUNE_PREV
    r.i = r.prevRune
    r.prevRune = -1
    return None


def Reader_Seek(r: Any, offset: int, whence: int) -> tuple[int, Any]:
    r.prevRune = -1
    if whence == 0:
        pos = offset
    elif whence == 1:
        pos = r.i + offset
    elif whence == 2:
        pos = r.s.len + offset
    else:
        return 0, _ERR_SEEK_WHENCE
    if pos < 0:
        return 0, _ERR_SEEK_NEG
    r.i = pos
    return pos, None


def Reader_WriteTo(r: Any, w: Any) -> tuple[int, Any]:
    r.prevRune = -1
    s = r.s
    if r.i >= s.len:
        return 0, None
    rest = _sub(s, r.i, s.len)
    m, err = _write_call(w, rest)
    if m > rest.len:
        _panic_str(b"bytes.Reader.WriteTo: invalid Write count")
    r.i += m
    if m != rest.len and err is None:
        err = err_short_write()
    return m, err


def Reader_Reset(r: Any, b: Slice) -> None:
    r.s = b
    r.i = 0
    r.prevRune = -1

