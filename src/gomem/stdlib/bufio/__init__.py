"""Package bufio: the Python implementations of the body-less declarations in api.go.

Reader, Writer and Scanner are the api.go struct types (found by gomem_bind) and keep Go's
state in Go's fields: the buffer is a ``[]byte`` Slice over a bytearray, so the slices that
Peek, ReadSlice, ReadLine and Scanner.Bytes return alias the buffer exactly as in Go (and are
overwritten by the next read). The underlying io.Reader / io.Writer is called through its
interface value, so user types, *os.File (os.Stdin, os.Stdout), *bytes.Buffer and
*strings.Builder all work. The optional-interface checks Go makes (io.WriterTo, io.ReaderFrom,
io.StringWriter on the wrapped value) are made here too, on the method's recorded signature.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime.panic import GoPanic, go_panic_bounds, panic_index
from gomem.runtime.values import NIL_SLICE, Slice
from gomem.stdlib import bytes as _bytes
from gomem.stdlib import errors as _errors
from gomem.stdlib import gostrings as _gs
from gomem.stdlib import utf8 as _utf8
from gomem.types.types import ERROR, INT, STRING, UINT8, Named, new_pointer, new_signature

MaxScanTokenSize = 64 * 1024
_DEFAULT_BUF_SIZE = 4096
_MIN_READ_BUFFER_SIZE = 16
_MAX_CONSECUTIVE_EMPTY_READS = 100
_START_BUF_SIZE = 4096  # Scanner's first buffer

ErrInvalidUnreadByte = _errors.New(b"bufio: invalid use of UnreadByte")
ErrInvalidUnreadRune = _errors.New(b"bufio: invalid use of UnreadRune")
ErrBufferFull = _errors.New(b"bufio: buffer full")
ErrNegativeCount = _errors.New(b"bufio: negative count")
ErrTooLong = _errors.New(b"bufio.Scanner: token too long")
ErrNegativeAdvance = _errors.New(b"bufio.Scanner: SplitFunc returns negative advance count")
ErrAdvanceTooFar = _errors.New(b"bufio.Scanner: SplitFunc returns advance count beyond input")
ErrBadReadCount = _errors.New(b"bufio.Scanner: Read returned impossible count")
ErrFinalToken = _errors.New(b"final token")
_ERR_NEGATIVE_READ = _errors.New(b"bufio: reader returned negative count from Read")
_ERR_NEGATIVE_WRITE = _errors.New(b"bufio: writer returned negative count from Write")

_SITE_READER = ("bufio.NewReaderSize", "bufio/bufio.go", 0)
_SITE_WRITER = ("bufio.NewWriterSize", "bufio/bufio.go", 0)
_SITE_SCANNER = ("bufio.(*Scanner).Scan", "bufio/scan.go", 0)
_SITE_COLLECT = ("bufio.(*Reader).collectFragments", "bufio/bufio.go", 0)

READER: Named
WRITER: Named
SCANNER: Named
READ_WRITER: Named
_SIG_WRITE_STRING = new_signature((STRING,), (INT, ERROR))


def gomem_bind(pkg: Any) -> None:
    """Find the api.go types and install their methods for interface dispatch."""
    global READER, WRITER, SCANNER, READ_WRITER
    names = pkg.scope.names
    READER, WRITER = names["Reader"].type, names["Writer"].type
    SCANNER, READ_WRITER = names["Scanner"].type, names["ReadWriter"].type
    _bytes.install_methods(pkg, globals())


_method = _bytes.optional_method
_read_call = _bytes._read_call
_write_call = _bytes._write_call
_is_eof = _bytes.is_eof


def _err_no_progress() -> Any:
    return _bytes.io_sentinel("ErrNoProgress", b"multiple Read calls return no data or error")


def _new_buf(size: int, site) -> Slice:
    _malloc.alloc_array(UINT8, size, site)
    return Slice(bytearray(size), 0, size, size)


def _view(buf: Slice, i: int, j: int) -> Slice:
    """buf[i:j]."""
    return Slice(buf.a, buf.off + i, j - i, buf.cap - i)


def _bytes_at(buf: Slice, i: int, j: int) -> bytes:
    return bytes(buf.a[buf.off + i:buf.off + j])


# ---------------------------------------------------------------------------
# Reader


def NewReaderSize(rd: Any, size: int) -> Any:
    if rd is not None and rd.t is new_pointer(READER) and rd.v is not None and rd.v.buf.len >= size:
        return rd.v
    if size < _MIN_READ_BUFFER_SIZE:
        size = _MIN_READ_BUFFER_SIZE
    return _bytes.new_object(READER, _SITE_READER, _new_buf(size, _SITE_READER), rd, 0, 0, None, -1, -1)


def NewReader(rd: Any) -> Any:
    return NewReaderSize(rd, _DEFAULT_BUF_SIZE)


def _reader_reset(b: Any, buf: Slice, rd: Any) -> None:
    b.buf = buf
    b.rd = rd
    b.r = b.w = 0
    b.err = None
    b.lastByte = -1
    b.lastRuneSize = -1


def Reader_Reset(b: Any, r: Any) -> None:
    if r is not None and r.t is new_pointer(READER) and r.v is b:
        return  # resetting a Reader onto itself would make it read from itself forever
    buf = b.buf
    if buf.a is None:
        buf = _new_buf(_DEFAULT_BUF_SIZE, _SITE_READER)
    _reader_reset(b, buf, r)


def Reader_Size(b: Any) -> int:
    return b.buf.len


def Reader_Buffered(b: Any) -> int:
    return b.w - b.r


def _fill(b: Any) -> None:
    """Read a new chunk into the buffer (after moving the unread bytes to its front)."""
    buf = b.buf
    if b.r > 0:
        a, off = buf.a, buf.off
        a[off:off + b.w - b.r] = a[off + b.r:off + b.w]
        b.w -= b.r
        b.r = 0
    if b.w >= buf.len:
        _bytes._panic_str(b"bufio: tried to fill full buffer")
    for _ in range(_MAX_CONSECUTIVE_EMPTY_READS):
        n, err = _read_call(b.rd, _view(buf, b.w, buf.len))
        if n < 0:
            raise GoPanic(_ERR_NEGATIVE_READ)
        b.w += n
        if err is not None:
            b.err = err
            return
        if n > 0:
            return
    b.err = _err_no_progress()


def _read_err(b: Any) -> Any:
    err = b.err
    b.err = None
    return err


def Reader_Peek(b: Any, n: int) -> tuple[Slice, Any]:
    if n < 0:
        return NIL_SLICE, ErrNegativeCount
    b.lastByte = -1
    b.lastRuneSize = -1
    size = b.buf.len
    while b.w - b.r < n and b.w - b.r < size and b.err is None:
        _fill(b)
    if n > size:
        return _view(b.buf, b.r, b.w), ErrBufferFull
    err = None
    avail = b.w - b.r
    if avail < n:
        n = avail
        err = _read_err(b)
        if err is None:
            err = ErrBufferFull
    return _view(b.buf, b.r, b.r + n), err


def Reader_Discard(b: Any, n: int) -> tuple[int, Any]:
    if n < 0:
        return 0, ErrNegativeCount
    if n == 0:
        return 0, None
    b.lastByte = -1
    b.lastRuneSize = -1
    remain = n
    while True:
        skip = b.w - b.r
        if skip == 0:
            _fill(b)
            skip = b.w - b.r
        if skip > remain:
            skip = remain
        b.r += skip
        remain -= skip
        if remain == 0:
            return n, None
        if b.err is not None:
            return n - remain, _read_err(b)


def Reader_Read(b: Any, p: Slice) -> tuple[int, Any]:
    n = p.len
    if n == 0:
        if b.w - b.r > 0:
            return 0, None
        return 0, _read_err(b)
    buf = b.buf
    if b.r == b.w:
        if b.err is not None:
            return 0, _read_err(b)
        if n >= buf.len:
            # A large read with an empty buffer goes straight to the underlying reader.
            n, b.err = _read_call(b.rd, p)
            if n < 0:
                raise GoPanic(_ERR_NEGATIVE_READ)
            if n > 0:
                b.lastByte = p.a[p.off + n - 1]
                b.lastRuneSize = -1
            return n, _read_err(b)
        b.r = b.w = 0
        n, b.err = _read_call(b.rd, buf)
        if n < 0:
            raise GoPanic(_ERR_NEGATIVE_READ)
        if n == 0:
            return 0, _read_err(b)
        b.w += n
    n = min(p.len, b.w - b.r)
    start = buf.off + b.r
    p.a[p.off:p.off + n] = buf.a[start:start + n]
    b.r += n
    b.lastByte = buf.a[buf.off + b.r - 1]
    b.lastRuneSize = -1
    return n, None


def Reader_ReadByte(b: Any) -> tuple[int, Any]:
    b.lastRuneSize = -1
    while b.r == b.w:
        if b.err is not None:
            return 0, _read_err(b)
        _fill(b)
    buf = b.buf
    c = buf.a[buf.off + b.r]
    b.r += 1
    b.lastByte = c
    return c, None


def Reader_UnreadByte(b: Any) -> Any:
    if b.lastByte < 0 or (b.r == 0 and b.w > 0):
        return ErrInvalidUnreadByte
    if b.r > 0:
        b.r -= 1
    else:
        b.w = 1  # the buffer is empty: the unread byte becomes its only content
    buf = b.buf
    buf.a[buf.off + b.r] = b.lastByte
    b.lastByte = -1
    b.lastRuneSize = -1
    return None


def Reader_ReadRune(b: Any) -> tuple[int, int, Any]:
    buf = b.buf
    while (b.r + 4 > b.w and not _utf8.full_rune(_bytes_at(buf, b.r, b.w)) and b.err is None
           and b.w - b.r < buf.len):
        _fill(b)
    b.lastRuneSize = -1
    if b.r == b.w:
        return 0, 0, _read_err(b)
    c = buf.a[buf.off + b.r]
    r, size = c, 1
    if c >= 0x80:
        r, size = _utf8.decode_rune(_bytes_at(buf, b.r, min(b.w, b.r + 4)))
    b.r += size
    b.lastByte = buf.a[buf.off + b.r - 1]
    b.lastRuneSize = size
    return r, size, None


def Reader_UnreadRune(b: Any) -> Any:
    if b.lastRuneSize < 0 or b.r < b.lastRuneSize:
        return ErrInvalidUnreadRune
    b.r -= b.lastRuneSize
    b.lastByte = -1
    b.lastRuneSize = -1
    return None


def Reader_ReadSlice(b: Any, delim: int) -> tuple[Slice, Any]:
    buf = b.buf
    searched = 0  # bytes already searched
    err = None
    while True:
        i = buf.a.find(delim, buf.off + b.r + searched, buf.off + b.w)
        if i >= 0:
            end = i - buf.off + 1
            line = _view(buf, b.r, end)
            b.r = end
            break
        if b.err is not None:
            line = _view(buf, b.r, b.w)
            b.r = b.w
            err = _read_err(b)
            break
        if b.w - b.r >= buf.len:
            b.r = b.w
            line = buf
            err = ErrBufferFull
            break
        searched = b.w - b.r
        _fill(b)
    if line.len:
        b.lastByte = line.a[line.off + line.len - 1]
        b.lastRuneSize = -1
    return line, err


def Reader_ReadLine(b: Any) -> tuple[Slice, bool, Any]:
    line, err = Reader_ReadSlice(b, 10)
    if err is ErrBufferFull:
        # The line does not fit: return its first part, keeping a final \r for the next call
        # so that a \r\n split between two calls is still recognised.
        if line.len and line.a[line.off + line.len - 1] == 13:
            if b.r == 0:
                _bytes._panic_str(b"bufio: tried to rewind past start of buffer")
            b.r -= 1
            line = Slice(line.a, line.off, line.len - 1, line.cap)
        return line, True, None
    if line.len == 0:
        if err is not None:
            line = NIL_SLICE
        return line, False, err
    err = None
    end = line.off + line.len
    if line.a[end - 1] == 10:
        drop = 2 if line.len > 1 and line.a[end - 2] == 13 else 1
        line = Slice(line.a, line.off, line.len - drop, line.cap)
    return line, False, err


def _collect(b: Any, delim: int) -> tuple[bytes, Any]:
    """Everything up to and including delim (or to an error), across full buffers."""
    parts = []
    while True:
        frag, err = Reader_ReadSlice(b, delim)
        if err is not ErrBufferFull:
            parts.append(_bytes.data_of(frag))
            break
        data = _bytes.data_of(frag)
        _malloc.alloc_array(UINT8, len(data), _SITE_COLLECT)  # the copy Go keeps of each full buffer
        parts.append(data)
    return b"".join(parts), err


def Reader_ReadBytes(b: Any, delim: int) -> tuple[Slice, Any]:
    data = _buffered_line(b, delim)
    if data is not None:
        return _bytes.new_bytes(data, len(data), _SITE_COLLECT), None
    data, err = _collect(b, delim)
    return _bytes.new_bytes(data, len(data), _SITE_COLLECT) if data else Slice(bytearray(), 0, 0, 0), err


def _buffered_line(b: Any, delim: int) -> bytes | None:
    """Fast path of ReadString/ReadBytes, same result: the text up to delim when it is
    already buffered (consumed), else None."""
    buf = b.buf
    a = buf.a
    if a is None:
        return None
    start = buf.off + b.r
    i = a.find(delim, start, buf.off + b.w)
    if i < 0:
        return None
    b.r = i + 1 - buf.off
    b.lastByte = delim
    b.lastRuneSize = -1
    return bytes(memoryview(a)[start:i + 1])


def Reader_ReadString(b: Any, delim: int) -> tuple[bytes, Any]:
    data = _buffered_line(b, delim)
    if data is not None:  # (the strings.Builder Go collects the line in is the string)
        return _malloc.heap_string(data, _malloc.alloc_array(UINT8, len(data), _SITE_COLLECT)), None
    data, err = _collect(b, delim)
    if data:
        return _malloc.heap_string(data, _malloc.alloc_array(UINT8, len(data), _SITE_COLLECT)), err
    return data, err


def _write_buf(b: Any, w: Any) -> tuple[int, Any]:
    n, err = _write_call(w, _view(b.buf, b.r, b.w))
    if n < 0:
        raise GoPanic(_ERR_NEGATIVE_WRITE)
    b.r += n
    return n, err


def Reader_WriteTo(b: Any, w: Any) -> tuple[int, Any]:
    b.lastByte = -1
    b.lastRuneSize = -1
    n, err = _write_buf(b, w)
    if err is not None:
        return n, err
    write_to = _method(b.rd, "WriteTo", _bytes.sig_write_to())
    if write_to is not None:
        m, err = write_to(w)
        return n + m, err
    read_from = _method(w, "ReadFrom", _bytes.sig_read_from())
    if read_from is not None:
        m, err = read_from(b.rd)
        return n + m, err
    if b.w - b.r < b.buf.len:
        _fill(b)
    while b.r < b.w:
        m, err = _write_buf(b, w)
        n += m
        if err is not None:
            return n, err
        _fill(b)
    if _is_eof(b.err):
        b.err = None
    return n, _read_err(b)


# ---------------------------------------------------------------------------
# Writer


def NewWriterSize(w: Any, size: int) -> Any:
    if w is not None and w.t is new_pointer(WRITER) and w.v is not None and w.v.buf.len >= size:
        return w.v
    if size <= 0:
        size = _DEFAULT_BUF_SIZE
    return _bytes.new_object(WRITER, _SITE_WRITER, None, _new_buf(size, _SITE_WRITER), 0, w)


def NewWriter(w: Any) -> Any:
    return NewWriterSize(w, _DEFAULT_BUF_SIZE)


def Writer_Size(b: Any) -> int:
    return b.buf.len


def Writer_Reset(b: Any, w: Any) -> None:
    if w is not None and w.t is new_pointer(WRITER) and w.v is b:
        return  # a Writer reset onto itself would write to itself forever
    if b.buf.a is None:
        b.buf = _new_buf(_DEFAULT_BUF_SIZE, _SITE_WRITER)
    b.err = None
    b.n = 0
    b.wr = w


def Writer_Flush(b: Any) -> Any:
    if b.err is not None:
        return b.err
    if b.n == 0:
        return None
    n, err = _write_call(b.wr, _view(b.buf, 0, b.n))
    if n < b.n and err is None:
        err = _bytes.err_short_write()
    if err is not None:
        if 0 < n < b.n:
            buf = b.buf
            buf.a[buf.off:buf.off + b.n - n] = buf.a[buf.off + n:buf.off + b.n]
        b.n -= n
        b.err = err
        return err
    b.n = 0
    return None


def Writer_Available(b: Any) -> int:
    return b.buf.len - b.n


def Writer_AvailableBuffer(b: Any) -> Slice:
    buf = b.buf
    if buf.a is None:
        return NIL_SLICE
    return Slice(buf.a, buf.off + b.n, 0, buf.cap - b.n)


def Writer_Buffered(b: Any) -> int:
    return b.n


def _put(b: Any, data, start: int) -> int:
    """Copy data[start:] into the free part of the buffer; returns how many bytes fit."""
    buf = b.buf
    n = min(len(data) - start, buf.len - b.n)
    if n > 0:
        buf.a[buf.off + b.n:buf.off + b.n + n] = data[start:start + n]
        b.n += n
    return max(n, 0)


def Writer_Write(b: Any, p: Slice) -> tuple[int, Any]:
    data = p.a[p.off:p.off + p.len] if p.len else b""
    nn = 0
    pos = 0
    while len(data) - pos > b.buf.len - b.n and b.err is None:
        if b.n == 0:
            # Large write with an empty buffer: write directly, skipping the copy.
            n, b.err = _write_call(b.wr, Slice(p.a, p.off + pos, p.len - pos, p.cap - pos))
        else:
            n = _put(b, data, pos)
            Writer_Flush(b)
        nn += n
        pos += n
    if b.err is not None:
        return nn, b.err
    nn += _put(b, data, pos)
    return nn, None


def Writer_WriteString(b: Any, s: bytes) -> tuple[int, Any]:
    buf = b.buf
    n = len(s)
    if b.err is None and n <= buf.len - b.n:
        # Fast path, same result: it fits in the buffer.
        at = buf.off + b.n
        buf.a[at:at + n] = s
        b.n += n
        return n, None
    nn = 0
    pos = 0
    string_writer = None
    try_string_writer = True
    while len(s) - pos > b.buf.len - b.n and b.err is None:
        if try_string_writer:
            string_writer = _method(b.wr, "WriteString", _SIG_WRITE_STRING)
            try_string_writer = string_writer is not None
        if b.n == 0 and try_string_writer:
            n, b.err = string_writer(s[pos:])
        else:
            n = _put(b, s, pos)
            Writer_Flush(b)
        nn += n
        pos += n
    if b.err is not None:
        return nn, b.err
    nn += _put(b, s, pos)
    return nn, None


def Writer_WriteByte(b: Any, c: int) -> Any:
    if b.err is not None:
        return b.err
    if b.buf.len - b.n <= 0 and Writer_Flush(b) is not None:
        return b.err
    buf = b.buf
    buf.a[buf.off + b.n] = c
    b.n += 1
    return None


def Writer_WriteRune(b: Any, r: int) -> tuple[int, Any]:
    if 0 <= r < 0x80:
        err = Writer_WriteByte(b, r)
        if err is not None:
            return 0, err
        return 1, None
    if b.err is not None:
        return 0, b.err
    enc = _utf8.encode_rune(r)
    if b.buf.len - b.n < 4:
        Writer_Flush(b)
        if b.err is not None:
            return 0, b.err
        if b.buf.len - b.n < 4:
            return Writer_WriteString(b, enc)  # the buffer is too small to ever hold a rune
    _put(b, enc, 0)
    return len(enc), None


def Writer_ReadFrom(b: Any, r: Any) -> tuple[int, Any]:
    if b.err is not None:
        return 0, b.err
    read_from = _method(b.wr, "ReadFrom", _bytes.sig_read_from())
    n = 0
    m = 0
    err = None
    while True:
        if b.buf.len - b.n == 0:
            err1 = Writer_Flush(b)
            if err1 is not None:
                return n, err1
        if read_from is not None and b.n == 0:
            nn, err = read_from(r)
            b.err = err
            return n + nn, err
        tries = 0
        while tries < _MAX_CONSECUTIVE_EMPTY_READS:
            m, err = _read_call(r, _view(b.buf, b.n, b.buf.len))
            if m != 0 or err is not None:
                break
            tries += 1
        if tries == _MAX_CONSECUTIVE_EMPTY_READS:
            return n, _err_no_progress()
        b.n += m
        n += m
        if err is not None:
            break
    if _is_eof(err):
        if b.buf.len - b.n == 0:
            err = Writer_Flush(b)
        else:
            err = None
    return n, err


# ---------------------------------------------------------------------------
# ReadWriter


def NewReadWriter(r: Any, w: Any) -> Any:
    return _bytes.new_object(READ_WRITER, ("bufio.NewReadWriter", "bufio/bufio.go", 0), r, w)


# ---------------------------------------------------------------------------
# Split functions

_ERROR_RUNE = b"\xef\xbf\xbd"


def ScanBytes(data: Slice, at_eof: bool) -> tuple[int, Slice, Any]:
    if at_eof and data.len == 0:
        return 0, NIL_SLICE, None
    if data.cap < 1:
        go_panic_bounds(f"slice bounds out of range [:1] with capacity {data.cap}")
    return 1, Slice(data.a, data.off, 1, data.cap), None


def ScanRunes(data: Slice, at_eof: bool) -> tuple[int, Slice, Any]:
    if at_eof and data.len == 0:
        return 0, NIL_SLICE, None
    if data.len == 0:
        panic_index(0, 0)
    a, off = data.a, data.off
    if a[off] < 0x80:
        return 1, Slice(a, off, 1, data.cap), None
    head = bytes(a[off:off + min(4, data.len)])
    _r, width = _utf8.decode_rune(head)
    if width > 1:
        return width, Slice(a, off, width, data.cap), None
    if not at_eof and not _utf8.full_rune(head):
        return 0, NIL_SLICE, None  # maybe the rest of the rune is still to come
    return 1, Slice(bytearray(_ERROR_RUNE), 0, 3, 3), None


def ScanLines(data: Slice, at_eof: bool) -> tuple[int, Slice, Any]:
    n = data.len
    if n == 0:
        return 0, NIL_SLICE, None
    a, off = data.a, data.off
    i = a.find(10, off, off + n)
    if i >= 0:
        ln = i - off
        if ln and a[i - 1] == 13:
            return ln + 1, Slice(a, off, ln - 1, data.cap), None
        return ln + 1, Slice(a, off, ln, data.cap), None
    if at_eof:
        if a[off + n - 1] == 13:
            return n, Slice(a, off, n - 1, data.cap), None
        return n, data, None
    return 0, NIL_SLICE, None


def ScanWords(data: Slice, at_eof: bool) -> tuple[int, Slice, Any]:
    d = _bytes.data_of(data)
    n = len(d)
    start = 0
    while start < n:
        c = d[start]
        if c < 0x80:
            if c not in b" \t\n\v\f\r":
                break
            start += 1
            continue
        r, width = _utf8.decode_rune(d, start)
        if not _gs.is_space(r):
            break
        start += width
    i = start
    while i < n:
        c = d[i]
        if c < 0x80:
            r, width = c, 1
        else:
            r, width = _utf8.decode_rune(d, i)
        if _gs.is_space(r):
            return i + width, Slice(data.a, data.off + start, i - start, data.cap - start), None
        i += width
    if at_eof and n > start:
        return n, Slice(data.a, data.off + start, n - start, data.cap - start), None
    return start, NIL_SLICE, None


# ---------------------------------------------------------------------------
# Scanner


def NewScanner(r: Any) -> Any:
    return _bytes.new_object(SCANNER, ("bufio.NewScanner", "bufio/scan.go", 0),
                             r, ScanLines, MaxScanTokenSize, NIL_SLICE, NIL_SLICE, 0, 0, None, 0, False, False)


def _set_err(s: Any, err: Any) -> None:
    if s.err is None or _is_eof(s.err):
        s.err = err


def Scanner_Scan(s: Any) -> bool:
    if s.done:
        return False
    s.scanCalled = True
    split = s.split
    if split is ScanLines and s.err is None and s.end > s.start:
        # Fast path for the common case, same result as the loop below: a whole line is
        # buffered.
        buf = s.buf
        a = buf.a
        first = buf.off + s.start
        i = a.find(10, first, buf.off + s.end)
        if i >= 0:
            ln = i - first
            s.token = Slice(a, first, ln - 1 if ln and a[i - 1] == 13 else ln, buf.cap - s.start)
            s.start += ln + 1
            s.empties = 0
            return True
    while True:
        # A token from what is buffered? At EOF or after an error, the split function gets a
        # last chance to return a (possibly empty) final token.
        if s.end > s.start or s.err is not None:
            buf = s.buf
            data = Slice(buf.a, buf.off + s.start, s.end - s.start, buf.cap - s.start)
            if split is None:
                from gomem.runtime.panic import panic_nil_deref
                panic_nil_deref()
            advance, token, err = split(data, s.err is not None)
            if err is not None:
                if err == ErrFinalToken:
                    s.token = token
                    s.done = True
                    return token.a is not None
                _set_err(s, err)
                return False
            if advance < 0:
                _set_err(s, ErrNegativeAdvance)
                return False
            if advance > s.end - s.start:
                _set_err(s, ErrAdvanceTooFar)
                return False
            s.start += advance
            s.token = token
            if token.a is not None:
                if s.err is None or advance > 0:
                    s.empties = 0
                else:
                    # Empty tokens at EOF that do not advance: stop a split function that
                    # would return them forever.
                    s.empties += 1
                    if s.empties > _MAX_CONSECUTIVE_EMPTY_READS:
                        _bytes._panic_str(b"bufio.Scan: too many empty tokens without progressing")
                return True
        if s.err is not None:
            s.start = s.end = 0
            return False
        # Read more: first move the data to the front when that frees useful room.
        buf = s.buf
        size = buf.len
        if s.start > 0 and (s.end == size or s.start > size // 2):
            a, off = buf.a, buf.off
            a[off:off + s.end - s.start] = a[off + s.start:off + s.end]
            s.end -= s.start
            s.start = 0
        if s.end == size:
            if size >= s.maxTokenSize or size > ((1 << 63) - 1) // 2:
                _set_err(s, ErrTooLong)
                return False
            new_size = size * 2
            if new_size == 0:
                new_size = _START_BUF_SIZE
            new_size = min(new_size, s.maxTokenSize)
            nb = _new_buf(new_size, _SITE_SCANNER)
            kept = s.end - s.start
            if kept:
                nb.a[:kept] = buf.a[buf.off + s.start:buf.off + s.end]
            s.end = kept
            s.start = 0
            s.buf = buf = nb
            size = new_size
        loops = 0
        while True:
            n, err = _read_call(s.r, Slice(buf.a, buf.off + s.end, size - s.end, buf.cap - s.end))
            if n < 0 or size - s.end < n:
                _set_err(s, ErrBadReadCount)
                break
            s.end += n
            if err is not None:
                _set_err(s, err)
                break
            if n > 0:
                s.empties = 0
                break
            loops += 1
            if loops > _MAX_CONSECUTIVE_EMPTY_READS:
                _set_err(s, _err_no_progress())
                break


def Scanner_Bytes(s: Any) -> Slice:
    return s.token


def Scanner_Text(s: Any) -> bytes:
    t = s.token
    if t.a is None or not t.len:
        return b""
    return bytes(t.a[t.off:t.off + t.len])


def Scanner_Err(s: Any) -> Any:
    if _is_eof(s.err):
        return None
    return s.err


def Scanner_Buffer(s: Any, buf: Slice, max: int) -> None:
    if s.scanCalled:
        _bytes._panic_str(b"Buffer called after Scan")
    s.buf = Slice(buf.a, buf.off, buf.cap, buf.cap) if buf.a is not None else NIL_SLICE
    s.maxTokenSize = max


def Scanner_Split(s: Any, split: Any) -> None:
    if s.scanCalled:
        _bytes._panic_str(b"Split called after Scan")
    s.split = split

