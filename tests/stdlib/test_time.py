"""Package time: Duration (checked against Go 1.23), clocks, Sleep and timers."""

from __future__ import annotations

import random
import resource
import shutil
import struct
import subprocess
import time
from pathlib import Path

import pytest
from _pkgtest import check_api, program_params, run_program

import gomem.stdlib.time as gtime
from gomem.runtime import chan, malloc, sched
from gomem.runtime.chan import chan_cap, chan_len, make_chan, recv, select
from gomem.runtime.panic import FatalError, GoPanic
from gomem.runtime.values import Iface

MS = 1_000_000

Now, Unix, NewTimer, After, AfterFunc = gtime.Now, gtime.Unix, gtime.NewTimer, gtime.After, gtime.AfterFunc
NewTicker, Tick, Time_Add = gtime.NewTicker, gtime.Tick, gtime.Time_Add
Time, Timer = gtime._Time, gtime._Timer


def run(fn, seed=0):
    s = sched.new_scheduler(seed)
    try:
        s.run_main(fn)
    finally:
        s.close()


# ---------------------------------------------------------------------------------------
# Duration, against Go 1.23 (printed by a Go program: d, d.String(), Float64bits of
# d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds())

GO_DURATIONS = [
    (0, "0s", 0, 0, 0, 0, 0),
    (1, "1ns", 4472406533629990549, 4445707316084331474, 4419029590553243326, 0, 0),
    (-1, "-1ns", 13695778570484766357, 13669079352939107282, 13642401627408019134, 0, 0),
    (999, "999ns", 4517324470741623768, 4490617382585159910, 4463931261735879994, 0, 0),
    (1000, "1µs", 4517329193108106637, 4490622419776074971, 4463936634739522725, 0, 1),
    (1001, "1.001µs", 4517333915474589507, 4490627456966990032, 4463942007743165457, 0, 1),
    (1500, "1.5µs", 4519690376349541460, 4493141015233605448, 4466623136560888568, 0, 1),
    (999999, "999.999µs", 4562254504305683321, 4535540351968576437, 4508846695993277291, 0, 999),
    (1000000, "1ms", 4562254508917369340, 4535540356887708190, 4508846701240351161, 1, 1000),
    (1500000, "1.5ms", 4564560351926583034, 4537999922764202797, 4511470238175278742, 1, 1500),
    (100000000, "100ms", 4591870180066957722, 4565328966262987599, 4538819778056367666, 100, 100000),
    (999999999, "999.999999ms", 4607182418791010209, 4580461061006148625, 4553759719215107295, 999, 999999),
    (1000000000, "1s", 4607182418800017408, 4580461061010952465, 4553759719220231391, 1000, 1000000),
    (1500000000, "1.5s", 4609434218613702656, 4582862980812216730, 4556321767008246607, 1500, 1500000),
    (-1500000000, "-1.5s", 13832806255468478464, 13806235017666992538, 13779693803863022415, -1500, -1500000),
    (123000000000, "2m3s", 4638355772470722560, 4611798608418072166, 4585084756628386174, 123000, 123000000),
    (3600000000000, "1h0m0s", 4660134898793709568, 4633641066610819072, 4607182418800017408, 3600000, 3600000000),
    (5400000000000, "1h30m0s", 4662659377491083264, 4636033603912859648, 4609434218613702656, 5400000, 5400000000),
    (93784000000005, "26h3m4.000000005s", 4681181200616784216, 4654589255346308531, 4628025953575415999,
     93784000, 93784000000),
    (9223372036854775807, "2562047h47m16.854775807s", 4756133310154331797, 4729434092608672722,
     4702756367077584574, 9223372036854, 9223372036854775),
    (-9223372036854775808, "-2562047h47m16.854775808s", 13979505347009107605, 13952806129463448530,
     13926128403932360382, -9223372036854, -9223372036854775),
    (61000000000, "1m1s", 4633781804099174400, 4607257478793806916, 4580541125004327941, 61000, 61000000),
    (3600000000001, "1h0m0.000000001s", 4660134898793711767, 4633641066610821418, 4607182418800018659,
     3600000, 3600000000),
    (1234567890123, "20m34.567890123s", 4653144502448228359, 4626484883817463815, 4599849397128929834,
     1234567, 1234567890),
    (-987654321, "-987.654321ms", 13830443255664105144, 13803773791204027968, 13777068495635860207, -987, -987654),
    (5000, "5µs", 4527516983983565041, 4500888916759581202, 4474287084904946639, 0, 5),
    (100, "100ns", 4502148214488346440, 4475630335815629560, 4449146038415679752, 0, 0),
]

# d, d.Round(time.Second), d.Truncate(time.Millisecond), d.Abs()
GO_ROUNDING = [
    (999, 0, 0, 999), (999999, 0, 0, 999999), (1500000, 0, 1000000, 1500000),
    (999999999, 1000000000, 999000000, 999999999), (1500000000, 2000000000, 1500000000, 1500000000),
    (-1500000000, -2000000000, -1500000000, 1500000000),
    (93784000000005, 93784000000000, 93784000000000, 93784000000005),
    (9223372036854775807, 9223372036854775807, 9223372036854000000, 9223372036854775807),
    (-9223372036854775808, -9223372036854775808, -9223372036854000000, 9223372036854775807),
    (1234567890123, 1235000000000, 1234567000000, 1234567890123),
    (-987654321, -1000000000, -987000000, 987654321), (-1, 0, 0, 1),
]


def bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


@pytest.mark.parametrize("d, s, sec, minutes, hours, ms, us", GO_DURATIONS)
def test_duration_methods_match_go(d, s, sec, minutes, hours, ms, us):
    assert gtime.Duration_String(d) == s.encode()
    assert bits(gtime.Duration_Seconds(d)) == sec
    assert bits(gtime.Duration_Minutes(d)) == minutes
    assert bits(gtime.Duration_Hours(d)) == hours
    assert gtime.Duration_Milliseconds(d) == ms
    assert gtime.Duration_Microseconds(d) == us
    assert gtime.Duration_Nanoseconds(d) == d


@pytest.mark.parametrize("d, rounded, truncated, absolute", GO_ROUNDING)
def test_duration_round_truncate_abs_match_go(d, rounded, truncated, absolute):
    assert gtime.Duration_Round(d, gtime.Second) == rounded
    assert gtime.Duration_Truncate(d, gtime.Millisecond) == truncated
    assert gtime.Duration_Abs(d) == absolute
    assert gtime.Duration_Round(d, 0) == d and gtime.Duration_Truncate(d, -1) == d


GO = shutil.which("go") or "/usr/lib/go-1.23/bin/go"


@pytest.mark.skipif(not Path(GO).exists(), reason="no Go toolchain")
def test_duration_string_matches_go_on_random_values(tmp_path):
    rng = random.Random(1)
    ds = [rng.randrange(-(2**63), 2**63) >> rng.randrange(0, 63) for _ in range(300)]
    (tmp_path / "go.mod").write_text("module d\ngo 1.23\n")
    (tmp_path / "main.go").write_text(
        'package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n'
        "\tfor _, d := range []time.Duration{" + ", ".join(map(str, ds)) + "} {\n"
        "\t\tfmt.Println(d)\n\t}\n}\n")
    r = subprocess.run([GO, "run", "."], cwd=tmp_path, capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split(b"\n")[:-1] == [gtime.Duration_String(d) for d in ds]


# ---------------------------------------------------------------------------------------
# Clocks and Time


def test_now_and_unix():
    t = Now()
    assert abs(gtime.Time_Unix(t) - time.time()) < 2
    assert gtime.Time_UnixNano(t) // 10**9 == gtime.Time_Unix(t)
    assert gtime.Time_UnixMilli(t) == gtime.Time_UnixNano(t) // 10**6
    assert gtime.Time_UnixMicro(t) == gtime.Time_UnixNano(t) // 10**3
    assert 0 <= gtime.Time_Nanosecond(t) < 10**9
    assert not gtime.Time_IsZero(t) and gtime.Time_IsZero(Time())
    assert gtime.Time_Unix(Time()) == -62135596800  # Go's zero Time is January 1, year 1


def test_unix_constructor_and_wall_arithmetic():
    assert gtime.Time_UnixMilli(gtime.UnixMilli(-1500)) == -1500
    assert gtime.Time_UnixMicro(gtime.UnixMicro(1_700_000_000_123_456)) == 1_700_000_000_123_456
    a = Unix(1700000000, 1_500_000_000)
    assert (gtime.Time_Unix(a), gtime.Time_Nanosecond(a)) == (1700000001, 500_000_000)
    b = Unix(1700000000, -1)
    assert (gtime.Time_Unix(b), gtime.Time_Nanosecond(b)) == (1699999999, 999_999_999)
    assert gtime.Time_Sub(a, b) == 1_500_000_001
    assert gtime.Time_Before(b, a) and gtime.Time_After(a, b) and not gtime.Time_Equal(a, b)
    assert gtime.Time_Compare(a, b) == 1 and gtime.Time_Compare(b, a) == -1
    assert gtime.Time_Equal(Time_Add(b, 1_500_000_001), a)
    assert gtime.Time_Sub(Unix(2**62, 0), Unix(-(2**62), 0)) == 2**63 - 1  # saturates


def test_monotonic_since_until_sub():
    t0 = Now()
    time.sleep(0.01)
    t1 = Now()
    d = gtime.Time_Sub(t1, t0)
    assert 10 * MS <= d < 2000 * MS
    assert gtime.Since(t0) >= d
    assert gtime.Until(t0) <= -d
    later = Time_Add(t1, gtime.Second)
    assert 0 < gtime.Until(later) <= gtime.Second


def test_sleep_really_waits_and_zero_does_not_yield():
    out = []

    def main():
        sched.go(lambda: out.append("other"))
        gtime.Sleep(0)
        gtime.Sleep(-5)
        out.append("main")
        t = time.perf_counter()
        gtime.Sleep(20 * MS)
        assert time.perf_counter() - t >= 0.02

    run(main)
    assert out == ["main", "other"]


def test_idle_sleep_does_not_spin():
    def main():
        gtime.Sleep(200 * MS)

    before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    run(main)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_utime - before < 0.1


# ---------------------------------------------------------------------------------------
# Timers


def test_after_delivers_a_time_after_the_delay():
    def main():
        t0 = Now()
        v = recv(After(15 * MS))
        assert gtime.Time_Sub(v, t0) >= 15 * MS
        assert gtime.Since(t0) >= 15 * MS

    run(main)


def test_timer_channel_looks_unbuffered():
    def main():
        t = NewTimer(1 * MS)
        assert (chan_len(t.C), chan_cap(t.C)) == (0, 0)
        gtime.Sleep(5 * MS)
        assert (chan_len(t.C), chan_cap(t.C)) == (0, 0)
        i, v, ok = select([("recv", t.C, None)], True)
        assert i == 0 and ok

    run(main)


def test_timer_stop_before_expiry():
    def main():
        t = NewTimer(5 * MS)
        assert gtime.Timer_Stop(t) is True
        assert gtime.Timer_Stop(t) is False
        gtime.Sleep(15 * MS)
        assert select([("recv", t.C, None)], True)[0] == -1

    run(main)


def test_timer_stop_after_fire_discards_the_unreceived_value():
    # Go 1.23: the value was not received, so Stop reports true and nothing is received later
    def main():
        t = NewTimer(1 * MS)
        gtime.Sleep(10 * MS)
        assert gtime.Timer_Stop(t) is True
        assert select([("recv", t.C, None)], True)[0] == -1
        assert gtime.Timer_Stop(t) is False

    run(main)


def test_timer_reset():
    def main():
        t = NewTimer(1000 * MS)
        assert gtime.Timer_Reset(t, 5 * MS) is True
        t0 = Now()
        recv(t.C)
        assert 5 * MS <= gtime.Since(t0) < 900 * MS
        assert gtime.Timer_Reset(t, 1 * MS) is False
        recv(t.C)

    run(main)


def test_uninitialized_timer_stop_panics():
    with pytest.raises(GoPanic) as ei:
        gtime.Timer_Stop(Timer())
    assert str(ei.value) == "time: Stop called on uninitialized Timer"


def test_ticker_ticks_drops_for_slow_receivers_and_stops():
    def main():
        tk = NewTicker(5 * MS)
        t0 = Now()
        for _ in range(3):
            recv(tk.C)
        assert gtime.Since(t0) >= 15 * MS
        gtime.Sleep(30 * MS)  # ~6 periods: one tick waits, the others were dropped
        recv(tk.C)
        assert select([("recv", tk.C, None)], True)[0] == -1
        gtime.Ticker_Stop(tk)
        gtime.Sleep(15 * MS)
        assert select([("recv", tk.C, None)], True)[0] == -1
        gtime.Ticker_Reset(tk, 2 * MS)
        recv(tk.C)
        gtime.Ticker_Stop(tk)

    run(main)


def test_tick_zero_is_nil_and_new_ticker_rejects_it():
    assert Tick(0) is None
    with pytest.raises(GoPanic) as ei:
        NewTicker(0)
    assert ei.value.value == Iface(gtime.STRING, b"non-positive interval for NewTicker")


def test_values_have_the_package_types():
    t = NewTimer(gtime.Hour)
    assert type(t)._gotype is gtime.TYPES["Timer"] and type(t.r)._gotype is gtime.TYPES["runtimeTimer"]
    assert type(Now())._gotype is gtime.TYPES["Time"]
    assert type(NewTicker(gtime.Hour))._gotype is gtime.TYPES["Ticker"]


def test_timer_allocations_are_accounted_like_go():
    before = (malloc.stats.mallocs, malloc.stats.total_alloc)
    NewTimer(gtime.Hour)
    assert (malloc.stats.mallocs - before[0], malloc.stats.total_alloc - before[1]) == (3, 248)


def test_after_func_runs_in_a_new_goroutine():
    out = []

    def main():
        done = make_chan(0, 0)
        AfterFunc(5 * MS, lambda: (out.append(sched.goid()), chan.send(done, 1)))
        stopped = AfterFunc(5 * MS, lambda: out.append("never"))
        assert gtime.Timer_Stop(stopped) is True
        recv(done)
        gtime.Sleep(10 * MS)

    run(main)
    assert out == [2]  # f runs in a goroutine started when the timer fires


def test_sleeping_goroutines_wake_in_order():
    out = []

    def main():
        done = make_chan(0, 0)
        for ms in (200, 50, 125):  # (gaps of 75 ms: starting the goroutines may take a while on a loaded machine)
            def g(ms=ms):
                gtime.Sleep(ms * MS)
                out.append(ms)
                chan.send(done, 1)
            sched.go(g)
        for _ in range(3):
            recv(done)

    run(main)
    assert out == [50, 125, 200]


def test_select_with_timeout():
    def main():
        never = make_chan(0, 0)
        t0 = Now()
        i, _, _ = select([("recv", never, None), ("recv", After(10 * MS), None)], False)
        assert i == 1 and gtime.Since(t0) >= 10 * MS
        # a timeout loop: each iteration leaves a stale entry on `never`, which stays small
        for _ in range(100):
            select([("recv", never, None), ("recv", After(0), None)], False)
        assert len(never.recvq) < 70

    run(main)


def test_unwatched_ticker_does_not_hide_a_deadlock():
    def main():
        NewTicker(10 * MS)
        recv(make_chan(0, 0))

    t = time.perf_counter()
    with pytest.raises(FatalError) as ei:
        run(main)
    assert ei.value.detail == "goroutine 1 [chan receive]:\n"
    assert time.perf_counter() - t < 5


def test_afterfunc_keeps_the_program_alive():
    def main():
        done = make_chan(0, 0)
        AfterFunc(10 * MS, lambda: chan.send(done, 1))
        recv(done)

    run(main)


# ---------------------------------------------------------------------------------------
# ParseDuration, Month, Weekday, dates, Format and Parse. Expected values were printed by
# Go 1.23 on this machine (TZ unset, /etc/localtime is Etc/UTC: Local is called "Local" and
# behaves as UTC). The differential tests at the end run generated programs with real Go and
# with gomem, also under other $TZ values.

GO_PARSE_DURATION = [
    ("", 0, 'time: invalid duration ""'), ("0", 0, None), ("-0", 0, None), ("+0", 0, None),
    ("1", 0, 'time: missing unit in duration "1"'), (".", 0, 'time: invalid duration "."'),
    ("1.", 0, 'time: missing unit in duration "1."'), (".5s", 500000000, None), ("1.s", 1000000000, None),
    ("-.5h", -1800000000000, None), ("1h2m", 3720000000000, None), ("1µs", 1000, None), ("1μs", 1000, None),
    ("1us", 1000, None), ("9223372036854775807ns", 9223372036854775807, None),
    ("9223372036854775808ns", 0, 'time: invalid duration "9223372036854775808ns"'),
    ("-9223372036854775808ns", -9223372036854775808, None),
    ("-9223372036854775809ns", 0, 'time: invalid duration "-9223372036854775809ns"'),
    ("2562047h47m16.854775807s", 9223372036854775807, None),
    ("2562047h47m16.854775808s", 0, 'time: invalid duration "2562047h47m16.854775808s"'),
    ("1.0000000001s", 1000000000, None), ("0.3333333333333333333333h", 1200000000000, None),
    ("1x", 0, 'time: unknown unit "x" in duration "1x"'), ("1hh", 0, 'time: unknown unit "hh" in duration "1hh"'),
    ("1h 2m", 0, 'time: unknown unit "h " in duration "1h 2m"'), ("\xff", 0, 'time: invalid duration "\\xff"'),
    ("1\x01s", 0, 'time: unknown unit "\\x01s" in duration "1\\x01s"'),
    ('a"b\\', 0, 'time: invalid duration "a\\"b\\\\"'),
    ("18446744073709551616ns", 0, 'time: invalid duration "18446744073709551616ns"'),
    ("1e3s", 0, 'time: unknown unit "e" in duration "1e3s"'), ("-", 0, 'time: invalid duration "-"'),
    ("5.5.5s", 0, 'time: missing unit in duration "5.5.5s"'), ("0.000000000000000000000000001s", 0, None),
    ("1.99999999999999999999999999h", 7200000000000, None),
    ("5 minutes", 0, 'time: unknown unit " minutes" in duration "5 minutes"'),
]


def test_api_complete():
    check_api("time")


def _err_text(err) -> str | None:
    from gomem.stdlib import errors as gerrors
    return None if err is None else gerrors.error_text(err).decode("utf-8", "replace")


@pytest.mark.parametrize("s, want, err", GO_PARSE_DURATION)
def test_parse_duration_matches_go(s, want, err):
    raw = s.encode("latin-1") if s in ("\xff", "1\x01s") else s.encode()
    d, e = gtime.ParseDuration(raw)
    assert (d, _err_text(e)) == (want, err)


def test_month_and_weekday_strings():
    assert [gtime.Month_String(m) for m in (1, 2, 12)] == [b"January", b"February", b"December"]
    assert gtime.Month_String(13) == b"%!Month(13)" and gtime.Month_String(0) == b"%!Month(0)"
    assert gtime.Month_String(-1) == b"%!Month(18446744073709551615)"
    assert [gtime.Weekday_String(d) for d in (0, 6)] == [b"Sunday", b"Saturday"]
    assert gtime.Weekday_String(7) == b"%!Weekday(7)"
    assert gtime.Weekday_String(-1) == b"%!Weekday(18446744073709551615)"


def _date(*a, loc=None):
    return gtime.Date(*a, gtime.UTC if loc is None else loc)


def test_date_normalises_and_extracts_fields_like_go():
    s = gtime.Time_String
    assert s(_date(2023, 14, 35, 25, 61, 61, 10**9 + 5)) == b"2024-03-07 02:02:02.000000005 +0000 UTC"
    assert s(_date(2023, -14, -35, -25, -61, -61, -10**9 - 5)) == b"2021-08-24 21:57:57.999999995 +0000 UTC"
    assert s(gtime._Time()) == b"0001-01-01 00:00:00 +0000 UTC"
    assert gtime.Weekday_String(gtime.Time_Weekday(gtime._Time())) == b"Monday"
    # Go: year, Format("2006 06 002 __2 Jan January Mon Monday"), weekday, yday
    for y, text, wd, yd in [(-10001, "-10001 01 063  63 Mar March Thu Thursday", 4, 63),
                            (-101, "-0101 01 063  63 Mar March Sat Saturday", 6, 63),
                            (-1, "-0001 01 063  63 Mar March Thu Thursday", 4, 63),
                            (0, "0000 00 064  64 Mar March Sat Saturday", 6, 64),
                            (1, "0001 01 063  63 Mar March Sun Sunday", 0, 63),
                            (10000, "10000 00 064  64 Mar March Sat Saturday", 6, 64),
                            (123456, "123456 56 064  64 Mar March Tue Tuesday", 2, 64)]:
        t = _date(y, 3, 4, 5, 6, 7, 8)
        assert gtime.Time_Format(t, b"2006 06 002 __2 Jan January Mon Monday") == text.encode()
        assert (gtime.Time_Year(t), gtime.Time_Weekday(t), gtime.Time_YearDay(t)) == (y, wd, yd)
    t = _date(2024, 2, 29, 13, 4, 5, 0)
    assert gtime.Time_Date(t) == (2024, 2, 29) and gtime.Time_Clock(t) == (13, 4, 5)
    assert gtime.Time_Format(gtime.Time_Add(t, 36 * gtime.Hour), b"2006-01-02T15:04:05Z07:00") == \
        b"2024-03-02T01:04:05Z"
    assert gtime.Time_Sub(_date(2025, 1, 1, 0, 0, 0, 0), t) == 26477755000000000
    with pytest.raises(GoPanic):
        gtime.Date(2024, 1, 1, 0, 0, 0, 0, None)


def test_truncate_and_round_count_from_the_zero_time():
    s = gtime.Time_String
    t = _date(-1001, 3, 4, 5, 6, 7, 8)
    assert s(gtime.Time_Truncate(t, 7 * gtime.Hour)) == b"-1001-03-04 00:00:00 +0000 UTC"
    assert s(gtime.Time_Round(t, 7 * gtime.Hour)) == b"-1001-03-04 07:00:00 +0000 UTC"
    t = _date(-11, 3, 4, 5, 6, 7, 8)
    assert s(gtime.Time_Round(t, 10**9 + 7)) == b"-0011-03-04 05:06:07.38678779 +0000 UTC"
    t = _date(1, 3, 4, 5, 6, 7, 8)
    assert s(gtime.Time_Truncate(t, 7 * gtime.Hour)) == b"0001-03-04 03:00:00 +0000 UTC"
    assert s(gtime.Time_Truncate(t, 10**9 + 7)) == b"0001-03-04 05:06:06.037626162 +0000 UTC"


GO_FORMATS = [  # layout, Format of 2024-03-04 05:06:07.000000008 UTC
    ("__2006", " 64024"), ("_2006", "_2024"), ("__2", " 64"), ("___2", "_ 64"), ("Month", "Month"),
    ("Janu", "Janu"), ("January", "March"), ("2006-01-02T15:04:05.000Z", "2024-03-04T05:06:07.000Z"),
    ("15.999", "05"), ("05.990", "07.990"), ("05,00,", "07,00,"), ("05.0009", "07.0009"), ("1504", "0506"),
    ("150405.999999999999", "050607.000000008"),
]


@pytest.mark.parametrize("layout, want", GO_FORMATS)
def test_layout_recognition_matches_go(layout, want):
    assert gtime.Time_Format(_date(2024, 3, 4, 5, 6, 7, 8), layout.encode()) == want.encode()


GO_PARSES = [  # layout, value, Go's result or error
    ("2006 002", "2023 366", 'parsing time "2023 366": day-of-year out of range'),
    ("2006 002", "2024 366", "2024-12-31 00:00:00 +0000 UTC"),
    ("2006 002 01 02", "2023 032 02 02", 'parsing time "2023 032 02 02": day-of-year does not match day'),
    ("2006 002 01 02", "2023 032 02 01", "2023-02-01 00:00:00 +0000 UTC"),
    ("05.000000000000", "01.123456789123", "0000-01-01 00:00:01.123456789 +0000 UTC"),
    ("2006-01-02 MST", "2024-07-01 CEST", "2024-07-01 00:00:00 +0000 CEST"),
    ("2006-01-02 MST", "2024-01-01 GMT+3", "2024-01-01 03:00:00 +0300 GMT+3"),
    ("2006-01-02 -0700 MST", "2024-01-01 +0100 CET", "2024-01-01 00:00:00 +0100 CET"),
    ("2006-01-02T15:04:05Z07:00", "2024-13-01T00:00:00Z", 'parsing time "2024-13-01T00:00:00Z": month out of range'),
    ("2006-01-02", "2024-02-30", 'parsing time "2024-02-30": day out of range'),
    ("03___202", "05_ 5726", 'parsing time "05_ 5726" as "03___202": cannot parse "6" as "02"'),
    ("Mon, 02 Jan 2006 15:04:05 MST", "Sun, 20 Jan 0002 13:50:43 X",
     'parsing time "Sun, 20 Jan 0002 13:50:43 X" as "Mon, 02 Jan 2006 15:04:05 MST": cannot parse "X" as "MST"'),
    ("2006-01-02T15:04:05Z07:00", "2024-05-06T07:08:09.5+05:30", "2024-05-06 07:08:09.5 +0530 +0530"),
    ("2006-01-02 15:04:05", "2024-05-06 07:08:09", "2024-05-06 07:08:09 +0000 UTC"),
    ("2006-01-02", "2024-05-06x", 'parsing time "2024-05-06x": extra text: "x"'),
    ("3:04PM", "12:30AM", "0000-01-01 00:30:00 +0000 UTC"),
]


@pytest.mark.parametrize("layout, value, want", GO_PARSES)
def test_parse_matches_go(layout, value, want):
    t, err = gtime.Parse(layout.encode(), value.encode())
    got = _err_text(err) if err is not None else gtime.Time_String(t).decode()
    assert got == want
    if err is not None:
        assert err.t is gtime.new_pointer(gtime.PARSE_ERROR) and gtime.Time_IsZero(t)


def test_locations():
    assert gtime.Location_String(gtime.UTC) == b"UTC" and gtime.Location_String(None) == b"UTC"
    est = gtime.FixedZone(b"EST", -5 * 3600)
    t = gtime.Time_In(_date(2024, 1, 2, 3, 4, 5, 6), est)
    assert gtime.Time_String(t) == b"2024-01-01 22:04:05.000000006 -0500 EST"
    assert gtime.Time_Zone(t) == (b"EST", -18000) and gtime.Time_Location(t) is est
    assert gtime.Time_UTC(t).loc is None and gtime.Time_Location(gtime.Time_UTC(t)) is gtime.UTC
    loc, err = gtime.LoadLocation(b"Bad/Zone")
    assert loc is None and _err_text(err) == "unknown time zone Bad/Zone"
    assert gtime.LoadLocation(b"")[0] is gtime.UTC and gtime.LoadLocation(b"Local")[0] is gtime.Local
    assert gtime.Unix(0, 0).loc is gtime.Local and gtime.Now().loc is gtime.Local


def test_local_follows_tz_as_go_does(monkeypatch):
    for tz, name in ((None, b"Local"), ("", b"UTC"), ("Nope/X", b"UTC"), ("UTC", b"UTC"),
                     (":Europe/Berlin", b"Europe/Berlin"), ("/etc/localtime", b"Local")):
        if tz is None:
            monkeypatch.delenv("TZ", raising=False)
        else:
            monkeypatch.setenv("TZ", tz)
        if tz is None and gtime._zone_file(b"/etc/localtime") is None:
            continue
        assert gtime._init_local().name == name, tz


def test_now_string_shows_the_monotonic_reading():
    s = gtime.Time_String(gtime.Now())
    assert b" m=+0." in s or b" m=+" in s
    assert b" m=" not in gtime.Time_String(gtime.Time_Round(gtime.Now(), 0))


# ---------------------------------------------------------------------------------------
# Differential tests: the same generated program run by Go 1.23 and by gomem

_FIELDS = ["2006", "06", "Jan", "January", "1", "01", "Mon", "Monday", "2", "_2", "02", "__2", "002", "15", "3",
           "03", "4", "04", "5", "05", "PM", "pm", "MST", "Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00",
           "-0700", "-07:00", "-07", "-070000", "-07:00:00", ".000", ".999", ",000", ",999", ".0", ".9",
           ".000000000", ".999999999", ".000000000000", ".99999999999", " ", "-", ":", "T", "x", "Month",
           "Janu", "_", "__", "0", "9", ".", ","]
_NAMED_LAYOUTS = ["time.Layout", "time.ANSIC", "time.UnixDate", "time.RubyDate", "time.RFC822", "time.RFC822Z",
                  "time.RFC850", "time.RFC1123", "time.RFC1123Z", "time.RFC3339", "time.RFC3339Nano",
                  "time.Kitchen", "time.Stamp", "time.StampMilli", "time.StampMicro", "time.StampNano",
                  "time.DateTime", "time.DateOnly", "time.TimeOnly"]


def _go_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _time_program(seed: int) -> str:
    rng = random.Random(seed)
    layouts = ["".join(rng.choice(_FIELDS) for _ in range(rng.randrange(1, 7))) for _ in range(60)]
    durs = [rng.choice([0, -1, 1, 7 * 3600 * 10**9, 10**9 + 7, 86400 * 10**9 * 3 + 5, rng.randrange(1, 10**15),
                        -rng.randrange(1, 10**12)]) for _ in range(8)]
    lines = ["package main", "", 'import (\n\t"fmt"\n\t"time"\n)', "", "func main() {",
             '\tlocs := []*time.Location{time.UTC, time.Local, time.FixedZone("ABC", 3600*5+1800), '
             'time.FixedZone("", -7*3600-30)}',
             "\tlayouts := []string{" + ", ".join([_go_str(x) for x in layouts] + _NAMED_LAYOUTS) + "}",
             "\tdurs := []time.Duration{" + ", ".join(map(str, durs)) + "}",
             "\tts := []time.Time{time.Time{}, time.Unix(0, 0), time.Unix(1700000000, 5).UTC(), time.Unix(-1e10, 999)}"]
    for _ in range(30):
        y = rng.choice([rng.randrange(-3000, 12000), rng.randrange(1960, 2040), 2024, 1, 0, -1])
        ns = rng.choice([0, 5, 123456789, 999999999, rng.randrange(-2 * 10**9, 2 * 10**9)])
        lines.append(f"\tts = append(ts, time.Date({y}, {rng.randrange(-3, 16)}, {rng.randrange(-40, 70)}, "
                     f"{rng.randrange(-30, 50)}, {rng.randrange(-70, 130)}, {rng.randrange(-70, 130)}, {ns}, "
                     f"locs[{rng.randrange(4)}]))")
    lines.append("""	for i, t := range ts {
		y, m, d := t.Date()
		hh, mm, ss := t.Clock()
		wy, wk := t.ISOWeek()
		zn, zo := t.Zone()
		fmt.Println(i, t, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(),
			t.Weekday(), t.YearDay(), y, m, d, hh, mm, ss, wy, wk, zn, zo, t.Location(), t.Unix(), t.UnixNano(), t.IsZero())
		fmt.Println(t.UTC(), t.Local(), t.In(locs[i%len(locs)]), t.AddDate(i%3-1, i%15-7, i%40-20))
		u := ts[(i+1)%len(ts)]
		for _, d := range durs {
			fmt.Println(t.Truncate(d), t.Round(d), t.Add(d), t.Sub(u), t.Before(u), t.After(u), t.Equal(t.Add(d)), t.Compare(u))
		}
		for j, l := range layouts {
			if (i+j)%3 == 0 {
				s := t.Format(l)
				fmt.Printf("%q %q\\n", l, s)
				p, err := time.Parse(l, s)
				fmt.Println(p, err)
				p, err = time.ParseInLocation(l, s, locs[j%len(locs)])
				fmt.Println(p, err)
			}
		}
	}
}""")
    return "\n".join(lines) + "\n"


def _duration_program(seed: int) -> str:
    rng = random.Random(seed)
    parts = ["0", "1", "12", "9223372036854775807", "9223372036854775808", "000000000000000000000001", ".", ".5",
             "5.", "1.5", "0.333333333333333333333333", "99999999999.99999999999", "-", "+", "ns", "us", "µs",
             "μs", "ms", "s", "m", "h", "x", " ", "e", "2562047", "16.854775807", "1.0000000001"]
    cases = ["".join(rng.choice(parts) for _ in range(rng.randrange(1, 6))) for _ in range(1500)]
    return ('package main\n\nimport (\n\t"fmt"\n\t"time"\n)\n\nfunc main() {\n\tfor _, s := range []string{'
            + ", ".join(_go_str(c) for c in cases)
            + "} {\n\t\td, err := time.ParseDuration(s)\n\t\tfmt.Println(int64(d), d, err)\n\t}\n}\n")


_DST_PROGRAM = """package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/St_Johns", "Local"} {
		loc, err := time.LoadLocation(name)
		fmt.Println(loc, err)
		for _, y := range []int{1850, 1950, 2024, 2500, 20000} {
			for m := 1; m <= 12; m++ {
				for h := 0; h < 4; h++ {
					t := time.Date(y, time.Month(m), 1+(m*7)%28, h, 30, 0, 0, loc)
					fmt.Println(t, t.Unix())
				}
			}
		}
		for _, d := range []int{10, 31} {
			for h := 0; h < 4; h++ {
				for _, m := range []int{3, 10} {
					t := time.Date(2024, time.Month(m), d, h, 30, 0, 0, loc)
					fmt.Println(t, t.Add(time.Hour), t.AddDate(0, 0, 1))
					p, err := time.ParseInLocation(time.RFC1123, t.Format(time.RFC1123), loc)
					fmt.Println(p, err)
					p, err = time.Parse(time.RFC1123, t.Format(time.RFC1123))
					fmt.Println(p, err)
				}
			}
		}
	}
}
"""


def _run_both(tmp_path: Path, src: str, tz: str | None = None) -> tuple[bytes, bytes]:
    import os
    import sys
    (tmp_path / "go.mod").write_text("module d\ngo 1.23\n")
    (tmp_path / "main.go").write_text(src)
    env = dict(os.environ, GOTOOLCHAIN="local", GOPROXY="off")
    env.setdefault("GOCACHE", str(tmp_path / "gocache"))
    env.pop("TZ", None)
    if tz is not None:
        env["TZ"] = tz
    r = subprocess.run([GO, "build", "-o", "prog", "."], cwd=tmp_path, capture_output=True, timeout=300, env=env)
    assert r.returncode == 0, r.stderr
    want = subprocess.run([str(tmp_path / "prog")], cwd=tmp_path, capture_output=True, timeout=60, env=env)
    src_dir = Path(gtime.__file__).resolve().parents[3]
    env["PYTHONPATH"] = str(src_dir)
    got = subprocess.run([sys.executable, "-m", "gomem", "run", "main.go"], cwd=tmp_path, capture_output=True,
                         timeout=300, env=env)
    assert got.returncode == 0, got.stderr[-3000:]
    return want.stdout, got.stdout


def _same_lines(want: bytes, got: bytes) -> None:
    w, g = want.split(b"\n"), got.split(b"\n")
    for k, (a, b) in enumerate(zip(w, g)):
        assert a == b, f"line {k + 1}"
    assert len(w) == len(g)


needs_go = pytest.mark.skipif(not Path(GO).exists(), reason="no Go toolchain")


@needs_go
@pytest.mark.parametrize("seed, tz", [(1, None), (2, None), (3, "Europe/Berlin"), (4, "America/St_Johns"),
                                      (5, "Australia/Lord_Howe"), (6, "")])
def test_dates_format_parse_match_go(tmp_path, seed, tz):
    _same_lines(*_run_both(tmp_path, _time_program(seed), tz))


@needs_go
def test_parse_duration_matches_go_on_generated_strings(tmp_path):
    _same_lines(*_run_both(tmp_path, _duration_program(7)))


@needs_go
@pytest.mark.parametrize("tz", [None, "Australia/Sydney"])
def test_zone_transitions_match_go(tmp_path, tz):
    _same_lines(*_run_both(tmp_path, _DST_PROGRAM, tz))


@pytest.mark.parametrize("prog", program_params("time"))
def test_program(prog) -> None:
    run_program(prog)
