"""Package time (see api.go): Duration, the clocks, Sleep and timers.

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

import time as _time
from typing import Any

from gomem.runtime import malloc as _malloc
from gomem.runtime import sched as _sched
from gomem.runtime.chan import Chan, select
from gomem.runtime.panic import go_panic
from gomem.runtime.values import Iface, struct_class
from gomem.types.types import (
    EMPTY_INTERFACE,
    INT32,
    INT64,
    STRING,
    UINTPTR,
    ChanDir,
    Field,
    Named,
    Type,
    new_chan,
    new_signature,
    new_struct,
)


def _named_struct(name: str, fields: tuple[tuple[str, Type], ...]) -> Named:
    return Named(name, "time", new_struct(tuple(Field(n, t, False, "time") for n, t in fields)))


DURATION = Named("Duration", "time", INT64)
TIME = _named_struct("Time", (("sec", INT64), ("nsec", INT32), ("mono", INT64)))
CHAN_TIME = new_chan(TIME)
RUNTIME_TIMER = _named_struct("runtimeTimer", (
    ("when", INT64), ("period", INT64), ("f", new_signature((EMPTY_INTERFACE, UINTPTR, INT64), ())),
    ("arg", EMPTY_INTERFACE), ("seq", UINTPTR)))
TIMER = _named_struct("Timer", (("C", new_chan(TIME, ChanDir.RECV)), ("r", RUNTIME_TIMER)))
TICKER = _named_struct("Ticker", (("C", new_chan(TIME, ChanDir.RECV)), ("r", RUNTIME_TIMER)))
_FUNC = new_signature((), ())

TYPES: dict[str, Named] = {"Duration": DURATION, "Time": TIME, "runtimeTimer": RUNTIME_TIMER,
                           "Timer": TIMER, "Ticker": TICKER}

_Time = struct_class(TIME)
_Timer = struct_class(TIMER)
_Ticker = struct_class(TICKER)

# allocation sites of the heap objects Go allocates here (measured with go1.23: NewTimer and
# NewTicker make 3 objects, 248 bytes; AfterFunc 1 object, 112 bytes)
_SITE_TIMER = ("time.NewTimer", "time/sleep.go", 0)
_SITE_TICKER = ("time.NewTicker", "time/tick.go", 0)
_SITE_AFTERFUNC = ("time.AfterFunc", "time/sleep.go", 0)

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
    return _Time(sec, nsec, mono)


def Unix(sec: int, nsec: int) -> Any:
    if nsec < 0 or nsec >= 1000000000:
        n = _quo(nsec, 1000000000)
        sec += n
        nsec -= n * 1000000000
        if nsec < 0:
            nsec += 1000000000
            sec -= 1
    return _Time(_i64(sec + UNIX_TO_INTERNAL), nsec, 0)


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
    return _Time(_i64(t.sec + dsec), nsec, mono)


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
    """The f of an AfterFunc timer: run the function in a new goroutine."""
    _sched.current.go(arg.v)


def _timer_chan_new() -> Chan:
    c = Chan(1, _Time())
    return c


def NewTimer(d: int) -> Any:
    _malloc.alloc(CHAN_TIME, 120, _SITE_TIMER)
    _malloc.alloc(TIMER, 112, _SITE_TIMER)
    _malloc.alloc(None, 8, _SITE_TIMER)
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
    _malloc.alloc(None, 8, _SITE_TICKER)
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
