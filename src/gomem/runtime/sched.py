"""The goroutine scheduler: goroutines are greenlets, run one at a time on one OS thread.

Design
------
Compiled Go code is ordinary Python; a goroutine may block deep inside nested calls (a channel
receive inside a method called from a loop). Each goroutine is therefore a greenlet (class
``G``): blocking saves its whole Python call stack and switches to another goroutine's.

The scheduler models Go's scheduler with a single P (GOMAXPROCS is only a reported number):

- ``runnext``, a local run queue ``runq`` (256 entries, overflowing half into the global queue,
  as Go's ``runqputslow``) and a global run queue ``globq``. A new goroutine (``go``) and a
  goroutine made ready by another (``ready``: a channel partner, an unlocked mutex, a fired
  timer) go to ``runnext``, pushing the previous ``runnext`` to the tail of ``runq``.
  ``gosched`` and preemption put the current goroutine at the tail of ``globq``.
- Picking the next goroutine follows Go's ``findRunnable``: every 61st scheduling tick one
  goroutine comes from ``globq`` first (fairness); then ``runnext``; then ``runq``; then a batch
  from ``globq``. A goroutine taken from ``runnext`` inherits the time slice (does not advance
  the tick), as in Go.

  With these rules gomem prints what ``GOMAXPROCS=1`` Go prints for programs whose output
  depends on scheduling order (e.g. three ``go`` statements then ``wg.Wait()`` run the last
  goroutine first, then the first two).
- A goroutine that blocks (``park``) switches directly to the next runnable goroutine. Only when
  nothing is runnable does control go to the hub, the greenlet that called ``run_main``: it
  sleeps (really) until the earliest timer, fires it, and goes on; with no goroutine runnable and
  no timer that could wake one, it raises ``FatalError("all goroutines are asleep -
  deadlock!")``. Goroutines whose function returns also come back to the hub (their parent).
- Preemption is cooperative and deterministic: the compiled code calls ``preempt()`` at loop
  back-edges when its tick budget runs out; ``preempt`` yields when another goroutine is
  runnable (or a timer is due) and otherwise returns at once. It returns the next tick budget,
  ``TICK_BUDGET``.
- Timers are a heap of ``Timer`` objects fired from scheduling points (``park``, ``preempt``,
  ``gosched``, the idle hub). As in Go 1.23, a timer whose only effect is a send on a timer
  channel that no goroutine is blocked on does not keep the program alive: it does not count
  against deadlock detection.

Determinism
-----------
Every random choice (which ready case a ``select`` takes) comes from one ``random.Random``
seeded by the environment variable ``GOMEM_SEED`` (an integer; unset or empty means 0, which is
a fixed seed too). Scheduling itself has no randomness. So the same program with the same seed
runs the same interleaving and prints the same output, unless its behaviour depends on real time
(timers and ``time.Sleep`` race with computation, as they do in Go).

Ending
------
When main returns, ``run_main`` returns; the other goroutines are abandoned (not unwound), as
in Go. An unrecovered panic in any goroutine (``GoPanic``), ``os.Exit`` (``GoExit``) or a fatal
error (``FatalError``) propagates out of ``run_main``; the exception's ``goroutine`` attribute
names the goroutine it came from. ``close()`` unwinds abandoned goroutines by raising
``greenlet.GreenletExit`` in them (for tests and embedding; a real run simply exits the process).
"""

from __future__ import annotations

import heapq
import os
import random
import time
from collections import deque
from typing import Any, Callable

from greenlet import GreenletExit, getcurrent, greenlet

from gomem.runtime import gcclock, gctrace, mgcpacer, netpoll
from gomem.runtime import malloc as _malloc
from gomem.runtime import panic as _panic
from gomem.runtime import stack as _stack
from gomem.runtime import sudog as _sudog
from gomem.runtime.panic import MAX_STACK_BYTES, FatalError, GoexitUnwind
from gomem.types.types import UINT8, new_array, new_pointer

_START_RESERVE = _stack.START_RESERVE

# the id the scheduler gives the first goroutine after main (1). In a program run, Go's runtime
# goroutines take the first ones before main runs (start_runtime_goroutines: forcegc helper 2,
# background sweeper 3, scavenger 4, and the finalizer goroutine 5 when package os is linked),
# so the program's first go statement gets 5 or 6, as with Go at GOMAXPROCS=1.
FIRST_GOID = 2

# Standard packages whose initialisation (in real Go) initialises package os, whose files get
# finalizers: that starts the finalizer goroutine before main runs. Every package gomem
# provides whose `go list -deps` includes os (Go 1.23).
OS_LINKING_PACKAGES = frozenset({"os", "fmt", "flag", "log", "io/ioutil", "path/filepath", "runtime/debug"})

# Go's forcegcperiod: sysmon starts a cycle when none ran for this long
FORCEGC_PERIOD_NS = 2 * 60 * 1_000_000_000

# the tick budget preempt() hands back: back-edges a goroutine runs before offering to yield
TICK_BUDGET = 1000

_LOCAL_RUNQ = 256  # Go's per-P run queue length

GFREE_MAX = 1024  # finished goroutines kept for reuse
# Go's g struct as the allocator sees it: 440 bytes with pointers (the 448-byte class)
G_STRUCT = new_array(new_pointer(UINT8), 55)
_SITE_NEWPROC = ("runtime.newproc1", "runtime/proc.go", 0)

_monotonic_ns = time.monotonic_ns
_SUDOGS = _sudog.local  # the P's cache of sudogs (runtime/sudog.py)


def _seed_from_env() -> int:
    s = os.environ.get("GOMEM_SEED", "").strip()
    try:
        return int(s, 0) if s else 0
    except ValueError:
        return 0


def _gomaxprocs_from_env() -> int:
    s = os.environ.get("GOMAXPROCS", "").strip()
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n > 0:
        return n
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - non-Linux
        return os.cpu_count() or 1


class G(greenlet):
    """A goroutine. It also serves as its own wait-queue entry (Go's sudog) for plain channel
    operations: ``elem`` carries the value handed over, ``ok`` the success flag, and ``sel`` is
    always None (select waits use ``chan.Sudog`` entries). The heap object Go's sudog is,
    which each wait holds, is accounted by runtime/sudog.py. ``panicking`` is free for the
    compiled code's defer/recover machinery (per-goroutine state: None in a new goroutine).
    ``stk`` counts the bytes of big frames on the goroutine's stack (stack_push), ``slimit``
    is where they run out of the stack as last measured, ``sstack`` is the stack
    (runtime/stack.py). ``labels`` are its profiler labels (runtime/pprof's *labelMap, or
    None), inherited from the goroutine whose go statement made it, as Go's g.labels."""

    __slots__ = ("goid", "reason", "elem", "ok", "sel", "g", "fn", "args", "sched", "panicking", "stk",
                 "slimit", "sstack", "labels")

    def run(self) -> None:  # the greenlet's body
        s = self.sched
        while True:
            fn = self.fn
            args = self.args
            self.fn = self.args = None
            try:
                fn(*args)
            except GoexitUnwind:
                pass
            except BaseException as e:
                if not isinstance(e, GreenletExit):
                    _set_goroutine(e, self.goid)
                raise
            # (a parked finished greenlet's frame is scanned again once it is reused: it must
            # not keep the finished goroutine's function and arguments)
            fn = args = None
            s._exit(self)
            fn = args = None  # (a greenlet waiting in gfree holds nothing: no stale roots)
            # Like Go's gfree list: keep the finished greenlet to run a later go statement
            # (creating and first entering a greenlet costs far more than a switch).
            if s.closing or len(s.gfree) >= GFREE_MAX:
                s.stacks.drop(self)
                return
            s.gfree.append(self)
            s._park_dead(self)

    def __repr__(self) -> str:
        return f"<goroutine {self.goid} [{self.reason}]>"


class MainG(G):
    __slots__ = ()

    def run(self) -> None:
        s = self.sched
        fn = self.fn
        self.fn = self.args = None
        try:
            fn()
        except GoexitUnwind:
            s.main_goexit = True
            s._exit(self)
            return
        except BaseException as e:
            if not isinstance(e, GreenletExit):
                _set_goroutine(e, 1)
            raise
        s.main_done = True
        s._exit(self)


def _set_goroutine(e: BaseException, goid: int) -> None:
    """Record on an exception ending the program which goroutine it ended."""
    try:
        e.goroutine = goid  # type: ignore[attr-defined]
    except AttributeError:  # pragma: no cover - exotic exception types
        pass


class Timer:
    """A run-time timer: at ``when`` (monotonic nanoseconds) the scheduler calls ``fire()``.

    ``period`` > 0 makes it periodic (a ticker). ``chan`` is the timer channel when the timer's
    only effect is a send on it (time.NewTimer, time.After, time.NewTicker): such a timer counts
    for deadlock detection only while a goroutine is blocked receiving on that channel.
    """

    __slots__ = ("when", "period", "fire", "chan", "active", "ver")

    def __init__(self, when: int, period: int, fire: Callable[[], Any], chan: Any = None):
        self.when = when
        self.period = period
        self.fire = fire
        self.chan = chan
        self.active = False
        self.ver = 0

    def relevant(self) -> bool:
        c = self.chan
        if c is None:
            return True
        for w in c.recvq:
            if w.sel is None or not w.sel.done:
                return True
        return False


class Scheduler:
    """The state of one program run: run queues, goroutines, timers (see the module docstring)."""

    def __init__(self, seed: int | None = None, gomaxprocs: int | None = None,
                 first_goid: int = FIRST_GOID):
        self.seed = _seed_from_env() if seed is None else seed
        self.rng = random.Random(self.seed)
        self.gomaxprocs = _gomaxprocs_from_env() if gomaxprocs is None else gomaxprocs
        self.runnext: G | None = None
        self.runq: deque[G] = deque()
        self.globq: deque[G] = deque()
        self.schedtick = 0
        self.allgs: dict[int, G] = {}  # live goroutines by id, in creation order
        self.system_gs: list[G] = []  # the runtime's own goroutines (not in allgs)
        self.system_names: dict[int, str] = {}  # their ids -> the runtime function they run
        self.next_goid = first_goid
        self.cur: G | None = None  # the running goroutine
        self.hub: greenlet | None = None
        self.timers: list[tuple[int, int, int, Timer]] = []  # heap of (when, seq, ver, timer)
        self.timer_seq = 0
        self.waitqs: dict[tuple[int, str], tuple[Any, deque[G]]] = {}
        self.rtimers: dict[int, tuple[Any, Timer]] = {}  # package time's armed timers
        self.gfree: list[G] = []  # finished goroutines waiting to be reused by go()
        self.g_structs = 1  # Go's g structs (main's too): allocated when no exited one is free
        self.stacks = _stack.Stacks()
        self.main_done = False
        self.main_goexit = False
        self.closing = False
        self.running = False
        # while a GC cycle marks (runtime/mgc.py): gc_point(switching) at the scheduling points gives
        # the background mark worker its share of the time; gc_idle(deadline) runs the idle
        # mark worker when nothing is runnable (True if it ran)
        self.gc_point: Callable[[bool], None] | None = None
        self.gc_idle: Callable[[int | None], bool] | None = None
        self.forcegc_g: G | None = None  # the forcegc helper (start_runtime_goroutines)
        self.forcegc_idle = True

    # -- running a program ---------------------------------------------------------------

    def run_main(self, fn: Callable[[], Any]) -> None:
        """Run fn as goroutine 1; return when it returns (abandoning the other goroutines).

        Raises the GoPanic / GoExit / FatalError that ended the program instead, if any.
        """
        global current
        current = self
        mgcpacer.gcinit()  # GOGC and GOMEMLIMIT, read as Go's gcinit reads them; no cycles yet
        _panic.set_traceback(os.environ.get("GOTRACEBACK", ""), env=True)
        self.hub = getcurrent()
        g = MainG(None, self.hub)
        g.goid = 1
        g.reason = "running"
        g.sel = None
        g.g = g
        g.fn = fn
        g.args = ()
        g.sched = self
        g.panicking = None
        g.labels = None
        self.stacks.start_main(g)
        self.allgs[1] = g
        self.runq.append(g)  # taken as Go's first execute: schedtick becomes 1
        self.running = True
        try:
            self._hub_loop()
        finally:
            self.running = False

    def _hub_loop(self) -> None:
        # A goroutine switches here when nothing is runnable (with None), to have a new
        # goroutine started (with that G: a greenlet started from deep inside another one would
        # inherit its recursion depth), or by finishing (None).
        g = None
        while not self.main_done:
            if g is None:
                if self.timers:
                    self._run_timers()
                g = self._next()
                if g is None:
                    g = self._idle()
            self.cur = g
            g = g.switch()

    def _idle(self) -> G:
        """Nothing is runnable: let the runtime's background goroutines work (the sweeper, the
        scavenger: they run only when the program cannot), else sleep until a timer makes
        something runnable, or fail. The runtime's goroutines never keep a deadlocked program
        alive: they work only while there is work, and their own wake-ups (the forcegc period,
        the scavenger's pacing) are slept until only while a program timer is pending."""
        while True:
            if self.main_goexit and not self.allgs:
                raise FatalError("no goroutines (main called runtime.Goexit) - deadlock!")
            bg = self._background_work()
            if bg is not None:
                return bg
            when = None
            for ent in self.timers:
                t = ent[3]
                if ent[2] == t.ver and t.active and t.relevant():
                    if when is None or ent[0] < when:
                        when = ent[0]
            if self.gc_idle is not None and self.gc_idle(when):
                self._run_timers()
                g = self._next()
                if g is not None:
                    return g
                continue
            runtime_when = self._runtime_wakeup()
            if netpoll.waiting():
                # goroutines wait on the network: block in select until a socket is ready or
                # the next timer is due (Go's findRunnable blocking in netpoll), not a deadlock
                if runtime_when is not None and (when is None or runtime_when < when):
                    when = runtime_when
                timeout = None if when is None else max(0.0, (when - _monotonic_ns()) / 1e9)
                if timeout is None or timeout > 0.001:
                    # a server may wait for hours: what it printed must be out meanwhile (Go
                    # writes its output unbuffered)
                    from gomem.runtime import osio
                    osio.flush()
                netpoll.poll(timeout)
                self._run_timers()
                self.sysmon()
                g = self._next()
                if g is not None:
                    return g
                continue
            if when is None:
                raise self._deadlock()
            if runtime_when is not None and runtime_when < when:
                when = runtime_when
            delay = when - _monotonic_ns()
            if delay > 0:
                time.sleep(delay / 1e9)
            self._run_timers()
            self.sysmon()
            g = self._next()
            if g is not None:
                return g

    def _background_work(self) -> G | None:
        """The runtime goroutine that has work now (the background sweeper, then the
        scavenger), made ready, or None."""
        from gomem.runtime import mgcscavenge, mgcsweep
        for bg in (mgcsweep.bg, mgcscavenge.bg):
            if bg.sched is self and bg.g is not None and bg.parked and bg.has_work():
                bg.parked = False
                bg.g.reason = "runnable"
                return bg.g
        return None

    def _runtime_wakeup(self) -> int | None:
        """When (monotonic ns) the runtime itself has something to do next while the program
        sleeps: the forcegc period running out, the scavenger's next paced step."""
        from gomem.runtime import mgcscavenge
        when = None
        if self.forcegc_g is not None and self.forcegc_idle and mgcpacer.controller.gc_percent >= 0:
            last = gctrace.stats.last_gc_mono
            if last:
                when = last + FORCEGC_PERIOD_NS + 1
        scav = mgcscavenge.bg.next_step_ns(self)
        if scav is not None and (when is None or scav < when):
            when = scav
        return when

    def busy(self) -> bool:
        """Whether the program has something to run (another goroutine runnable, a timer
        due): the runtime's background goroutines yield then."""
        if self.runnext is not None or self.runq or self.globq:
            return True
        t = self.timers
        return bool(t) and t[0][0] <= _monotonic_ns()

    def sysmon(self) -> None:
        """What Go's sysmon does that gomem models: wake the forcegc helper when no cycle ran
        for forcegcperiod (2 minutes) and GOGC is not off (Go's gcTriggerTime test, which
        also wants one cycle to have run). Called where the program already pays for a time
        check: the allocator's slow paths (mcache.before_span_hooks) and the idle scheduler."""
        g = self.forcegc_g
        if g is None or not self.forcegc_idle:
            return
        last = gctrace.stats.last_gc_mono
        if last and _monotonic_ns() - last > FORCEGC_PERIOD_NS and mgcpacer.controller.gc_percent >= 0:
            self.forcegc_idle = False
            self.ready(g)

    def _deadlock(self) -> FatalError:
        gs = list(self.allgs.values())  # creation order: goroutine 1 first, as Go prints them
        detail = "\n\n".join(f"goroutine {g.goid} [{g.reason}]:" for g in gs) + "\n"
        e = FatalError("all goroutines are asleep - deadlock!", detail)
        e.goroutines = gs  # type: ignore[attr-defined]
        return e

    def close(self) -> None:
        """Unwind every abandoned goroutine (GreenletExit at its blocking point)."""
        self.closing = True
        for g in list(self.allgs.values()) + self.gfree + self.system_gs:
            if g and not g.dead:
                try:
                    g.throw(GreenletExit)
                except GreenletExit:  # pragma: no cover
                    pass
        self.allgs.clear()
        self.gfree.clear()
        self.system_gs.clear()
        self.runq.clear()
        self.globq.clear()
        self.runnext = None
        self.timers.clear()

    # -- goroutines ----------------------------------------------------------------------

    def go(self, fn: Callable[..., Any], *args: Any) -> G:
        """The go statement: start fn(*args) in a new goroutine (args already evaluated)."""
        gfree = self.gfree
        if gfree:
            g = gfree.pop()
            g.stk = 0  # with the stack of its previous goroutine (runtime/stack.py)
            g.slimit = g.sstack.size - _START_RESERVE
        else:
            g = G(None, self.hub)
            g.sel = None
            g.g = g
            g.sched = self
            self.stacks.start_new(g)
        goid = self.next_goid
        self.next_goid = goid + 1
        g.goid = goid
        g.reason = "runnable"
        g.fn = fn
        g.args = args
        g.panicking = None
        cur = self.cur
        g.labels = cur.labels if cur is not None else None
        self.allgs[goid] = g
        if len(self.allgs) > self.g_structs:  # (Go keeps exited goroutines' g structs forever)
            self.g_structs += 1
            from gomem.runtime import mgcmark
            mgcmark.keep_forever(_malloc.alloc(G_STRUCT, G_STRUCT.size, _SITE_NEWPROC))
        old = self.runnext
        self.runnext = g
        if old is not None:
            q = self.runq
            if len(q) < _LOCAL_RUNQ:
                q.append(old)
            else:
                self._runq_overflow(old)
        return g

    def system_goroutine(self, fn: Callable[[], Any], name: str = "", parked: str = "") -> G:
        """A goroutine of the runtime's own (forcegc helper, background sweeper, scavenger,
        finalizer goroutine, mark workers): the next goroutine id, as a go statement gives
        one, but outside allgs: Go counts these among its system goroutines, so
        runtime.NumGoroutine, the deadlock report and tracebacks of all goroutines do not show
        them. name is the runtime function it runs (Go's, e.g. "runtime.bgsweep"). Without
        parked, it goes to runnext as a go statement's goroutine does; with parked (a wait
        reason), it is created blocked and waits for ready() (the start-up goroutines, which Go
        runs until they park before main's init). Its g struct is not allocated here (Go's
        start-up heap, which gomem reproduces, already holds those of the start-up set)."""
        g = G(None, self.hub)
        g.sel = None
        g.g = g
        g.sched = self
        g.sstack = _stack.Stack(self.stacks.starting_size, None, 0)
        g.stk = 0
        g.slimit = g.sstack.size - _START_RESERVE
        g.goid = self.next_goid
        self.next_goid += 1
        g.fn = fn
        g.args = ()
        g.panicking = None
        g.labels = None
        self.system_gs.append(g)
        self.system_names[g.goid] = name or getattr(fn, "__qualname__", "")
        if parked:
            g.reason = parked
        else:
            g.reason = "runnable"
            self.ready(g)
        return g

    def start_runtime_goroutines(self, links_os: bool) -> None:
        """What Go's runtime.main starts before the program's init: the forcegc helper (proc.go's
        init), the background sweeper and the scavenger (gcenable), each parked at once; then,
        when the program links package os, os's init sets finalizers on its files, which starts
        the finalizer goroutine (createfing). Mark workers come at the first cycle
        (mgc.start_mark_workers)."""
        from gomem.runtime import mcache, mfinal, mgcscavenge, mgcsweep
        _sudog.program_starts()
        self.forcegc_g = self.system_goroutine(forcegc_helper, "runtime.forcegchelper", parked="force gc (idle)")
        self.forcegc_idle = True
        mgcsweep.bg.start(self)
        mgcscavenge.bg.start(self)
        if _sysmon_hook not in mcache.before_span_hooks:
            mcache.before_span_hooks.append(_sysmon_hook)
        if links_os:
            mfinal.create_fing()

    def _exit(self, g: G) -> None:
        del self.allgs[g.goid]
        g.reason = "dead"
        if g.sstack.size != self.stacks.starting_size:  # a grown stack is freed (gfput)
            self.stacks.exit_resized(g)

    def goid(self) -> int:
        return self.cur.goid if self.cur is not None else 0

    def num_goroutine(self) -> int:
        return len(self.allgs)

    def set_gomaxprocs(self, n: int) -> int:
        """runtime.GOMAXPROCS(n): set when n > 0; return the previous setting."""
        old = self.gomaxprocs
        if n > 0:
            self.gomaxprocs = n
        return old

    # -- run queues ----------------------------------------------------------------------

    def ready(self, g: G) -> None:
        """Make a parked goroutine runnable; it runs next (Go's goready: runqput(next=true))."""
        old = self.runnext
        self.runnext = g
        if old is not None:
            q = self.runq
            if len(q) < _LOCAL_RUNQ:
                q.append(old)
            else:
                self._runq_overflow(old)

    def _runq_overflow(self, g: G) -> None:
        # runqputslow: move half of the local queue, then g, to the global queue
        q = self.runq
        batch = [q.popleft() for _ in range(len(q) // 2)]
        batch.append(g)
        self.globq.extend(batch)

    def _next(self) -> G | None:
        """findRunnable without the idle part."""
        gq = self.globq
        if gq and self.schedtick % 61 == 0:
            self.schedtick += 1
            return gq.popleft()
        g = self.runnext
        if g is not None:
            self.runnext = None
            return g
        q = self.runq
        if q:
            self.schedtick += 1
            return q.popleft()
        if gq:
            # globrunqget(pp, 0): a batch of up to half the local queue's size
            n = min(len(gq), _LOCAL_RUNQ // 2)
            g = gq.popleft()
            for _ in range(n - 1):
                q.append(gq.popleft())
            self.schedtick += 1
            return g
        return None

    # -- blocking and yielding -----------------------------------------------------------

    def park(self, reason: str) -> None:
        """Block the running goroutine until someone calls ready() on it (Go's gopark).

        The caller has already put the goroutine where its waker will find it.
        """
        g = self.cur
        g.reason = reason
        if self.closing:
            raise GreenletExit
        if self.gc_point is not None:
            self.gc_point(True)
        if self.timers:
            self._run_timers()
        nxt = self.runnext
        if nxt is not None and not (self.globq and self.schedtick % 61 == 0):
            self.runnext = None  # the common case of _next(), inlined
        else:
            nxt = self._next()
            if nxt is None:
                self.hub.switch(None)
                return
        if nxt is not g:
            if nxt:  # started: switch to it directly
                self.cur = nxt
                nxt.switch()
            else:  # not started yet: the hub starts it
                self.hub.switch(nxt)

    def _park_dead(self, g: G) -> None:
        """A finished goroutine waits in gfree until go() reuses it."""
        g.reason = "dead"
        nxt = self._next()
        if nxt is None:
            self.hub.switch(None)
        else:
            self._switch(nxt)

    def _switch(self, nxt: G) -> None:
        if nxt:  # started: switch to it directly
            self.cur = nxt
            nxt.switch()
        else:  # not started yet: the hub starts it
            self.hub.switch(nxt)

    def gosched(self) -> None:
        """runtime.Gosched: yield to other runnable goroutines (the caller goes to globq)."""
        g = self.cur
        if self.gc_point is not None:
            self.gc_point(True)
        if self.timers:
            self._run_timers()
        g.reason = "runnable"
        self.globq.append(g)
        nxt = self._next()
        if nxt is not g:
            self._switch(nxt)

    def preempt(self) -> int:
        """Called by compiled code when its tick budget runs out: yield if anyone else can run.
        The budget's back-edges are the program's time on the GC clock; the collector's point
        here is a scheduling point only when the goroutine yields (otherwise the collector
        decides whether Go's sysmon would have preempted it by now)."""
        gcclock.clock.ns += TICK_BUDGET * gcclock.BACKEDGE_NS
        switching = self.runnext is not None or bool(self.runq) or bool(self.globq)
        if self.gc_point is not None:
            self.gc_point(switching)
        if self.timers and self.timers[0][0] <= _monotonic_ns():
            self._run_timers()
        if netpoll.waiting():  # a goroutine in "IO wait": check its socket (sysmon's netpoll)
            netpoll.poll(0)
        if self.runnext is not None or self.runq or self.globq:
            g = self.cur
            g.reason = "runnable"
            self.globq.append(g)
            nxt = self._next()
            if nxt is not g:
                self._switch(nxt)
        return TICK_BUDGET

    # -- wait queues keyed by an object (runtime/sema.go's semaRoot), for package sync -----

    def wait_on(self, obj: Any, key: str, reason: str, lifo: bool = False) -> None:
        """Park the running goroutine in the wait queue (obj, key) until wake_one picks it."""
        k = (id(obj), key)
        ent = self.waitqs.get(k)
        if ent is None:
            ent = self.waitqs[k] = (obj, deque())  # obj is kept alive while the queue exists
        # Go's semacquire and notifyListWait wait in a sudog (sudog.acquire and release inlined)
        cache = _SUDOGS
        sd = cache.pop() if cache else _sudog.acquire()
        if lifo:
            ent[1].appendleft(self.cur)
        else:
            ent[1].append(self.cur)
        self.park(reason)
        if len(cache) < _sudog.PER_P_CAP:
            cache.append(sd)
        else:
            _sudog.release(sd)

    def wake_one(self, obj: Any, key: str) -> G | None:
        """Ready the first goroutine waiting in (obj, key); return it, or None if none waits."""
        k = (id(obj), key)
        ent = self.waitqs.get(k)
        if ent is None:
            return None
        q = ent[1]
        g = q.popleft()
        if not q:
            del self.waitqs[k]
        self.ready(g)
        return g

    def wake_if(self, obj: Any, key: str, pred: Callable[[G], bool]) -> G | None:
        """Ready the first goroutine waiting in (obj, key) for which pred holds."""
        k = (id(obj), key)
        ent = self.waitqs.get(k)
        if ent is None:
            return None
        q = ent[1]
        for g in q:
            if pred(g):
                q.remove(g)
                if not q:
                    del self.waitqs[k]
                self.ready(g)
                return g
        return None

    def num_waiters(self, obj: Any, key: str) -> int:
        ent = self.waitqs.get((id(obj), key))
        return 0 if ent is None else len(ent[1])

    # -- timers --------------------------------------------------------------------------

    def start_timer(self, t: Timer) -> None:
        """Arm t at t.when (it must not be active)."""
        t.active = True
        t.ver += 1
        self.timer_seq += 1
        heapq.heappush(self.timers, (t.when, self.timer_seq, t.ver, t))

    def stop_timer(self, t: Timer) -> bool:
        """Disarm t; True if it was armed (it had not fired yet, or is periodic)."""
        was = t.active
        t.active = False
        t.ver += 1
        if was and len(self.timers) > 64 and self._stale_timers_dominate():
            self._compact_timers()
        return was

    def reset_timer(self, t: Timer, when: int, period: int = 0) -> bool:
        """Re-arm t at when (with period); True if it was armed before."""
        was = self.stop_timer(t)
        t.when = when
        t.period = period
        self.start_timer(t)
        return was

    def _stale_timers_dominate(self) -> bool:
        live = 0
        for ent in self.timers:
            if ent[2] == ent[3].ver and ent[3].active:
                live += 1
        return live * 2 < len(self.timers)

    def _compact_timers(self) -> None:
        self.timers = [e for e in self.timers if e[2] == e[3].ver and e[3].active]
        heapq.heapify(self.timers)

    def _run_timers(self) -> None:
        """Fire every timer that is due."""
        h = self.timers
        if not h:
            return
        now = _monotonic_ns()
        while h and h[0][0] <= now:
            when, _, ver, t = heapq.heappop(h)
            if ver != t.ver or not t.active:
                continue
            if t.period > 0:
                t.when = when + t.period * (1 + (now - when) // t.period)
                t.ver += 1
                self.timer_seq += 1
                heapq.heappush(h, (t.when, self.timer_seq, t.ver, t))
            else:
                t.active = False
            t.fire()

    def sleep(self, ns: int) -> None:
        """time.Sleep: park the running goroutine for ns nanoseconds (returns at once if <= 0)."""
        if ns <= 0:
            return
        g = self.cur
        t = Timer(_monotonic_ns() + ns, 0, lambda: self.ready(g))
        self.start_timer(t)
        self.park("sleep")


def forcegc_helper() -> None:
    """The forcegc helper's body (Go's forcegchelper): woken by sysmon when no cycle ran for
    two minutes, it starts a time-triggered cycle (not counted in NumForcedGC, no "(forced)"
    on its gctrace line; "GC forced" is printed before it with gctrace), then waits again."""
    from gomem.runtime import godebug, mgc, osio
    s = current
    while True:
        if godebug.runtime_setting("gctrace") > 0:
            osio.stderr_write(b"GC forced\n")
        _time_triggered_cycle(mgc)
        s.forcegc_idle = True
        s.park("force gc (idle)")


def _time_triggered_cycle(mgc: Any) -> None:
    """A cycle started by time (gcTriggerTime): as an automatic cycle, not a forced one; the
    whole mark done here (mgc._start_background_cycle's blocking path)."""
    w = mgc.work
    if w.running or w.phase != mgc.OFF:
        return
    mgc._start_background_cycle(blocking=True)


def _sysmon_hook() -> None:
    current.sysmon()


# ---------------------------------------------------------------------------------------
# The current scheduler and module-level entry points for compiled code

current: Scheduler = Scheduler()


def new_scheduler(seed: int | None = None, gomaxprocs: int | None = None,
                  first_goid: int = FIRST_GOID) -> Scheduler:
    """Make a fresh scheduler the current one (one per program run)."""
    global current
    netpoll.reset()
    current = Scheduler(seed, gomaxprocs, first_goid)
    return current


def run_main(fn: Callable[[], Any], seed: int | None = None) -> None:
    """Run a program's main function on a fresh scheduler (see Scheduler.run_main)."""
    new_scheduler(seed).run_main(fn)


def go(fn: Callable[..., Any], *args: Any) -> None:
    """The go statement."""
    current.go(fn, *args)


def gosched() -> None:
    """runtime.Gosched."""
    current.gosched()


def preempt() -> int:
    """Loop back-edge check when the tick budget is spent; returns the next budget."""
    return current.preempt()


def goid() -> int:
    """The running goroutine's id."""
    return current.goid()


class _NoGoroutine:
    """Stack accounting for code run outside any goroutine (tests calling compiled code)."""

    stk = 0
    slimit = MAX_STACK_BYTES


_NO_GOROUTINE = _NoGoroutine()


def stack_push(size: int) -> Any:
    """Entry of a function whose frame is bigger than panic.FRAME_BYTES: count its size on
    the running goroutine (``G.stk``); the function's ``finally`` takes it off again. Past
    ``G.slimit`` the stack must grow, or overflows (runtime/stack.py: morestack). Called on
    every such call, so it reads the module's ``current`` without importing anything."""
    g = current.cur or _NO_GOROUTINE
    n = g.stk + size
    if n > g.slimit:
        _stack.morestack(g, size)
    g.stk = n
    return g


def num_goroutine() -> int:
    """runtime.NumGoroutine."""
    return len(current.allgs)


def gomaxprocs(n: int) -> int:
    """runtime.GOMAXPROCS."""
    return current.set_gomaxprocs(n)


def park(reason: str) -> None:
    """Block the running goroutine (see Scheduler.park)."""
    current.park(reason)


def ready(g: G) -> None:
    """Make a parked goroutine runnable."""
    current.ready(g)


def running() -> G:
    """The running goroutine (a G)."""
    return current.cur  # type: ignore[return-value]
