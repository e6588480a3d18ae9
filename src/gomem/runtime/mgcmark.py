"""Marking: roots, the grey queue and the typed scan of every representation of a Go value.

Colours as in Go (go-runtime.md 5.3): an object is white while its slot's mark bit
(``MSpan.gcmark_bits``) is clear, grey once the bit is set and the object waits in the
``Marker``'s queue, black once it has been scanned. An object's slot is found through one
lookup, ``malloc.address_of_heap(obj)`` → ``heap.span_of(addr)`` → slot index (an interior
address falls in its container's slot); 0 means "not a heap object": such objects (values
that stay on the stack, struct values inside other values) have no mark bit, so they are
scanned at most once per cycle through an identity set instead, which also ends cycles among
them.

How a value is scanned depends on its Go type when the type is known (globals, struct fields,
pointer targets, slice and map elements, interface values: ``value_scanner(t)`` builds one
function per type, skipping everything without pointers), and on its Python type where gomem
does not keep a Go type (goroutine frames, closure cells, channel buffers, pending ``go``
arguments, deferred calls, timers: ``scan_dynamic``). Both are exact for gomem's
representations: integers are never pointers, and every pointer is a Python reference to
the object it points to (docs/gc.md, "What is scanned").

Marking is resumable: ``Marker.drain(n)`` scans at most n grey objects and says whether work
remains, so that the scheduler can interleave it with goroutines; ``runtime.GC`` drains to the
end. While a cycle marks, the hybrid write barrier (``write_barrier``) shades both the
overwritten and the stored value, and objects allocated since mark start are black
(``allocated_black``): stacks are scanned once and never again.
"""

from __future__ import annotations

import sys
from types import CellType, FunctionType, MethodType
from typing import Any, Callable

from gomem.runtime import barrier, liveness, malloc, mfinal, sudog
from gomem.runtime.chan import Chan as ChanObj
from gomem.runtime.chan import Sel, Sudog
from gomem.runtime.mheap import ARENA_BASE, PAGE_SHIFT, PAGES_PER_ARENA
from gomem.runtime.mspan import SPAN_IN_USE, MSpan
from gomem.runtime.panic import GoPanic
from gomem.runtime.values import (
    ArrayView,
    Box,
    ElemRef,
    FieldRef,
    GoMap,
    GoStruct,
    Iface,
    Slice,
)
from gomem.types.sizeclasses import MALLOC_HEADER_SIZE
from gomem.types.types import Array, Basic, Chan, Interface, Map, Pointer, Signature, Struct, Type
from gomem.types.types import Slice as SliceType

ScanFn = Callable[["Marker", Any], None]
# Go's markroot takes the data and BSS segments in blocks of this many bytes, one job each
ROOT_BLOCK_BYTES = 256 << 10
# The heap scan work of Go 1.23's own runtime objects in a program without goroutines of its
# own (gcpacertrace's first work figure for churn.go, whose own heap holds no pointers)
RUNTIME_HEAP_SCAN = 18592
ARENA_PAGE_BITS = PAGES_PER_ARENA.bit_length() - 1
ARENA_PAGE_MASK = PAGES_PER_ARENA - 1
assert 1 << ARENA_PAGE_BITS == PAGES_PER_ARENA

# Addresses that are live whatever the roots say: the runtime's own objects (Go's g structs,
# which Go never frees) — see keep_forever.
_forever: list[int] = []
# span -> bitmap of the slots allocated before the program's main started (the runtime's and
# the standard packages' start-up objects, which gomem's roots cannot see): see pin_startup_heap
_pinned: dict[MSpan, bytearray] = {}
# heap address of a map or channel -> addresses of the objects only it references (bucket
# arrays, a channel's separate buffer): marked with their owner (see add_dependent)
dependents: dict[int, list[int]] = {}


# the package variables of the standard packages written in Python (module, attribute, Go
# type): roots, as the compiled programs' __globals__ are (see add_package_variables)
_std_variables: list[tuple[Any, str, Type]] = []


def add_package_variables(module: Any, variables: list[tuple[str, Type]]) -> None:
    """The variables a standard package's api.go declares live as attributes of its Python
    module (os.Args, flag.CommandLine, io.EOF): they are roots. A program may store a new
    heap value in one (os.Args = ...), which nothing else references."""
    for name, t in variables:
        if t.ptrdata:
            _std_variables.append((module, name, t))


def keep_forever(addr: int) -> int:
    """Mark the object at addr in every cycle (the runtime keeps it); returns addr."""
    _forever.append(addr)
    return addr


def add_dependent(owner: Any, addr: int) -> None:
    """addr is an allocation that Go reaches only through owner (a map's bucket array, a
    channel's buffer): it lives as long as owner does."""
    a = malloc.address_of_heap(owner)
    if a:
        dependents.setdefault(a, []).append(addr)


def allocated_bitmap(s: MSpan, freeindex: int | None = None) -> bytearray:
    """The bitmap of s's allocated slots (below freeindex, or with their allocation bit)."""
    n = s.nelems
    fi = s.freeindex if freeindex is None else freeindex
    bits = bytearray(s.alloc_bits) if s.alloc_bits is not None else bytearray((n + 7) // 8)
    full, rest = divmod(min(fi, n), 8)
    for b in range(full):
        bits[b] = 0xFF
    if rest:
        bits[full] |= (1 << rest) - 1
    return bits


def pin_startup_heap() -> None:
    """The program's main is about to start: every object allocated so far (Go's start-up
    heap, the standard packages' initialization) is kept by every cycle, as the runtime's and
    the packages' own references keep them in Go (gomem's roots do not see Python modules)."""
    _pinned.clear()
    mc = malloc.mcache
    for spc in range(len(mc.alloc)):
        mc._sync(spc)
    for table in malloc.heap.span_table.values():
        for s in table:
            if s is not None and s.state == SPAN_IN_USE and s not in _pinned:
                s.sync()
                _pinned[s] = allocated_bitmap(s)


# ---------------------------------------------------------------------------------------------
# The marker


class Marker:
    """One cycle's mark state: the grey queue and the identity set of non-heap objects.

    ``mark_slot(span, index) -> bool`` sets a mark bit and says whether it was clear; the
    regular marker uses the spans' own bits, gccheckmark a bitmap of its own."""

    __slots__ = ("queue", "visited", "interior", "mark_slot", "span_of", "address_of", "scanned",
                 "on_mark", "fast", "span_table", "shade", "counts", "jobs", "stack_scan",
                 "globals_scan", "runtime_scan", "black_from", "peak_queue")

    def __init__(self, mark_slot: Callable[[MSpan, int], bool] = MSpan.mark) -> None:
        self.queue: list[tuple[Any, ScanFn]] = []
        # [bytes marked (Go's bytesMarked: the slot sizes of every object marked, counted as
        # marking goes so that mark termination need not look at the spans), heap scan work
        # (Go's heapScanWork: of each heap object queued to be scanned, its bytes up to the end
        # of its last pointer word), objects marked]
        self.counts = [0, 0, 0]
        self.stack_scan = -1               # stack bytes the stack job scanned (-1: not yet)
        self.globals_scan = 0              # data and BSS bytes the globals jobs scanned
        self.runtime_scan = 0              # the runtime's own heap objects' scan work (modelled)
        # during a concurrent mark, span -> the slot from which it allocates black (the
        # collector fills it): a slot allocated from there on is black, as Go sets its mark
        # bit at allocation, so marking it never makes it grey
        self.black_from: dict[MSpan, int] = {}
        self.peak_queue = 0                # the longest the grey queue was after a root job (mgcwork)
        # root jobs (Go's markroot): functions of the marker, taken before the grey queue;
        # popped from the end
        self.jobs: list[Callable[[Marker], None]] = []
        self.visited: dict[int, Any] = {}  # id -> object (held, so that its id is not reused)
        self.interior: set[int] = set()   # slots marked through an interior pointer only
        self.mark_slot = mark_slot
        self.span_of = malloc.heap.span_of
        self.span_table = malloc.heap.span_table
        self.fast = mark_slot is MSpan.mark  # (the regular marker's bit is set inline)
        self.address_of = malloc.address_of_heap
        self.scanned = 0                   # objects scanned (grey -> black)
        self.on_mark: Callable[[Any, MSpan, int], None] | None = None  # (obj, span, slot): tests
        self.shade = self._make_shade()

    def _make_shade(self) -> Callable[[Any, ScanFn | None], None]:
        """The marker's ``shade(obj, scan)``: obj is reachable: mark its slot (grey if it has
        pointers to scan, else black); a non-heap object is queued for scanning once. The hot
        path of marking, hence a closure over locals with the span lookup and the regular
        marker's bit inline."""
        address_of = self.address_of
        span_table_get = self.span_table.get
        fast = self.fast
        mark_slot = self.mark_slot
        queue_append = self.queue.append
        visited = self.visited
        interior_slots = self.interior
        counts = self.counts
        marker = self
        tail_get = _scan_tail.get
        black_from = self.black_from

        def shade(obj: Any, scan: ScanFn | None) -> None:
            a = address_of(obj)
            if a:
                p = (a - ARENA_BASE) >> PAGE_SHIFT
                table = span_table_get(p >> ARENA_PAGE_BITS) if p >= 0 else None
                s = table[p & ARENA_PAGE_MASK] if table is not None else None
                if s is not None and s.state == SPAN_IN_USE:
                    size = s.elemsize
                    rel = a - s.base
                    i = rel // size
                    off = rel - i * size
                    # an object starts at its slot (past the malloc header of scan objects > 512 B)
                    interior = off != 0 and (off != MALLOC_HEADER_SIZE or s.spanclass & 1 or size <= 512
                                             or s.spanclass < 2)
                    if fast:
                        bits = s.gcmark_bits
                        if bits is None:
                            bits = s.gcmark_bits = bytearray((s.nelems + 7) >> 3)
                        byte = i >> 3
                        bit = 1 << (i & 7)
                        fresh = not bits[byte] & bit
                        if fresh:
                            bits[byte] |= bit
                    else:
                        fresh = mark_slot(s, i)
                    if fresh:
                        counts[0] += size
                        counts[2] += 1
                        if marker.on_mark is not None:
                            marker.on_mark(obj, s, i)
                        if black_from:
                            start = black_from.get(s)
                            if start is not None and i >= start:
                                ab = s.alloc_bits
                                if ab is None or not ab[i >> 3] & (1 << (i & 7)):
                                    return  # allocated during this mark: black already (allocated_black)
                        if dependents:
                            deps = dependents.get(a)
                            if deps:
                                for d in deps:
                                    marker.mark_address(d)
                        if not interior:
                            if scan is not None:
                                counts[1] += size - tail_get(scan, 0)
                                queue_append((obj, scan))
                            return
                        # the container's own fields are scanned when it is reached itself
                        interior_slots.add(a - off)
                        if scan is None:
                            return
                    elif not interior:
                        if interior_slots and (a - off) in interior_slots:
                            interior_slots.discard(a - off)
                            if scan is not None:
                                queue_append((obj, scan))
                        return
                    elif scan is None:
                        return
                    # an interior object with pointers: scanned once, by identity
            if scan is None:
                return
            k = id(obj)
            if k not in visited:
                visited[k] = obj
                queue_append((obj, scan))
        return shade

    def mark_address(self, a: int) -> None:
        """Mark the slot holding address a (an object no Python object stands for)."""
        s = self.span_of(a)
        if s is not None and s.state == SPAN_IN_USE:
            i = (a - s.base) // s.elemsize
            if self.mark_slot(s, i):
                counts = self.counts
                counts[0] += s.elemsize
                counts[2] += 1
                deps = dependents.get(a) if dependents else None
                if deps:
                    for d in deps:
                        self.mark_address(d)

    def shade_strings(self, strs: list) -> None:
        """Shade the strings (bytes) of strs, other values ignored (pointer-free: marked black
        at once), resolving the allocations they live in in bulk (malloc.string_allocations:
        the parts of one split mark their parent once)."""
        if not self.fast or self.on_mark is not None:
            shade = self.shade
            for x in strs:
                if type(x) is bytes and x:
                    shade(x, None)
            return
        mark_address = self.mark_address
        for a in malloc.string_allocations(strs):
            mark_address(a)

    def drain(self, n: int = -1) -> bool:
        """Do up to n units of mark work (all of it for n < 0): root jobs first (one unit
        each), then grey objects (one unit each); True if work remains."""
        jobs = self.jobs
        done = 0
        while jobs:
            if done == n:
                return True
            self._run_job()
            done += 1
        q = self.queue
        pop = q.pop
        scanned = 0
        while q:
            if done == n:
                self.scanned += scanned
                return True
            obj, scan = pop()
            scan(self, obj)
            done += 1
            scanned += 1
        self.scanned += scanned
        return bool(jobs)  # (a barrier cannot add jobs; kept exact anyway)

    def _run_job(self) -> None:
        """Run the next root job; the grey queue it leaves is a candidate for the cycle's
        longest (mgcwork sizes the work buffers by it)."""
        self.jobs.pop()(self)
        if len(self.queue) > self.peak_queue:
            self.peak_queue = len(self.queue)

    def allocated_black(self, obj: Any) -> bool:
        """Whether obj is a heap object allocated during this concurrent mark (a slot of a
        span in black_from, at or past where it stood, not allocated before): black, as Go
        sets its mark bit at allocation. (``shade`` has the same test inline.)"""
        a = self.address_of(obj)
        s = self.span_of(a) if a else None
        if s is None:
            return False
        start = self.black_from.get(s)
        if start is None:
            return False
        i = (a - s.base) // s.elemsize
        bits = s.alloc_bits
        return i >= start and (bits is None or not bits[i >> 3] & (1 << (i & 7)))

    def heap_scan_done(self) -> int:
        """The heap scan work done so far. counts[1] grows as objects are greyed, Go's as
        they are scanned: the part of the objects still queued is taken off, in proportion
        (the queue's items are not weighed one by one, which would cost the hot loop)."""
        queued = len(self.queue)
        work = self.counts[1]
        if not queued:
            return work + self.runtime_scan
        return work * self.scanned // (self.scanned + queued) + self.runtime_scan

    def scan_work(self) -> int:
        """The cycle's scan work so far (bytes): heap objects scanned, stacks and globals,
        as Go's assists and workers count it."""
        return self.heap_scan_done() + max(self.stack_scan, 0) + self.globals_scan

    def drain_work(self, want: int) -> bool:
        """Mark until at least want bytes of scan work are done or no work remains (Go's
        gcDrainN: a root job or a few objects at a time, so a big root job can overshoot);
        True if work remains."""
        target = self.scan_work() + want
        jobs = self.jobs
        while jobs:
            if self.scan_work() >= target:
                return True
            self._run_job()
        q = self.queue
        pop = q.pop
        while q and self.scan_work() < target:
            n = min(len(q), 16)
            self.scanned += n
            for _ in range(n):
                obj, scan = pop()
                scan(self, obj)
        return bool(q)

    def has_work(self) -> bool:
        return bool(self.queue or self.jobs)

    def mark_bits(self, s: MSpan, new: int) -> None:
        """Set the mark bits of the slots in the bitmap new (an int, bit i = slot i) at once,
        counting the ones not set before (allocate-black, the start-up heap)."""
        marks = s.gcmark_bits
        nbytes = (s.nelems + 7) >> 3
        old = int.from_bytes(marks, "little") if marks is not None else 0
        fresh = new & ~old
        if not fresh:
            return
        k = fresh.bit_count()
        counts = self.counts
        counts[0] += k * s.elemsize
        counts[2] += k
        s.gcmark_bits = bytearray((old | new).to_bytes(nbytes, "little"))

    # -------------------------------------------------------------------------------- roots

    def queue_root_jobs(self, namespaces: list[dict] | None = None, globals_bytes: int = 0) -> None:
        """Go's markroot jobs, done by the background worker and assists as mark work: the
        stacks of every goroutine (one job: they are scanned together, the first job of the
        cycle), the runtime's permanent objects and the start-up heap, each program's
        package variables, what finalizers keep. The scan work of the globals is Go's:
        globals_bytes (the data and BSS segments), in blocks of ROOT_BLOCK_BYTES, one job
        each, as Go divides them."""
        jobs: list[Callable[[Marker], None]] = []
        while globals_bytes > 0:
            block = min(globals_bytes, ROOT_BLOCK_BYTES)
            globals_bytes -= block
            jobs.append(lambda m, n=block: m.count_globals(n))
        for ns in barrier._namespaces if namespaces is None else namespaces:
            jobs.append(lambda m, ns=ns: m.scan_globals(ns))
        jobs.append(Marker.scan_std_variables)
        jobs.append(Marker.scan_permanent)
        jobs.append(Marker.scan_stacks_and_runtime)
        self.jobs = jobs  # (popped from the end: the stacks first)

    def count_globals(self, nbytes: int) -> None:
        """A block of the data or BSS segment scanned: its bytes are scan work (the pointers
        the program's variables hold are shaded by the scan_globals jobs)."""
        self.globals_scan += nbytes

    def scan_permanent(self) -> None:
        """The runtime's own objects (keep_forever, the sudogs in use or cached) and the
        start-up heap (pin_startup_heap). Go's runtime also has heap objects of its own that
        gomem's runtime keeps in Python (its Ps, Ms, gs, timers...): their scan work is counted
        as Go's measured figure."""
        self.runtime_scan = RUNTIME_HEAP_SCAN
        for a in _forever:
            self.mark_address(a)
        for a in sudog.live:
            self.mark_address(a)
        mark_slot = self.mark_slot
        for s, bits in _pinned.items():
            if s.state != SPAN_IN_USE:
                continue
            if self.fast:  # all the span's pinned slots at once
                self.mark_bits(s, int.from_bytes(bits, "little"))
                continue
            for b, byte in enumerate(bits):
                while byte:
                    low = byte & -byte
                    mark_slot(s, b * 8 + low.bit_length() - 1)
                    byte ^= low

    def scan_globals(self, ns: dict) -> None:
        """One program's (or standard package's) package variables, by their types."""
        for pyname, _goname, t in ns.get("__globals__", ()):
            scan = value_scanner(t)
            if scan is not None:
                scan(self, ns.get(pyname))

    def scan_std_variables(self) -> None:
        """The package variables of the standard packages written in Python, by their types.
        A variable of a package whose Go code is not compiled yet is not initialised: it is
        skipped (looking it up would compile the package and run its init inside the mark)."""
        for mod, name, t in _std_variables:
            scan = value_scanner(t)
            if scan is None:
                continue
            d = mod.__dict__
            if name in d:
                scan(self, d[name])
                continue
            pending = getattr(d.get("__getattr__"), "package_pending", None)
            if pending is None or not pending():
                scan(self, getattr(mod, name, None))

    def scan_stacks_and_runtime(self) -> None:
        """Every goroutine's frames, pending go calls and handed-over values, timers, wait
        queues, and the finalizers' roots: together, in one job."""
        self.scan_stacks()
        if mfinal.specials or mfinal.finq.queue or mfinal.finq.batch or mfinal.finq.fing is not None:
            mfinal.mark_roots(self)

    # -------------------------------------------------------------------------------- roots

    def scan_roots(self, namespaces: list[dict] | None = None) -> None:
        """Shade every root at once: package variables (typed, from each program's
        ``__globals__``), every goroutine's frames, pending ``go`` calls and timers, the
        runtime's permanent objects, and what finalizers keep (mfinal.mark_roots). (The
        cycle queues them as root jobs instead: queue_root_jobs.)"""
        self.scan_permanent()
        for ns in barrier._namespaces if namespaces is None else namespaces:
            self.scan_globals(ns)
        self.scan_std_variables()
        self.scan_stacks_and_runtime()

    def scan_stacks(self) -> None:
        """Every goroutine's frames; the Go stack bytes they stand for are the cycle's stack
        scan work (Go's lastStackScan: what the scan covered, not the stacks' size)."""
        from gomem.runtime import sched, stack
        s = sched.current
        here = sys._getframe(1)
        if s is None:
            scan_frames(self, here)
            return
        cur = s.cur
        used = 0
        for g in list(s.allgs.values()):
            frame = here if g is cur else g.gr_frame
            used += stack._used(g, frame)
            if frame is not None:
                scan_frames(self, frame)
            if g.fn is not None:  # created, not started (maybe on a reused greenlet): its call
                scan_dynamic(self, g.fn)
                scan_dynamic(self, g.args)
            elem = getattr(g, "elem", None)  # a value handed over by a channel operation
            if elem is not None:
                scan_dynamic(self, elem)
        for ent in s.timers:
            t = ent[3]
            scan_dynamic(self, t.fire)
            scan_dynamic(self, t.chan)
        for v, t in s.rtimers.values():
            scan_dynamic(self, v)
            scan_dynamic(self, t.fire)
        for v, _q in s.waitqs.values():
            scan_dynamic(self, v)
        self.stack_scan = used


_SKIP_FILES = tuple(f"{name}.py" for name in ("mgc", "mgcmark", "mgcsweep", "roots"))


def scan_frames(m: Marker, frame: Any) -> None:
    """Scan one goroutine's frames, innermost first.

    A frame of compiled Go code (code file ``<gomem...>``) is scanned as Go's stack maps
    say: only the locals live after its current call (``liveness.live_names``: the Go
    variables, the compiler's temporaries ``_tN``, the deferred calls ``_d``) and its
    captured variables. The runtime's and the standard library's Python frames are scanned
    whole. Values are scanned by their Python type; the collector's own frames are skipped.

    ``f_locals`` is read, not ``gc.get_referents(frame)``: a frame that is executing (or
    waits for a call it made to return) does not report its locals to the cycle collector.
    What neither shows are the values on a frame's evaluation stack (``f(a(), b())`` while
    b runs: a's result); see docs/gc.md."""
    live_names = liveness.live_names
    while frame is not None:
        code = frame.f_code
        fname = code.co_filename
        if fname.startswith("<gomem"):
            names = live_names(code, frame.f_lasti)
            if names is None:
                values: Any = frame.f_locals.values()
            elif names:
                get = frame.f_locals.get  # (builds a dict: only for frames with live locals)
                values = [get(n) for n in names]
            else:
                values = ()
            for v in values:
                if type(v) not in _IGNORED:
                    scan_dynamic(m, v)
        elif not fname.endswith(_SKIP_FILES):
            for v in frame.f_locals.values():
                if type(v) not in _IGNORED:
                    scan_dynamic(m, v)
        frame = frame.f_back


# ---------------------------------------------------------------------------------------------
# Typed scanners: one function per Go type, built on first use

_value_scanners: dict[Type, ScanFn | None] = {}
_list_scanners: dict[Type, ScanFn | None] = {}
# A heap object's scan work is its bytes up to the end of its last pointer word (Go's
# heapScanWork): for the scan functions of objects whose type ends in scalars, how many bytes
# of the type follow its last pointer (an array's: of its last element)
_scan_tail: dict[ScanFn, int] = {}


def value_scanner(t: Type) -> ScanFn | None:
    """The function that shades what a value of type t (held inline: a variable, a field, an
    element) points to; None for types without pointers."""
    try:
        return _value_scanners[t]
    except KeyError:
        pass
    if t.ptrdata == 0:
        _value_scanners[t] = None
        return None
    u = t.underlying()
    ref: list[Any] = [None]  # filled after registration (recursive types)

    if isinstance(u, Struct):
        return _struct_scanner(t, u)

    if isinstance(u, Pointer):
        elem = u.elem
        eu = elem.underlying()
        if isinstance(eu, (Struct, Array)):
            def scan_agg_ptr(m: Marker, v: Any) -> None:
                if v is None:
                    return
                tv = type(v)
                if tv is ArrayView:
                    m.shade(v.a, ref[0])
                elif tv is ElemRef or tv is FieldRef:
                    _shade_ref(m, v, elem)
                else:
                    m.shade(v, ref[0])
            fn = scan_agg_ptr
            _value_scanners[t] = fn
            ref[0] = value_scanner(elem) if not isinstance(eu, Array) else _array_target(eu)
            return fn

        def scan_ptr(m: Marker, v: Any) -> None:
            if v is None:
                return
            tv = type(v)
            if tv is Box:
                m.shade(v, ref[0])
            else:
                _shade_ref(m, v, elem)
        _value_scanners[t] = scan_ptr
        es = value_scanner(elem)
        if es is not None:
            def scan_box(m: Marker, b: Any) -> None:
                es(m, b.v)
            _scan_tail[scan_box] = elem.size - elem.ptrdata
            ref[0] = scan_box
        return scan_ptr

    if isinstance(u, SliceType):
        def scan_slice(m: Marker, v: Any) -> None:
            a = v.a
            if a is not None:
                m.shade(a, ref[0])
        _value_scanners[t] = scan_slice
        ref[0] = list_scanner(u.elem)
        return scan_slice

    if isinstance(u, Array):
        def scan_array(m: Marker, v: Any) -> None:
            es = ref[0]
            for x in v:
                es(m, x)
        _value_scanners[t] = scan_array
        ref[0] = value_scanner(u.elem)
        return scan_array

    if isinstance(u, Basic):
        if u.kind in _STRING_KINDS:
            def scan_string(m: Marker, v: Any) -> None:
                if v:
                    m.shade(v, None)
            _value_scanners[t] = scan_string
            return scan_string
        _value_scanners[t] = scan_dynamic  # unsafe.Pointer: whatever it points to
        return scan_dynamic

    if isinstance(u, Map):
        def scan_map_value(m: Marker, v: Any) -> None:
            if v or type(v) is GoMap:  # (an empty map still has its hmap and buckets)
                m.shade(v, ref[0])
        _value_scanners[t] = scan_map_value
        ref[0] = _map_scanner(u)
        return scan_map_value

    if isinstance(u, Chan):
        def scan_chan_value(m: Marker, v: Any) -> None:
            if v is not None:
                m.shade(v, ref[0])
        _value_scanners[t] = scan_chan_value
        ref[0] = _chan_scanner(u)
        return scan_chan_value

    if isinstance(u, Interface):
        _value_scanners[t] = scan_iface
        return scan_iface

    if isinstance(u, Signature):
        _value_scanners[t] = scan_dynamic
        return scan_dynamic

    _value_scanners[t] = scan_dynamic
    return scan_dynamic


def python_stand_in(t: Type) -> None:
    """Values of the Go struct type t are objects of a standard package's own Python class
    (fmt's formatting state is its Job, typed *fmt.pp): scan them by their Python attributes,
    not by t's fields."""
    _value_scanners[t] = scan_dynamic_object


def _struct_scanner(t: Type, u: Struct) -> ScanFn:
    """The scan of a struct value, generated as straight-line Python for its pointer fields:
    a pointer to a struct is shaded inline, a string marked inline, anything else goes to its
    type's scanner."""
    from gomem.runtime.values import field_pynames
    targets: list[Any] = []   # shade's scan argument per pointer-to-struct field
    others: list[Any] = []    # value scanners of the other fields
    lines = ["def scan(m, v):", "    shade = m.shade"]
    deferred: list[tuple[list, int, Type, str]] = []
    for f, name in zip(u.fields, field_pynames(u)):
        ft = f.type
        if ft.ptrdata == 0:
            continue
        fu = ft.underlying()
        if isinstance(fu, Pointer) and isinstance(fu.elem.underlying(), Struct):
            lines += [f"    x = v.{name}", "    if x is not None:", f"        shade(x, T[{len(targets)}])"]
            deferred.append((targets, len(targets), fu.elem, "value"))
            targets.append(None)
        elif isinstance(fu, Basic) and fu.kind in _STRING_KINDS:
            lines += [f"    x = v.{name}", "    if x:", "        shade(x, None)"]
        else:
            lines.append(f"    O[{len(others)}](m, v.{name})")
            deferred.append((others, len(others), ft, "value"))
            others.append(None)
    if len(lines) == 2:
        lines.append("    pass")
    ns: dict[str, Any] = {"T": targets, "O": others}
    exec("\n".join(lines), ns)
    fn = ns["scan"]
    _value_scanners[t] = fn  # (before the fields' scanners: recursive types find it)
    _scan_tail[fn] = t.size - t.ptrdata
    for table, k, ft, _ in deferred:
        table[k] = value_scanner(ft)
    return fn


_STRING_KINDS: frozenset[int] = frozenset()


def _init_kinds() -> None:
    global _STRING_KINDS
    from gomem.types.types import Kind
    _STRING_KINDS = frozenset({Kind.STRING, Kind.UNTYPED_STRING})


_init_kinds()


def list_scanner(elem: Type) -> ScanFn | None:
    """The scan of a backing array (list) of elem values: every element (Go scans the whole
    object, not only the part a slice shows)."""
    try:
        return _list_scanners[elem]
    except KeyError:
        pass
    es = value_scanner(elem)
    if es is None:
        fn = None
    elif isinstance(elem.underlying(), Basic) and elem.underlying().kind in _STRING_KINDS:
        def fn(m: Marker, a: Any) -> None:
            if type(a) is ArrayView:
                a = a.a
            if len(a) > OBLET:
                a = _queue_oblets(m, a, Marker.shade_strings)
            m.shade_strings(a)
    else:
        def scan_elems(m: Marker, a: Any) -> None:
            for x in a:
                if x is not None:
                    es(m, x)

        def fn(m: Marker, a: Any) -> None:
            if type(a) is ArrayView:
                a = a.a
            if len(a) > OBLET:
                a = _queue_oblets(m, a, scan_elems)
            scan_elems(m, a)
    _list_scanners[elem] = fn
    if fn is not None:
        _scan_tail[fn] = elem.size - elem.ptrdata
    return fn


# A big array is scanned in pieces of OBLET elements, each its own unit of mark work (Go
# splits objects over 128 KiB into "oblets"), so that a worker slice or an assist stays short.
OBLET = 1024


def _queue_oblets(m: Marker, a: list, scan_elems: ScanFn) -> list:
    """Queue the scan of a[OBLET:] in pieces; return a[:OBLET], to be scanned now."""
    q = m.queue
    for lo in range(OBLET, len(a), OBLET):
        q.append((a, lambda m, a, lo=lo: scan_elems(m, a[lo:lo + OBLET])))
    return a[:OBLET]


def _array_target(u: Array) -> ScanFn | None:
    """The scan of an array object *[N]T points to."""
    return list_scanner(u.elem)


def _shade_ref(m: Marker, v: Any, elem: Type) -> None:
    """A pointer that is not the object itself: &a[i], &s.f, or anything else."""
    tv = type(v)
    if tv is ElemRef:
        m.shade(v.a, list_scanner(elem) if type(v.a) is list else None)
    elif tv is FieldRef:
        o = v.o
        t = getattr(type(o), "_gotype", None)
        m.shade(o, value_scanner(t) if t is not None else scan_dynamic_object)
    elif tv is ArrayView:
        m.shade(v.a, list_scanner(elem) if type(v.a) is list else None)
    else:
        scan_dynamic(m, v)


def scan_iface(m: Marker, v: Any) -> None:
    if v is not None:
        m.shade(v, _scan_iface_object)


def _scan_iface_object(m: Marker, v: Any) -> None:
    if type(v) is not Iface:
        scan_dynamic(m, v)
        return
    t = v.t
    fn = value_scanner(t) if isinstance(t, Type) else scan_dynamic
    if fn is not None:
        fn(m, v.v)


_map_scanners: dict[Map, ScanFn] = {}


def _map_scanner(u: Map) -> ScanFn:
    ks = value_scanner(u.key)
    if ks is not None and isinstance(u.key.underlying(), (Struct, Array)):
        ks = scan_dynamic  # struct and array keys are kept as tuples
    vs = value_scanner(u.elem)

    def scan_map(m: Marker, d: Any) -> None:
        deps = getattr(d, "gcdeps", None)
        if deps:
            for a in deps:
                if a:
                    m.mark_address(a)
        if ks is not None:
            for k in d:
                ks(m, k)
        if vs is not None:
            for x in d.values():
                vs(m, x)
    return scan_map


def _chan_scanner(u: Chan) -> ScanFn:
    es = value_scanner(u.elem)

    def scan_chan(m: Marker, c: Any) -> None:
        if es is not None:
            for x in c.buf:
                es(m, x)
    return scan_chan


# ---------------------------------------------------------------------------------------------
# Scanning by Python type (where gomem keeps no Go type)

_IGNORED = frozenset({int, float, bool, type(None), str, complex})
_IGNORED_OR_STRING = _IGNORED | {bytes}


def scan_dynamic(m: Marker, v: Any) -> None:
    """Shade what v references, v being any Go value whose Go type is not at hand."""
    tv = type(v)
    if tv in _IGNORED:
        return
    if tv is bytes:
        if v:
            m.shade(v, None)
    elif isinstance(v, GoStruct):
        t = getattr(tv, "_gotype", None)
        m.shade(v, value_scanner(t) if t is not None else scan_dynamic_object)
    elif tv is list:
        m.shade(v, _scan_list_dynamic)
    elif tv is Slice:
        if v.a is not None:
            scan_dynamic(m, v.a)
    elif tv is Box:
        m.shade(v, _scan_box_dynamic)
    elif tv is Iface:
        m.shade(v, _scan_iface_object)
    elif tv is bytearray:
        m.shade(v, None)
    elif tv is tuple:
        for x in v:
            scan_dynamic(m, x)
    elif tv is CellType:
        try:
            x = v.cell_contents
        except ValueError:  # an empty cell
            return
        scan_dynamic(m, x)
    elif tv is FunctionType:
        m.shade(v, _scan_function)
    elif isinstance(v, GoMap):
        t = getattr(v, "t", None)
        m.shade(v, _map_scanner_of(t) if t is not None else _scan_map_dynamic)
    elif tv is ChanObj:
        m.shade(v, _scan_chan_dynamic)
    elif tv is ElemRef or tv is ArrayView:
        scan_dynamic(m, v.a)
    elif tv is FieldRef:
        scan_dynamic(m, v.o)
    elif tv is MethodType:
        scan_dynamic(m, v.__self__)
    elif tv.__name__ == "Defers":
        scan_dynamic(m, v.fns)
        scan_dynamic(m, v.rv)
        scan_dynamic(m, v.p)          # the panic unwinding the frame (its value)
        scan_dynamic(m, v.recovered)
    elif tv is Sudog:                 # a select case: the value a sender handed over to it
        scan_dynamic(m, v.elem)
    elif tv is Sel:
        scan_dynamic(m, v.fired)
    elif tv is mfinal.Special:        # a finalizer record a runtime frame holds (runfinq's)
        scan_dynamic(m, v.fn)
        scan_dynamic(m, v.scan_obj)
    elif tv is GoPanic:               # a panic in flight (an exception a frame holds)
        scan_dynamic(m, v.value)
        for old in v.previous:
            scan_dynamic(m, old.value)
    elif tv.__name__ == "partial":
        scan_dynamic(m, v.func)
        scan_dynamic(m, v.args)


def _map_scanner_of(t: Any) -> ScanFn:
    u = t.underlying()
    fn = _map_scanners.get(u)
    if fn is None:
        fn = _map_scanners[u] = _map_scanner(u)
    return fn


def scan_dynamic_object(m: Marker, v: Any) -> None:
    for name in getattr(type(v), "__slots__", ()):
        scan_dynamic(m, getattr(v, name, None))


def _scan_list_dynamic(m: Marker, a: list) -> None:
    if len(a) > OBLET:
        a = _queue_oblets(m, a, _scan_list_dynamic)
    kinds = set(map(type, a))  # (in C: most lists hold one kind of value)
    if bytes in kinds:
        m.shade_strings(a)
    if not kinds <= _IGNORED_OR_STRING:
        for x in a:
            if type(x) not in _IGNORED_OR_STRING:
                scan_dynamic(m, x)


def _scan_box_dynamic(m: Marker, b: Box) -> None:
    scan_dynamic(m, b.v)


def _scan_map_dynamic(m: Marker, d: dict) -> None:
    deps = getattr(d, "gcdeps", None)
    if deps:
        for a in deps:
            if a:
                m.mark_address(a)
    for k, x in d.items():
        scan_dynamic(m, k)
        scan_dynamic(m, x)


def _scan_chan_dynamic(m: Marker, c: Any) -> None:
    for x in c.buf:
        scan_dynamic(m, x)
    for sg in c.sendq:  # a blocked sender's value (select entries too)
        scan_dynamic(m, getattr(sg, "elem", None))


def _scan_function(m: Marker, f: FunctionType) -> None:
    """A func value: the variables its closure captured (and a bound receiver)."""
    cells = f.__closure__
    if cells:
        for c in cells:
            try:
                x = c.cell_contents
            except ValueError:
                continue
            if type(x) not in _IGNORED:
                scan_dynamic(m, x)
    d = f.__defaults__
    if d:
        scan_dynamic(m, d)
