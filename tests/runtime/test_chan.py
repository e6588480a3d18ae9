"""Channels and select: Go's semantics, panics, wait reasons, random choice, speed."""

from __future__ import annotations

import time

import pytest

from gomem.runtime import chan, sched
from gomem.runtime.chan import chan_cap, chan_len, close, make_chan, recv, recv2, select, send
from gomem.runtime.panic import PLAIN_ERROR, FatalError, GoPanic, panic_message
from gomem.runtime.values import struct_class
from gomem.types.types import INT, Field, Named, new_struct


def run(fn, seed=0):
    s = sched.new_scheduler(seed)
    try:
        s.run_main(fn)
    finally:
        s.close()


def panics(fn) -> GoPanic:
    with pytest.raises(GoPanic) as ei:
        run(fn)
    return ei.value


def test_unbuffered_is_a_rendezvous():
    log = []

    def main():
        ch = make_chan(0, 0)

        def sender():
            log.append("send start")
            send(ch, 42)
            log.append("send done")

        sched.go(sender)
        sched.gosched()
        log.append("recv start")  # the sender is blocked: no receiver yet
        assert chan_len(ch) == 0
        log.append(recv(ch))
        sched.gosched()

    run(main)
    assert log == ["send start", "recv start", 42, "send done"]


def test_buffered_fifo_len_cap():
    def main():
        ch = make_chan(3, 0)
        assert (chan_len(ch), chan_cap(ch)) == (0, 3)
        for i in range(3):
            send(ch, i)
        assert chan_len(ch) == 3
        assert [recv(ch), recv(ch)] == [0, 1]
        send(ch, 9)
        assert [recv(ch), recv(ch)] == [2, 9]
        assert chan_len(ch) == 0

    run(main)


def test_blocked_sender_refills_buffer_in_order():
    out = []

    def main():
        ch = make_chan(2, 0)

        def producer():
            for i in range(6):
                send(ch, i)
            close(ch)

        sched.go(producer)
        sched.gosched()  # producer fills the buffer and blocks on the third send
        assert chan_len(ch) == 2 and len(ch.sendq) == 1
        for v in chan.chan_iter(ch):
            out.append(v)

    run(main)
    assert out == [0, 1, 2, 3, 4, 5]


def test_nil_channel_len_cap():
    assert chan_len(None) == 0 and chan_cap(None) == 0


def test_receive_from_closed_channel_drains_then_zero():
    def main():
        ch = make_chan(2, -7)
        send(ch, 1)
        close(ch)
        assert recv2(ch) == (1, True)
        assert recv2(ch) == (-7, False)
        assert recv(ch) == -7

    run(main)


def test_close_wakes_every_receiver_with_zero():
    got = []

    def main():
        ch = make_chan(0, "zero")
        done = make_chan(0, 0)
        for _ in range(3):
            sched.go(lambda: (got.append(recv2(ch)), send(done, 1)))
        sched.gosched()
        close(ch)
        for _ in range(3):
            recv(done)

    run(main)
    assert got == [("zero", False)] * 3


def test_closed_struct_channel_gives_fresh_zero_values():
    T = Named("P", "main", new_struct((Field("x", INT),)))
    cls = struct_class(T)

    def main():
        ch = make_chan(0, cls())
        close(ch)
        a = recv(ch)
        a.x = 5
        assert recv(ch).x == 0

    run(main)


@pytest.mark.parametrize("body, text", [
    (lambda: close(None), "close of nil channel"),
    (lambda: (lambda c: (close(c), close(c)))(make_chan(1, 0)), "close of closed channel"),
    (lambda: (lambda c: (close(c), send(c, 1)))(make_chan(1, 0)), "send on closed channel"),
])
def test_channel_panics(body, text):
    p = panics(body)
    assert p.value.t is PLAIN_ERROR
    assert panic_message(p) == "panic: " + text


def test_blocked_sender_panics_when_channel_closed():
    def main():
        ch = make_chan(0, 0)
        sched.go(lambda: send(ch, 1))
        sched.gosched()
        close(ch)
        sched.gosched()

    p = panics(main)
    assert str(p) == "send on closed channel"
    assert p.goroutine == 2


def test_makechan_negative_size():
    # Go's makechan panics with a plainError: no "runtime error: " prefix (checked with go1.23)
    with pytest.raises(GoPanic) as ei:
        make_chan(-1, 0)
    assert ei.value.value.t is PLAIN_ERROR
    assert panic_message(ei.value) == "panic: makechan: size out of range"


@pytest.mark.parametrize("body, reason", [
    (lambda: send(None, 1), "chan send (nil chan)"),
    (lambda: recv(None), "chan receive (nil chan)"),
    (lambda: recv2(None), "chan receive (nil chan)"),
    (lambda: send(make_chan(0, 0), 1), "chan send"),
    (lambda: recv(make_chan(0, 0)), "chan receive"),
    (lambda: select([], False), "select (no cases)"),
    (lambda: select([("recv", make_chan(0, 0), None)], False), "chan receive"),
    (lambda: select([("send", None, 1)], False), "chan send (nil chan)"),
    (lambda: select([("recv", make_chan(0, 0), None), ("send", make_chan(0, 0), 1)], False), "select"),
    (lambda: select([("recv", None, None), ("send", None, 1)], False), "select"),
])
def test_blocking_forever_is_a_deadlock_with_go_wait_reason(body, reason):
    with pytest.raises(FatalError) as ei:
        run(body)
    assert ei.value.msg == "all goroutines are asleep - deadlock!"
    assert ei.value.detail == f"goroutine 1 [{reason}]:\n"


def test_select_default_and_ready_cases():
    def main():
        a, b = make_chan(1, 0), make_chan(1, 0)
        assert select([("recv", a, None), ("recv", b, None)], True) == (-1, None, False)
        assert select([("recv", None, None)], True) == (-1, None, False)
        assert select([("send", a, 5), ("recv", b, None)], True) == (0, None, True)
        assert select([("send", a, 6), ("recv", b, None)], True) == (-1, None, False)
        assert select([("send", a, 6), ("recv", a, None)], False) == (1, 5, True)
        close(b)
        assert select([("recv", b, None)], True) == (0, 0, False)

    run(main)


def test_select_send_on_closed_channel_panics():
    def main():
        c = make_chan(0, 0)
        close(c)
        select([("send", c, 1), ("recv", None, None)], True)

    assert str(panics(main)) == "send on closed channel"


def test_select_choice_is_uniform_among_ready_cases():
    counts = [0, 0, 0]

    def main():
        chs = [make_chan(1, 0) for _ in range(3)]
        cases = [("recv", c, None) for c in chs]
        for _ in range(3000):
            for c in chs:
                if chan_len(c) == 0:
                    send(c, 1)
            i, _, _ = select(cases, False)
            counts[i] += 1

    run(main, seed=1)
    # each is 1/3 when all three are ready; the refill makes the picks independent
    assert all(800 < n < 1200 for n in counts), counts


def test_select_choice_depends_on_seed_only():
    def picks(seed):
        out = []

        def main():
            chs = [make_chan(1, 0) for _ in range(4)]
            for c in chs:
                send(c, 0)
            cases = [("recv", c, None) for c in chs]
            for _ in range(40):
                i, _, _ = select(cases, False)
                out.append(i)
                send(chs[i], 0)

        run(main, seed=seed)
        return out

    assert picks(3) == picks(3)
    assert picks(3) != picks(4)


def test_blocking_select_woken_by_receive_and_send_partners():
    out = []

    def main():
        a, b, c = make_chan(0, 0), make_chan(0, 0), make_chan(0, 0)
        sched.go(lambda: send(b, "hello"))
        out.append(select([("recv", a, None), ("recv", b, None)], False))
        sched.go(lambda: out.append(("got", recv(c))))
        out.append(select([("recv", a, None), ("send", c, 99)], False))
        sched.gosched()

    run(main)
    assert out == [(1, "hello", True), ("got", 99), (1, None, True)]


def test_blocking_select_woken_by_close():
    out = []

    def main():
        a, b = make_chan(0, 0), make_chan(0, "z")
        sched.go(lambda: close(b))
        out.append(select([("recv", a, None), ("recv", b, None)], False))

    run(main)
    assert out == [(1, "z", False)]


def test_same_channel_twice_in_select():
    def main():
        a = make_chan(0, 0)
        sched.go(lambda: send(a, 1))
        i, v, ok = select([("recv", a, None), ("recv", a, None)], False)
        assert v == 1 and ok
        assert len(a.recvq) <= 1

    run(main)


def test_stale_select_entries_do_not_accumulate():
    def main():
        data, quit = make_chan(0, 0), make_chan(0, 0)

        def producer():
            for i in range(5000):
                send(data, i)

        sched.go(producer)
        total = 0
        for _ in range(5000):
            i, v, _ = select([("recv", data, None), ("recv", quit, None)], False)
            total += v
        assert total == sum(range(5000))
        assert len(quit.recvq) <= 2 * chan._COMPACT_MIN + 2

    run(main)


def test_range_over_channel():
    def main():
        ch = make_chan(0, 0)

        def producer():
            for i in range(5):
                send(ch, i * i)
            close(ch)

        sched.go(producer)
        assert list(chan.chan_iter(ch)) == [0, 1, 4, 9, 16]

    run(main)


def test_producer_consumer_many_goroutines():
    def main():
        jobs, results = make_chan(10, 0), make_chan(10, 0)
        for _ in range(4):
            def worker():
                for j in chan.chan_iter(jobs):
                    send(results, j * 2)
            sched.go(worker)

        def feeder():
            for i in range(1000):
                send(jobs, i)
            close(jobs)

        sched.go(feeder)
        assert sum(recv(results) for _ in range(1000)) == 2 * sum(range(1000))

    run(main)


def test_unbuffered_ping_pong_speed():
    n = 50000
    res = {}

    def main():
        ch = make_chan(0, 0)

        def echo():
            for _ in range(n):
                send(ch, recv(ch) + 1)

        sched.go(echo)
        t = time.perf_counter()
        v = 0
        for _ in range(n):
            send(ch, v)
            v = recv(ch)
        res["us"] = (time.perf_counter() - t) / (2 * n) * 1e6
        assert v == n

    run(main)
    print(f"\nunbuffered send/recv between two goroutines: {res['us']:.2f} us per message")
    assert res["us"] < 50  # a few microseconds normally; loose for loaded CI machines
