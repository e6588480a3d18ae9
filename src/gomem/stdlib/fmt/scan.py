"""fmt's scanning: Scan, Scanln, Scanf and their F (io.Reader) and S (string) forms.

The behaviour is Go 1.23's, rune by rune, because it is observable: how far the input is
consumed (a reader that is not an io.RuneScanner is read one byte per Read call, and the rune
read past a token is lost with the call's scan state), which error ends a scan and with which
text, and how many operands were stored before it.

A scan is a ``ScanState`` over a rune source: the reader's own ReadRune/UnreadRune when it is
an io.RuneScanner, else a ``ByteRunes`` that decodes UTF-8 from single bytes and can give one
rune back. Errors travel as ``ScanError`` (a GoPanic, since they may cross a user's Scan
method, as Go's scanError panics do) and become the call's err result. The state handed to a
user's Scan method is this object, as a ``*fmt.ss`` (see __init__.py).
"""

from __future__ import annotations

from typing import Any, Callable

from gomem.runtime.core import f32, string_to_bytes
from gomem.runtime.panic import GoPanic, panic_nil_deref
from gomem.runtime.values import Iface, Slice, slice_of
from gomem.stdlib import errors as _errors
from gomem.stdlib import io as _io
from gomem.stdlib import math as _math
from gomem.stdlib import strconv as _strconv
from gomem.stdlib import utf8 as _utf8
from gomem.types import types as T

EOF_RUNE = -1
HUGE_WIDTH = 1 << 30  # "no width given"
FLOAT_VERBS = "beEfFgGv"
BINARY, OCTAL, DECIMAL, HEX = "01", "01234567", "0123456789", "0123456789aAbBcCdDeEfF"

_SITE_BYTES = ("fmt.(*ss).scanOne", "fmt/scan.go", 0)


class ScanError(GoPanic):
    """The end of a scan: value is the error the Scan function returns."""


def _fail(msg: str | bytes) -> None:
    raise ScanError(_errors.New(msg.encode() if isinstance(msg, str) else msg))


def is_space(r: int) -> bool:
    """Go's scanning notion of white space (not unicode.IsSpace: no U+180E, no other Zs)."""
    return (9 <= r <= 13 or r == 0x20 or r == 0x85 or r == 0xA0 or r == 0x1680
            or 0x2000 <= r <= 0x200A or r in (0x2028, 0x2029, 0x202F, 0x205F, 0x3000))


def _not_space(r: int) -> bool:
    return not is_space(r)


# ---------------------------------------------------------------------------
# Rune sources


class ByteRunes:
    """Runes decoded from a source of single bytes, with one rune of look-back.

    ``peek`` >= 0 is a rune given back by unread_rune; otherwise it is ~(the last rune read),
    which unread_rune makes available again. Bytes of an invalid sequence past its first are
    kept in ``pending`` for the next reads.
    """

    __slots__ = ("read_byte", "pending", "peek")

    def __init__(self, read_byte: Callable[[], tuple[int, Any]]):
        self.read_byte = read_byte
        self.pending = bytearray()
        self.peek = -1

    def _byte(self) -> tuple[int, Any]:
        if self.pending:
            return self.pending.pop(0), None
        return self.read_byte()

    def read_rune(self) -> tuple[int, int, Any]:
        if self.peek >= 0:
            r = self.peek
            self.peek = ~r
            return r, _utf8.rune_len(r), None
        b, err = self._byte()
        if err is not None:
            return 0, 0, err
        if b < 0x80:
            self.peek = ~b
            return b, 1, None
        buf = bytearray((b,))
        while not _utf8.full_rune(bytes(buf)):
            b, err = self._byte()
            if err is not None:
                if err == _io.EOF:
                    break
                return 0, 0, err
            buf.append(b)
        r, size = _utf8.decode_rune(bytes(buf))
        if size < len(buf):
            self.pending[0:0] = buf[size:]
        self.peek = ~r
        return r, size, None

    def unread_rune(self) -> Any:
        if self.peek >= 0:
            return _errors.New(b"fmt: scanning called UnreadRune with no rune available")
        self.peek = ~self.peek
        return None


class IfaceRunes:
    """The rune source of an io.RuneScanner: its own ReadRune and UnreadRune."""

    __slots__ = ("v", "read", "unread")

    def __init__(self, rs: Iface):
        self.v = rs.v
        self.read = rs.t.m_ReadRune
        self.unread = rs.t.m_UnreadRune

    def read_rune(self) -> tuple[int, int, Any]:
        return self.read(self.v)

    def unread_rune(self) -> Any:
        return self.unread(self.v)


def string_bytes(s: bytes) -> Callable[[], tuple[int, Any]]:
    """Single bytes of a string (what Sscan's reader gives)."""
    pos = [0]

    def read_byte() -> tuple[int, Any]:
        i = pos[0]
        if i < len(s):
            pos[0] = i + 1
            return s[i], None
        return 0, _io.EOF
    return read_byte


def reader_bytes(r: Iface) -> Callable[[], tuple[int, Any]]:
    """Single bytes of an io.Reader, each from a Read of one byte (retried while it reads
    nothing and reports no error, as io.ReadFull does)."""
    read, v = r.t.m_Read, r.v
    buf = Slice(bytearray(1), 0, 1, 1)

    def read_byte() -> tuple[int, Any]:
        while True:
            n, err = read(v, buf)
            if n >= 1:
                return buf.a[0], None
            if err is not None:
                return 0, err
    return read_byte


def runes_of(r: Any) -> Any:
    """The rune source for an io.Reader interface value."""
    if r is None:
        panic_nil_deref()
    if hasattr(r.t, "m_ReadRune") and hasattr(r.t, "m_UnreadRune"):
        return IfaceRunes(r)
    return ByteRunes(reader_bytes(r))


# ---------------------------------------------------------------------------
# The scan state


class ScanState:
    """One call's scanning state (Go's *fmt.ss)."""

    def __init__(self, rs: Any, nl_is_space: bool, nl_is_end: bool):
        self.rs = rs
        self.buf = bytearray()
        self.count = 0  # runes consumed so far
        self.at_eof = False
        self.nl_is_space = nl_is_space
        self.nl_is_end = nl_is_end
        self.limit = HUGE_WIDTH
        self.arg_limit = HUGE_WIDTH
        self.max_wid = HUGE_WIDTH

    # -- reading runes

    def read_rune(self) -> tuple[int, int, Any]:
        if self.at_eof or self.count >= self.arg_limit:
            return 0, 0, _io.EOF
        r, size, err = self.rs.read_rune()
        if err is None:
            self.count += 1
            if self.nl_is_end and r == 10:
                self.at_eof = True
        elif err == _io.EOF:
            self.at_eof = True
        return r, size, err

    def get_rune(self) -> int:
        r, _, err = self.read_rune()
        if err is not None:
            if err == _io.EOF:
                return EOF_RUNE
            raise ScanError(err)
        return r

    def must_read_rune(self) -> int:
        r = self.get_rune()
        if r == EOF_RUNE:
            raise ScanError(_io.ErrUnexpectedEOF)
        return r

    def unread_rune(self) -> None:
        self.rs.unread_rune()
        self.at_eof = False
        self.count -= 1

    def write_rune(self, r: int) -> None:
        self.buf += _utf8.encode_rune(r)

    def skip_space(self) -> None:
        while True:
            r = self.get_rune()
            if r == EOF_RUNE:
                return
            if r == 13 and self.peek("\n"):
                continue
            if r == 10:
                if self.nl_is_space:
                    continue
                _fail("unexpected newline")
            if not is_space(r):
                self.unread_rune()
                return

    def token(self, skip_space: bool, f: Callable[[int], bool]) -> bytes:
        if skip_space:
            self.skip_space()
        while True:
            r = self.get_rune()
            if r == EOF_RUNE:
                break
            if not f(r):
                self.unread_rune()
                break
            self.write_rune(r)
        return bytes(self.buf)

    def consume(self, ok: str, accept: bool) -> bool:
        """Read a rune; keep it (in buf, if accept) when it is one of ok. A rejected rune is
        given back only when accept is set (as Go does)."""
        r = self.get_rune()
        if r == EOF_RUNE:
            return False
        if chr(r) in ok:
            if accept:
                self.write_rune(r)
            return True
        if accept:
            self.unread_rune()
        return False

    def accept(self, ok: str) -> bool:
        return self.consume(ok, True)

    def peek(self, ok: str) -> bool:
        r = self.get_rune()
        if r == EOF_RUNE:
            return False
        self.unread_rune()
        return chr(r) in ok

    def not_eof(self) -> None:
        if self.get_rune() == EOF_RUNE:
            raise ScanError(_io.EOF)  # Go panics with io.EOF itself: the call returns it
        self.unread_rune()

    def ok_verb(self, verb: int, ok: str, what: str) -> None:
        if chr(verb) not in ok:
            _fail(b"bad verb '%" + _utf8.encode_rune(verb) + b"' for " + what.encode())

    # -- operands

    def scan_bool(self, verb: int) -> bool:
        self.skip_space()
        self.not_eof()
        self.ok_verb(verb, "tv", "boolean")
        r = self.get_rune()
        bad = _errors.New(b"syntax error scanning boolean")
        if r == ord("0"):
            return False
        if r == ord("1"):
            return True
        if r in (ord("t"), ord("T")):
            if self.accept("rR") and (not self.accept("uU") or not self.accept("eE")):
                raise ScanError(bad)
            return True
        if r in (ord("f"), ord("F")):
            if self.accept("aA") and (not self.accept("lL") or not self.accept("sS") or not self.accept("eE")):
                raise ScanError(bad)
            return False
        return False

    def base_of(self, verb: int) -> tuple[int, str]:
        self.ok_verb(verb, "bdoUxXv", "integer")
        c = chr(verb)
        if c == "b":
            return 2, BINARY
        if c == "o":
            return 8, OCTAL
        if c in "xXU":
            return 16, HEX
        return 10, DECIMAL

    def number(self, digits: str, have_digits: bool) -> bytes:
        if not have_digits:
            self.not_eof()
            if not self.accept(digits):
                _fail("expected integer")
        while self.accept(digits):
            pass
        return bytes(self.buf)

    def scan_rune(self, bits: int) -> int:
        self.not_eof()
        r = self.get_rune()
        if _sign_extend(r, bits) != r:
            _fail(b"overflow on character value " + _utf8.encode_rune(r))
        return r

    def base_prefix(self) -> tuple[int, str, bool]:
        """For %v: the base a 0, 0b, 0o or 0x prefix announces (0: let strconv decide)."""
        if not self.peek("0"):
            return 0, DECIMAL + "_", False
        self.accept("0")
        for letters, digits in (("bB", BINARY), ("oO", OCTAL), ("xX", HEX)):
            if self.peek(letters):
                self.consume(letters, True)
                return 0, digits + "_", True
        return 0, OCTAL + "_", True

    def scan_int(self, verb: int, bits: int, unsigned: bool) -> int:
        if verb == ord("c"):
            r = self.scan_rune(bits)
            return r & (1 << 64) - 1 if unsigned else r
        self.skip_space()
        self.not_eof()
        base, digits = self.base_of(verb)
        have_digits = False
        if verb == ord("U"):
            if not self.consume("U", False) or not self.consume("+", False):
                _fail("bad unicode format ")
        else:
            if not unsigned:
                self.accept("+-")  # a sign stays in the token
            if verb == ord("v"):
                base, digits, have_digits = self.base_prefix()
        tok = self.number(digits, have_digits)
        if unsigned:
            i, err = _strconv.ParseUint(tok, base, 64)
        else:
            i, err = _strconv.ParseInt(tok, base, 64)
        if err is not None:
            raise ScanError(err)
        if unsigned:
            if i & ((1 << bits) - 1) != i:
                _fail(b"unsigned integer overflow on token " + tok)
        elif _sign_extend(i, bits) != i:
            _fail(b"integer overflow on token " + tok)
        return i

    def float_token(self) -> bytes:
        self.buf.clear()
        if self.accept("nN") and self.accept("aA") and self.accept("nN"):
            return bytes(self.buf)
        self.accept("+-")
        if self.accept("iI") and self.accept("nN") and self.accept("fF"):
            return bytes(self.buf)
        digits, exp = DECIMAL + "_", "eEpP"
        if self.accept("0") and self.accept("xX"):
            digits, exp = HEX + "_", "pP"
        while self.accept(digits):
            pass
        if self.accept("."):
            while self.accept(digits):
                pass
        if self.accept(exp):
            self.accept("+-")
            while self.accept(DECIMAL + "_"):
                pass
        return bytes(self.buf)

    def convert_float(self, tok: bytes, bits: int) -> float:
        p = tok.find(b"p")
        if p >= 0 and b"x" not in tok and b"X" not in tok:
            # a decimal mantissa with a binary exponent: mantissa * 2**exp
            f, err = _strconv.ParseFloat(tok[:p], bits)
            if err is not None:
                err.v.Num = tok
                raise ScanError(err)
            m, err = _strconv.Atoi(tok[p + 1:])
            if err is not None:
                err.v.Num = tok
                raise ScanError(err)
            return _math.Ldexp(f, m)
        f, err = _strconv.ParseFloat(tok, bits)
        if err is not None:
            raise ScanError(err)
        return f

    def scan_float(self, bits: int) -> float:
        self.skip_space()
        self.not_eof()
        f = self.convert_float(self.float_token(), bits)
        return f32(f) if bits == 32 else f

    def convert_string(self, verb: int) -> bytes:
        self.ok_verb(verb, "svqxX", "string")
        self.skip_space()
        self.not_eof()
        if verb == ord("q"):
            return self.quoted_string()
        if verb in (ord("x"), ord("X")):
            return self.hex_string()
        return self.token(True, _not_space)  # %s and %v: the next word

    def quoted_string(self) -> bytes:
        self.not_eof()
        quote = self.get_rune()
        if quote == ord("`"):
            while True:
                r = self.must_read_rune()
                if r == quote:
                    return bytes(self.buf)
                self.write_rune(r)
        if quote == ord('"'):
            self.buf.append(ord('"'))
            while True:
                r = self.must_read_rune()
                self.write_rune(r)
                if r == ord("\\"):
                    self.write_rune(self.must_read_rune())
                elif r == ord('"'):
                    break
            s, err = _strconv.Unquote(bytes(self.buf))
            if err is not None:
                raise ScanError(err)
            return s
        _fail("expected quoted string")
        return b""

    def hex_string(self) -> bytes:
        self.not_eof()
        while True:
            r = self.get_rune()
            if r == EOF_RUNE:
                break
            hi = _hex_value(r)
            if hi < 0:
                self.unread_rune()
                break
            lo = _hex_value(self.must_read_rune())
            if lo < 0:
                _fail("illegal hex digit")
            self.buf.append(hi << 4 | lo)
        if not self.buf:
            _fail("no hex data for %x string")
        return bytes(self.buf)

    def scan_one(self, verb: int, arg: Any) -> None:
        self.buf.clear()
        if arg is None:  # Go's reflection fails on it (the panic value is a *reflect.ValueError)
            raise GoPanic(_errors.New(b"reflect: call of reflect.Value.Type on zero Value"))
        t = arg.t
        scan = getattr(t, "m_Scan", None)
        if scan is not None:  # a Scanner scans itself
            err = scan(arg.v, Iface(STATE_TYPE[0], self), verb)
            if err is not None:
                raise ScanError(_io.ErrUnexpectedEOF if err == _io.EOF else err)
            return
        if not isinstance(t, T.Pointer):
            _fail(f"type not a pointer: {t}")
        elem = t.elem
        u = elem.underlying()
        ptr = arg.v
        basic = elem is u  # Go checks the verb of unnamed float operands only
        if isinstance(u, T.Basic):
            k = u.kind
            if k == T.Kind.BOOL:
                val: Any = self.scan_bool(verb)
            elif k in _INT_BITS:
                val = self.scan_int(verb, _INT_BITS[k], False)
            elif k in _UINT_BITS:
                val = self.scan_int(verb, _UINT_BITS[k], True)
            elif k in (T.Kind.FLOAT32, T.Kind.FLOAT64):
                bits = 32 if k == T.Kind.FLOAT32 else 64
                if basic:
                    self.ok_verb(verb, FLOAT_VERBS, f"float{bits}")
                val = self.scan_float(bits)
            elif k == T.Kind.STRING:
                val = self.convert_string(verb)
            else:
                _fail(f"can't scan type: {t}")
        elif isinstance(u, T.Slice) and u.elem.underlying() is T.UINT8:
            s = self.convert_string(verb)
            if basic and not isinstance(u.elem, T.Named):
                val = string_to_bytes(s, _SITE_BYTES)  # []byte(str)
            else:
                val = slice_of(bytearray(s))  # reflect.MakeSlice(len, len)
        else:
            _fail(f"can't scan type: {t}")
        if ptr is None:
            panic_nil_deref()
        ptr.v = val

    # -- whole calls

    def do_scan(self, args: list) -> tuple[int, Any]:
        n = 0
        try:
            for arg in args:
                self.scan_one(ord("v"), arg)
                n += 1
            if self.nl_is_end:  # Scanln: only spaces may follow, up to the newline
                while True:
                    r = self.get_rune()
                    if r == 10 or r == EOF_RUNE:
                        break
                    if not is_space(r):
                        _fail("expected newline")
        except ScanError as e:
            return n, e.value
        except GoPanic as e:
            return n, _repanic(e)
        return n, None

    def advance(self, fmt: bytes, i: int) -> int:
        """Match the literal text of fmt from i on against the input; return where a verb
        starts (or the end), or -1 when the input does not match."""
        start = i
        n = len(fmt)
        while i < n:
            c, w = _utf8.decode_rune(fmt, i)
            if is_space(c):
                newlines = 0
                trailing_space = False
                while is_space(c) and i < n:
                    if c == 10:
                        newlines += 1
                        trailing_space = False
                    else:
                        trailing_space = True
                    i += w
                    c, w = _utf8.decode_rune(fmt, i) if i < n else (_utf8.RUNE_ERROR, 0)
                for _ in range(newlines):
                    r = self.get_rune()
                    while is_space(r) and r != 10:
                        r = self.get_rune()
                    if r != 10 and r != EOF_RUNE:
                        _fail("newline in format does not match input")
                if trailing_space:
                    r = self.get_rune()
                    if newlines == 0:
                        if not is_space(r) and r != EOF_RUNE:
                            _fail("expected space in input to match format")
                        if r == 10:
                            _fail("newline in input does not match format")
                    while is_space(r) and r != 10:
                        r = self.get_rune()
                    if r != EOF_RUNE:
                        self.unread_rune()
                continue
            if c == ord("%"):
                if i + w == n:
                    _fail("missing verb: % at end of format string")
                if fmt[i + w:i + w + 1] != b"%":
                    return i - start
                i += w  # %% is a literal %
            r = self.must_read_rune()
            if r != c:
                self.unread_rune()
                return -1
            i += w
        return i - start

    def do_scanf(self, fmt: bytes, args: list) -> tuple[int, Any]:
        n = 0
        try:
            end = len(fmt) - 1
            i = 0
            while i <= end:
                w = self.advance(fmt, i)
                if w > 0:
                    i += w
                    continue
                if fmt[i] != ord("%"):
                    if w < 0:
                        _fail("input does not match format")
                    break
                i += 1
                wid, present, i = _parse_width(fmt, i, end)
                self.max_wid = wid if present else HUGE_WIDTH
                c, w = _utf8.decode_rune(fmt, i) if i < len(fmt) else (_utf8.RUNE_ERROR, 0)
                i += w
                if c != ord("c"):
                    self.skip_space()
                if c == ord("%"):
                    self.skip_space()
                    self.not_eof()
                    if not self.accept("%"):
                        _fail("missing literal %")
                    continue
                self.arg_limit = self.limit
                if self.count + self.max_wid < self.arg_limit:
                    self.arg_limit = self.count + self.max_wid
                if n >= len(args):
                    _fail(b"too few operands for format '%" + fmt[i - w:] + b"'")
                self.scan_one(c, args[n])
                n += 1
                self.arg_limit = self.limit
            if n < len(args):
                _fail("too many operands")
        except ScanError as e:
            return n, e.value
        except GoPanic as e:
            return n, _repanic(e)
        return n, None


def _repanic(e: GoPanic) -> Any:
    """Another panic during a scan (a nil pointer operand, a Scan method's panic): Go's scan
    recovers it, returns io.EOF as the error if that was the panic value, and otherwise
    panics again with the same value (printed as "panic: v [recovered]" then "panic: v")."""
    if e.value == _io.EOF:
        return e.value
    e.recovered = True
    again = GoPanic(e.value)
    again.previous = e.previous + [e]
    again.goroutine = e.goroutine
    raise again from None


# The *fmt.ss type (set by __init__.py, which builds it).
STATE_TYPE: list[Any] = [None]

_INT_BITS = {T.Kind.INT: 64, T.Kind.INT8: 8, T.Kind.INT16: 16, T.Kind.INT32: 32, T.Kind.INT64: 64}
_UINT_BITS = {T.Kind.UINT: 64, T.Kind.UINT8: 8, T.Kind.UINT16: 16, T.Kind.UINT32: 32,
              T.Kind.UINT64: 64, T.Kind.UINTPTR: 64}


def _sign_extend(x: int, bits: int) -> int:
    x &= (1 << bits) - 1
    return x - (1 << bits) if x >> (bits - 1) else x


def _hex_value(r: int) -> int:
    if 48 <= r <= 57:
        return r - 48
    if 97 <= r <= 102:
        return r - 87
    if 65 <= r <= 70:
        return r - 55
    return -1


def _parse_width(fmt: bytes, start: int, end: int) -> tuple[int, bool, int]:
    """A width in fmt at start (digits before end only, as Go's parsenum)."""
    if start >= end:
        return 0, False, end
    num = 0
    present = False
    i = start
    while i < end and 48 <= fmt[i] <= 57:
        if num > 1_000_000:
            return 0, False, end  # absurdly long: not a width
        num = num * 10 + fmt[i] - 48
        present = True
        i += 1
    return num, present, i
