"""Packages sync and sync/atomic, on struct objects shaped like their api.go declarations."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

import gomem.stdlib.sync as gsync
import gomem.stdlib.sync_atomic as atomic
from gomem.runtime import sched
from gomem.runtime.chan import make_chan, recv, send
from gomem.runtime.panic import FatalError, GoPanic, panic_message
from gomem.runtime.values import NIL_MAP, Box, ElemRef, FieldRef, Iface, struct_class
from gomem.types.types import (
    EMPTY_INTERFACE,
    INT,
    INT32,
    INT64,
    STRING,
    UINT32,
    UINT64,
    UINTPTR,
    Field,
    Named,
    new_map,
    new_pointer,
    new_signature,
    new_slice,
    new_struct,
)

STDLIB = Path(gsync.__file__).resolve().parent.parent


def struct_type(name, pkg, *fields):
    return Named(name, pkg, new_struct(tuple(Field(n, t, pkg=pkg) for n, t in fields)))


MUTEX, RWMUTEX, COND, LOCKER = gsync.MUTEX, gsync.RWMUTEX, gsync.COND, gsync.LOCKER
WAITGROUP = struct_type("WaitGroup", "sync", ("state", UINT64), ("sema", UINT32))
ONCE = struct_type("Once", "sync", ("done", UINT32), ("m", MUTEX))
MAP = struct_type("Map", "sync", ("mu", MUTEX), ("read", UINTPTR),
                  ("dirty", new_map(EMPTY_INTERFACE, EMPTY_INTERFACE)), ("misses", INT))
POOL = struct_type("Pool", "sync", ("local", UINTPTR), ("localSize", UINTPTR), ("victim", UINTPTR),
                   ("victimSize", UINTPTR), ("New", new_signature((), (EMPTY_INTERFACE,))))

PTR_MUTEX = new_pointer(MUTEX)
PTR_MUTEX.m_Lock = gsync.Mutex_Lock  # what the compiler sets for the method set of *sync.Mutex
PTR_MUTEX.m_Unlock = gsync.Mutex_Unlock


def new(t):
    return struct_class(t)()


def run(fn, seed=0):
    s = sched.new_scheduler(seed)
    try:
        s.run_main(fn)
    finally:
        s.close()


def deadlock_detail(fn) -> str:
    with pytest.raises(FatalError) as ei:
        run(fn)
    assert ei.value.msg == "all goroutines are asleep - deadlock!"
    return ei.value.detail


def fatal(fn) -> str:
    with pytest.raises(FatalError) as ei:
        run(fn)
    return ei.value.msg


def join(n):
    """A tiny WaitGroup made of a channel: (done(), wait())."""
    ch = make_chan(n, 0)
    return (lambda: send(ch, 1)), (lambda: [recv(ch) for _ in range(n)])


# ---------------------------------------------------------------------------------------
# Mutex


def test_mutex_lock_unlock_trylock_state():
    def main():
        m = new(MUTEX)
        gsync.Mutex_Lock(m)
        assert (m.state, m.sema) == (1, 0)
        assert not gsync.Mutex_TryLock(m)
        gsync.Mutex_Unlock(m)
        assert (m.state, m.sema) == (0, 0)
        assert gsync.Mutex_TryLock(m)
        gsync.Mutex_Unlock(m)

    run(main)


def test_unlock_of_unlocked_mutex_is_fatal():
    assert fatal(lambda: gsync.Mutex_Unlock(new(MUTEX))) == "sync: unlock of unlocked mutex"


def test_mutex_excludes_across_blocking_critical_sections():
    inside = []
    log = []

    def main():
        m = new(MUTEX)
        done, wait = join(5)

        def worker(i):
            for _ in range(3):
                gsync.Mutex_Lock(m)
                assert not inside
                inside.append(i)
                sched.gosched()  # yield while holding the lock
                sched.current.sleep(100_000)
                log.append(i)
                inside.pop()
                gsync.Mutex_Unlock(m)
            done()

        for i in range(5):
            sched.go(worker, i)
        wait()
        assert m.state == 0

    run(main)
    assert sorted(log) == sorted(list(range(5)) * 3)


def test_mutex_waiter_is_not_starved_by_a_relocking_goroutine():
    got = []

    def main():
        m = new(MUTEX)
        stop = []

        def hog():
            while not stop:
                gsync.Mutex_Lock(m)
                sched.gosched()  # preempted inside the critical section
                gsync.Mutex_Unlock(m)

        sched.go(hog)
        sched.gosched()
        for i in range(3):
            gsync.Mutex_Lock(m)
            got.append(i)
            gsync.Mutex_Unlock(m)
        stop.append(1)
        sched.gosched()

    run(main)
    assert got == [0, 1, 2]


def test_mutex_deadlock_wait_reason():
    def main():
        m = new(MUTEX)
        gsync.Mutex_Lock(m)
        gsync.Mutex_Lock(m)

    assert deadlock_detail(main) == "goroutine 1 [sync.Mutex.Lock]:\n"


# ---------------------------------------------------------------------------------------
# RWMutex


def test_rwmutex_readers_share_writer_excludes():
    log = []

    def main():
        rw = new(RWMUTEX)
        done, wait = join(3)

        def reader(name):
            gsync.RWMutex_RLock(rw)
            log.append(f"{name}+")
            sched.gosched()
            log.append(f"{name}-")
            gsync.RWMutex_RUnlock(rw)
            done()

        def writer():
            gsync.RWMutex_Lock(rw)
            log.append("w+")
            sched.gosched()
            log.append("w-")
            gsync.RWMutex_Unlock(rw)
            done()

        sched.go(reader, "r1")
        sched.go(reader, "r2")
        sched.gosched()  # both readers are inside
        sched.go(writer)
        wait()
        assert (rw.readerCount, rw.readerWait, rw.w.state) == (0, 0, 0)

    run(main)
    assert log.index("w+") > max(log.index("r1-"), log.index("r2-"))
    assert log.index("r1+") < log.index("r2-") and log.index("r2+") < log.index("r1-")


def test_rwmutex_pending_writer_blocks_new_readers():
    log = []

    def main():
        rw = new(RWMUTEX)
        done, wait = join(2)
        gsync.RWMutex_RLock(rw)

        def writer():
            gsync.RWMutex_Lock(rw)
            log.append("w")
            gsync.RWMutex_Unlock(rw)
            done()

        def late_reader():
            gsync.RWMutex_RLock(rw)
            log.append("r")
            gsync.RWMutex_RUnlock(rw)
            done()

        sched.go(writer)
        sched.gosched()
        assert not gsync.RWMutex_TryRLock(rw) and not gsync.RWMutex_TryLock(rw)
        sched.go(late_reader)
        sched.gosched()
        assert log == []
        gsync.RWMutex_RUnlock(rw)
        wait()
        assert gsync.RWMutex_TryLock(rw)
        gsync.RWMutex_Unlock(rw)

    run(main)
    assert log == ["w", "r"]


def test_rwmutex_wait_reasons():
    def main():
        rw = new(RWMUTEX)
        gsync.RWMutex_RLock(rw)
        sched.go(lambda: gsync.RWMutex_Lock(rw))
        sched.gosched()
        sched.go(lambda: gsync.RWMutex_RLock(rw))
        sched.go(lambda: gsync.RWMutex_Lock(rw))
        recv(make_chan(0, 0))

    assert deadlock_detail(main) == (
        "goroutine 1 [chan receive]:\n\n"
        "goroutine 2 [sync.RWMutex.Lock]:\n\n"
        "goroutine 3 [sync.RWMutex.RLock]:\n\n"
        "goroutine 4 [sync.Mutex.Lock]:\n"
    )


def test_rwmutex_misuse_is_fatal():
    assert fatal(lambda: gsync.RWMutex_RUnlock(new(RWMUTEX))) == "sync: RUnlock of unlocked RWMutex"
    assert fatal(lambda: gsync.RWMutex_Unlock(new(RWMUTEX))) == "sync: Unlock of unlocked RWMutex"


# ---------------------------------------------------------------------------------------
# WaitGroup


def test_waitgroup_waits_for_all():
    out = []

    def main():
        wg = new(WAITGROUP)
        for i in range(4):
            gsync.WaitGroup_Add(wg, 1)

            def g(i=i):
                sched.current.sleep((4 - i) * 1_000_000)
                out.append(i)
                gsync.WaitGroup_Done(wg)

            sched.go(g)
        gsync.WaitGroup_Wait(wg)
        out.append("done")
        assert wg.state == 0
        gsync.WaitGroup_Wait(wg)  # counter zero: returns at once

    run(main)
    assert sorted(out[:4]) == [0, 1, 2, 3] and out[4] == "done"


def test_waitgroup_several_waiters():
    out = []

    def main():
        wg = new(WAITGROUP)
        gsync.WaitGroup_Add(wg, 1)
        done, wait = join(3)
        for i in range(3):
            sched.go(lambda i=i: (gsync.WaitGroup_Wait(wg), out.append(i), done()))
        sched.gosched()
        assert wg.state == (1 << 32) | 3
        gsync.WaitGroup_Done(wg)
        wait()

    run(main)
    assert sorted(out) == [0, 1, 2]


def test_waitgroup_negative_counter_panics_with_a_string():
    def main():
        gsync.WaitGroup_Add(new(WAITGROUP), -1)

    with pytest.raises(GoPanic) as ei:
        run(main)
    assert ei.value.value == Iface(STRING, b"sync: negative WaitGroup counter")
    assert panic_message(ei.value) == "panic: sync: negative WaitGroup counter"


def test_waitgroup_wait_reason_is_semacquire():
    def main():
        wg = new(WAITGROUP)
        gsync.WaitGroup_Add(wg, 1)
        gsync.WaitGroup_Wait(wg)

    assert deadlock_detail(main) == "goroutine 1 [semacquire]:\n"


# ---------------------------------------------------------------------------------------
# Once, OnceFunc


def test_once_runs_once_and_others_wait():
    calls = []

    def main():
        o = new(ONCE)
        done, wait = join(3)

        def f():
            calls.append("start")
            sched.gosched()  # the others arrive while f runs: they must wait for it
            calls.append("end")

        for _ in range(3):
            sched.go(lambda: (gsync.Once_Do(o, f), calls.append("after"), done()))
        wait()
        gsync.Once_Do(o, f)
        assert o.done == 1

    run(main)
    assert calls == ["start", "end", "after", "after", "after"]


def test_once_counts_a_panicking_f_as_done():
    calls = []

    def main():
        o = new(ONCE)

        def f():
            calls.append(1)
            raise GoPanic(Iface(STRING, b"x"))

        with pytest.raises(GoPanic):
            gsync.Once_Do(o, f)
        gsync.Once_Do(o, f)
        assert o.m.state == 0

    run(main)
    assert calls == [1]


def test_oncefunc_repanics_with_the_same_value():
    calls = []

    def main():
        def f():
            calls.append(1)
            raise GoPanic(Iface(STRING, b"bad"))

        g = gsync.OnceFunc(f)
        for _ in range(3):
            with pytest.raises(GoPanic) as ei:
                g()
            assert ei.value.value == Iface(STRING, b"bad")
        h = gsync.OnceFunc(lambda: calls.append(2))
        h()
        h()

    run(main)
    assert calls == [1, 2]


# ---------------------------------------------------------------------------------------
# Cond


def test_cond_signal_wakes_in_order_and_broadcast_wakes_all():
    out = []

    def main():
        m = new(MUTEX)
        c = new(COND)
        c.L = Iface(PTR_MUTEX, m)
        ready = [0]
        done, wait = join(4)

        def waiter(i):
            gsync.Mutex_Lock(m)
            while ready[0] == 0:
                gsync.Cond_Wait(c)
            ready[0] -= 1
            out.append(i)
            gsync.Mutex_Unlock(m)
            done()

        for i in range(4):
            sched.go(waiter, i)
        sched.gosched()
        gsync.Mutex_Lock(m)
        ready[0] = 1
        gsync.Cond_Signal(c)
        gsync.Mutex_Unlock(m)
        sched.gosched()
        assert out == [3]  # the first to wait (goroutines start last-created first)
        gsync.Mutex_Lock(m)
        ready[0] = 3
        gsync.Cond_Broadcast(c)
        gsync.Mutex_Unlock(m)
        wait()

    run(main)
    assert out[0] == 3 and sorted(out) == [0, 1, 2, 3]


def test_new_cond_and_rlocker():
    def main():
        rw = new(RWMUTEX)
        lk = gsync.RWMutex_RLocker(rw)
        assert lk.t is gsync.RLOCKER_PTR and lk.v is rw
        c = gsync.NewCond(lk)
        assert type(c)._gotype is COND and c.L is lk
        lk.t.m_Lock(lk.v)
        assert rw.readerCount == 1
        sched.go(lambda: (gsync.Mutex_Lock(rw.w), gsync.Cond_Signal(c), gsync.Mutex_Unlock(rw.w)))
        gsync.Cond_Wait(c)  # RUnlock, wait for the signal, RLock again
        assert rw.readerCount == 1
        lk.t.m_Unlock(lk.v)
        assert rw.readerCount == 0

    run(main)


def test_cond_wait_reason():
    def main():
        m = new(MUTEX)
        c = new(COND)
        c.L = Iface(PTR_MUTEX, m)
        gsync.Mutex_Lock(m)
        gsync.Cond_Wait(c)

    assert deadlock_detail(main) == "goroutine 1 [sync.Cond.Wait]:\n"


# ---------------------------------------------------------------------------------------
# Map, Pool


def test_map_operations():
    def k(s):
        return Iface(STRING, s)

    def main():
        m = new(MAP)
        assert m.dirty is NIL_MAP
        assert gsync.Map_Load(m, k(b"a")) == (None, False)
        gsync.Map_Delete(m, k(b"a"))
        gsync.Map_Store(m, k(b"a"), Iface(INT, 1))
        assert gsync.Map_Load(m, Iface(STRING, b"a")) == (Iface(INT, 1), True)
        assert gsync.Map_LoadOrStore(m, k(b"a"), Iface(INT, 2)) == (Iface(INT, 1), True)
        assert gsync.Map_LoadOrStore(m, k(b"b"), Iface(INT, 2)) == (Iface(INT, 2), False)
        assert gsync.Map_Swap(m, k(b"b"), Iface(INT, 3)) == (Iface(INT, 2), True)
        assert not gsync.Map_CompareAndSwap(m, k(b"b"), Iface(INT, 2), Iface(INT, 4))
        assert gsync.Map_CompareAndSwap(m, k(b"b"), Iface(INT, 3), Iface(INT, 4))
        assert not gsync.Map_CompareAndDelete(m, k(b"b"), Iface(INT, 3))
        gsync.Map_Store(m, None, Iface(INT, 0))  # a nil key is allowed
        seen = []
        gsync.Map_Range(m, lambda key, v: (seen.append((key, v)), True)[1])
        assert seen == [(k(b"a"), Iface(INT, 1)), (k(b"b"), Iface(INT, 4)), (None, Iface(INT, 0))]
        seen.clear()
        gsync.Map_Range(m, lambda key, v: (seen.append(key), False)[1])
        assert seen == [k(b"a")]
        assert gsync.Map_LoadAndDelete(m, k(b"a")) == (Iface(INT, 1), True)
        assert gsync.Map_CompareAndDelete(m, k(b"b"), Iface(INT, 4))
        gsync.Map_Clear(m)
        assert gsync.Map_Load(m, None) == (None, False)

    run(main)


def test_map_unhashable_key_panics():
    def main():
        gsync.Map_Store(new(MAP), Iface(new_slice(INT), None), None)

    with pytest.raises(GoPanic) as ei:
        run(main)
    assert str(ei.value) == "runtime error: hash of unhashable type []int"


def test_pool():
    p = new(POOL)
    assert gsync.Pool_Get(p) is None
    p.New = lambda: Iface(INT, 7)
    assert gsync.Pool_Get(p) == Iface(INT, 7)
    gsync.Pool_Put(p, Iface(INT, 1))
    gsync.Pool_Put(p, None)
    assert gsync.Pool_Get(p) == Iface(INT, 1)
    assert gsync.Pool_Get(p) == Iface(INT, 7)


# ---------------------------------------------------------------------------------------
# sync/atomic


def test_atomic_functions_on_every_pointer_kind():
    holder = struct_class(struct_type("H", "main", ("n", INT64)))()
    arr = [0, 0]
    for ptr in (Box(0), FieldRef(holder, "n"), ElemRef(arr, 1)):
        assert atomic.AddInt64(ptr, 5) == 5
        assert atomic.LoadInt64(ptr) == 5
        atomic.StoreInt64(ptr, 9)
        assert atomic.SwapInt64(ptr, 3) == 9
        assert not atomic.CompareAndSwapInt64(ptr, 4, 8)
        assert atomic.CompareAndSwapInt64(ptr, 3, 8)
        assert ptr.v == 8
    assert holder.n == 8 and arr == [0, 8]


@pytest.mark.parametrize("add, start, delta, want", [
    (atomic.AddInt32, 2**31 - 1, 1, -(2**31)),
    (atomic.AddInt32, -(2**31), -1, 2**31 - 1),
    (atomic.AddUint32, 0, -1 & 0xFFFFFFFF, 2**32 - 1),
    (atomic.AddUint32, 2**32 - 1, 2, 1),
    (atomic.AddInt64, 2**63 - 1, 1, -(2**63)),
    (atomic.AddUint64, 2**64 - 1, 1, 0),
    (atomic.AddUintptr, 2**64 - 1, 3, 2),
])
def test_atomic_add_wraps(add, start, delta, want):
    b = Box(start)
    assert add(b, delta) == want and b.v == want


def test_atomic_and_or_return_old():
    b = Box(0b1100)
    assert atomic.AndUint32(b, 0b1010) == 0b1100 and b.v == 0b1000
    assert atomic.OrUint32(b, 0b0001) == 0b1000 and b.v == 0b1001
    b = Box(-1)
    assert atomic.AndInt32(b, 0x7FFFFFFF) == -1 and b.v == 0x7FFFFFFF
    assert atomic.OrInt32(b, -(2**31)) == 0x7FFFFFFF and b.v == -1


def test_atomic_types():
    T = struct_type("Int32", "sync/atomic", ("v", INT32))
    x = new(T)
    assert atomic.Int32_Add(x, 2**31 - 1) == 2**31 - 1
    assert atomic.Int32_Add(x, 1) == -(2**31)
    atomic.Int32_Store(x, 5)
    assert atomic.Int32_Load(x) == 5
    assert atomic.Int32_CompareAndSwap(x, 5, 6) and atomic.Int32_Swap(x, 7) == 6
    assert atomic.Int32_Or(x, 8) == 7 and atomic.Int32_And(x, 3) == 15 and x.v == 3
    U = struct_type("Uint64", "sync/atomic", ("v", UINT64))
    u = new(U)
    assert atomic.Uint64_Add(u, -1 & 0xFFFFFFFFFFFFFFFF) == 2**64 - 1
    B = struct_type("Bool", "sync/atomic", ("v", UINT32))
    b = new(B)
    assert atomic.Bool_Load(b) is False
    atomic.Bool_Store(b, True)
    assert b.v == 1 and atomic.Bool_Load(b) is True
    assert atomic.Bool_Swap(b, False) is True
    assert atomic.Bool_CompareAndSwap(b, False, True) and not atomic.Bool_CompareAndSwap(b, False, True)


def test_atomic_value():
    V = struct_type("Value", "sync/atomic", ("v", EMPTY_INTERFACE))
    v = new(V)
    assert atomic.Value_Load(v) is None
    atomic.Value_Store(v, Iface(INT, 1))
    assert atomic.Value_Swap(v, Iface(INT, 2)) == Iface(INT, 1)
    assert not atomic.Value_CompareAndSwap(v, Iface(INT, 1), Iface(INT, 3))
    assert atomic.Value_CompareAndSwap(v, Iface(INT, 2), Iface(INT, 3))
    assert atomic.Value_Load(v) == Iface(INT, 3)
    for call, text in [
        (lambda: atomic.Value_Store(v, None), "sync/atomic: store of nil value into Value"),
        (lambda: atomic.Value_Store(v, Iface(STRING, b"")), "sync/atomic: store of inconsistently typed value into Value"),
        (lambda: atomic.Value_Swap(v, None), "sync/atomic: swap of nil value into Value"),
        (lambda: atomic.Value_CompareAndSwap(v, None, None), "sync/atomic: compare and swap of nil value into Value"),
    ]:
        with pytest.raises(GoPanic) as ei:
            call()
        assert ei.value.value == Iface(STRING, text.encode())


# ---------------------------------------------------------------------------------------
# The api.go files are valid Go (checked with go/types when a Go toolchain is installed)

GO = shutil.which("go") or "/usr/lib/go-1.23/bin/go"


@pytest.mark.skipif(not Path(GO).exists(), reason="no Go toolchain")
def test_api_go_files_type_check(tmp_path):
    (tmp_path / "go.mod").write_text("module check\ngo 1.23\n")
    (tmp_path / "main.go").write_text(textwrap.dedent("""\
        package main

        import (
        \t"fmt"
        \t"go/ast"
        \t"go/importer"
        \t"go/parser"
        \t"go/token"
        \t"go/types"
        \t"os"
        )

        func main() {
        \tbad := false
        \tfor _, path := range os.Args[1:] {
        \t\tfset := token.NewFileSet()
        \t\tf, err := parser.ParseFile(fset, path, nil, 0)
        \t\tif err == nil {
        \t\t\tconf := types.Config{Importer: importer.Default()}
        \t\t\t_, err = conf.Check(f.Name.Name, fset, []*ast.File{f}, nil)
        \t\t}
        \t\tif err != nil {
        \t\t\tfmt.Println(err)
        \t\t\tbad = true
        \t\t}
        \t}
        \tif bad {
        \t\tos.Exit(1)
        \t}
        }
        """))
    files = [str(STDLIB / p / "api.go") for p in ("sync", "sync_atomic", "time")]
    r = subprocess.run([GO, "run", ".", *files], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
