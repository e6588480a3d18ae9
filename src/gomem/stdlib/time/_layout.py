"""Go's layout language (Time.Format, Parse): a layout is example text of the reference time
Mon Jan 2 15:04:05 MST 2006 (-0700); each recognised piece ("2006", "Jan", "15", "Z07:00",
".000", ...) stands for a field and everything else is literal.

``elements(layout)`` splits a layout once (cached) into (is_field, text) pieces; ``format``
renders fields through them and ``parse`` reads a value with them. The recognition rules and
the error texts are Go 1.23's (checked against it by tests/stdlib/test_time.py).
"""

from __future__ import annotations

from dataclasses import dataclass

LONG_MONTHS = (b"January", b"February", b"March", b"April", b"May", b"June", b"July", b"August",
               b"September", b"October", b"November", b"December")
LONG_DAYS = (b"Sunday", b"Monday", b"Tuesday", b"Wednesday", b"Thursday", b"Friday", b"Saturday")
SHORT_MONTHS = tuple(m[:3] for m in LONG_MONTHS)
SHORT_DAYS = tuple(d[:3] for d in LONG_DAYS)

# numeric zone pieces, longest first for each leading character: (text, with colons,
# has minutes, has seconds); the Z forms print "Z" for UTC
_ZONES = (b"Z070000", b"Z07:00:00", b"Z0700", b"Z07:00", b"Z07",
          b"-070000", b"-07:00:00", b"-0700", b"-07:00", b"-07")
_ZONE_SHAPE = {z: (b":" in z, len(z.replace(b":", b"")) >= 5, len(z.replace(b":", b"")) == 7) for z in _ZONES}

_DIGITS = b"0123456789"


def _is_digit(s: bytes, i: int) -> bool:
    return i < len(s) and 48 <= s[i] <= 57


def _field_len(lay: bytes, i: int) -> int:
    """The length of the field piece that starts at lay[i], or 0 when lay[i] is literal."""
    c = lay[i:i + 1]
    if c == b"J":
        if lay.startswith(b"January", i):
            return 7
        # "Jan" followed by a lower-case letter is a word, not the month ("Janu" stays)
        if lay.startswith(b"Jan", i) and not (i + 3 < len(lay) and 97 <= lay[i + 3] <= 122):
            return 3
    elif c == b"M":
        if lay.startswith(b"Monday", i):
            return 6
        if lay.startswith(b"Mon", i) and not (i + 3 < len(lay) and 97 <= lay[i + 3] <= 122):
            return 3
        if lay.startswith(b"MST", i):
            return 3
    elif c == b"0":
        if i + 1 < len(lay) and 49 <= lay[i + 1] <= 54:  # 01 .. 06
            return 2
        if lay.startswith(b"002", i):
            return 3
    elif c == b"1":
        return 2 if lay.startswith(b"15", i) else 1
    elif c == b"2":
        return 4 if lay.startswith(b"2006", i) else 1
    elif c == b"_":
        if lay.startswith(b"_2", i):
            # "_2006" is a literal underscore before the year
            return 0 if lay.startswith(b"_2006", i) else 2
        if lay.startswith(b"__2", i):
            return 3
    elif c in (b"3", b"4", b"5"):
        return 1
    elif c == b"P":
        return 2 if lay.startswith(b"PM", i) else 0
    elif c == b"p":
        return 2 if lay.startswith(b"pm", i) else 0
    elif c in (b"-", b"Z"):
        for z in _ZONES:
            if z[0] == lay[i] and lay.startswith(z, i):
                return len(z)
    elif c in (b".", b","):
        if i + 1 < len(lay) and lay[i + 1] in b"09":
            j = i + 1
            while j < len(lay) and lay[j] == lay[i + 1]:
                j += 1
            if not _is_digit(lay, j):  # a run of 0s or 9s not followed by a digit
                return j - i
    return 0


_cache: dict[bytes, tuple[tuple[bool, bytes], ...]] = {}


def elements(lay: bytes) -> tuple[tuple[bool, bytes], ...]:
    """The layout as (is_field, text) pieces, literal text merged."""
    got = _cache.get(lay)
    if got is not None:
        return got
    out: list[tuple[bool, bytes]] = []
    lit = bytearray()
    i = 0
    while i < len(lay):
        n = _field_len(lay, i)
        if n:
            if lit:
                out.append((False, bytes(lit)))
                lit.clear()
            out.append((True, lay[i:i + n]))
            i += n
        else:
            lit.append(lay[i])
            i += 1
    if lit:
        out.append((False, bytes(lit)))
    res = tuple(out)
    if len(_cache) < 256:
        _cache[lay] = res
    return res


def _is_frac(e: bytes) -> bool:
    return e[0] in b".,"


def _pad(n: int, width: int) -> bytes:
    """n in decimal, zero-padded to width digits after any sign."""
    s = str(abs(n)).zfill(width).encode()
    return b"-" + s if n < 0 else s


@dataclass
class Fields:
    """What a layout can show of a time in its zone."""

    year: int
    month: int
    day: int
    yday: int
    wday: int
    hour: int
    minute: int
    sec: int
    nsec: int
    abbr: bytes
    offset: int


def _zone_text(e: bytes, offset: int) -> bytes:
    if e[0] == 90 and offset == 0:  # 'Z'
        return b"Z"
    colon, with_min, with_sec = _ZONE_SHAPE[e]
    minutes = abs(offset) // 60  # whole minutes of the offset (seconds shown apart)
    out = bytearray(b"-" if offset < 0 else b"+")
    out += _pad(minutes // 60, 2)
    if with_min:
        if colon:
            out += b":"
        out += _pad(minutes % 60, 2)
    if with_sec:
        if colon:
            out += b":"
        out += _pad(abs(offset) % 60, 2)
    return bytes(out)


def format(lay: bytes, f: Fields) -> bytes:
    out = bytearray()
    for is_field, e in elements(lay):
        if not is_field:
            out += e
            continue
        if e == b"2006":
            out += _pad(f.year, 4)
        elif e == b"06":
            out += _pad(abs(f.year) % 100, 2)
        elif e == b"January":
            out += LONG_MONTHS[f.month - 1]
        elif e == b"Jan":
            out += SHORT_MONTHS[f.month - 1]
        elif e == b"1":
            out += str(f.month).encode()
        elif e == b"01":
            out += _pad(f.month, 2)
        elif e == b"Monday":
            out += LONG_DAYS[f.wday]
        elif e == b"Mon":
            out += SHORT_DAYS[f.wday]
        elif e == b"2":
            out += str(f.day).encode()
        elif e == b"_2":
            out += str(f.day).encode().rjust(2)
        elif e == b"02":
            out += _pad(f.day, 2)
        elif e == b"__2":
            out += str(f.yday).encode().rjust(3)
        elif e == b"002":
            out += _pad(f.yday, 3)
        elif e == b"15":
            out += _pad(f.hour, 2)
        elif e == b"3" or e == b"03":
            h = f.hour % 12 or 12
            out += _pad(h, 2) if e == b"03" else str(h).encode()
        elif e == b"4":
            out += str(f.minute).encode()
        elif e == b"04":
            out += _pad(f.minute, 2)
        elif e == b"5":
            out += str(f.sec).encode()
        elif e == b"05":
            out += _pad(f.sec, 2)
        elif e == b"PM":
            out += b"PM" if f.hour >= 12 else b"AM"
        elif e == b"pm":
            out += b"pm" if f.hour >= 12 else b"am"
        elif e == b"MST":
            if f.abbr:
                out += f.abbr
            else:  # an unnamed zone shows its offset as -0700
                m = int(f.offset / 60)
                out += (b"-" if m < 0 else b"+") + _pad(abs(m) // 60, 2) + _pad(abs(m) % 60, 2)
        elif e in _ZONE_SHAPE:
            out += _zone_text(e, f.offset)
        else:  # fractional seconds: ".000" always shows its digits, ".999" drops trailing zeros
            n = min(len(e) - 1, 9)
            digits = b"%09d" % f.nsec
            digits = digits[:n]
            if e[1] == 57:  # '9'
                digits = digits.rstrip(b"0")
                if not digits:
                    continue
            out += e[:1] + digits
    return bytes(out)


# ---------------------------------------------------------------------------------------
# Parsing


class Bad(Exception):
    """The value does not match the piece being read."""


class OutOfRange(Exception):
    """A number was read but is out of range; args[0] names the field ("month", ...)."""


@dataclass
class Parsed:
    year: int = 0
    month: int = -1
    day: int = -1
    yday: int = -1
    hour: int = 0
    minute: int = 0
    sec: int = 0
    nsec: int = 0
    pm: bool = False
    am: bool = False
    utc: bool = False  # "Z" or "UTC" seen
    offset: int | None = None  # a numeric offset seen
    zone: bytes | None = None  # a zone abbreviation seen


@dataclass
class Failure:
    layout_elem: bytes
    value_elem: bytes
    message: bytes


def _num(v: bytes, fixed: bool) -> tuple[int, bytes]:
    """One or two digits (exactly two when fixed)."""
    if not _is_digit(v, 0):
        raise Bad
    if not _is_digit(v, 1):
        if fixed:
            raise Bad
        return v[0] - 48, v[1:]
    return (v[0] - 48) * 10 + v[1] - 48, v[2:]


def _num3(v: bytes, fixed: bool) -> tuple[int, bytes]:
    """One to three digits (exactly three when fixed)."""
    n = 0
    k = 0
    while k < 3 and _is_digit(v, k):
        n = n * 10 + v[k] - 48
        k += 1
    if k == 0 or (fixed and k != 3):
        raise Bad
    return n, v[k:]


def _leading_int(v: bytes) -> tuple[int, bytes]:
    k = 0
    x = 0
    while k < len(v) and 48 <= v[k] <= 57:
        x = x * 10 + v[k] - 48
        if x > 1 << 63:
            raise Bad
        k += 1
    return x, v[k:]


def _atoi(v: bytes) -> int:
    """A decimal integer with an optional sign, the whole of v."""
    neg = False
    if v[:1] in (b"-", b"+"):
        neg = v[:1] == b"-"
        v = v[1:]
    x, rest = _leading_int(v)
    if rest or not v:
        raise Bad
    return -x if neg else x


def _lookup(names: tuple[bytes, ...], v: bytes) -> tuple[int, bytes]:
    """The index of the name v starts with (ASCII case-insensitively)."""
    for k, name in enumerate(names):
        if len(v) >= len(name) and v[:len(name)].lower() == name.lower():
            return k, v[len(name):]
    raise Bad


def _skip(v: bytes, lit: bytes) -> bytes:
    """v after the literal text lit; a run of spaces in lit matches one or more spaces."""
    i = 0
    while i < len(lit):
        if lit[i] == 32:
            if v and v[0] != 32:
                raise _SkipFail(v)
            while i < len(lit) and lit[i] == 32:
                i += 1
            v = v.lstrip(b" ")
            continue
        if not v or v[0] != lit[i]:
            raise _SkipFail(v)
        v = v[1:]
        i += 1
    return v


class _SkipFail(Bad):
    def __init__(self, rest: bytes):
        super().__init__()
        self.rest = rest


def _signed_offset_len(v: bytes) -> int:
    """The length of a "+h"/"-hh" offset (hours up to 12) at the start of v, 0 if none."""
    if v[:1] not in (b"+", b"-"):
        return 0
    try:
        x, rest = _leading_int(v[1:])
    except Bad:
        return 0
    if len(rest) == len(v) - 1 or x > 12:
        return 0
    return len(v) - len(rest)


def _zone_name_len(v: bytes) -> int:
    """The length of a time zone abbreviation at the start of v, 0 if it does not look like one."""
    if len(v) < 3:
        return 0
    if v[:4] in (b"ChST", b"MeST"):
        return 4
    if v[:3] == b"GMT":
        return 3 + _signed_offset_len(v[3:]) if len(v) > 3 else 3
    if v[:1] in (b"+", b"-"):
        return _signed_offset_len(v)
    upper = 0
    while upper < min(len(v), 6) and 65 <= v[upper] <= 90:
        upper += 1
    if upper == 3:
        return 3
    if upper == 4 and (v[3] == 84 or v[:4] == b"WITA"):
        return 4
    if upper == 5 and v[4] == 84:
        return 5
    return 0


def _nanos(v: bytes, nbytes: int) -> int:
    """The fraction v[1:nbytes] (v[0] is '.' or ',') in nanoseconds, nine digits at most read."""
    if v[:1] not in (b".", b","):
        raise Bad
    if nbytes > 10:
        nbytes = 10
    ns = _atoi(v[1:nbytes])
    if ns < 0:
        raise OutOfRange("fractional second")
    return ns * 10 ** (10 - nbytes)


def _read_zone(e: bytes, v: bytes, p: Parsed) -> bytes:
    if e[0] == 90 and v[:1] == b"Z":
        p.utc = True
        return v[1:]
    colon, with_min, with_sec = _ZONE_SHAPE[e]
    # the shape of the value: sign, hh, then [:]mm, then [:]ss
    want = 3 + (2 + colon if with_min else 0) + (2 + colon if with_sec else 0)
    if len(v) < want:
        raise Bad
    if colon and (v[3] != 58 or (with_sec and v[6] != 58)):
        raise Bad
    hh = v[1:3]
    mm = v[3 + colon:5 + colon] if with_min else b"00"
    ss = v[5 + 2 * colon:7 + 2 * colon] if with_sec else b"00"
    err = None
    hr = mn = sc = 0
    try:
        hr = _num(hh, True)[0]
        mn = _num(mm, True)[0]
        sc = _num(ss, True)[0]
    except Bad as x:
        err = x
    rng = None
    if hr > 24:
        rng = "time zone offset hour"
    if mn > 60:
        rng = "time zone offset minute"
    if sc > 60:
        rng = "time zone offset second"
    off = (hr * 60 + mn) * 60 + sc
    if v[0] == 45:
        off = -off
    elif v[0] != 43:
        err = Bad()
    if rng is not None:
        raise OutOfRange(rng, v[want:])
    if err is not None:
        raise err
    p.offset = off
    return v[want:]


def _next_is_frac(elems: tuple[tuple[bool, bytes], ...], k: int) -> bool:
    """Whether the next field piece after elems[k] is fractional seconds."""
    for is_field, e in elems[k + 1:]:
        if is_field:
            return _is_frac(e)
    return False


def parse(lay: bytes, value: bytes) -> Parsed | Failure:
    p = Parsed()
    v = value
    elems = elements(lay)
    for k, (is_field, e) in enumerate(elems):
        if not is_field:
            try:
                v = _skip(v, e)
            except _SkipFail as x:
                return Failure(e, x.rest, b"")
            continue
        start = v
        try:
            v = _read_field(e, v, p, elems, k)
        except OutOfRange as x:
            return Failure(e, x.args[1] if len(x.args) > 1 else v, b": " + x.args[0].encode() + b" out of range")
        except Bad:
            return Failure(e, start, b"")
    if v:
        return Failure(b"", v, b": extra text: " + quote(v))
    return p


def _read_field(e: bytes, v: bytes, p: Parsed, elems: tuple[tuple[bool, bytes], ...], k: int) -> bytes:
    if e == b"2006":
        if len(v) < 4 or not _is_digit(v, 0):
            raise Bad
        p.year = _atoi(v[:4])
        return v[4:]
    if e == b"06":
        if len(v) < 2:
            raise Bad
        y = _atoi(v[:2])
        p.year = y + (1900 if y >= 69 else 2000)
        return v[2:]
    if e == b"January" or e == b"Jan":
        m, v = _lookup(LONG_MONTHS if e == b"January" else SHORT_MONTHS, v)
        p.month = m + 1
        return v
    if e == b"1" or e == b"01":
        m, v = _num(v, e == b"01")
        if not 1 <= m <= 12:
            raise OutOfRange("month", v)
        p.month = m
        return v
    if e == b"Monday" or e == b"Mon":
        return _lookup(LONG_DAYS if e == b"Monday" else SHORT_DAYS, v)[1]  # read, not checked
    if e in (b"2", b"_2", b"02"):
        if e == b"_2" and v[:1] == b" ":
            v = v[1:]
        p.day, v = _num(v, e == b"02")
        return v  # checked against the month and year at the end
    if e == b"__2" or e == b"002":
        if e == b"__2":
            for _ in range(2):
                if v[:1] == b" ":
                    v = v[1:]
        p.yday, v = _num3(v, e == b"002")
        return v  # checked against the year at the end
    if e == b"15":
        p.hour, v = _num(v, False)
        if p.hour >= 24:
            raise OutOfRange("hour", v)
        return v
    if e == b"3" or e == b"03":
        p.hour, v = _num(v, e == b"03")
        if p.hour > 12:
            raise OutOfRange("hour", v)
        return v
    if e == b"4" or e == b"04":
        p.minute, v = _num(v, e == b"04")
        if p.minute >= 60:
            raise OutOfRange("minute", v)
        return v
    if e == b"5" or e == b"05":
        p.sec, v = _num(v, e == b"05")
        if p.sec >= 60:
            raise OutOfRange("second", v)
        # a fraction right after the seconds is read even when the layout has none
        if len(v) >= 2 and v[0] in b".," and _is_digit(v, 1) and not _next_is_frac(elems, k):
            n = 2
            while _is_digit(v, n):
                n += 1
            p.nsec = _nanos(v, n)
            v = v[n:]
        return v
    if e == b"PM" or e == b"pm":
        if len(v) < 2:
            raise Bad
        word = v[:2]
        if word == (b"PM" if e == b"PM" else b"pm"):
            p.pm = True
        elif word == (b"AM" if e == b"PM" else b"am"):
            p.am = True
        else:
            raise Bad
        return v[2:]
    if e == b"MST":
        if v[:3] == b"UTC":
            p.utc = True
            return v[3:]
        n = _zone_name_len(v)
        if n == 0:
            raise Bad
        p.zone = v[:n]
        return v[n:]
    if e in _ZONE_SHAPE:
        return _read_zone(e, v, p)
    # fractional seconds
    if e[1] == 48:  # ".000": exactly that many digits (those past the ninth are ignored)
        n = len(e)
        if len(v) < n:
            raise Bad
        p.nsec = _nanos(v, n)
        return v[n:]
    # ".999": any number of digits, or none at all
    if len(v) < 2 or v[0] not in b".," or not _is_digit(v, 1):
        return v
    n = 1
    while _is_digit(v, n):
        n += 1
    p.nsec = _nanos(v, n)
    return v[n:]


def quote(s: bytes) -> bytes:
    """A string in double quotes as the time package quotes values in its errors: \\" and \\\\
    escaped, control and non-ASCII bytes as \\xNN."""
    out = bytearray(b'"')
    for c in s:
        if c < 32 or c >= 128:
            out += b"\\x%02x" % c
        elif c in (34, 92):
            out += bytes((92, c))
        else:
            out.append(c)
    out.append(34)
    return bytes(out)
