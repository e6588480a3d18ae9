"""The goroutine scheduler, driven directly with Python functions as goroutine bodies."""

from __future__ import annotations

import os
import resource
import time

import pytest

from gomem.runtime import chan, sched
from gomem.runtime.chan import make_chan, recv, send
from gomem.runtime.panic import FatalError, GoExit, GoexitUnwind, GoPanic, go_panic_plain


def run(fn, seed=0, **kw):
    s = sched.new_scheduler(seed, **kw)
    try:
        s.run_main(fn)
    finally:
        s.close()
    return s


def deadlock(fn, seed=0) -> FatalError:
    with pytest.raises(FatalError) as ei:
        run(fn, seed)
    return ei.value


def test_main_returns_and_abandons_blocked_goroutines():
    out = []

    def main():
        ch = make_chan(0, 0)
        sched.go(lambda: (out.append("g"), recv(ch), out.append("never")))
        sched.gosched()
        out.append("main done")

    run(main)
    assert out == ["g", "main done"]


def test_go_order_matches_go_with_one_p():
    # Go 1.23, GOMAXPROCS=1: three `go` statements then wg.Wait() print 2, 0, 1 (runnext).
    out = []

    def main():
        done = make_chan(3, 0)
        for i in range(3):
            sched.go(lambda i: (out.append(i), send(done, i)), i)
        for _ in range(3):
            recv(done)

    run(main)
    assert out == [2, 0, 1]


def test_goroutine_ids_and_count():
    ids = []

    def main():
        ids.append(sched.goid())
        done = make_chan(0, 0)

        def g():
            ids.append(sched.goid())
            send(done, 1)

        sched.go(g)
        sched.go(g)
        assert sched.num_goroutine() == 3
        recv(done)
        recv(done)
        sched.gosched()
        assert sched.num_goroutine() == 1

    run(main)
    assert ids == [1, 3, 2]
    ids.clear()
    run(main, first_goid=6)
    assert ids == [1, 7, 6]


def test_ping_pong():
    log = []

    def main():
        ping, pong = make_chan(0, 0), make_chan(0, 0)

        def player():
            while True:
                v = recv(ping)
                if v >= 10:
                    send(pong, -1)
                    return
                log.append(("pong", v))
                send(pong, v + 1)

        sched.go(player)
        v = 0
        while v >= 0:
            send(ping, v)
            v = recv(pong)
            if v >= 0:
                log.append(("ping", v))
                v += 1

    run(main)
    assert log[:4] == [("pong", 0), ("ping", 1), ("pong", 2), ("ping", 3)]
    assert len(log) == 10


def test_gosched_round_robin():
    out = []

    def worker(name):
        for i in range(3):
            out.append(f"{name}{i}")
            sched.gosched()

    def main():
        wg = make_chan(2, 0)
        sched.go(lambda: (worker("a"), send(wg, 1)))
        sched.go(lambda: (worker("b"), send(wg, 1)))
        recv(wg)
        recv(wg)

    run(main)
    assert out == ["b0", "a0", "b1", "a1", "b2", "a2"]


def test_deadlock_text_lists_every_goroutine_with_go_wait_reasons():
    def main():
        ch = make_chan(0, 0)
        sched.go(lambda: send(ch, 1))
        sched.go(lambda: recv(None))
        sched.go(lambda: chan.select([], False))
        sched.go(lambda: send(None, 1))
        sched.go(lambda: chan.select([("recv", ch, None), ("recv", None, None)], False))
        recv(ch)
        recv(ch)

    e = deadlock(main)
    assert e.msg == "all goroutines are asleep - deadlock!"
    assert e.detail == (
        "goroutine 1 [chan receive]:\n\n"
        "goroutine 3 [chan receive (nil chan)]:\n\n"
        "goroutine 4 [select (no cases)]:\n\n"
        "goroutine 5 [chan send (nil chan)]:\n\n"
        "goroutine 6 [select]:\n"
    )
    assert [g.goid for g in e.goroutines] == [1, 3, 4, 5, 6]


def test_deadlock_main_alone():
    e = deadlock(lambda: send(make_chan(0, 0), 1))
    assert e.detail == "goroutine 1 [chan send]:\n"


def test_panic_in_goroutine_ends_program_with_its_id():
    def main():
        sched.go(lambda: go_panic_plain("boom"))
        recv(make_chan(0, 0))

    with pytest.raises(GoPanic) as ei:
        run(main)
    assert str(ei.value) == "boom"
    assert ei.value.goroutine == 2


def test_panic_in_main():
    def main():
        sched.go(lambda: None)
        go_panic_plain("main boom")

    with pytest.raises(GoPanic) as ei:
        run(main)
    assert ei.value.goroutine == 1


def test_python_exception_in_goroutine_propagates():
    def main():
        sched.go(lambda: 1 // 0)
        sched.gosched()

    with pytest.raises(ZeroDivisionError) as ei:
        run(main)
    assert ei.value.goroutine == 2


def test_os_exit_from_goroutine():
    def main():
        def g():
            raise GoExit(3)

        sched.go(g)
        recv(make_chan(0, 0))

    with pytest.raises(GoExit) as ei:
        run(main)
    assert ei.value.code == 3


def test_goexit_in_goroutine_ends_only_it():
    out = []

    def main():
        done = make_chan(0, 0)

        def g():
            try:
                raise GoexitUnwind()
            finally:
                out.append("deferred")
                send(done, 1)

        sched.go(g)
        recv(done)
        sched.gosched()
        out.append(sched.num_goroutine())

    run(main)
    assert out == ["deferred", 1]


def test_goexit_in_main_waits_for_others_then_fails():
    out = []

    def main():
        sched.go(lambda: (sched.gosched(), out.append("other ran")))
        raise GoexitUnwind()

    e = deadlock(main)
    assert e.msg == "no goroutines (main called runtime.Goexit) - deadlock!"
    assert out == ["other ran"]


def test_goexit_in_main_with_blocked_goroutine_is_a_plain_deadlock():
    def main():
        sched.go(lambda: recv(make_chan(0, 0)))
        raise GoexitUnwind()

    e = deadlock(main)
    assert e.msg == "all goroutines are asleep - deadlock!"
    assert e.detail == "goroutine 2 [chan receive]:\n"


def test_preempt_lets_other_goroutines_run():
    # a goroutine spinning on a flag set by another one: only preemption lets the setter run
    flag = []

    def main():
        sched.go(lambda: flag.append(1))
        ticks = sched.TICK_BUDGET
        spins = 0
        while not flag:
            spins += 1
            ticks -= 1
            if ticks == 0:
                ticks = sched.preempt()
        assert spins == sched.TICK_BUDGET

    run(main)


def test_fairness_between_two_spinners():
    counts = {"a": 0, "b": 0}
    stop = []

    def spinner(name):
        ticks = 100
        while not stop:
            counts[name] += 1
            ticks -= 1
            if ticks == 0:
                ticks = 100
                sched.preempt()

    def main():
        sched.go(spinner, "a")
        sched.go(spinner, "b")
        for _ in range(50):
            sched.gosched()
        stop.append(1)

    run(main)
    assert counts["a"] > 1000 and counts["b"] > 1000
    assert 0.5 < counts["a"] / counts["b"] < 2


def test_preempt_alone_is_cheap():
    def main():
        n = 100000
        t = time.perf_counter()
        for _ in range(n):
            sched.preempt()
        per = (time.perf_counter() - t) / n
        assert per < 5e-6

    run(main)


def _select_program(trace):
    def main():
        a, b, c = make_chan(4, 0), make_chan(4, 0), make_chan(4, 0)
        done = make_chan(0, 0)
        for ch, name in ((a, "a"), (b, "b"), (c, "c")):
            def producer(ch=ch, name=name):
                for i in range(20):
                    send(ch, f"{name}{i}")
                    if i % 3 == 0:
                        sched.gosched()
                send(done, name)
            sched.go(producer)
        finished = 0
        while finished < 3:
            sched.gosched()  # let the producers fill the buffers: several cases are ready
            i, v, ok = chan.select([("recv", a, None), ("recv", b, None), ("recv", c, None),
                                    ("recv", done, None)], False)
            trace.append(v)
            if i == 3:
                finished += 1
    return main


def test_same_seed_same_interleaving():
    traces = []
    for seed in (7, 7, 8):
        t = []
        run(_select_program(t), seed=seed)
        traces.append(t)
    assert traces[0] == traces[1]
    assert traces[0] != traces[2]


def test_seed_from_environment(monkeypatch):
    monkeypatch.setenv("GOMEM_SEED", "42")
    assert sched.Scheduler().seed == 42
    monkeypatch.setenv("GOMEM_SEED", "")
    assert sched.Scheduler().seed == 0
    monkeypatch.delenv("GOMEM_SEED")
    assert sched.Scheduler().seed == 0


def test_gomaxprocs(monkeypatch):
    monkeypatch.setenv("GOMAXPROCS", "3")
    s = sched.Scheduler()
    assert s.gomaxprocs == 3
    assert s.set_gomaxprocs(5) == 3
    assert s.set_gomaxprocs(0) == 5
    assert s.gomaxprocs == 5
    monkeypatch.delenv("GOMAXPROCS")
    assert sched.Scheduler().gomaxprocs == len(os.sched_getaffinity(0))


def test_sleep_wakes_in_deadline_order_and_really_waits():
    out = []

    def main():
        done = make_chan(0, 0)
        for ms in (90, 30, 60):  # 30 ms apart: a loaded machine may take a few ms to start each
            def g(ms=ms):
                sched.current.sleep(ms * 1_000_000)
                out.append(ms)
                send(done, 1)
            sched.go(g)
        for _ in range(3):
            recv(done)

    t = time.perf_counter()
    run(main)
    assert out == [30, 60, 90]
    assert time.perf_counter() - t >= 0.09


def test_sleeping_goroutine_is_woken_while_another_spins():
    woke = []

    def main():
        sched.go(lambda: (sched.current.sleep(5_000_000), woke.append(1)))
        sched.gosched()
        deadline = time.monotonic() + 2
        while not woke and time.monotonic() < deadline:
            sched.preempt()
        assert woke

    run(main)


def test_sleep_does_not_count_as_deadlock():
    def main():
        sched.go(lambda: sched.current.sleep(1_000_000))
        sched.current.sleep(2_000_000)

    run(main)


def test_many_short_lived_goroutines():
    def main():
        done = make_chan(0, 0)
        total = 0
        for i in range(20000):
            sched.go(lambda i: send(done, i), i)
            total += recv(done)
        assert total == sum(range(20000))
        assert sched.num_goroutine() <= 2

    run(main)


def test_100k_goroutines():
    """100,000 goroutines parked on one channel at once, then all released."""
    n = 100_000
    stats = {}

    def main():
        start = make_chan(0, False)
        done = make_chan(n, 0)

        def worker(i):
            recv(start)
            send(done, i)

        t0 = time.perf_counter()
        for i in range(n):
            sched.go(worker, i)
        sched.gosched()  # every worker runs and parks on start
        t1 = time.perf_counter()
        assert sched.num_goroutine() == n + 1
        assert len(start.recvq) == n
        chan.close(start)
        total = 0
        for _ in range(n):
            total += recv(done)
        t2 = time.perf_counter()
        assert total == n * (n - 1) // 2
        stats["park"] = t1 - t0
        stats["release"] = t2 - t1

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    run(main)
    rss = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    print(f"\n100k goroutines: start+park {stats['park']:.2f}s, release+finish {stats['release']:.2f}s, "
          f"max RSS growth {rss:.0f} MB")
    assert stats["park"] + stats["release"] < 30
