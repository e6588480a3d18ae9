"""The CPU profiler behind runtime/pprof's StartCPUProfile/StopCPUProfile (docs/profiling.md).

Go samples at 100 Hz of CPU time (SIGPROF from setitimer(ITIMER_PROF)) the stack of whatever
runs on the thread the signal hits. gomem runs the program on one thread of its own
(compiler/driver.py: "gomem-main"), and Python runs signal handlers only on the main thread,
which is blocked joining the program thread; a handler could not be installed from the
program (signal.signal works only on the main thread) either. So the profiler is a sampling
thread instead:

- every 10 ms of wall time it wakes, reads the program thread's own CPU clock
  (``time.pthread_getcpuclockid``: user + system time of that thread only) and, for each
  whole 10 ms of CPU the thread used since the last sample, counts one sample of the
  program thread's current Python frame (``sys._current_frames``). A program that sleeps or
  waits uses no CPU and gets no samples, as in Go.
- the frame is turned into Go frames by ``callers.stack_frames``: the running goroutine's Go
  functions, leaf first, then ``runtime.main`` (main goroutine) or ``runtime.goexit``, as
  Go's CPU profile shows them. gomem's Python internals never appear; time spent in a std
  function gomem implements in Python is counted to its Go caller (its own frame is absent).
  Time outside any goroutine (the scheduler between goroutines) is counted to
  ``runtime._System``, as Go names time it cannot attribute.
- the sample carries the running goroutine's profiler labels (runtime/pprof's *labelMap,
  ``G.labels``): as in Go, samples are counted per stack and label map (the same labels in
  another map are another entry).
- the sample is taken when the sampler gets the GIL, i.e. at the program thread's next
  switch point (at most ``sys.getswitchinterval()``, 5 ms, later), which is a point in the
  same loop or function: the stacks are right, the ratio between functions is kept (the
  3:1 test in tests/pprof/test_cpu_profile.py).

Overhead: none when not profiling (no thread, no hook anywhere in compiled code); while
profiling, 100 wake-ups a second, each a GIL hand-over and a walk of the stack
(docs/profiling.md gives the figure on a benchmark).
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from typing import Any

from gomem.runtime import callers as _callers

HZ = 100
PERIOD_NS = 1_000_000_000 // HZ


class CPUProfiler:
    """One profile: started on the program thread, stopped there; ``counts`` by (stack,
    labels: the running goroutine's *labelMap or None)."""

    def __init__(self) -> None:
        self.thread_id = threading.get_ident()
        self.clock = time.pthread_getcpuclockid(self.thread_id)
        self.counts: Counter[tuple[tuple[_callers.GoFrame, ...], Any]] = Counter()
        self.start_ns = time.time_ns()
        self.duration_ns = 0
        self._stop = threading.Event()
        self._last_cpu = time.clock_gettime_ns(self.clock)
        self._sampler = threading.Thread(target=self._run, name="gomem-cpuprof", daemon=True)
        self._sampler.start()

    def _run(self) -> None:
        while not self._stop.wait(1 / HZ):
            self.sample()

    def sample(self) -> None:
        """Count the CPU the program thread used since the last sample, at its stack now."""
        try:
            cpu = time.clock_gettime_ns(self.clock)
        except OSError:  # the program thread ended
            return
        n = (cpu - self._last_cpu) // PERIOD_NS
        if n <= 0:
            return
        self._last_cpu += n * PERIOD_NS
        frame = sys._current_frames().get(self.thread_id)
        stack = running_stack(frame)
        self.counts[stack, None if stack[0] is _SYSTEM else running_labels()] += n

    def stop(self) -> None:
        self._stop.set()
        self._sampler.join()
        self.sample()  # (the CPU used since the sampler's last wake-up, at the stop's stack)
        self.duration_ns = time.time_ns() - self.start_ns


_SYSTEM = _callers.GoFrame("runtime._System", "", 0, 0, False)


def running_stack(frame: Any) -> tuple[_callers.GoFrame, ...]:
    """The Go stack of the program thread at `frame`, as a CPU sample shows it."""
    frames = _callers.stack_frames(frame, 512)
    if not frames:
        return (_SYSTEM,)
    root = _callers.goroot() + "/src/runtime/"
    if frames[-1].function == "runtime.main":  # (package initialisation: already down to it)
        return tuple(frames)
    from gomem.runtime import sched
    g = sched.current.cur
    if g is not None and g.goid == 1:
        return (*frames, _callers.GoFrame("runtime.main", root + "proc.go", 272, 147, False))
    return (*frames, _callers.GoFrame("runtime.goexit", root + "asm_amd64.s", 1700, 1700, False))


def running_labels() -> Any:
    """The profiler labels of the goroutine running now (None: none, or no goroutine)."""
    from gomem.runtime import sched
    g = sched.current.cur
    return None if g is None else g.labels


active: CPUProfiler | None = None


def start() -> bool:
    """Start profiling; False when a profile is already being taken."""
    global active
    if active is not None:
        return False
    active = CPUProfiler()
    return True


def stop() -> CPUProfiler | None:
    """Stop profiling; the finished profile (None when none was being taken)."""
    global active
    prof, active = active, None
    if prof is not None:
        prof.stop()
    return prof
