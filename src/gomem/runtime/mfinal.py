"""Finalizers: runtime.SetFinalizer and the finalizer goroutine (Go 1.23's mfinal.go; docs/gc.md).

A finalizer is a *special* record on the heap slot of its object (``specials``: span → offset
in the span → ``Special``), as in Go. The collector treats it in three places:

- **mark** (``mark_roots``, from ``Marker.scan_roots``): what a finalizable object points to
  is marked, and its finalizer function, but not the object itself (Go's markrootSpans), so
  the object alone can be found unreachable; the queued finalizers (function and object) are
  roots (Go's finq).
- **sweep** (``sweep_specials``, from ``mgcsweep.sweep_span`` before the span's mark bits
  become its allocation bits): an unmarked object with a finalizer is marked again — it
  survives this cycle — its special is removed and (function, object) is queued for the
  finalizer goroutine. If nothing references it once the finalizer has run, the next cycle
  frees it.
- **the finalizer goroutine** (``_runfinq``): started by the first SetFinalizer with a
  function (``create_fing``), parked as "finalizer wait" while the queue is empty, made ready when a finalizer is queued, and then runs the whole queue, newest first as Go does, one
  finalizer at a time. It is a system goroutine (``Scheduler.system_goroutine``):
  runtime.NumGoroutine, the deadlock report and tracebacks do not count it.

runtime.GC yields once its sweep is done if the sweep queued finalizers (Go's runtime.GC
yields while it sweeps, and its background sweeper every 10 spans), so a program sees its
finalizers run inside runtime.GC, as with Go at GOMAXPROCS=1, newest first.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime import malloc
from gomem.runtime.mheap import ARENA_BASE
from gomem.runtime.mspan import SPAN_IN_USE, MSpan
from gomem.runtime.panic import FatalError
from gomem.runtime.values import ArrayView, Box, ElemRef, FieldRef, GoStruct, Iface, implements
from gomem.types.sizeclasses import MALLOC_HEADER_SIZE
from gomem.types.types import Array, Interface, Named, Pointer, Signature, Type

MAX_TINY_SIZE = 16
_SITE_RUNFINQ = ("runtime.runfinq", "runtime/mfinal.go", 0)


class Special:
    """A finalizer record on an object's slot: the object (its Python value), its pointer
    type, the finalizer function and the type of the finalizer's parameter."""

    __slots__ = ("obj", "ptr_type", "fn", "param_type", "nret", "scan_obj")

    def __init__(self, obj: Any, ptr_type: Type, fn: Any, param_type: Type, nret: int) -> None:
        self.obj = obj
        self.ptr_type = ptr_type
        self.fn = fn
        self.param_type = param_type
        self.nret = nret  # bytes of the finalizer's results (the call frame's size)
        self.scan_obj = obj  # the whole object (obj may point to its first field or element)


# span -> {offset of the object in the span: its finalizer}
specials: dict[MSpan, dict[int, Special]] = {}
# id of a finalizable object -> its special (the Python reference the special holds)
by_object: dict[int, Special] = {}


class FinalizerQueue:
    """Go's finq, fing and fingStatus."""

    def __init__(self) -> None:
        self.queue: list[Special] = []   # queued, oldest first
        self.batch: list[Special] = []   # taken by the finalizer goroutine, run from the end
        self.fing: Any = None            # the finalizer goroutine (a sched.G)
        self.sched: Any = None           # the scheduler it belongs to
        self.waiting = False             # parked in "finalizer wait"
        self.running = False             # calling a finalizer (user code)
        self.queued_total = 0            # finalizers queued since the program started
        self.frame_size = 0              # the finalizer goroutine's call frame (a heap object)
        self.frame_addr = 0


finq = FinalizerQueue()


# ---------------------------------------------------------------------------------------------
# runtime.SetFinalizer


def set_finalizer(obj: Any, finalizer: Any) -> None:
    """runtime.SetFinalizer(obj, finalizer): Go's checks and fatal errors, then the special."""
    if obj is None:
        raise FatalError("runtime.SetFinalizer: first argument is nil")
    etyp = obj.t
    eu = etyp.underlying()
    if not isinstance(eu, Pointer):
        raise FatalError(f"runtime.SetFinalizer: first argument is {etyp}, not pointer")
    p = obj.v
    if p is None:  # a nil pointer: not in any allocated block
        raise FatalError("runtime.SetFinalizer: pointer not in allocated block")
    where = _slot_of(p, eu.elem)
    if where is None:  # a Go pointer without a span (a package variable, zerobase): ignored
        return
    span, offset = where
    if finalizer is None:
        _remove(span, offset)
        return
    ftyp = finalizer.t
    fu = ftyp.underlying()
    if not isinstance(fu, Signature):
        raise FatalError(f"runtime.SetFinalizer: second argument is {ftyp}, not a function")
    if fu.variadic:
        raise FatalError(f"runtime.SetFinalizer: cannot pass {etyp} to finalizer {ftyp} because dotdotdot")
    if len(fu.params) != 1 or not _accepts(fu.params[0], etyp):
        raise FatalError(f"runtime.SetFinalizer: cannot pass {etyp} to finalizer {ftyp}")
    create_fing()
    table = specials.setdefault(span, {})
    if offset in table:
        raise FatalError("runtime.SetFinalizer: finalizer already set")
    nret = 0
    for t in fu.results:
        nret = -(-nret // t.align) * t.align + t.size
    sp = Special(p, etyp, finalizer.v, fu.params[0], -(-nret // 8) * 8)
    sp.scan_obj = _container_at_start(p) or p
    table[offset] = sp
    by_object[id(p)] = sp


def _accepts(fint: Type, etyp: Type) -> bool:
    """Whether a finalizer whose parameter has type fint can take the object (Go's rules: the
    same type, a pointer to the same element type when one of the two is unnamed, or an
    interface the object's type implements)."""
    if fint is etyp:
        return True
    fu = fint.underlying()
    if isinstance(fu, Pointer):
        return (not isinstance(fint, Named) or not isinstance(etyp, Named)) and fu.elem is etyp.underlying().elem
    if isinstance(fu, Interface):
        return not fu.methods or implements(etyp, fint)
    return False


def _slot_of(p: Any, elem: Type) -> tuple[MSpan, int] | None:
    """(span, offset in the span) of the object p points to; None for a Go pointer outside
    the heap (Go ignores those). Go's fatal errors for pointers that are not at the start of
    an allocated object."""
    container = _container_at_start(p)
    if container is not None:  # &s.f, &a[i]: the start of the object when at offset 0
        if container is _INTERIOR:
            if elem.ptrdata or elem.size >= MAX_TINY_SIZE:
                raise FatalError("runtime.SetFinalizer: pointer not at beginning of allocated block")
            raise FatalError("gomem does not support runtime.SetFinalizer on a pointer into another object yet")
        p = container
    a = malloc.address_of_heap(p)
    if not a or a < ARENA_BASE:
        return None
    s = malloc.heap.span_of(a)
    if s is None or s.state != SPAN_IN_USE:
        return None  # (a stack address: gomem keeps some variables Go would move to the heap)
    rel = a - s.base
    base = rel // s.elemsize * s.elemsize
    if s.spanclass >= 2 and not s.spanclass & 1 and s.elemsize > 512:
        base += MALLOC_HEADER_SIZE  # (a scan object past 512 bytes starts after its header)
    if rel != base and (elem.ptrdata or elem.size >= MAX_TINY_SIZE):
        raise FatalError("runtime.SetFinalizer: pointer not at beginning of allocated block")
    return s, rel


_INTERIOR = object()


def _container_at_start(p: Any) -> Any:
    """For a pointer into another object (a field's or an element's address): the object
    when p points to its start, else _INTERIOR; None for a pointer to a whole object."""
    tp = type(p)
    if tp is ElemRef:
        return p.a if p.i == 0 else _INTERIOR
    if tp is ArrayView:
        return p.a if p.off == 0 else _INTERIOR
    if tp is FieldRef:
        t = getattr(type(p.o), "_gotype", None)
        if t is None:
            return _INTERIOR
        from gomem.runtime.values import field_pynames
        u = t.underlying()
        u.size  # noqa: B018 - (offsets are computed with the size)
        names = field_pynames(u)
        if p.name in names and u.offsets[names.index(p.name)] == 0:
            return p.o
        return _INTERIOR
    return None


def _remove(span: MSpan, offset: int) -> None:
    table = specials.get(span)
    if table is None:
        return
    sp = table.pop(offset, None)
    if sp is not None:
        by_object.pop(id(sp.obj), None)
    if not table:
        del specials[span]


# ---------------------------------------------------------------------------------------------
# The collector's side


def mark_roots(m: Any) -> None:
    """Mark roots: everything a finalizable object references (not the object), every
    finalizer function, and the queued finalizers' functions and objects."""
    from gomem.runtime import mgcmark
    scan_dynamic = mgcmark.scan_dynamic
    for table in specials.values():
        for sp in table.values():
            _scan_referents(m, sp)
            scan_dynamic(m, sp.fn)
    for q in (finq.queue, finq.batch):
        for sp in q:
            scan_dynamic(m, sp.fn)
            scan_dynamic(m, sp.obj)
    if finq.frame_addr:
        m.mark_address(finq.frame_addr)
    fing = finq.fing
    if fing is not None:  # its stack (outside allgs, so not among the goroutines' stacks)
        if fing is finq.sched.cur:
            import sys
            mgcmark.scan_frames(m, sys._getframe(1))
        elif fing.gr_frame is not None:
            mgcmark.scan_frames(m, fing.gr_frame)


def _scan_referents(m: Any, sp: Special) -> None:
    """Shade what sp's object points to, as scanning it would, without marking it."""
    from gomem.runtime import mgcmark
    obj = sp.scan_obj
    elem = sp.ptr_type.underlying().elem
    if isinstance(obj, GoStruct):
        t = getattr(type(obj), "_gotype", None)
        scan = mgcmark.value_scanner(t) if t is not None else mgcmark.scan_dynamic_object
        if scan is not None:
            scan(m, obj)
    elif type(obj) is Box:
        scan = mgcmark.value_scanner(elem)
        if scan is not None:
            scan(m, obj.v)
    elif type(obj) is list:
        if obj is sp.obj:  # *[N]T: the array's elements
            eu = elem.underlying()
            scan = mgcmark.list_scanner(eu.elem) if isinstance(eu, Array) else None
        else:  # &a[0]: the array of elem values it starts
            scan = mgcmark.list_scanner(elem)
        if scan is not None:
            scan(m, obj)


def sweep_specials(s: MSpan, table: dict[int, Special]) -> None:
    """Before s is swept: an unmarked object with a finalizer survives this cycle (its mark
    bit is set again) and its finalizer is queued, in the order of the objects in the span."""
    marks = s.gcmark_bits
    size = s.elemsize
    # (a tiny block holds several objects: every finalizer of an unmarked block is queued)
    unmarked = [off for off in sorted(table)
                if marks is None or not marks[off // size >> 3] >> (off // size & 7) & 1]
    for offset in unmarked:
        s.mark(offset // size)
        sp = table.pop(offset)
        by_object.pop(id(sp.obj), None)
        queue(sp)
    if not table:
        del specials[s]


def queue(sp: Special) -> None:
    """Queue a finalizer and wake the finalizer goroutine (Go's queuefinalizer + wakefing)."""
    finq.queue.append(sp)
    finq.queued_total += 1
    if finq.waiting and finq.fing is not None and finq.sched is not None:
        finq.waiting = False
        finq.sched.ready(finq.fing)


# ---------------------------------------------------------------------------------------------
# The finalizer goroutine


def create_fing() -> None:
    """Start the finalizer goroutine once per program, at the first SetFinalizer with a
    function (Go's createfing): it takes the next goroutine id and runnext, as a go
    statement would, runs at the next scheduling point and parks until a finalizer is queued."""
    from gomem.runtime import sched
    s = sched.current
    if finq.sched is s and finq.fing is not None:
        return
    if not s.running:  # (called outside a running program: tests of the package)
        return
    finq.__init__()
    finq.sched = s
    finq.fing = s.system_goroutine(_runfinq)


def _runfinq() -> None:
    from gomem.runtime import sched
    s = sched.current
    batch = finq.batch
    while True:
        if not finq.queue:
            finq.waiting = True
            s.park("finalizer wait")
            continue
        # the whole queue, run newest first (Go's finq blocks and their entries)
        batch.extend(finq.queue)
        finq.queue.clear()
        while batch:
            _call(batch.pop())


def _call(sp: Special) -> None:
    """Run one finalizer (the object reaches it as the finalizer's parameter type)."""
    size = 16 + sp.nret  # an interface's two words and the results
    if finq.frame_size < size:  # Go's runfinq allocates its call frame on the heap (noscan)
        finq.frame_addr = malloc.alloc(None, size, _SITE_RUNFINQ)
        finq.frame_size = size
    pt = sp.param_type
    arg = sp.obj
    if isinstance(pt.underlying(), Interface):
        arg = Iface(sp.ptr_type, arg)
    finq.running = True
    try:
        sp.fn(arg)
    finally:
        finq.running = False
