"""Package sync (see api.go): Mutex, RWMutex, WaitGroup, Once, OnceFunc, Cond, Map, Pool.

The struct objects keep Go's fields (so ``%v`` prints what Go prints for an idle value: a zero
Mutex is ``{0 0}``); goroutines that wait are kept in the scheduler's wait queues keyed by the
object (``Scheduler.wait_on`` / ``wake_one``), like the runtime's semaphore table.

Mutex follows Go's two modes without spinning (one thread): in normal mode Unlock wakes the
first waiter but a running goroutine may take the lock first ("barging"); a woken waiter that
loses that race goes back to the front of the queue and switches the mutex to starvation mode,
where Unlock hands the lock directly to the first waiter until the queue empties. (Go switches
after a waiter has waited 1 ms; gomem's rule is deterministic.) Wait reasons are Go's:
``sync.Mutex.Lock``, ``sync.RWMutex.RLock``, ``sync.RWMutex.Lock``, ``semacquire``
(WaitGroup.Wait), ``sync.Cond.Wait``.
"""

from __future__ import annotations

from typing import Any, Callable

from gomem.runtime import malloc as _malloc
from gomem.runtime import sched as _sched
from gomem.runtime.panic import FatalError, GoPanic, as_go_panic, panic_nil_deref
from gomem.runtime.values import Iface, struct_class
from gomem.types.types import (
    INT32,
    STRING,
    UINT32,
    UINTPTR,
    Field,
    FuncInfo,
    Method,
    Named,
    Type,
    new_interface,
    new_pointer,
    new_signature,
    new_struct,
)


def _named_struct(name: str, fields: tuple[tuple[str, Type], ...]) -> Named:
    return Named(name, "sync", new_struct(tuple(Field(n, t, False, "sync") for n, t in fields)))


# The types Python code makes values of (the checker uses these objects for api.go's declarations)
_SIG0 = new_signature((), ())
LOCKER = Named("Locker", "sync", new_interface([Method("Lock", _SIG0), Method("Unlock", _SIG0)]))
MUTEX = _named_struct("Mutex", (("state", INT32), ("sema", UINT32)))
RWMUTEX = _named_struct("RWMutex", (("w", MUTEX), ("writerSem", UINT32), ("readerSem", UINT32),
                                    ("readerCount", INT32), ("readerWait", INT32)))
RLOCKER = Named("rlocker", "sync", RWMUTEX.underlying())
RLOCKER_PTR = new_pointer(RLOCKER)
NOTIFYLIST = _named_struct("notifyList", (("wait", UINT32), ("notify", UINT32), ("lock", UINTPTR),
                                          ("head", UINTPTR), ("tail", UINTPTR)))
COND = _named_struct("Cond", (("L", LOCKER), ("notify", NOTIFYLIST), ("checker", UINTPTR)))

TYPES: dict[str, Named] = {"Locker": LOCKER, "Mutex": MUTEX, "RWMutex": RWMUTEX, "rlocker": RLOCKER,
                           "notifyList": NOTIFYLIST, "Cond": COND}

_Cond = struct_class(COND)

_LOCKED = 1
_WOKEN = 2
_STARVING = 4
_WAITER = 8  # 1 << mutexWaiterShift

_HANDOFF = object()  # marks a waiter that was handed the mutex (starvation mode)

_MAX_READERS = 1 << 30


def _panic_str(msg: str) -> None:
    raise GoPanic(Iface(STRING, msg.encode()))


def _call(iface: Any, name: str) -> None:
    """Call method name (no arguments) on an interface value (a Locker)."""
    if iface is None:
        panic_nil_deref()
    getattr(iface.t, "m_" + name)(iface.v)


# ---------------------------------------------------------------------------------------
# Mutex


def Mutex_Lock(m: Any) -> None:
    if m.state == 0:
        m.state = _LOCKED
        return
    _lock_slow(m)


def _lock_slow(m: Any) -> None:
    s = _sched.current
    g = s.cur
    woken = False
    while True:
        st = m.state
        if woken:
            st &= ~_WOKEN
        if not st & (_LOCKED | _STARVING):
            m.state = st | _LOCKED
            return
        # wait; a waiter that was woken and lost the lock waits at the front, and starves
        st += _WAITER
        if woken:
            st |= _STARVING
        m.state = st
        g.elem = None
        s.wait_on(m, "sema", "sync.Mutex.Lock", lifo=woken)
        if g.elem is _HANDOFF:
            g.elem = None
            return
        woken = True


def Mutex_TryLock(m: Any) -> bool:
    st = m.state
    if st & (_LOCKED | _STARVING):
        return False
    m.state = st | _LOCKED
    return True


def Mutex_Unlock(m: Any) -> None:
    st = m.state
    if not st & _LOCKED:
        raise FatalError("sync: unlock of unlocked mutex")
    st -= _LOCKED
    m.state = st
    if st:
        _unlock_slow(m, st)


def _unlock_slow(m: Any, st: int) -> None:
    s = _sched.current
    if st & _STARVING:
        st = (st - _WAITER) | _LOCKED
        if st >> 3 == 0:
            st &= ~_STARVING
        m.state = st
        g = s.wake_one(m, "sema")
        if g is not None:
            g.elem = _HANDOFF
        return
    if st >> 3 == 0 or st & (_WOKEN | _LOCKED):
        return
    m.state = (st - _WAITER) | _WOKEN
    s.wake_one(m, "sema")


# ---------------------------------------------------------------------------------------
# Semaphores on a uint32 field (runtime_Semacquire / runtime_Semrelease)


def _semacquire(obj: Any, field: str, reason: str) -> None:
    n = getattr(obj, field)
    if n > 0:
        setattr(obj, field, n - 1)
        return
    _sched.current.wait_on(obj, field, reason)


def _semrelease(obj: Any, field: str) -> None:
    # hand the unit to the first waiter, else count it
    if _sched.current.wake_one(obj, field) is None:
        setattr(obj, field, (getattr(obj, field) + 1) & 0xFFFFFFFF)


# ---------------------------------------------------------------------------------------
# RWMutex (Go's algorithm: a pending writer makes readerCount negative and blocks new readers)


def RWMutex_RLock(rw: Any) -> None:
    rw.readerCount += 1
    if rw.readerCount < 0:
        _semacquire(rw, "readerSem", "sync.RWMutex.RLock")


def RWMutex_TryRLock(rw: Any) -> bool:
    if rw.readerCount < 0:
        return False
    rw.readerCount += 1
    return True


def RWMutex_RUnlock(rw: Any) -> None:
    rw.readerCount -= 1
    r = rw.readerCount
    if r < 0:
        if r + 1 == 0 or r + 1 == -_MAX_READERS:
            raise FatalError("sync: RUnlock of unlocked RWMutex")
        rw.readerWait -= 1
        if rw.readerWait == 0:
            _semrelease(rw, "writerSem")


def RWMutex_Lock(rw: Any) -> None:
    Mutex_Lock(rw.w)
    r = rw.readerCount
    rw.readerCount = r - _MAX_READERS
    if r != 0:
        rw.readerWait += r
        if rw.readerWait != 0:
            _semacquire(rw, "writerSem", "sync.RWMutex.Lock")


def RWMutex_TryLock(rw: Any) -> bool:
    if not Mutex_TryLock(rw.w):
        return False
    if rw.readerCount != 0:
        Mutex_Unlock(rw.w)
        return False
    rw.readerCount = -_MAX_READERS
    return True


def RWMutex_Unlock(rw: Any) -> None:
    r = rw.readerCount + _MAX_READERS
    rw.readerCount = r
    if r >= _MAX_READERS:
        raise FatalError("sync: Unlock of unlocked RWMutex")
    for _ in range(r):
        _semrelease(rw, "readerSem")
    Mutex_Unlock(rw.w)


rlocker_Lock = RWMutex_RLock
rlocker_Unlock = RWMutex_RUnlock

for _name, _impl in (("Lock", rlocker_Lock), ("Unlock", rlocker_Unlock)):
    RLOCKER.methods[_name] = FuncInfo(_name, _SIG0, True)
    setattr(RLOCKER_PTR, "m_" + _name, _impl)


def RWMutex_RLocker(rw: Any) -> Any:
    """A Locker whose Lock and Unlock are rw.RLock and rw.RUnlock: (*rlocker)(rw)."""
    return Iface(RLOCKER_PTR, rw)


# ---------------------------------------------------------------------------------------
# WaitGroup


def WaitGroup_Add(wg: Any, delta: int) -> None:
    st = (wg.state + (delta << 32)) & 0xFFFFFFFFFFFFFFFF
    wg.state = st
    v = st >> 32
    if v >= 1 << 31:
        v -= 1 << 32
    w = st & 0xFFFFFFFF
    if v < 0:
        _panic_str("sync: negative WaitGroup counter")
    if w != 0 and delta > 0 and v == delta:
        _panic_str("sync: WaitGroup misuse: Add called concurrently with Wait")
    if v > 0 or w == 0:
        return
    # the counter reached zero with waiters: release them all
    wg.state = 0
    for _ in range(w):
        _semrelease(wg, "sema")


def WaitGroup_Done(wg: Any) -> None:
    WaitGroup_Add(wg, -1)


def WaitGroup_Wait(wg: Any) -> None:
    st = wg.state
    if st >> 32 == 0:
        return
    wg.state = st + 1
    _semacquire(wg, "sema", "semacquire")
    if wg.state != 0:
        _panic_str("sync: WaitGroup is reused before previous Wait has returned")


# ---------------------------------------------------------------------------------------
# Once and OnceFunc


def Once_Do(o: Any, f: Callable[[], Any]) -> None:
    if o.done:
        return
    m = o.m
    Mutex_Lock(m)
    try:
        if not o.done:
            try:
                f()
            finally:
                o.done = 1
    finally:
        Mutex_Unlock(m)


class _OnceState:
    __slots__ = ("done", "m", "valid", "p")

    def __init__(self):
        self.done = 0
        self.m = _PyMutex()
        self.valid = False
        self.p: Any = None


class _PyMutex:
    """A Mutex-shaped object for Python-side uses of Mutex_Lock/Mutex_Unlock."""

    __slots__ = ("state", "sema")

    def __init__(self):
        self.state = 0
        self.sema = 0


def OnceFunc(f: Callable[[], Any]) -> Callable[[], None]:
    st = _OnceState()

    def g() -> None:
        try:
            f()
        except BaseException as e:
            pe = as_go_panic(e)
            if isinstance(pe, GoPanic):
                st.p = pe.value
            raise
        st.valid = True

    def once() -> None:
        Once_Do(st, g)
        if not st.valid:
            raise GoPanic(st.p)

    return once


def OnceValue(f: Callable[[], Any]) -> Callable[[], Any]:
    """sync.OnceValue (generic in Go; the checker types it from f): f runs once, its result
    (or its panic) is returned (re-raised) by every call."""
    st = _OnceState()
    box: list[Any] = [None]

    def g() -> None:
        try:
            box[0] = f()
        except BaseException as e:
            pe = as_go_panic(e)
            if isinstance(pe, GoPanic):
                st.p = pe.value
            raise
        st.valid = True

    def once() -> Any:
        Once_Do(st, g)
        if not st.valid:
            raise GoPanic(st.p)
        return box[0]

    return once


OnceValues = OnceValue  # the two results travel as one tuple


# ---------------------------------------------------------------------------------------
# Cond (Go's ticket-based notify list)


def NewCond(l: Any) -> Any:
    _malloc.alloc(COND, 56, ("sync.NewCond", "sync/cond.go", 0))
    return _Cond(L=l)


def Cond_Wait(c: Any) -> None:
    n = c.notify
    t = n.wait
    n.wait = (t + 1) & 0xFFFFFFFF
    _call(c.L, "Unlock")
    if not _less(t, n.notify):  # not notified meanwhile
        s = _sched.current
        g = s.cur
        g.elem = t
        s.wait_on(c, "notify", "sync.Cond.Wait")
        g.elem = None
    _call(c.L, "Lock")


def _less(a: int, b: int) -> bool:
    return ((a - b) & 0xFFFFFFFF) >= 1 << 31


def Cond_Signal(c: Any) -> None:
    n = c.notify
    if n.wait == n.notify:
        return
    t = n.notify
    n.notify = (t + 1) & 0xFFFFFFFF
    _sched.current.wake_if(c, "notify", lambda g: g.elem == t)


def Cond_Broadcast(c: Any) -> None:
    n = c.notify
    if n.wait == n.notify:
        return
    n.notify = n.wait
    s = _sched.current
    while s.wake_one(c, "notify") is not None:
        pass


# ---------------------------------------------------------------------------------------
# Map


def _entries(m: Any) -> dict:
    d = m.dirty
    if type(d) is not dict:  # the nil map of a zero Map
        d = m.dirty = {}
    return d


def Map_Load(m: Any, key: Any) -> tuple[Any, bool]:
    d = m.dirty
    if key in d:
        return d[key], True
    return None, False


def Map_Store(m: Any, key: Any, value: Any) -> None:
    _entries(m)[key] = value


def Map_LoadOrStore(m: Any, key: Any, value: Any) -> tuple[Any, bool]:
    d = _entries(m)
    if key in d:
        return d[key], True
    d[key] = value
    return value, False


def Map_LoadAndDelete(m: Any, key: Any) -> tuple[Any, bool]:
    d = m.dirty
    if key in d:
        return _entries(m).pop(key), True
    return None, False


def Map_Delete(m: Any, key: Any) -> None:
    d = m.dirty
    if key in d:
        del _entries(m)[key]


def Map_Swap(m: Any, key: Any, value: Any) -> tuple[Any, bool]:
    d = _entries(m)
    if key in d:
        prev = d[key]
        d[key] = value
        return prev, True
    d[key] = value
    return None, False


def Map_CompareAndSwap(m: Any, key: Any, old: Any, new: Any) -> bool:
    d = m.dirty
    if key in d and d[key] == old:
        _entries(m)[key] = new
        return True
    return False


def Map_CompareAndDelete(m: Any, key: Any, old: Any) -> bool:
    d = m.dirty
    if key in d and d[key] == old:
        del _entries(m)[key]
        return True
    return False


def Map_Range(m: Any, f: Callable[[Any, Any], bool]) -> None:
    for k, v in list(m.dirty.items()):
        if k in m.dirty and not f(k, v):
            return


def Map_Clear(m: Any) -> None:
    d = m.dirty
    if type(d) is dict:
        d.clear()


# ---------------------------------------------------------------------------------------
# Pool

_pools: dict[int, tuple[Any, list[Any]]] = {}


def Pool_Get(p: Any) -> Any:
    ent = _pools.get(id(p))
    if ent is not None and ent[1]:
        return ent[1].pop()
    if p.New is not None:
        return p.New()
    return None


def Pool_Put(p: Any, x: Any) -> None:
    if x is None:
        return
    ent = _pools.get(id(p))
    if ent is None:
        ent = _pools[id(p)] = (p, [])
    ent[1].append(x)
