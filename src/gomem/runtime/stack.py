"""Goroutine stacks of Go's sizes (docs/stacks.md).

Each goroutine has a stack of a power-of-two size: 2 KiB when the program starts (Go's
``startingStackSize``, recomputed at each GC from the stacks the cycle scanned), doubled with
a copy when a call needs more than what is left above the guard (928 bytes on linux/amd64),
halved during a GC when less than a quarter is used, and never past the limit
(``debug.SetMaxStack``, 1e9 bytes by default): a goroutine that needs a bigger stack dies with
Go's fatal error "stack overflow".

What a goroutine uses is the sum of the frames of the Go functions on it. The compiler
records each function's frame size (``__framesizes__`` in the module namespace: gc's frame
estimated from the parameters, results and locals kept on the stack; see
``compiler/codegen.py: frame_bytes``). Counting every call would put work on the hottest path
of compiled code, so the model is lazy:

- a function whose frame is bigger than ``panic.FRAME_BYTES`` adds its size to its
  goroutine's ``G.stk`` on entry (``sched.stack_push``) and compares the sum with
  ``G.slimit``, the point where the stack as last measured runs out; past it,
  ``morestack`` measures the goroutine's real depth (a walk over its Python frames, as Go's
  copy walks the frames) and grows the stack by doubling, or ends the program;
- other frames are only counted when stacks are observed (``stack_inuse``, ``shrink_stacks``,
  ``morestack``): then each goroutine's depth is measured and its stack grown to fit. A
  deep recursion of small frames that has returned before anything looked is not seen;
- the depth of small frames is also bounded by Python's recursion limit (``panic.MAX_DEPTH``
  frames of ``panic.FRAME_BYTES`` each): the overflow of a runaway recursion.

Stack memory is modelled as Go's stackalloc holds it: stacks of 2, 4, 8 and 16 KiB come from
per-order pools of 32 KiB spans through a per-P cache (refilled and drained 16 KiB at a time);
bigger stacks have spans of their own. ``stack_inuse()`` is the bytes of those spans
(MemStats.StackInuse); a dead goroutine keeps its stack if it has the starting size, for the
next goroutine to reuse, as Go's free list of g's does. Past Go's start-up stacks, the spans
are pages lent by the heap model (mheap.alloc_manual) when it has them.
"""

from __future__ import annotations

import sys
from typing import Any

FIXED_STACK = 2048  # Go's minimum and initial stack size on linux
STACK_GUARD = 928  # stackGuard: 800 bytes for nosplit chains + 128 for small frames
STACK_NOSPLIT = 800
MAX_STACK_DEFAULT = 1_000_000_000  # maxstacksize on 64-bit systems
MAX_STACK_CEILING = 2 * MAX_STACK_DEFAULT  # maxstackceiling: SetMaxStack cannot go past it
NUM_ORDERS = 4  # pool stacks: 2, 4, 8, 16 KiB
POOL_SPAN_BYTES = 32 << 10  # _StackCacheSize: the pool's span size and the cache's high mark
CACHE_REFILL = POOL_SPAN_BYTES // 2
PAGE_SIZE = 8192

# Measured with Go 1.23 (linux/amd64): StackInuse is 262144 when main.main starts; the main
# goroutine's stack has grown to 32 KiB by then, and 15 more 2 KiB stacks fit before a new
# pool span is needed (16 goroutines parked on a channel take +32768).
STARTUP_STACK_INUSE = 262144
MAIN_STARTING_STACK = 32 << 10

# Root frames below a goroutine's first function: runtime.goexit's 8 bytes, and for the main
# goroutine runtime.main's frame (0x90 bytes in Go 1.23).
GOEXIT_FRAME = 8
RUNTIME_MAIN_FRAME = 0x90

GOMEM_CODE = "<gomem>"

# what a new goroutine's stack holds before its function's frames: the guard and goexit
START_RESERVE = STACK_GUARD + GOEXIT_FRAME


class Stack:
    """One stack allocation: its size and, for pool stacks, the span it was carved from; a
    large stack's pages (the heap's manual span) in mspan."""

    __slots__ = ("size", "span", "lo", "mspan")

    def __init__(self, size: int, span: _PoolSpan | None, lo: int, mspan: Any = None):
        self.size = size
        self.span = span
        self.lo = lo
        self.mspan = mspan


# the stack of a dead g whose stack a GC freed (size 0: never the starting size)
NO_STACK = Stack(0, None, 0)


class _PoolSpan:
    """A 32 KiB span of the stack pool, carved into stacks of one order."""

    __slots__ = ("order", "free", "allocated", "mspan")

    def __init__(self, order: int, base: int, mspan: Any = None):
        self.order = order
        self.mspan = mspan
        size = FIXED_STACK << order
        self.free = [Stack(size, self, base + i * size) for i in range(POOL_SPAN_BYTES // size - 1, -1, -1)]
        self.allocated = 0


def round_pow2(n: int) -> int:
    """The smallest power of two at least n."""
    return 1 << max(0, (n - 1).bit_length())


class Stacks:
    """The stacks of one program run: the pool and cache, sizes, settings and statistics."""

    def __init__(self) -> None:
        self.max_stack = MAX_STACK_DEFAULT  # maxstacksize (debug.SetMaxStack)
        self.starting_size = FIXED_STACK  # startingStackSize (adaptive, recomputed at GC)
        self.gc_running = False
        self.pools: list[list[_PoolSpan]] = [[] for _ in range(NUM_ORDERS)]  # spans with free stacks; front last
        self.cache: list[list[Stack]] = [[] for _ in range(NUM_ORDERS)]  # per-P stack cache; top last
        self.cache_bytes = [0] * NUM_ORDERS
        self.held_spans: list[_PoolSpan] = []  # emptied during a GC: released at its end
        self.held_large: list[Stack] = []
        self.inuse = STARTUP_STACK_INUSE - POOL_SPAN_BYTES - MAIN_STARTING_STACK  # the runtime's own stacks
        self.next_addr = 0xc000200000  # addresses of stacks without heap pages (see _pages)
        self.copies = 0  # stack copies (growth and shrinking), as Go's copystack
        self.spare: list[Stack] = []  # stacks of dead g's whose G the scheduler did not keep
        # the runtime's start-up stacks: one 2 KiB stack taken through the cache (which
        # leaves 15 reachable before a new span), then main's 32 KiB stack
        self.heap: Any = None  # (the start-up stacks are in Go's start-up heap figures)
        self.alloc(FIXED_STACK)
        self.heap = _heap_with_manual_spans()

    # -- allocation (stackalloc / stackfree) ---------------------------------------------

    def _pages(self, size: int) -> tuple[int, Any]:
        """Pages for a stack span: lent by the heap model (mheap.alloc_manual) when it has
        one, as Go's stack spans come out of heap pages; else an address of our own."""
        self.inuse += size
        if self.heap is not None:
            s = self.heap.alloc_manual(size // PAGE_SIZE)
            return s.base, s
        a = self.next_addr
        self.next_addr += size
        return a, None

    def _return_pages(self, size: int, mspan: Any) -> None:
        self.inuse -= size
        if mspan is not None:
            self.heap.free_manual(mspan)

    def _pool_alloc(self, order: int) -> Stack:
        pool = self.pools[order]
        if not pool:
            pool.append(_PoolSpan(order, *self._pages(POOL_SPAN_BYTES)))
        s = pool[-1]
        x = s.free.pop()
        s.allocated += 1
        if not s.free:
            pool.pop()
        return x

    def _pool_free(self, x: Stack) -> None:
        s = x.span
        assert s is not None
        pool = self.pools[s.order]
        if not s.free:
            pool.append(s)
        s.free.append(x)
        s.allocated -= 1
        if s.allocated == 0:
            pool.remove(s)
            if self.gc_running:
                self.held_spans.append(s)
            else:
                self._return_pages(POOL_SPAN_BYTES, s.mspan)

    def alloc(self, size: int) -> Stack:
        """A new stack of size bytes (a power of two)."""
        if size < POOL_SPAN_BYTES:
            order = (size // FIXED_STACK).bit_length() - 1
            c = self.cache[order]
            if not c:  # stackcacherefill: half a cache's worth from the pool
                while self.cache_bytes[order] < CACHE_REFILL:
                    c.append(self._pool_alloc(order))
                    self.cache_bytes[order] += size
            self.cache_bytes[order] -= size
            return c.pop()
        return Stack(size, None, *self._pages(size))

    def free(self, x: Stack) -> None:
        size = x.size
        if x.span is not None:
            order = x.span.order
            if self.cache_bytes[order] >= POOL_SPAN_BYTES:  # stackcacherelease down to half
                c = self.cache[order]
                while self.cache_bytes[order] > CACHE_REFILL:
                    self._pool_free(c.pop())
                    self.cache_bytes[order] -= size
            self.cache[order].append(x)
            self.cache_bytes[order] += size
        elif self.gc_running:
            self.held_large.append(x)
        else:
            self._return_pages(size, x.mspan)

    # -- goroutines ----------------------------------------------------------------------

    def start_main(self, g: Any) -> None:
        heap, self.heap = self.heap, None  # (in Go's start-up figures)
        g.sstack = Stack(MAIN_STARTING_STACK, None, *self._pages(MAIN_STARTING_STACK))
        self.heap = heap
        g.stk = 0
        g.slimit = MAIN_STARTING_STACK - START_RESERVE - RUNTIME_MAIN_FRAME

    # A dead goroutine's G, which the scheduler keeps for the next go statement as Go keeps
    # dead g's, keeps its stack in G.sstack (Go keeps a dead g's stack when it has the
    # starting size); a G the scheduler does not keep leaves its stack in `spare`. So a go
    # statement that reuses a G does no stack work (sched.Scheduler.go); a G without a stack
    # (NO_STACK: freed at exit or by a GC) gets one when its goroutine is measured (`ensure`:
    # its limit is negative, so its first big frame measures it).

    def start_new(self, g: Any) -> None:
        """A go statement that makes a new G: a spare stack, or a new one (gfget, malg)."""
        stk = g.sstack = self.spare.pop() if self.spare else self.alloc(self.starting_size)
        g.stk = 0
        g.slimit = stk.size - START_RESERVE

    def exit_resized(self, g: Any) -> None:
        """A goroutine ends with a stack that does not have the starting size (it grew, or
        the starting size changed): the stack is freed (gfput); the G gets one when it runs
        a goroutine again and that is measured (`ensure`)."""
        if g.sstack is not NO_STACK:
            self.free(g.sstack)
            g.sstack = NO_STACK

    def ensure(self, g: Any) -> Stack:
        """A running goroutine whose G had lost its stack gets one of the starting size (the
        stack Go's gfget allocates when it reuses such a g)."""
        stk = g.sstack
        if stk is NO_STACK:
            stk = g.sstack = self.spare.pop() if self.spare else self.alloc(self.starting_size)
        return stk

    def drop(self, g: Any) -> None:
        """The scheduler does not keep g's G: its stack waits in `spare` for a new G."""
        if g.sstack is not NO_STACK:
            self.spare.append(g.sstack)
            g.sstack = NO_STACK

    def free_dead_stacks(self, gs: list[Any]) -> None:
        """GC time: the g's on Go's global free list lose their stacks. Go's per-P list keeps
        up to 63 dead g's and moves all but 31 to the global list when it reaches 64; here the
        dead g's past the first 31 count as global (gs: the scheduler's dead G's, oldest first)."""
        n = max(0, len(gs) + len(self.spare) - 31) if len(gs) + len(self.spare) >= 64 else 0
        while n and self.spare:
            self.free(self.spare.pop())
            n -= 1
        for g in gs:
            if not n:
                break
            if g.sstack is not NO_STACK:
                self.free(g.sstack)
                g.sstack = NO_STACK
                n -= 1

    # -- measuring, growing, shrinking ---------------------------------------------------

    def grow(self, g: Any, used: int, need: int) -> None:
        """Grow g's stack by doubling (each step a copy) until `need` more bytes fit above the
        guard after `used`; Go's fatal error when the size would pass the limit."""
        stk = g.sstack
        size = stk.size
        while size - used < need + STACK_GUARD:
            size *= 2
            if size > self.max_stack or size > MAX_STACK_CEILING:
                stack_overflow(self, stk, used)
            new = self.alloc(size)
            self.free(stk)
            stk = new
            self.copies += 1
        g.sstack = stk

    def observe(self, g: Any, frame: Any) -> int:
        """Measure g's depth from its innermost frame and grow its stack to fit; the used bytes."""
        used = _used(g, frame)
        self.ensure(g)
        self.grow(g, used, 0)
        g.slimit = g.stk + g.sstack.size - STACK_GUARD - used
        return used

    def shrink(self, g: Any, used: int) -> None:
        """GC time: halve the stack when less than a quarter is used (shrinkstack)."""
        stk = g.sstack
        if stk is NO_STACK:
            return
        old = stk.size
        new_size = old // 2
        if new_size < FIXED_STACK or used + STACK_NOSPLIT >= old // 4:
            return
        new = self.alloc(new_size)
        self.free(stk)
        g.sstack = new
        g.slimit = g.stk + new_size - STACK_GUARD - used
        self.copies += 1


def _heap_with_manual_spans() -> Any:
    """The heap model's mheap when it lends pages for stacks (alloc_manual/free_manual)."""
    from gomem.runtime import malloc
    heap = getattr(malloc, "heap", None)
    return heap if hasattr(heap, "alloc_manual") and hasattr(heap, "free_manual") else None


def frames_bytes(frame: Any) -> int:
    """The Go stack bytes of the compiled functions from `frame` outwards (their frame sizes,
    from each module's ``__framesizes__``)."""
    total = 0
    while frame is not None:
        code = frame.f_code
        if code.co_filename == GOMEM_CODE:
            sizes = frame.f_globals.get("__framesizes__")
            if sizes is not None:
                total += sizes.get(code.co_name, 0)
        frame = frame.f_back
    return total


def _stacks() -> Stacks | None:
    from gomem.runtime import sched
    s = sched.current
    return getattr(s, "stacks", None) if s is not None else None


def _used(g: Any, frame: Any) -> int:
    """The stack bytes goroutine g uses, measured from its innermost frame."""
    return frames_bytes(frame) + (RUNTIME_MAIN_FRAME if g.goid == 1 else 0) + GOEXIT_FRAME


def morestack(g: Any, size: int) -> None:
    """A function with a big frame (size bytes) found its goroutine's stack too small as
    last measured (sched.stack_push): measure the real depth, then grow the stack or end
    the program, as Go's newstack does."""
    st = _stacks()
    if st is None or not hasattr(g, "sstack"):  # code run outside a program
        stack_overflow(None, None, None)
    st.ensure(g)
    frame = sys._getframe(2)  # the function being entered: its frame is already on the stack
    used = _used(g, frame)
    st.grow(g, used - size, size)
    g.slimit = g.stk + size + g.sstack.size - STACK_GUARD - used


def observe_all() -> None:
    """Measure every goroutine's depth and grow the stacks to fit (what Go's stacks would
    have grown to by now)."""
    from gomem.runtime import sched
    s = sched.current
    st = _stacks()
    if st is None:
        return
    for g in list(s.allgs.values()):
        frame = sys._getframe(1) if g is s.cur else g.gr_frame
        st.observe(g, frame)


def stack_inuse() -> int:
    """MemStats.StackInuse: bytes in stack spans (pool spans and large stacks)."""
    st = _stacks()
    if st is None:
        return STARTUP_STACK_INUSE
    observe_all()
    return st.inuse


def stack_sys() -> int:
    """MemStats.StackSys: StackInuse plus stack memory obtained from the OS directly (none
    on linux without cgo)."""
    return stack_inuse()


def shrink_stacks() -> None:
    """The stack work of one GC cycle, for the collector to call once per cycle: each
    goroutine's stack is measured (as the mark phase scans it) and halved when less than a
    quarter is used; the stacks of dead g's on the global free list are freed; the starting
    size of new goroutines becomes the average scanned stack (adaptive stack start); pool
    spans emptied meanwhile go back to the heap at the end."""
    from gomem.runtime import sched
    s = sched.current
    st = _stacks()
    if st is None:
        return
    st.gc_running = True
    scanned = n = 0
    for g in list(s.allgs.values()):
        frame = sys._getframe(1) if g is s.cur else g.gr_frame
        used = _used(g, frame)
        st.ensure(g)
        st.shrink(g, used)
        scanned += used
        n += 1
    st.free_dead_stacks(s.gfree)  # markrootFreeGStacks
    # gcComputeStartingStackSize (adaptive stack start, on by default)
    if n:
        avg = scanned // n + STACK_GUARD
        st.starting_size = round_pow2(min(max(avg, FIXED_STACK), st.max_stack))
    for g in s.gfree:  # dead g's whose stacks no longer have the starting size lose them
        if g.sstack.size != st.starting_size:
            st.exit_resized(g)
    for x in [x for x in st.spare if x.size != st.starting_size]:
        st.spare.remove(x)
        st.free(x)
    st.gc_running = False
    for sp in st.held_spans:
        st._return_pages(POOL_SPAN_BYTES, sp.mspan)
    st.held_spans.clear()
    for x in st.held_large:
        st._return_pages(x.size, x.mspan)
    st.held_large.clear()


def set_max_stack(n: int) -> int:
    """debug.SetMaxStack: the previous limit. Go keeps it as a uintptr (a negative limit is
    a huge one, and comes back negative). Also moves Python's recursion limit, which bounds
    how deep small frames may go (panic.FRAME_BYTES each): to what the new biggest stack
    holds, but not below the main goroutine's starting stack or the current depth (stacks
    that are already bigger than the limit keep their size, as in Go)."""
    st = _stacks()
    old = st.max_stack if st is not None else MAX_STACK_DEFAULT
    if st is not None:
        st.max_stack = n % (1 << 64)
    from gomem.runtime import panic
    limit = max(max_stack_size(n % (1 << 64)), MAIN_STARTING_STACK) // panic.FRAME_BYTES
    sys.setrecursionlimit(max(limit, _depth() + 50))
    return old - (1 << 64) if old >= 1 << 63 else old


def max_stack_size(max_stack: int) -> int:
    """The biggest stack a goroutine can have: a power of two within the limit and the ceiling."""
    lim = min(max_stack, MAX_STACK_CEILING)
    return 1 << (lim.bit_length() - 1) if lim >= FIXED_STACK else FIXED_STACK


def _depth() -> int:
    n = 0
    f = sys._getframe(1)
    while f is not None:
        n += 1
        f = f.f_back
    return n


def limit_text(st: Stacks | None) -> str:
    mx = st.max_stack if st is not None else MAX_STACK_DEFAULT
    lim = mx if mx < MAX_STACK_CEILING else MAX_STACK_CEILING
    return f"runtime: goroutine stack exceeds {lim}-byte limit\n"


def stack_overflow(st: Stacks | None, stk: Stack | None, used: int) -> None:
    """Go's fatal error for a stack that cannot grow (see panic.stack_overflow)."""
    from gomem.runtime import panic
    panic.stack_overflow(overflow_detail(st, stk, used))


def overflow_detail(st: Stacks | None, stk: Stack | None, used: int | None) -> str:
    """The lines Go prints before `fatal error: stack overflow`."""
    text = limit_text(st)
    if stk is not None and stk.lo:
        hi = stk.lo + stk.size
        sp = hi - used if used is not None and 0 < used < stk.size else stk.lo + STACK_GUARD - 0x10
        text += f"runtime: sp={sp:#x} stack=[{stk.lo:#x}, {hi:#x}]\n"
    return text


def depth_overflow_detail() -> str:
    """The lines before `fatal error: stack overflow` when small frames reached Python's depth
    limit: the running goroutine's stack has grown to the biggest size the limit allows."""
    from gomem.runtime import sched
    st = _stacks()
    g = sched.current.cur if sched.current is not None else None
    stk = getattr(g, "sstack", NO_STACK)
    if st is None or stk is NO_STACK:
        return limit_text(st)
    full = Stack(max_stack_size(st.max_stack), None, stk.lo)
    return overflow_detail(st, full, None)


# Go's frames of the runtime in "runtime stack:" when a stack cannot grow (Go 1.23.5)
_THROW_FRAMES = (("runtime.throw", "panic.go", 1067, 1066, True), ("runtime.newstack", "stack.go", 1117, 964, False),
                 ("runtime.morestack", "asm_amd64.s", 621, 594, False))
MAIN_GP = 0xc0000061c0  # the main goroutine's g in Go 1.23 on linux/amd64
MAIN_MP = 0x5538c0  # m0 (its address depends on the binary: one Go printed)


def overflow_trace(frame: Any, goid: int) -> str:
    """What Go prints after `fatal error: stack overflow`: the runtime's frames that found
    the overflow, then the goroutine (with gp/m as a fatal error shows it) and its frames: the
    innermost and outermost 50, with the number elided between them."""
    from gomem.runtime import callers
    root = callers.goroot() + "/src/runtime/"
    out = ["\nruntime stack:\n",
           callers.format_frames([callers.GoFrame(n, root + f, line, start, args)
                                  for n, f, line, start, args in _THROW_FRAMES])]
    gp = f"gp={MAIN_GP:#x} m=0 mp={MAIN_MP:#x}" if goid == 1 else f"gp={MAIN_GP + 0x540 * goid:#x} m=0 mp={MAIN_MP:#x}"
    out.append(f"\ngoroutine {goid} {gp} [running]:\n")
    half = callers.TRACEBACK_MAX_FRAMES // 2
    inner, between, outer = callers.stack_ends(frame, half)
    if between is None:  # too deep to walk to the end in reasonable time and memory
        # (Go prints the outermost frames too: gomem gives the innermost 100)
        out.append(callers.format_frames(callers.stack_frames(frame, 2 * half), complete=False))
        return "".join(out)
    outer += callers.goroutine_root_frames(goid == 1)
    extra = len(inner) + len(outer) - 2 * half  # (the root frames push the outermost out)
    if between or extra > 0:
        if extra > 0:
            outer = outer[extra:]
            between += extra
        out.append(callers.format_frames(inner))
        out.append(f"...{between} frames elided...\n")
        out.append(callers.format_frames(outer))
    else:
        out.append(callers.format_frames(inner + outer))
    return "".join(out)
