"""Package time (see api.go): Duration, the clocks, calendar dates, locations, formatting and
parsing (the layout language is in _layout.py), Sleep and timers.

Calendar: a Time holds seconds since January 1, year 1, 00:00 UTC (``sec``) and the location
its fields are shown in (``loc``, None for UTC). Wall-clock fields come from the seconds plus
the zone's offset at that instant, turned into a proleptic Gregorian date by ``_civil`` (day
numbers counted from 0001-01-01, which was a Monday). Locations are fixed offsets, or a
zoneinfo file of the system (``tz``) read through Python's zoneinfo.

The struct types (Time, Timer, Ticker, runtimeTimer) and Duration are built here and listed in
TYPES, so that the checker uses these very objects for the api.go declarations and the values
made here are ordinary Go values of those types.

Timers: a Timer or Ticker holds a ``runtimeTimer`` struct (as Go's runtime does) whose ``f`` is
``sendTime`` (``arg`` is the timer channel) or ``goFunc`` (``arg`` is the AfterFunc function).
While armed, it has a ``sched.Timer`` (kept in ``Scheduler.rtimers``) whose ``fire`` calls
``f(arg, seq, delta)``. A timer channel is marked (``Chan.timer``) so that len/cap report 0 and a
receive fires a due timer at once, and Stop/Reset empty it: Go 1.23's synchronous timer
channels (a value sent but not received counts as not sent, so Stop then reports true).
"""

from __future__ import annotations

import os as _os
import time as _time
import zoneinfo as _zoneinfo
from datetime import datetime as _datetime
from datetime import timezone as _timezone
from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime import sched as _sched
from gomem.runtime.chan import Chan, select
from gomem.runtime.panic import go_panic
from gomem.runtime.values import NIL_SLICE, Iface, Slice, struct_class
from gomem.stdlib import errors as _errors
from gomem.stdlib.time import _layout
from gomem.stdlib.time._layout import quote as _quote
from gomem.types.types import (
    EMPTY_INTERFACE,
    INT,
    INT32,
    INT64,
    STRING,
    UINT8,
    UINTPTR,
    ChanDir,
    Field,
    FuncInfo,
    Named,
    Type,
    new_chan,
    new_pointer,
    new_signature,
    new_struct,
)


def _named_struct(name: str, fields: tuple[tuple[str, Type], ...]) -> Named:
    return Named(name, "time", new_struct(tuple(Field(n, t, False, "time") for n, t in fields)))


DURATION = Named("Duration", "time", INT64)
MONTH = Named("Month", "time", INT)
WEEKDAY = Named("Weekday", "time", INT)
LOCATION = _named_struct("Location", (("name", STRING), ("tz", STRING), ("offset", INT)))
LOCATION_PTR = new_pointer(LOCATION)
PARSE_ERROR = _named_struct("ParseError", tuple((n, STRING) for n in (
    "Layout", "Value", "LayoutElem", "ValueElem", "Message")))
TIME = _named_struct("Time", (("sec", INT64), ("nsec", INT32), ("mono", INT64), ("loc", LOCATION_PTR)))
CHAN_TIME = new_chan(TIME)
RUNTIME_TIMER = _named_struct("runtimeTimer", (
    ("when", INT64), ("period", INT64), ("f", new_signature((EMPTY_INTERFACE, UINTPTR, INT64), ())),
    ("arg", EMPTY_INTERFACE), ("seq", UINTPTR)))
TIMER = _named_struct("Timer", (("C", new_chan(TIME, ChanDir.RECV)), ("r", RUNTIME_TIMER)))
TICKER = _named_struct("Ticker", (("C", new_chan(TIME, ChanDir.RECV)), ("r", RUNTIME_TIMER)))
_FUNC = new_signature((), ())

TYPES: dict[str, Named] = {"Duration": DURATION, "Time": TIME, "runtimeTimer": RUNTIME_TIMER,
                           "Timer": TIMER, "Ticker": TICKER, "Month": MONTH, "Weekday": WEEKDAY,
                           "Location": LOCATION, "ParseError": PARSE_ERROR}

_Time = struct_class(TIME)
_Timer = struct_class(TIMER)
_Ticker = struct_class(TICKER)
_Location = struct_class(LOCATION)
_ParseError = struct_class(PARSE_ERROR)

# allocation sites of the heap objects Go allocates here (measured with go1.23: NewTimer and
# NewTicker make 3 objects, 248 bytes; AfterFunc 1 object, 112 bytes)
_SITE_TIMER = ("time.NewTimer", "time/sleep.go", 0)
_SITE_TICKER = ("time.NewTicker", "time/tick.go", 0)
_SITE_AFTERFUNC = ("time.AfterFunc", "time/sleep.go", 0)
_SITE_APPEND = ("time.Time.AppendFormat", "time/format.go", 0)

Nanosecond = 1
Microsecond = 1000
Millisecond = 1000 * Microsecond
Second = 1000 * Millisecond
Minute = 60 * Second
Hour = 60 * Minute

_MIN = -(1 << 63)
_MAX = (1 << 63) - 1

UNIX_TO_INTERNAL = (1969 * 365 + 1969 // 4 - 1969 // 100 + 1969 // 400) * 86400


def _panic_str(msg: str) -> None:
    go_panic(Iface(STRING, msg.encode()))


def _i64(v: int) -> int:
    return ((v + (1 << 63)) & ((1 << 64) - 1)) - (1 << 63)


def _quo(a: int, b: int) -> int:
    """Go's truncated integer division."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _rem(a: int, b: int) -> int:
    return a - b * _quo(a, b)


# ---------------------------------------------------------------------------------------
# Duration


def Duration_String(d: int) -> bytes:
    """Go's Duration.String: 1h2m3.5s, 1.5ms, 1µs, 0s."""
    neg = d < 0
    u = -d if neg else d
    if u < Second:
        if u == 0:
            return b"0s"
        if u < Microsecond:
            prec, unit = 0, b"ns"
        elif u < Millisecond:
            prec, unit = 3, "µs".encode()
        else:
            prec, unit = 6, b"ms"
        frac, u = _frac(u, prec)
        s = str(u).encode() + frac + unit
    else:
        frac, u = _frac(u, 9)
        s = str(u % 60).encode() + frac + b"s"
        u //= 60
        if u > 0:
            s = str(u % 60).encode() + b"m" + s
            u //= 60
            if u > 0:
                s = str(u).encode() + b"h" + s
    return b"-" + s if neg else s


def _frac(v: int, prec: int) -> tuple[bytes, int]:
    """The fraction of v/10**prec as b".123" without trailing zeros, and v/10**prec."""
    digits = []
    printing = False
    for _ in range(prec):
        digit = v % 10
        printing = printing or digit != 0
        if printing:
            digits.append(48 + digit)
        v //= 10
    if not printing:
        return b"", v
    digits.append(46)
    return bytes(reversed(digits)), v


def Duration_Nanoseconds(d: int) -> int:
    return d


def Duration_Microseconds(d: int) -> int:
    return _quo(d, 1000)


def Duration_Milliseconds(d: int) -> int:
    return _quo(d, 1000000)


def Duration_Seconds(d: int) -> float:
    return float(_quo(d, Second)) + float(_rem(d, Second)) / 1e9


def Duration_Minutes(d: int) -> float:
    return float(_quo(d, Minute)) + float(_rem(d, Minute)) / (60 * 1e9)


def Duration_Hours(d: int) -> float:
    return float(_quo(d, Hour)) + float(_rem(d, Hour)) / (60 * 60 * 1e9)


def Duration_Truncate(d: int, m: int) -> int:
    if m <= 0:
        return d
    return d - _rem(d, m)


def Duration_Round(d: int, m: int) -> int:
    if m <= 0:
        return d
    r = _rem(d, m)
    if d < 0:
        r = -r
        if r + r < m:
            return d + r
        d1 = d - m + r
        return d1 if d1 >= _MIN else _MIN
    if r + r < m:
        return d - r
    d1 = d + m - r
    return d1 if d1 <= _MAX else _MAX


def Duration_Abs(d: int) -> int:
    if d >= 0:
        return d
    if d == _MIN:
        return _MAX
    return -d


_UNITS = {b"ns": 1, b"us": Microsecond, "µs".encode(): Microsecond, "μs".encode(): Microsecond,
          b"ms": Millisecond, b"s": Second, b"m": Minute, b"h": Hour}


def _error(msg: bytes) -> Iface:
    return _errors.New(msg)


def ParseDuration(s: bytes) -> tuple[int, Any]:
    """A signed sequence of decimal numbers, each with an optional fraction and a unit:
    "300ms", "-1.5h", "2h45m"."""
    def invalid() -> tuple[int, Any]:
        return 0, _error(b"time: invalid duration " + _quote(s))

    i, n = 0, len(s)
    neg = False
    if i < n and s[i] in b"+-":
        neg = s[i] == 45
        i += 1
    if s[i:] == b"0":
        return 0, None
    if i == n:
        return invalid()
    limit = 1 << 63
    total = 0
    while i < n:
        c = s[i]
        if not (c == 46 or 48 <= c <= 57):
            return invalid()
        # the whole part: more than 2**63 is an error
        j = i
        whole = 0
        while j < n and 48 <= s[j] <= 57:
            whole = whole * 10 + s[j] - 48
            if whole > limit:
                return invalid()
            j += 1
        has_whole = j > i
        # the fraction: digits are kept while they fit (the rest only count as digits)
        frac, scale, has_frac = 0, 1.0, False
        if j < n and s[j] == 46:
            j += 1
            k = j
            full = False
            while j < n and 48 <= s[j] <= 57:
                if not full:
                    grown = frac * 10 + s[j] - 48
                    if frac > (limit - 1) // 10 or grown > limit:
                        full = True
                    else:
                        frac = grown
                        scale *= 10
                j += 1
            has_frac = j > k
        if not has_whole and not has_frac:
            return invalid()
        k = j
        while k < n and s[k] != 46 and not 48 <= s[k] <= 57:
            k += 1
        if k == j:
            return 0, _error(b"time: missing unit in duration " + _quote(s))
        unit = _UNITS.get(s[j:k])
        if unit is None:
            return 0, _error(b"time: unknown unit " + _quote(s[j:k]) + b" in duration " + _quote(s))
        if whole > limit // unit:
            return invalid()
        v = whole * unit
        if frac:
            v += int(float(frac) * (float(unit) / scale))  # float64 arithmetic, as Go
            if v > limit:
                return invalid()
        total += v
        if total > limit:
            return invalid()
        i = k
    if neg:
        return -total, None
    if total > limit - 1:
        return invalid()
    return total, None


# ---------------------------------------------------------------------------------------
# Month and Weekday


def Month_String(m: int) -> bytes:
    if 1 <= m <= 12:
        return _layout.LONG_MONTHS[m - 1]
    return b"%!Month(" + str(m & ((1 << 64) - 1)).encode() + b")"


def Weekday_String(d: int) -> bytes:
    if 0 <= d <= 6:
        return _layout.LONG_DAYS[d]
    return b"%!Weekday(" + str(d & ((1 << 64) - 1)).encode() + b")"


# ---------------------------------------------------------------------------------------
# Clocks and Time


def now() -> tuple[int, int, int]:
    """(seconds since year 1, nanoseconds, monotonic nanoseconds)."""
    ns = _time.time_ns()
    return ns // 1000000000 + UNIX_TO_INTERNAL, ns % 1000000000, _time.monotonic_ns()


def runtimeNano() -> int:
    return _time.monotonic_ns()


def _sub_mono(t: int, u: int) -> int:
    return max(_MIN, min(_MAX, t - u))


def Since(t: Any) -> int:
    if t.mono:
        return _sub_mono(_time.monotonic_ns(), t.mono)
    sec, nsec, _ = now()
    return _sub_wall(sec, nsec, t.sec, t.nsec)


def Until(t: Any) -> int:
    if t.mono:
        return _sub_mono(t.mono, _time.monotonic_ns())
    sec, nsec, _ = now()
    return _sub_wall(t.sec, t.nsec, sec, nsec)


def _sub_wall(sec1: int, nsec1: int, sec2: int, nsec2: int) -> int:
    return max(_MIN, min(_MAX, (sec1 - sec2) * Second + (nsec1 - nsec2)))


def Time_Sub(t: Any, u: Any) -> int:
    if t.mono and u.mono:
        return _sub_mono(t.mono, u.mono)
    return _sub_wall(t.sec, t.nsec, u.sec, u.nsec)


def Time_Unix(t: Any) -> int:
    return t.sec - UNIX_TO_INTERNAL


def Time_UnixNano(t: Any) -> int:
    return _i64((t.sec - UNIX_TO_INTERNAL) * 1000000000 + t.nsec)


def Time_UnixMilli(t: Any) -> int:
    return (t.sec - UNIX_TO_INTERNAL) * 1000 + t.nsec // 1000000


def Time_UnixMicro(t: Any) -> int:
    return (t.sec - UNIX_TO_INTERNAL) * 1000000 + t.nsec // 1000


def Time_Nanosecond(t: Any) -> int:
    return t.nsec


def Time_Compare(t: Any, u: Any) -> int:
    if t.mono and u.mono:
        a, b = t.mono, u.mono
    else:
        a, b = (t.sec, t.nsec), (u.sec, u.nsec)
    return -1 if a < b else (1 if a > b else 0)


def Time_Before(t: Any, u: Any) -> bool:
    return Time_Compare(t, u) < 0


def Time_After(t: Any, u: Any) -> bool:
    return Time_Compare(t, u) > 0


def Time_Equal(t: Any, u: Any) -> bool:
    return Time_Compare(t, u) == 0


def Time_IsZero(t: Any) -> bool:
    return t.sec == 0 and t.nsec == 0


def Now() -> Any:
    sec, nsec, mono = now()
    return _Time(sec, nsec, mono, Local)


def Unix(sec: int, nsec: int) -> Any:
    if nsec < 0 or nsec >= 1000000000:
        n = _quo(nsec, 1000000000)
        sec += n
        nsec -= n * 1000000000
        if nsec < 0:
            nsec += 1000000000
            sec -= 1
    return _Time(_i64(sec + UNIX_TO_INTERNAL), nsec, 0, Local)


def UnixMilli(msec: int) -> Any:
    return Unix(_quo(msec, 1000), _rem(msec, 1000) * 1000000)


def UnixMicro(usec: int) -> Any:
    return Unix(_quo(usec, 1000000), _rem(usec, 1000000) * 1000)


def Time_Add(t: Any, d: int) -> Any:
    dsec = _quo(d, 1000000000)
    nsec = t.nsec + _rem(d, 1000000000)
    if nsec >= 1000000000:
        dsec += 1
        nsec -= 1000000000
    elif nsec < 0:
        dsec -= 1
        nsec += 1000000000
    mono = t.mono
    if mono:
        te = mono + d
        mono = te if _MIN <= te <= _MAX else 0  # out of range: wall clock only, as Go
    return _Time(_i64(t.sec + dsec), nsec, mono, t.loc)


# ---------------------------------------------------------------------------------------
# Locations


def _zone_file(tz: bytes) -> _zoneinfo.ZoneInfo | None:
    """The zone rules of a zoneinfo name or file path (None if there are none)."""
    if tz in _zone_cache:
        return _zone_cache[tz]
    z = None
    name = tz.decode("utf-8", "surrogateescape")
    try:
        if name.startswith("/"):
            with open(name, "rb") as f:
                z = _zoneinfo.ZoneInfo.from_file(f, key=name)
        elif name and ".." not in name.split("/") and "\\" not in name:
            z = _zoneinfo.ZoneInfo(name)
    except (OSError, ValueError, _zoneinfo.ZoneInfoNotFoundError):
        z = None
    _zone_cache[tz] = z
    return z


_zone_cache: dict[bytes, _zoneinfo.ZoneInfo | None] = {}

# the instants datetime can show (a day inside years 1 and 9999). Earlier instants use the
# zone in use at the first one (the zone files' rules begin long after); later ones use the
# same day 400*k years earlier, which has the same calendar and so the same yearly rules.
_FIRST_UNIX = -62135596800 + 86400
_LAST_UNIX = 253402300799 - 86400
_CYCLE_SECS = 146097 * 86400


def _lookup(loc: Any, unix: int) -> tuple[bytes, int]:
    """(abbreviation, offset east of UTC in seconds) of the zone in use at unix seconds."""
    if loc is None:
        return b"UTC", 0
    if not loc.tz:
        return loc.name, loc.offset
    z = _zone_file(loc.tz)
    if z is None:
        return b"UTC", 0
    u = max(unix, _FIRST_UNIX)
    if u > _LAST_UNIX:
        u -= -(-(u - _LAST_UNIX) // _CYCLE_SECS) * _CYCLE_SECS
    d = _datetime.fromtimestamp(u, _timezone.utc).astimezone(z)
    off = d.utcoffset()
    return (d.tzname() or "").encode(), int(off.total_seconds()) if off is not None else 0


def _zone_types(loc: Any) -> list[tuple[bytes, int]]:
    """The (abbreviation, offset) pairs a location uses, from its TZif file."""
    if not loc.tz:
        return [(loc.name, loc.offset)]
    data = _tzif_data(loc)
    try:
        return _tzif_types(data) if data else []
    except (ValueError, IndexError):
        return []


def _tzif_data(loc: Any) -> bytes | None:
    """The TZif file of a zoneinfo location, or None."""
    z = _zone_file(loc.tz)
    if z is None:
        return None
    if loc.tz in _tzif_bytes:
        return _tzif_bytes[loc.tz]
    path = z.key if z.key and z.key.startswith("/") else None
    if path is None:
        for d in _zoneinfo.TZPATH:
            cand = _os.path.join(d, z.key or "")
            if _os.path.isfile(cand):
                path = cand
                break
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


_tzif_bytes: dict[bytes, bytes] = {}  # locations made from data (LoadLocationFromTZData)


def _tzif_transitions(data: bytes) -> tuple[list[int], bytes]:
    """The transition instants (unix seconds) of a TZif file and its footer's TZ rule."""
    def counts(at: int) -> tuple[int, ...]:
        if data[at:at + 4] != b"TZif":
            raise ValueError("not a TZif file")
        return tuple(int.from_bytes(data[at + 20 + 4 * k:at + 24 + 4 * k], "big") for k in range(6))

    isut, isstd, leap, timecnt, typecnt, charcnt = counts(0)
    if data[4:5] < b"2":
        return [int.from_bytes(data[44 + 4 * k:48 + 4 * k], "big", signed=True) for k in range(timecnt)], b""
    at = 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut
    isut, isstd, leap, timecnt, typecnt, charcnt = counts(at)
    at += 44
    tx = [int.from_bytes(data[at + 8 * k:at + 8 * k + 8], "big", signed=True) for k in range(timecnt)]
    end = at + timecnt * 9 + typecnt * 6 + charcnt + leap * 12 + isstd + isut
    footer = data[end:].strip(b"\n").split(b"\n")[0] if end < len(data) else b""
    return tx, footer


def _tzif_types(data: bytes) -> list[tuple[bytes, int]]:
    """The local time types of a TZif file (RFC 8536), from its last data block."""
    def counts(at: int) -> tuple[int, ...]:
        if data[at:at + 4] != b"TZif":
            raise ValueError("not a TZif file")
        return tuple(int.from_bytes(data[at + 20 + 4 * k:at + 24 + 4 * k], "big") for k in range(6))

    isut, isstd, leap, timecnt, typecnt, charcnt = counts(0)
    tsize, at = 4, 44
    if data[4:5] >= b"2":  # skip the 32-bit block
        at += timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut
        isut, isstd, leap, timecnt, typecnt, charcnt = counts(at)
        tsize, at = 8, at + 44
    at += timecnt * (tsize + 1)
    chars = data[at + typecnt * 6:at + typecnt * 6 + charcnt]
    out = []
    for k in range(typecnt):
        rec = data[at + 6 * k:at + 6 * k + 6]
        off = int.from_bytes(rec[:4], "big", signed=True)
        name = chars[rec[5]:]
        out.append((name[:name.find(b"\0")] if b"\0" in name else name, off))
    return out


def _lookup_name(loc: Any, name: bytes, unix: int) -> int | None:
    """The offset of the zone called name in loc, preferring one in use around unix."""
    types = _zone_types(loc)
    for abbr, off in types:
        if abbr == name:
            now_abbr, now_off = _lookup(loc, unix - off)
            if now_abbr == name:
                return now_off
    for abbr, off in types:
        if abbr == name:
            return off
    return None


def _init_local() -> Any:
    """Local as Go sets it up: $TZ's zone when TZ is set and names one (UTC when it is empty
    or unknown), else /etc/localtime's zone, called "Local"."""
    tz = _os.environ.get("TZ")
    if tz is None:
        if _zone_file(b"/etc/localtime") is not None:
            return _Location(b"Local", b"/etc/localtime", 0)
    elif tz:
        if tz.startswith(":"):
            tz = tz[1:]
        key = tz.encode()
        if key == b"/etc/localtime" and _zone_file(key) is not None:
            return _Location(b"Local", key, 0)
        if key and _zone_file(key) is not None:
            return _Location(key, key, 0)
    return _Location(b"UTC", b"", 0)


UTC = _Location(b"UTC", b"", 0)
Local = _init_local()


def _set_loc(loc: Any) -> Any:
    """What a Time stores for loc: nil for UTC."""
    return None if loc is UTC else loc


def Location_String(loc: Any) -> bytes:
    return b"UTC" if loc is None else loc.name


def FixedZone(name: bytes, offset: int) -> Any:
    return _Location(name, b"", offset)


def LoadLocation(name: bytes) -> tuple[Any, Any]:
    if name == b"" or name == b"UTC":
        return UTC, None
    if name == b"Local":
        return Local, None
    bad = name.startswith(b"/") or b"\\" in name or b".." in name.split(b"/")
    if not bad and _zone_file(name) is not None:
        return _Location(name, name, 0), None
    return None, _error(b"unknown time zone " + name)


# ---------------------------------------------------------------------------------------
# Calendar: day numbers from 0001-01-01 (day 0, a Monday) <-> proleptic Gregorian dates.
# Years are counted from March, so that the leap day ends the year; 400 years are 146097 days.

_DAYS_TO_MARCH_1_YEAR_0 = 306  # 0000-03-01 is day -306
_CUM_DAYS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)


def _is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in(month: int, year: int) -> int:
    if month == 2 and _is_leap(year):
        return 29
    return _CUM_DAYS[month] - _CUM_DAYS[month - 1]


def _day_number(y: int, m: int, d: int) -> int:
    """Days from 0001-01-01 to y-m-d (m in 1..12; d may be any integer)."""
    if m <= 2:
        y -= 1
        m += 12
    cycle, yoc = divmod(y, 400)
    doy = (153 * (m - 3) + 2) // 5 + d - 1
    doc = yoc * 365 + yoc // 4 - yoc // 100 + doy
    return cycle * 146097 + doc - _DAYS_TO_MARCH_1_YEAR_0


def _civil(days: int) -> tuple[int, int, int]:
    """(year, month, day) of a day number."""
    cycle, doc = divmod(days + _DAYS_TO_MARCH_1_YEAR_0, 146097)
    yoc = (doc - doc // 1460 + doc // 36524 - doc // 146096) // 365
    doy = doc - (365 * yoc + yoc // 4 - yoc // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    y = cycle * 400 + yoc + (1 if m <= 2 else 0)
    return y, m, d


def _wall(t: Any) -> tuple[int, bytes, int]:
    """(seconds since year 1 on the wall clock of t's zone, zone abbreviation, offset)."""
    abbr, off = _lookup(t.loc, t.sec - UNIX_TO_INTERNAL)
    return t.sec + off, abbr, off


def _fields(t: Any) -> _layout.Fields:
    local, abbr, off = _wall(t)
    days, sod = divmod(local, 86400)
    y, m, d = _civil(days)
    return _layout.Fields(y, m, d, days - _day_number(y, 1, 1) + 1, (days + 1) % 7,
                          sod // 3600, sod // 60 % 60, sod % 60, t.nsec, abbr, off)


def Date(year: int, month: int, day: int, hour: int, minute: int, sec: int, nsec: int, loc: Any) -> Any:
    if loc is None:
        _panic_str("time: missing Location in call to Date")
    # carry out-of-range fields into the next larger one (Oct 32 is Nov 1)
    dy, month0 = divmod(month - 1, 12)
    ds, nsec = divmod(nsec, 1000000000)
    dm, sec = divmod(sec + ds, 60)
    dh, minute = divmod(minute + dm, 60)
    dd, hour = divmod(hour + dh, 24)
    days = _day_number(year + dy, month0 + 1, 1) + day - 1 + dd
    wall = days * 86400 + hour * 3600 + minute * 60 + sec
    unix = wall - UNIX_TO_INTERNAL
    # the offset in use at the instant whose wall clock this is: guess with the wall time as
    # if it were UTC, then look again at the instant that guess gives
    off = _lookup(loc, unix)[1]
    if off:
        off = _lookup(loc, unix - off)[1]
    return _Time(_i64(wall - off), nsec, 0, _set_loc(loc))


def Time_Year(t: Any) -> int:
    return _civil(_wall(t)[0] // 86400)[0]


def Time_Month(t: Any) -> int:
    return _civil(_wall(t)[0] // 86400)[1]


def Time_Day(t: Any) -> int:
    return _civil(_wall(t)[0] // 86400)[2]


def Time_Date(t: Any) -> tuple[int, int, int]:
    return _civil(_wall(t)[0] // 86400)


def Time_Hour(t: Any) -> int:
    return _wall(t)[0] % 86400 // 3600


def Time_Minute(t: Any) -> int:
    return _wall(t)[0] % 3600 // 60


def Time_Second(t: Any) -> int:
    return _wall(t)[0] % 60


def Time_Clock(t: Any) -> tuple[int, int, int]:
    sod = _wall(t)[0] % 86400
    return sod // 3600, sod // 60 % 60, sod % 60


def Time_Weekday(t: Any) -> int:
    return (_wall(t)[0] // 86400 + 1) % 7


def Time_YearDay(t: Any) -> int:
    days = _wall(t)[0] // 86400
    return days - _day_number(_civil(days)[0], 1, 1) + 1


def Time_ISOWeek(t: Any) -> tuple[int, int]:
    days = _wall(t)[0] // 86400
    thursday = days - days % 7 + 3  # the Thursday of t's Monday-to-Sunday week
    y = _civil(thursday)[0]
    return y, (thursday - _day_number(y, 1, 1)) // 7 + 1


def Time_AddDate(t: Any, years: int, months: int, days: int) -> Any:
    local = _wall(t)[0]
    y, m, d = _civil(local // 86400)
    sod = local % 86400
    return Date(y + years, m + months, d + days, sod // 3600, sod // 60 % 60, sod % 60, t.nsec,
                Time_Location(t))


def Time_UTC(t: Any) -> Any:
    return _Time(t.sec, t.nsec, 0, None)


def Time_Local(t: Any) -> Any:
    return _Time(t.sec, t.nsec, 0, _set_loc(Local))


def Time_In(t: Any, loc: Any) -> Any:
    if loc is None:
        _panic_str("time: missing Location in call to Time.In")
    return _Time(t.sec, t.nsec, 0, _set_loc(loc))


def Time_Location(t: Any) -> Any:
    return UTC if t.loc is None else t.loc


def Time_Zone(t: Any) -> tuple[bytes, int]:
    return _lookup(t.loc, t.sec - UNIX_TO_INTERNAL)


def _from_nanos(total: int, loc: Any) -> Any:
    sec, nsec = divmod(total, 1000000000)
    return _Time(_i64(sec), nsec, 0, loc)


def Time_Truncate(t: Any, d: int) -> Any:
    """t rounded down to a multiple of d since the zero time (no monotonic reading)."""
    total = t.sec * 1000000000 + t.nsec
    if d > 0:
        total -= total % d
    return _from_nanos(total, t.loc)


def Time_Round(t: Any, d: int) -> Any:
    """t rounded to the nearest multiple of d since the zero time, halfway up."""
    total = t.sec * 1000000000 + t.nsec
    if d > 0:
        r = total % d
        total += -r if r + r < d else d - r
    return _from_nanos(total, t.loc)


def Time_Format(t: Any, layout: bytes) -> bytes:
    return _layout.format(layout, _fields(t))


def Time_AppendFormat(t: Any, b: Any, layout: bytes) -> Any:
    """append(b, t.Format(layout)...), growing b as append does."""
    from gomem.runtime.core import grow_cap
    text = _layout.format(layout, _fields(t))
    old, n = b.len, b.len + len(text)
    if n <= b.cap:
        b.a[b.off + old:b.off + n] = text
        return Slice(b.a, b.off, n, b.cap)
    cap = grow_cap(b.cap, n, 1, False)
    _malloc.alloc_array(UINT8, cap, _SITE_APPEND)
    a = bytearray(cap)
    if old:
        a[:old] = b.a[b.off:b.off + old]
    a[old:n] = text
    return Slice(a, 0, n, cap)


_START = _time.monotonic_ns() - 1  # what m= counts from in Time.String


def Time_String(t: Any) -> bytes:
    s = _layout.format(b"2006-01-02 15:04:05.999999999 -0700 MST", _fields(t))
    if t.mono:
        m = t.mono - _START
        s += b" m=" + (b"-" if m < 0 else b"+") + b"%d.%09d" % divmod(abs(m), 1000000000)
    return s


# ---------------------------------------------------------------------------------------
# Parsing


def ParseError_Error(e: Any) -> bytes:
    if e.Message:
        return b"parsing time " + _quote(e.Value) + e.Message
    return (b"parsing time " + _quote(e.Value) + b" as " + _quote(e.Layout) + b": cannot parse "
            + _quote(e.ValueElem) + b" as " + _quote(e.LayoutElem))


PARSE_ERROR.methods["Error"] = FuncInfo("Error", new_signature((), (STRING,)), True)
new_pointer(PARSE_ERROR).m_Error = ParseError_Error  # type: ignore[attr-defined]


def _parse_error(layout: bytes, value: bytes, lelem: bytes, velem: bytes, msg: bytes) -> tuple[Any, Any]:
    return _Time(), Iface(new_pointer(PARSE_ERROR), _ParseError(layout, value, lelem, velem, msg))


def Parse(layout: bytes, value: bytes) -> tuple[Any, Any]:
    return _parse(layout, value, UTC, Local)


def ParseInLocation(layout: bytes, value: bytes, loc: Any) -> tuple[Any, Any]:
    return _parse(layout, value, loc, loc)


def _parse(layout: bytes, value: bytes, default: Any, local: Any) -> tuple[Any, Any]:
    p = _layout.parse(layout, value)
    if isinstance(p, _layout.Failure):
        return _parse_error(layout, value, p.layout_elem, p.value_elem, p.message)

    def fail(msg: bytes) -> tuple[Any, Any]:
        return _parse_error(layout, value, b"", b"", msg)

    hour = p.hour
    if p.pm and hour < 12:
        hour += 12
    elif p.am and hour == 12:
        hour = 0
    year, month, day = p.year, p.month, p.day
    if p.yday >= 0:
        if not 1 <= p.yday <= (366 if _is_leap(year) else 365):
            return fail(b": day-of-year out of range")
        y, m, d = _civil(_day_number(year, 1, 1) + p.yday - 1)
        if month >= 0 and month != m:
            return fail(b": day-of-year does not match month")
        if day >= 0 and day != d:
            return fail(b": day-of-year does not match day")
        month, day = m, d
    else:
        month = 1 if month < 0 else month
        day = 1 if day < 0 else day
    if not 1 <= day <= _days_in(month, year):
        return fail(b": day out of range")
    if p.utc:
        return Date(year, month, day, hour, p.minute, p.sec, p.nsec, UTC), None
    if p.offset is not None:
        t = Date(year, month, day, hour, p.minute, p.sec, p.nsec, UTC)
        t.sec -= p.offset
        abbr, off = _lookup(local, t.sec - UNIX_TO_INTERNAL)
        if off == p.offset and (p.zone is None or abbr == p.zone):
            t.loc = _set_loc(local)
        else:
            t.loc = FixedZone(p.zone or b"", p.offset)
        return t, None
    if p.zone is not None:
        t = Date(year, month, day, hour, p.minute, p.sec, p.nsec, UTC)
        off = _lookup_name(local, p.zone, t.sec - UNIX_TO_INTERNAL)
        if off is not None:
            t.sec -= off
            t.loc = _set_loc(local)
            return t, None
        off = 0
        if len(p.zone) > 3 and p.zone[:3] == b"GMT":
            try:
                off = _layout._atoi(p.zone[3:]) * 3600
            except _layout.Bad:
                off = 0
        t.loc = FixedZone(p.zone, off)
        return t, None
    return Date(year, month, day, hour, p.minute, p.sec, p.nsec, default), None


# ---------------------------------------------------------------------------------------
# Sleep and timers


def Sleep(d: int) -> None:
    _sched.current.sleep(d)


def when(d: int) -> int:
    t = _time.monotonic_ns()
    if d <= 0:
        return t
    return min(t + d, _MAX)


def _timer_chan(r: Any) -> Chan | None:
    a = r.arg
    if isinstance(a, Iface) and isinstance(a.v, Chan):
        return a.v
    return None


def startTimer(r: Any) -> None:
    s = _sched.current
    ch = _timer_chan(r)
    t = _sched.Timer(r.when, r.period, lambda: _fire(s, r, t), ch)
    if ch is not None:
        ch.timer = t
    s.rtimers[id(r)] = (r, t)  # the struct is kept alive (and its id unique) while armed
    s.start_timer(t)


def _fire(s: _sched.Scheduler, r: Any, t: _sched.Timer) -> None:
    if not t.active:  # a one-shot timer that fired: forget it
        s.rtimers.pop(id(r), None)
    r.f(r.arg, r.seq, _time.monotonic_ns() - r.when)
    if t.period:
        r.when = t.when


def stopTimer(r: Any) -> bool:
    if r.f is None:
        _panic_str("time: Stop called on uninitialized Timer")
    s = _sched.current
    ent = s.rtimers.pop(id(r), None)
    pending = ent is not None and s.stop_timer(ent[1])
    ch = _timer_chan(r)
    if ch is not None and ch.buf:
        # Go 1.23: the channel looks unbuffered, so a value sent but not received was not
        # delivered yet: Stop discards it and reports that it stopped the timer
        ch.buf.clear()
        pending = True
    return pending


def resetTimer(r: Any, when: int, period: int) -> bool:
    if r.f is None:
        _panic_str("time: Reset called on uninitialized Timer")
    was = stopTimer(r)
    r.when = when
    r.period = period
    r.seq += 1
    startTimer(r)
    return was


def sendTime(c: Any, seq: int, delta: int) -> None:
    """The f of a timer channel's runtimeTimer: a non-blocking send of the (due) time."""
    select([("send", c.v, Time_Add(Now(), -delta))], True)


def goFunc(arg: Any, seq: int, delta: int) -> None:
    """The f of an AfterFunc timer: run the function in a new goroutine. It has no profiler
    labels whichever goroutine was running when the timer fired (Go runs timers outside any
    user goroutine)."""
    _sched.current.go(arg.v).labels = None


def _timer_chan_new() -> Chan:
    c = Chan(1, _Time())
    return c


def NewTimer(d: int) -> Any:
    _malloc.alloc(CHAN_TIME, 120, _SITE_TIMER)
    _malloc.alloc(TIMER, 112, _SITE_TIMER)
    _malloc.alloc(CHAN_TIME, 8, _SITE_TIMER)  # a pointer-holding word: not tiny
    c = _timer_chan_new()
    t = _Timer()
    t.C = c
    r = t.r
    r.when = when(d)
    r.f = sendTime
    r.arg = Iface(CHAN_TIME, c)
    startTimer(r)
    return t


def After(d: int) -> Chan:
    return NewTimer(d).C


def AfterFunc(d: int, f: Any) -> Any:
    _malloc.alloc(TIMER, 112, _SITE_AFTERFUNC)
    t = _Timer()
    r = t.r
    r.when = when(d)
    r.f = goFunc
    r.arg = Iface(_FUNC, f)
    startTimer(r)
    return t


def NewTicker(d: int) -> Any:
    if d <= 0:
        _panic_str("non-positive interval for NewTicker")
    _malloc.alloc(CHAN_TIME, 120, _SITE_TICKER)
    _malloc.alloc(TICKER, 112, _SITE_TICKER)
    _malloc.alloc(CHAN_TIME, 8, _SITE_TICKER)  # a pointer-holding word: not tiny
    c = _timer_chan_new()
    t = _Ticker()
    t.C = c
    r = t.r
    r.when = when(d)
    r.period = d
    r.f = sendTime
    r.arg = Iface(CHAN_TIME, c)
    startTimer(r)
    return t


def Tick(d: int) -> Chan | None:
    if d <= 0:
        return None
    return NewTicker(d).C


def Timer_Stop(t: Any) -> bool:
    return stopTimer(t.r)


def Timer_Reset(t: Any, d: int) -> bool:
    return resetTimer(t.r, when(d), 0)


def Ticker_Stop(t: Any) -> None:
    if t.r.f is None:  # a zero Ticker: Go returns
        return
    stopTimer(t.r)


def Ticker_Reset(t: Any, d: int) -> None:
    if d <= 0:
        _panic_str("non-positive interval for Ticker.Reset")
    if t.r.f is None:
        _panic_str("time: Reset called on uninitialized Ticker")
    resetTimer(t.r, when(d), d)


# ---------------------------------------------------------------------------------------
# Zone transitions and encodings


def Time_IsDST(t: Any) -> bool:
    loc = t.loc
    if loc is None or not loc.tz:
        return False
    z = _zone_file(loc.tz)
    if z is None:
        return False
    u = _clamp_unix(t.sec - UNIX_TO_INTERNAL)
    dst = _datetime.fromtimestamp(u, _timezone.utc).astimezone(z).dst()
    return bool(dst)


def _clamp_unix(unix: int) -> int:
    """The instant _lookup consults for unix (see _FIRST_UNIX)."""
    u = max(unix, _FIRST_UNIX)
    if u > _LAST_UNIX:
        u -= -(-(u - _LAST_UNIX) // _CYCLE_SECS) * _CYCLE_SECS
    return u


def _zone_bounds(loc: Any, unix: int) -> tuple[int | None, int | None]:
    """Go's start and end of the zone in use at unix (None: the beginning or end of time):
    the transitions of the location's TZif file around unix; after the last one, when the
    file's TZ rule has daylight saving time, the rule's changes in unix's year, bounded by
    the start of that year and 365 days later (as Go's tzset)."""
    data = _tzif_data(loc)
    try:
        tx, rule = _tzif_transitions(data) if data else ([], b"")
    except (ValueError, IndexError):
        tx, rule = [], b""
    if not tx:
        return None, None
    k = _bisect_right(tx, unix)
    if k == 0:
        return None, tx[0]
    if k < len(tx):
        return tx[k - 1], tx[k]
    if not rule or b"," not in rule:  # no rule, or no daylight saving time in it
        return tx[-1], None
    year_start = (_day_number(_civil((unix + UNIX_TO_INTERNAL) // 86400)[0], 1, 1) * 86400
                  - UNIX_TO_INTERNAL)
    changes = []
    day, prev = year_start, _lookup(loc, year_start)
    while day < year_start + 365 * 86400 and len(changes) < 2:
        nxt = day + 86400
        cur = _lookup(loc, nxt)
        if cur != prev:
            lo, hi = day, nxt  # the zone changes in (lo, hi]
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if _lookup(loc, mid) == prev:
                    lo = mid
                else:
                    hi = mid
            changes.append(hi)
        day, prev = nxt, cur
    if len(changes) < 2:
        return tx[-1], None
    if unix < changes[0]:
        return year_start, changes[0]
    if unix >= changes[1]:
        return changes[1], year_start + 365 * 86400
    return changes[0], changes[1]


def _bisect_right(xs: list[int], x: int) -> int:
    import bisect
    return bisect.bisect_right(xs, x)


def Time_ZoneBounds(t: Any) -> tuple[Any, Any]:
    loc = t.loc
    if loc is None or not loc.tz or _zone_file(loc.tz) is None:
        return _Time(), _Time()
    start, end = _zone_bounds(loc, t.sec - UNIX_TO_INTERNAL)
    return (_Time() if start is None else _Time(start + UNIX_TO_INTERNAL, 0, 0, loc),
            _Time() if end is None else _Time(end + UNIX_TO_INTERNAL, 0, 0, loc))


def Time_GoString(t: Any) -> bytes:
    f = _fields(t)
    loc = t.loc
    if loc is None or loc is UTC:
        where = b"time.UTC"
    elif loc is Local:
        where = b"time.Local"
    else:
        where = b"time.Location(" + _quote(loc.name) + b")"
    return b"time.Date(%d, time.%s, %d, %d, %d, %d, %d, %s)" % (
        f.year, _layout.LONG_MONTHS[f.month - 1], f.day, f.hour, f.minute, f.sec, t.nsec, where)


def _strict_rfc3339(t: Any) -> tuple[bytes, bytes | None]:
    """t in RFC 3339 with nanoseconds, and the reason it is not valid RFC 3339 (or None)."""
    f = _fields(t)
    text = _layout.format(b"2006-01-02T15:04:05.999999999Z07:00", f)
    if not 0 <= f.year <= 9999:
        return text, b"year outside of range [0,9999]"
    if text[-1:] != b"Z" and abs(f.offset) >= 24 * 3600:
        return text, b"timezone hour outside of range [0,23]"
    return text, None


def Time_MarshalText(t: Any) -> tuple[Any, Any]:
    text, bad = _strict_rfc3339(t)
    if bad:
        return NIL_SLICE, _error(b"Time.MarshalText: " + bad)
    return _bytes_slice(text), None


def Time_MarshalJSON(t: Any) -> tuple[Any, Any]:
    text, bad = _strict_rfc3339(t)
    if bad:
        return NIL_SLICE, _error(b"Time.MarshalJSON: " + bad)
    return _bytes_slice(b'"' + text + b'"'), None


def _set_time(t: Any, u: Any) -> None:
    t.sec, t.nsec, t.mono, t.loc = u.sec, u.nsec, u.mono, u.loc


def Time_UnmarshalText(t: Any, data: Any) -> Any:
    u, err = Parse(b"2006-01-02T15:04:05Z07:00", bytes(data.elems()))
    _set_time(t, u)
    return err


def Time_UnmarshalJSON(t: Any, data: Any) -> Any:
    b = bytes(data.elems())
    if b == b"null":
        return None
    if len(b) < 2 or b[:1] != b'"' or b[-1:] != b'"':
        return _error(b"Time.UnmarshalJSON: input is not a JSON string")
    u, err = Parse(b"2006-01-02T15:04:05Z07:00", b[1:-1])
    _set_time(t, u)
    return err


def Time_MarshalBinary(t: Any) -> tuple[Any, Any]:
    # version 1: seconds since year 1, nanoseconds, zone offset in minutes (-1 for UTC);
    # version 2 adds the offset's leftover seconds (local mean time zones)
    version, extra = 1, b""
    if t.loc is None or t.loc is UTC:
        minutes = -1
    else:
        off = _lookup(t.loc, t.sec - UNIX_TO_INTERNAL)[1]
        if _rem(off, 60):
            version, extra = 2, (_rem(off, 60) & 0xFF).to_bytes(1, "big")
        minutes = _quo(off, 60)
        if minutes < -32768 or minutes == -1 or minutes > 32767:
            return NIL_SLICE, _error(b"Time.MarshalBinary: unexpected zone offset")
    enc = (bytes([version]) + (t.sec & (2**64 - 1)).to_bytes(8, "big") + (t.nsec & 0xFFFFFFFF).to_bytes(4, "big")
           + (minutes & 0xFFFF).to_bytes(2, "big") + extra)
    return _bytes_slice(enc), None


def Time_UnmarshalBinary(t: Any, data: Any) -> Any:
    b = bytes(data.elems())
    if not b:
        return _error(b"Time.UnmarshalBinary: no data")
    if b[0] not in (1, 2):
        return _error(b"Time.UnmarshalBinary: unsupported version")
    if len(b) != (16 if b[0] == 2 else 15):
        return _error(b"Time.UnmarshalBinary: invalid length")
    sec = int.from_bytes(b[1:9], "big", signed=True)
    nsec = int.from_bytes(b[9:13], "big", signed=True)
    off = int.from_bytes(b[13:15], "big", signed=True) * 60
    if b[0] == 2:
        off += b[15]
    if off == -60:
        loc = None
    elif _lookup(Local, sec - UNIX_TO_INTERNAL)[1] == off:
        loc = _set_loc(Local)
    else:
        loc = FixedZone(b"", off)
    t.sec, t.nsec, t.mono, t.loc = sec, nsec, 0, loc
    return None


def Time_GobEncode(t: Any) -> tuple[Any, Any]:
    return Time_MarshalBinary(t)


def Time_GobDecode(t: Any, data: Any) -> Any:
    return Time_UnmarshalBinary(t, data)


def _bytes_slice(b: bytes) -> Slice:
    _malloc.alloc_array(UINT8, len(b), _SITE_APPEND)
    return Slice(bytearray(b), 0, len(b), len(b))


_tzdata_locations = 0


def LoadLocationFromTZData(name: bytes, data: Any) -> tuple[Any, Any]:
    import io
    global _tzdata_locations
    try:
        z = _zoneinfo.ZoneInfo.from_file(io.BytesIO(bytes(data.elems())), key=name.decode("utf-8", "replace"))
    except (ValueError, OSError, IndexError):
        return None, _error(b"malformed time zone information")
    _tzdata_locations += 1
    key = b"\0tzdata%d" % _tzdata_locations  # names no file: the rules are cached under it
    _zone_cache[key] = z
    _tzif_bytes[key] = bytes(data.elems())
    return _Location(name, key, 0), None
