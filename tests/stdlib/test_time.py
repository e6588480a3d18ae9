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
        for ms in (40, 10, 25):
            def g(ms=ms):
                gtime.Sleep(ms * MS)
                out.append(ms)
                chan.send(done, 1)
            sched.go(g)
        for _ in range(3):
            recv(done)

    run(main)
    assert out == [10, 25, 40]


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
