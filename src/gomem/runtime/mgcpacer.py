"""The GC pacer: when a cycle starts and how big the heap may grow (Go 1.23's gcController).

Go's pacer (the 1.18 redesign, go-runtime.md section 6) keeps one goal: the heap size at which
the current cycle should end. Between cycles it also keeps a trigger, the heapLive at which the
next cycle starts, early enough that marking (at 25% of the CPU) finishes by the goal.

- **Goal** (``heap_goal``): the GOGC goal is the heap marked by the last cycle plus
  GOGC/100 of everything the collector scans (that heap, the stacks it scanned, the globals),
  and at least the minimum heap (4 MiB scaled by GOGC). A memory limit gives a second goal
  (the limit less the memory that is not heap objects, less 3% headroom); the smaller one
  wins. When the GOGC goal wins, a sweep distance (1 MiB beyond heapLive when the goal was
  committed with sweeping unfinished) and, during a cycle, 64 KiB beyond the trigger point
  are the floor.
- **Trigger** (``trigger``): the goal less the runway (the bytes the program is expected to
  allocate while the next mark runs: the cons/mark ratio measured over the last cycles times
  the expected scan work, for a 25%/75% split of the CPU), kept between 45/64 and 61/64 of the
  way from the marked heap to the goal (for big heaps, the upper bound is at most 4 MiB below
  the goal).
- **Commit** (``commit``): GOGC's goal and the runway are computed once per change of their
  inputs: at the end of each mark, and when debug.SetGCPercent / SetMemoryLimit change them.
- **The CPU limiter** (``GCCPULimiter``): a leaky bucket of GC CPU time against the program's
  time; past 50% over the last second (times GOMAXPROCS) it is full and assists stop, so a
  program at its memory limit keeps running instead of collecting forever.

The collector (mgc.py) calls ``start_cycle`` at sweep termination and ``end_mark`` at mark
termination, and compares ``mstats.counters.heap_live`` with ``trigger()`` where Go does (after
a span refill or a large allocation). ``gcinit`` sets the pacer up when a program starts.
"""

from __future__ import annotations

from collections.abc import Callable

from gomem.runtime import gcclock, gcsettings, godebug, mstats, osio
from gomem.runtime.gcsettings import MAX_INT64, GCSettings
from gomem.runtime.printing import print_float

U64 = (1 << 64) - 1
NO_TRIGGER = U64                 # ^uint64(0): "not in a cycle" and "no GOGC goal"
DEFAULT_HEAP_MINIMUM = 4 << 20   # the minimum heap goal at GOGC=100
SWEEP_MIN_HEAP_DISTANCE = 1 << 20
MIN_RUNWAY = 64 << 10
TRIGGER_RATIO_DEN = 64
MIN_TRIGGER_RATIO_NUM = 45       # the trigger is at least ~0.70 of the way to the goal
MAX_TRIGGER_RATIO_NUM = 61       # and at most ~0.95
BACKGROUND_UTILIZATION = 0.25    # mark workers' share of GOMAXPROCS
MEMORY_LIMIT_HEADROOM_PERCENT = 3
MEMORY_LIMIT_MIN_HEADROOM = 1 << 20
MAX_UTIL_ERROR = 0.3             # dedicated workers within 30% of the 25% goal, else fractional
HARD_GOGC_WHEN_OFF = 100000      # a forced cycle with GOGC=off paces as with a huge GOGC
MAX_OVERSHOOT = 1.1
LIMITER_CAPACITY_PER_PROC = 1_000_000_000  # the CPU limiter's window: one second per P
LIMITER_UPDATE_PERIOD = 10_000_000         # the limiter is brought up to date every 10 ms

# (mappedReady, heapFree, heapAlloc): what the memory-limit goal is computed from
MemoryFigures = tuple[int, int, int]


def runtime_memory_figures() -> MemoryFigures:
    """The program's memory as the limit counts it: mapped memory not released to the OS
    (MemStats' Sys - HeapReleased), free heap pages not released (HeapIdle - HeapReleased),
    and heap object bytes (HeapAlloc), read without flushing the mcache."""
    from gomem.runtime import malloc  # malloc imports the collector, which imports the pacer
    f = mstats.memory_figures(malloc.heap, malloc.mcache.unflushed_counts())
    return figures_from_mem_stats(f)


def figures_from_mem_stats(f: dict) -> MemoryFigures:
    released = f["HeapReleased"]
    return f["Sys"] - released, f["HeapIdle"] - released, f["HeapAlloc"]


class GCCPULimiter:
    """Go's GC CPU limiter: GC time fills a bucket that the program's own time drains; the
    bucket holds one second of CPU per P, and while it is full the limiter is on (assists are
    skipped). Times in ns on the caller's monotonic clock."""

    def __init__(self, nprocs: int = 1, now: int = 0):
        self.nprocs = nprocs
        self.capacity = nprocs * LIMITER_CAPACITY_PER_PROC
        self.fill = 0
        self.overflow = 0          # GC time that did not fit: how far past the limit it went
        self.enabled = False
        self.gc_enabled = False    # a mark phase is running (background workers take 25%)
        self.transitioning = False
        self.assist_pool = 0
        self.idle_pool = 0
        self.last_update = now

    def limiting(self) -> bool:
        return self.enabled

    def add_assist_time(self, ns: int) -> None:
        self.assist_pool += ns

    def add_idle_time(self, ns: int) -> None:
        self.idle_pool += ns

    def update(self, now: int) -> None:
        """Account the window since the last update: assists, plus 25% of the window while
        marking, are GC time; the rest, less idle time, is the program's."""
        if now < self.last_update or self.transitioning:
            return
        total = (now - self.last_update) * self.nprocs
        self.last_update = now
        gc_time = self.assist_pool
        self.assist_pool = 0
        if self.gc_enabled:
            gc_time += int(total * BACKGROUND_UTILIZATION)
        total -= self.idle_pool
        self.idle_pool = 0
        self._accumulate(total - gc_time, gc_time)

    def start_gc_transition(self, enable_gc: bool, now: int) -> None:
        """A stop-the-world GC transition begins (sweep termination or mark termination)."""
        self.update(now)
        self.gc_enabled = enable_gc
        self.transitioning = True

    def finish_gc_transition(self, now: int) -> None:
        """The world restarts: the whole pause counts as GC time on every P."""
        if now >= self.last_update:
            self._accumulate(0, (now - self.last_update) * self.nprocs)
        self.last_update = now
        self.transitioning = False

    def reset_capacity(self, now: int, nprocs: int) -> None:
        """GOMAXPROCS changed."""
        self.update(now)
        self.nprocs = nprocs
        self.capacity = nprocs * LIMITER_CAPACITY_PER_PROC
        if self.fill > self.capacity:
            self.fill = self.capacity
            self.enabled = True
        elif self.fill < self.capacity:
            self.enabled = False

    def _accumulate(self, mutator_time: int, gc_time: int) -> None:
        headroom = self.capacity - self.fill
        was_full = headroom == 0
        change = gc_time - mutator_time
        if change > 0 and headroom <= change:
            self.overflow += change - headroom
            self.fill = self.capacity
            self.enabled = True
            return
        self.fill = max(0, self.fill + change)
        if change != 0 and was_full:
            self.enabled = False


def _always_swept() -> bool:
    return True


class GCController:
    """Go's gcControllerState: the pacer's state and its computations. Byte figures are as
    Go's: heap_live is mstats.counters.heap_live (marked heap plus whole cached spans
    allocated since), the scan figures are bytes scanned."""

    def __init__(self, settings: GCSettings | None = None,
                 memory_figures: Callable[[], MemoryFigures] = runtime_memory_figures,
                 sweep_done: Callable[[], bool] = _always_swept, counters: object = None):
        self.settings = settings if settings is not None else GCSettings()
        self.memory_figures = memory_figures
        self.sweep_done = sweep_done    # the collector replaces it with its sweeper's state
        # what holds heapLive (an object with a heap_live attribute): mstats' counters
        self.counters = mstats.counters if counters is None else counters
        self.heap_minimum = DEFAULT_HEAP_MINIMUM
        self.heap_marked = 0            # bytes marked by the last cycle
        self.last_heap_scan = 0         # heap bytes scanned by the last cycle
        self.last_stack_scan = 0        # stack bytes scanned by the last cycle
        self.globals_scan = 0           # bytes of global variables (the data and BSS segments)
        self.max_stack_scan = 0         # stack bytes allocated (the worst case for the next scan)
        self.heap_scan = 0              # scannable heap (fixed at a cycle's start)
        self.gc_percent_heap_goal = DEFAULT_HEAP_MINIMUM
        self.sweep_dist_min_trigger = 0
        self.runway = 0
        self.cons_mark = 0.0
        self.last_cons_mark = [0.0] * 4
        self.triggered = NO_TRIGGER     # heapLive when the current cycle started
        self.last_heap_goal = 0         # the goal when the last mark ended (gctrace prints it)
        self.mark_start_ns = 0
        self.procs = 1
        self.dedicated_mark_workers = 0
        self.fractional_utilization_goal = 0.0
        self.assist_work_per_byte = 0.0
        self.assist_bytes_per_work = 0.0
        self.limiter = GCCPULimiter()
        self._cached_trigger: tuple[int, int] | None = None
        self.commit(True)  # no sweeping before the first cycle

    # -- settings ------------------------------------------------------------------------

    @property
    def gc_percent(self) -> int:
        return self.settings.gc_percent

    @property
    def memory_limit(self) -> int:
        return self.settings.memory_limit

    def set_gc_percent(self, percent: int) -> int:
        """debug.SetGCPercent: the previous value; the new goal applies at once."""
        old = gcsettings.set_gc_percent(percent, self.settings)
        self.commit(self.sweep_done())
        return old

    def set_memory_limit(self, limit: int) -> int:
        """debug.SetMemoryLimit: the previous limit; a negative limit only asks."""
        old = gcsettings.set_memory_limit(limit, self.settings)
        if limit >= 0 and old != limit:
            self.commit(self.sweep_done())
        return old

    # -- goal and trigger ----------------------------------------------------------------

    def commit(self, sweep_done: bool) -> None:
        """Recompute GOGC's goal and the runway from the last cycle's figures (Go's commit;
        runs at the end of each mark and when a setting changes)."""
        self.commit_at(self.counters.heap_live, sweep_done)

    def commit_at(self, heap_live: int, sweep_done: bool) -> None:
        self.sweep_dist_min_trigger = 0 if sweep_done else heap_live + SWEEP_MIN_HEAP_DISTANCE
        percent = self.gc_percent
        # the minimum heap scales with GOGC; Go computes it in uint64, so GOGC=off (-1) wraps
        self.heap_minimum = (DEFAULT_HEAP_MINIMUM * (percent & U64) & U64) // 100
        goal = NO_TRIGGER
        if percent >= 0:
            scanned = self.heap_marked + self.last_stack_scan + self.globals_scan
            goal = self.heap_marked + (scanned * percent & U64) // 100
        self.gc_percent_heap_goal = max(goal, self.heap_minimum)
        expected_work = self.last_heap_scan + self.last_stack_scan + self.globals_scan
        runway = int(self.cons_mark * (1 - BACKGROUND_UTILIZATION) / BACKGROUND_UTILIZATION
                     * expected_work)
        # Go keeps the runway in a uint64: a negative cons/mark (assists took more than the
        # mark's time) converts to a huge runway on amd64, so the trigger goes to its minimum
        self.runway = runway & U64
        self._cached_trigger = None

    def memory_limit_heap_goal(self, figures: MemoryFigures | None = None) -> int:
        """The goal the memory limit allows: the limit less what is not heap objects (and
        less any amount already over the limit), less max(3%, 1 MiB) of headroom; never
        below the marked heap."""
        mapped_ready, heap_free, heap_alloc = figures if figures is not None else self.memory_figures()
        limit = self.memory_limit
        non_heap = mapped_ready - heap_free - heap_alloc
        overage = max(0, mapped_ready - limit)
        if non_heap + overage >= limit:
            return self.heap_marked
        goal = limit - (non_heap + overage)
        headroom = max(goal // 100 * MEMORY_LIMIT_HEADROOM_PERCENT, MEMORY_LIMIT_MIN_HEADROOM)
        goal = headroom if goal < 2 * headroom else goal - headroom
        return max(goal, self.heap_marked)

    def _goal_and_min_trigger(self, figures: MemoryFigures | None = None) -> tuple[int, int]:
        goal = self.gc_percent_heap_goal
        if self.memory_limit == MAX_INT64 and goal < 1 << 62 and figures is None:
            # without a limit its goal is about 0.97 x MaxInt64: never the smaller one
            limit_goal = NO_TRIGGER
        else:
            limit_goal = self.memory_limit_heap_goal(figures)
        if limit_goal < goal:
            return limit_goal, 0
        min_trigger = self.sweep_dist_min_trigger
        goal = max(goal, min_trigger)
        if self.triggered != NO_TRIGGER:
            goal = max(goal, self.triggered + MIN_RUNWAY)
        return goal, min_trigger

    def heap_goal(self, figures: MemoryFigures | None = None) -> int:
        """The current heap goal (MemStats.NextGC). figures: the memory as ReadMemStats just
        measured it, else it is measured now when the memory limit needs it."""
        return self._goal_and_min_trigger(figures)[0]

    def trigger_and_goal(self) -> tuple[int, int]:
        """(trigger, goal): a cycle starts when heapLive reaches the trigger."""
        cached = self._cached_trigger
        if cached is not None:
            return cached
        goal, min_trigger = self._goal_and_min_trigger()
        marked = self.heap_marked
        if marked >= goal:
            result = (goal, goal)
        else:
            step = (goal - marked) // TRIGGER_RATIO_DEN
            min_trigger = max(min_trigger, marked, step * MIN_TRIGGER_RATIO_NUM + marked)
            max_trigger = step * MAX_TRIGGER_RATIO_NUM + marked
            if goal > DEFAULT_HEAP_MINIMUM and goal - DEFAULT_HEAP_MINIMUM > max_trigger:
                max_trigger = goal - DEFAULT_HEAP_MINIMUM
            max_trigger = max(max_trigger, min_trigger)
            trigger = min_trigger if self.runway > goal else goal - self.runway
            result = (min(max(trigger, min_trigger), max_trigger), goal)
        # the goal moves with the program's memory only under a memory limit
        if self.memory_limit == MAX_INT64:
            self._cached_trigger = result
        return result

    def trigger(self) -> int:
        """heapLive at which the next cycle starts (huge when the collector is off)."""
        return self.trigger_and_goal()[0]

    # -- a cycle -------------------------------------------------------------------------

    def start_cycle(self, now_ns: int, heap_live: int, forced: bool, procs: int | None = None,
                    heap_scan: int | None = None) -> None:
        """Sweep termination: the cycle starts at heap_live; the mark workers are planned
        (dedicated workers for 25% of procs, a fractional worker for the rest) and the
        assist ratio set. heap_scan: the scannable part of the heap now, when known."""
        if heap_scan is not None:
            self.heap_scan = heap_scan
        if procs is None:
            from gomem.runtime import sched
            procs = sched.current.gomaxprocs if sched.current is not None else 1
        self.procs = procs
        self.mark_start_ns = now_ns
        self.triggered = heap_live
        self._cached_trigger = None
        goal_utilization = procs * BACKGROUND_UTILIZATION
        dedicated = int(goal_utilization + 0.5)
        error = dedicated / goal_utilization - 1
        if abs(error) > MAX_UTIL_ERROR:
            if dedicated > goal_utilization:
                dedicated -= 1
            self.fractional_utilization_goal = (goal_utilization - dedicated) / procs
        else:
            self.fractional_utilization_goal = 0.0
        self.dedicated_mark_workers = dedicated
        if self.limiter.nprocs != procs:
            self.limiter.reset_capacity(now_ns, procs)
        self.limiter.start_gc_transition(True, now_ns)
        self.revise(heap_live, 0)
        if godebug.runtime_setting("gcpacertrace") > 0:
            osio.stderr_write(
                f"pacer: assist ratio={print_float(self.assist_work_per_byte)} (scan {self.heap_scan >> 20} MB in "
                f"{heap_live >> 20}->{self.heap_goal() >> 20} MB) workers={dedicated}"
                f"+{print_float(self.fractional_utilization_goal)}\n".encode())

    def revise(self, heap_live: int, scan_work_done: int) -> None:
        """The assist ratio: scan work still expected over the heap left before the goal
        (called as heapLive grows during a mark)."""
        percent = self.gc_percent if self.gc_percent >= 0 else HARD_GOGC_WHEN_OFF
        goal = self.heap_goal()
        expected = self.last_heap_scan + self.last_stack_scan + self.globals_scan
        # the scannable heap now (Go's heapScan: the last mark's scan work and what was
        # allocated since) and the stacks and globals: the most the mark could have to scan
        worst = self.last_heap_scan + self.counters.scan_alloc + self.max_stack_scan + self.globals_scan
        if scan_work_done > expected:
            # more work than last time: the heap grows; stretch the goal toward the worst
            # case, at most to (1 + GOGC/100) x goal
            base = self.triggered if self.triggered != NO_TRIGGER else self.heap_marked
            extended = int((goal - base) / max(expected, 1) * worst) + base
            goal = min(extended, int((1.0 + percent / 100.0) * goal))
            expected = worst
        if heap_live > goal:
            goal = int(goal * MAX_OVERSHOOT)
            expected = worst
        remaining_work = max(expected - scan_work_done, 1000)
        remaining_heap = max(goal - heap_live, 1)
        self.assist_work_per_byte = remaining_work / remaining_heap
        self.assist_bytes_per_work = remaining_heap / remaining_work

    def end_mark(self, now_ns: int, heap_marked: int, stack_bytes: int, globals_bytes: int, *,
                 heap_live: int | None = None, heap_scan_work: int | None = None,
                 assist_ns: int = 0, idle_ns: int = 0, sweep_done: bool = False) -> None:
        """Mark termination: measure this cycle's cons/mark ratio, make the marked heap the
        new live heap (mstats' heap_live too) and commit the next goal and trigger.

        heap_live: heapLive when marking ended (default: mstats' counter now); heap_scan_work:
        the scannable heap bytes marked (default: heap_marked); assist_ns / idle_ns: CPU the
        mutator assists and the idle workers spent; sweep_done: whether everything is swept
        already (Go's sweep is concurrent, so not at this point)."""
        live = self.counters.heap_live if heap_live is None else heap_live
        scan_work = heap_marked if heap_scan_work is None else heap_scan_work
        self.last_heap_goal = self.heap_goal()
        self._measure_cons_mark(now_ns, live, (scan_work, stack_bytes, globals_bytes), assist_ns, idle_ns)
        # resetLive: what the mark found is the live heap now
        self.heap_marked = heap_marked
        self.heap_scan = self.last_heap_scan = scan_work
        self.last_stack_scan = stack_bytes
        self.globals_scan = globals_bytes
        self.triggered = NO_TRIGGER
        self.counters.heap_live = heap_marked
        self.commit_at(heap_marked, sweep_done)
        self.limiter.start_gc_transition(False, now_ns)

    def end_cycle(self, now_ns: int) -> None:
        """The world restarts after mark termination (for the CPU limiter)."""
        if self.limiter.transitioning:
            self.limiter.finish_gc_transition(now_ns)

    def assist_allowed(self, now_ns: int) -> bool:
        """Whether a mutator assist may run: not while the CPU limiter is on. Brings the
        limiter up to date first when its last update is over 10 ms old (as sysmon would)."""
        lim = self.limiter
        if now_ns - lim.last_update > LIMITER_UPDATE_PERIOD and not lim.transitioning:
            lim.update(now_ns)
        return not lim.enabled

    def mark_started(self, now_ns: int) -> None:
        """The world restarts after sweep termination (for the CPU limiter)."""
        if self.limiter.transitioning:
            self.limiter.finish_gc_transition(now_ns)

    def _measure_cons_mark(self, now_ns: int, heap_live: int, work: tuple[int, int, int], assist_ns: int,
                           idle_ns: int) -> None:
        """Go's endCycle: this cycle's cons/mark (bytes allocated during the mark against the
        scan work, each per unit of the CPU it had), and the estimate for the next cycles: the
        largest of it and the last four measured."""
        duration = now_ns - self.mark_start_ns
        utilization = BACKGROUND_UTILIZATION
        idle = 0.0
        if duration > 0:
            utilization += assist_ns / (duration * self.procs)
            idle = idle_ns / (duration * self.procs)
        scan_work = sum(work)
        if heap_live <= self.triggered or scan_work <= 0:
            return  # nothing allocated during the mark: no measurement (as Go)
        # (assists can take more than the mark's duration less the workers' assumed 25%: then
        # the ratio is negative, and Go keeps it so; at exactly 100% it is infinite)
        consumed = (heap_live - self.triggered) * (utilization + idle)
        denominator = scan_work * (1 - utilization)
        current = consumed / denominator if denominator else float("inf")
        old = self.cons_mark
        self.cons_mark = max([current, *self.last_cons_mark])
        self.last_cons_mark = self.last_cons_mark[1:] + [current]
        if godebug.runtime_setting("gcpacertrace") > 0:
            expected = self.last_heap_scan + self.last_stack_scan + self.globals_scan
            osio.stderr_write(
                f"pacer: {int(utilization * 100)}% CPU ({int(BACKGROUND_UTILIZATION * 100)} exp.) for "
                f"{work[0]}+{work[1]}+{work[2]} B work ({expected} B exp.) in {self.triggered} B -> "
                f"{heap_live} B (\u2206goal {heap_live - self.last_heap_goal}, cons/mark {print_float(old)})\n"
                .encode())


controller = GCController(gcsettings.current)


def gcinit() -> None:
    """A program starts: GOGC and GOMEMLIMIT from its environment, a fresh pacer and fresh
    GC statistics (Go's gcinit)."""
    gcsettings.reset()
    gcclock.reset()
    # the same object, set up again: modules that imported it keep a valid reference
    controller.__init__(gcsettings.current, controller.memory_figures, controller.sweep_done)
    from gomem.runtime import gctrace
    gctrace.reset()


def set_gc_percent(percent: int) -> int:
    return controller.set_gc_percent(percent)


def set_memory_limit(limit: int) -> int:
    return controller.set_memory_limit(limit)
