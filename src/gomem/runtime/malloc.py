"""The one allocation entry of compiled code, in front of Go 1.23's allocator model.

Every allocation point of a Go program (new, escaping composite literals, make, append growth,
string building, closures, interface boxing, go statements, maps, channels) reports here with
the type, the byte size and the allocation site, and gets its Go address: a slot of a span of
its size class (mheap/mcentral/mcache/mspan; counters and MemStats in mstats). The path of an
allocation is Go's mallocgc: zero-size at zerobase, pointer-free objects under 16 bytes in the
tiny block, small objects in a slot of their span class, large ones (> 32760 bytes) in a span
of their own. docs/memory.md describes the model and what it does not do yet.

Two entry shapes, one accounting:

- ``new_object(site, obj)``: a fixed-size object at a compile-time site. The compiler makes a
  ``Site`` per allocation point with its span class precomputed, so the hot path is one call
  that takes the next slot address from the mcache's cursor for that class and stores it on
  the object.
- ``alloc(t, size, site)`` / ``alloc_array(elem_type, n, site)``: sizes known only at run time
  (make, append growth, the standard library); site is any hashable key. They return the
  object's address (``register`` attaches it to the Python object that stands for it).

Objects carry their address in an ``_addr`` slot (struct objects, Box, Chan, GoMap, Iface,
functions) or, for Python objects without one (lists, bytearrays, strings), in a table that
forgets objects nothing else references any more (see ``register``); ``address_of_heap`` finds
either.
"""

from __future__ import annotations

import sys
from itertools import compress, count, repeat
from operator import and_, gt, is_, ne
from typing import Any

from gomem.runtime import mstats
from gomem.runtime.mcache import Cursor, MCache, scan_size
from gomem.runtime.mcache import before_span_hooks as mcache_hooks
from gomem.runtime.mcentral import MCentral
from gomem.runtime.mheap import NEVER_HEAP_BASE, MHeap
from gomem.runtime.mspan import NUM_SPAN_CLASSES
from gomem.runtime.panic import FatalError
from gomem.types.sizeclasses import (
    MALLOC_HEADER_SIZE,
    MAX_SMALL_SIZE,
    MIN_SIZE_FOR_MALLOC_HEADER,
    size_to_class,
    slot_size,
)

MAX_SMALL_REQUEST = MAX_SMALL_SIZE - MALLOC_HEADER_SIZE  # 32760: larger goes the large path
TINY_SIZE = 16
ZEROBASE = 0x5763C0  # where Go's zero-size objects live (runtime.zerobase, in the binary's data)

# the allocator: one heap, 136 mcentrals, one mcache (gomem runs one P)
heap = MHeap()
central = [MCentral(spc, heap) for spc in range(NUM_SPAN_CLASSES)]
mcache = MCache(heap, central)

# Site.kind
SMALL, TINY, LARGE, ZERO = 0, 1, 2, 3
_SLOW = Cursor()  # the cursor of sites that are not small objects: always "full"
_next_slot = mcache.next_slot
_alloc_tiny = mcache.alloc_tiny


def size_class_of(size: int, noscan: bool) -> tuple[int, int]:
    """(kind, span class) of an allocation of size bytes (span class -1 if not small)."""
    if size == 0:
        return ZERO, -1
    if noscan and size < TINY_SIZE:
        return TINY, -1
    if size > MAX_SMALL_REQUEST:
        return LARGE, -1
    header = MALLOC_HEADER_SIZE if not noscan and size > MIN_SIZE_FOR_MALLOC_HEADER else 0
    return SMALL, _small_class(size + header) << 1 | noscan


class Site:
    """A compile-time allocation point: Go function, file and line, what it allocates, and
    where in the allocator such objects go."""

    __slots__ = ("func", "file", "line", "type", "size", "slot", "spc", "cur", "kind", "noscan")

    def __init__(self, func: str, file: str, line: int, t: Any = None, size: int = 0):
        self.func = func
        self.file = file
        self.line = line
        self.type = t
        self.size = size
        self.noscan = t is None or t.ptrdata == 0
        self.slot = slot_size(size, self.noscan)
        self.kind, self.spc = size_class_of(size, self.noscan)
        # small objects: the mcache's cursor of their span class, bumped by new_object
        self.cur = mcache.cursors[self.spc] if self.kind == SMALL else _SLOW

    def __repr__(self) -> str:
        return f"Site({self.func} {self.file}:{self.line} {self.type} {self.size}B)"


class Stats:
    """Totals of the allocator, for tests and tools (MemStats comes from mstats)."""

    def __init__(self) -> None:
        self.sites: list[Site] = []

    @property
    def mallocs(self) -> int:
        return mstats.totals(mcache.unflushed_counts())[0]

    @property
    def total_alloc(self) -> int:
        return mstats.totals(mcache.unflushed_counts())[2]


stats = Stats()


def new_site(func: str, file: str, line: int, t: Any = None, size: int = 0) -> Site:
    s = Site(func, file, line, t, size)
    stats.sites.append(s)
    return s


def new_object(site: Site, obj: Any) -> Any:
    """Allocate one fixed-size heap object at site: obj (the Python object standing for it)
    gets its address; returns obj."""
    addr = next(site.cur.it, None)
    if addr is None:  # the current run of free slots is used up: the slow path
        addr = _malloc_site(site)
    try:
        obj._addr = addr
    except AttributeError:  # a list or bytearray (an array)
        register(obj, addr)
    return obj


def _malloc_site(site: Site) -> int:
    kind = site.kind
    if kind == SMALL:
        t = site.type
        return _next_slot(site.spc, scan_size(site.size, t) if t is not None else 0)
    if kind == TINY:
        return _alloc_tiny(site.size)
    return mallocgc(site.size, site.noscan, site.type)


def alloc_site(site: Site) -> int:
    """Allocate one object at site when no Python object stands for it (go statements,
    variables moved to the heap that live in a Python cell); returns its address."""
    a = next(site.cur.it, None)
    return _malloc_site(site) if a is None else a


# span class of a small request by size, as Go's size_to_class8/size_to_class128 tables:
# requests up to 1024 bytes by 8-byte granules, larger ones by 128-byte granules
_CLASS8 = [size_to_class(max(1, g * 8)) for g in range(1024 // 8 + 1)]
_CLASS128 = [size_to_class(1024 + g * 128) for g in range((MAX_SMALL_SIZE - 1024) // 128 + 1)]
_cursors = mcache.cursors


def _small_class(size: int) -> int:
    """The size class of a small request (mallocgc has it inline)."""
    return _CLASS8[(size + 7) >> 3] if size <= 1024 else _CLASS128[(size - 1024 + 127) >> 7]


def mallocgc(size: int, noscan: bool, t: Any = None) -> int:
    """The address of a new object of size bytes (Go's mallocgc order, go-runtime.md 1.7)."""
    if noscan:
        if size < TINY_SIZE:
            return ZEROBASE if size == 0 else _alloc_tiny(size)
        if size > MAX_SMALL_REQUEST:
            return mcache.alloc_large(size, True, t)
        spc = (_CLASS8[(size + 7) >> 3] if size <= 1024 else _CLASS128[(size - 1024 + 127) >> 7]) << 1 | 1
    else:
        if size > MIN_SIZE_FOR_MALLOC_HEADER:
            if size > MAX_SMALL_REQUEST:
                return mcache.alloc_large(size, False, t)
            size += MALLOC_HEADER_SIZE
        elif size == 0:
            return ZEROBASE
        spc = (_CLASS8[(size + 7) >> 3] if size <= 1024 else _CLASS128[(size - 1024 + 127) >> 7]) << 1
    a = next(_cursors[spc].it, None)
    if a is not None:
        return a
    return _next_slot(spc, scan_size(size, t) if t is not None and not noscan else 0)


def alloc(t, size: int, site) -> int:
    """Allocate one heap object of size bytes of type t (None: no pointers) at site; returns
    its address."""
    if t is None:
        return mallocgc(size, True)
    p = t._ptrdata
    return mallocgc(size, (t.ptrdata if p is None else p) == 0, t)


# ---------------------------------------------------------------------------
# Addresses of objects that cannot carry an _addr slot

# The table, in two generations, as most registered objects die young (a strconv result
# written to a Builder, a temporary concatenation), and kept in parallel lists so that every
# pass over it runs in C (a Python loop over the registrations would cost more than the
# allocations themselves):
# - young: what was registered since the last fold, one list append per value: objects
#   allocated at an address (``young_objs``/``young_addrs``), objects inside another one
#   (``young_subs``/``young_parents``/``young_offs``: substrings, at their parent's address +
#   offset; the entry holds the parent, so a live substring keeps its string's entry, as in
#   Go it keeps the allocation) and the parts of a split as one record (``young_splits``);
# - old: the same lists for what was alive at a fold, and an index id -> position built
#   when an address is looked up.
# The lists hold their objects, so an id cannot be reused while its entry exists. A fold keeps
# the young entries whose object something else still references (an object only the list
# holds has two references while getrefcount reads it) and drops the others. It happens when
# the allocator takes a new span (mcache's span hook: small objects fill one span between two
# folds) or a large object, when registrations that allocate nothing (substrings) pass
# YOUNG_MAX entries or YOUNG_ROOM bytes, and before every lookup. The old lists are pruned the same way when they have
# doubled since the last pruning or when what was promoted since then passes BIG_ROOM bytes.
# Memory stays proportional to what the program keeps, plus about a span's worth of young
# objects and BIG_ROOM; the work per registration is amortized constant.
young_objs: list = []
young_addrs: list[int] = []
young_subs: list = []
young_parents: list = []
young_offs: list[int] = []
young_splits: list[tuple] = []  # (parent, parts, offsets_of, arg): see substrings
# (compiled-code helpers append a heap string and its address themselves: no call; the
# address first, as allocating it may fold)
young_obj = young_objs.append
young_addr = young_addrs.append
old_objs: list = []
old_addrs: list[int] = []
old_subs: list = []
old_parents: list = []
old_offs: list[int] = []
old_splits: list[tuple] = []
_split_index: dict[int, tuple[int, int]] = {}  # id(part) -> (record, position in it)
_split_offsets: dict[int, list[int]] = {}  # record -> its parts' offsets, once computed
# record (split) / position (substring) -> the parent's address, once looked up: the collector
# looks up every part of a split, and the parent's own lookup would otherwise be repeated
_split_base: dict[int, int] = {}
_sub_base: dict[int, int] = {}
_obj_index: dict[int, int] = {}  # id(obj) -> position in old_objs, for old_objs[:_indexed[0]]
_sub_index: dict[int, int] = {}
_indexed = [0, 0, 0]
YOUNG_MAX = 4096
YOUNG_ROOM = 16 << 20  # bytes of substrings registered between folds (they allocate nothing)
BIG_ROOM = 64 << 20
_prune_at = 4096
_big_room = BIG_ROOM
_young_room = YOUNG_ROOM


def register(obj: Any, addr: int) -> None:
    """Remember obj's address (an object that cannot carry an _addr slot: lists, bytearrays,
    heap strings)."""
    if obj is not None:
        young_addr(addr)
        young_obj(obj)
        if len(young_objs) > YOUNG_MAX:
            _fold()


def heap_string(s: bytes, addr: int) -> bytes:
    """s, a string whose bytes were just allocated at addr (concatenation, conversion,
    formatting, the standard library's string builders): registered, returned.

    CPython shares its empty and one-byte bytes objects between all their uses, so those
    cannot stand for one allocation (Go allocates few: a static table serves conversions,
    and a concatenation of two non-empty strings is longer; docs/memory.md)."""
    if len(s) > 1:
        young_addr(addr)
        young_obj(s)
    return s


def substring(s: Any, sub: bytes, off: int) -> bytes:
    """sub, which Go makes as s[off:off+len(sub)] without allocating (s a string, or the
    bytearray a strings.Builder's String shares): when s is a heap object (or inside one),
    sub refers to the same allocation, at s's address + off (a 20-byte substring keeps its
    1 MB string alive, as in Go); returns sub."""
    global _young_room
    n = len(sub)
    if n > 1:
        young_subs.append(sub)
        young_parents.append(s)
        young_offs.append(off)
        _young_room -= n
        if _young_room < 0 or len(young_subs) > YOUNG_MAX:
            _fold()
    return sub


def substrings(s: bytes, parts: list, offsets_of: Any, arg: Any) -> list:
    """parts, the substrings of s a split returns (Split, Fields...), registered as one
    record: their offsets in s, offsets_of(s, parts, arg), are computed only when one of
    them is looked up. The record holds a copy of the list (the program may store into its
    slice); returns parts."""
    global _young_room
    young_splits.append((s, parts[:], offsets_of, arg))
    _young_room -= len(s)  # (about what the parts hold)
    if _young_room < 0 or len(young_splits) > YOUNG_MAX:
        _fold()
    return parts


def _parts_referenced(rec: tuple) -> bool:
    """Whether something besides the record references one of its parts (ignoring CPython's
    shared empty and one-byte strings, which are always referenced, and the parent itself,
    the one part of a split that found no separator)."""
    parent, parts = rec[0], rec[1]
    counts = list(map(sys.getrefcount, parts))  # (two: parts' and getrefcount's argument)
    if counts.count(2) == len(counts):
        return False
    return any(c > 2 and len(p) > 1 and p is not parent for p, c in zip(parts, counts))


def _referenced(objs: list) -> list | None:
    """For each object of objs, whether something besides objs references it; None when
    none is (the common case: most registered objects die young)."""
    counts = list(map(sys.getrefcount, objs))
    if counts.count(2) == len(counts):
        return None
    return list(map(ne, counts, repeat(2)))


def _fold() -> None:
    """Move the young entries whose object is still referenced to the old lists, drop the
    others; prune the old lists when due. (Nothing in here allocates a Go object, so the
    allocator's span hook cannot run it again meanwhile.)"""
    global _big_room, _young_room
    _young_room = YOUNG_ROOM
    if young_objs:
        keep = _referenced(young_objs)
        if keep is not None:
            n = len(old_objs)
            old_objs.extend(compress(young_objs, keep))
            old_addrs.extend(compress(young_addrs, keep))
            _big_room -= sum(map(sys.getsizeof, old_objs[n:]))  # (islice would walk from 0)
        young_objs.clear()
        young_addrs.clear()
    if young_subs:
        keep = _referenced(young_subs)
        if keep is not None:
            # (and not one of CPython's shared empty and one-byte strings)
            keep = list(map(and_, keep, map(gt, map(len, young_subs), repeat(1))))
            n = len(old_subs)
            old_subs.extend(compress(young_subs, keep))
            old_parents.extend(compress(young_parents, keep))
            old_offs.extend(compress(young_offs, keep))
            _big_room -= sum(map(sys.getsizeof, old_subs[n:]))
        young_subs.clear()
        young_parents.clear()
        young_offs.clear()
    if young_splits:
        kept = [rec for rec in young_splits if _parts_referenced(rec)]
        young_splits.clear()
        old_splits.extend(kept)
        _big_room -= sum(map(sys.getsizeof, map(_SECOND, kept)))
    if len(old_objs) + len(old_subs) + len(old_splits) > _prune_at or _big_room < 0:
        _prune()


def _second(x: tuple) -> Any:
    return x[1]


_SECOND = _second


def _prune() -> None:
    """Drop the old entries whose object only the table references."""
    global _prune_at, _big_room
    for lists in ((old_objs, old_addrs), (old_subs, old_parents, old_offs)):
        keep = _referenced(lists[0])
        if keep is None:
            for lst in lists:
                lst.clear()
        elif False in keep:
            for lst in lists:
                lst[:] = compress(lst, keep)
    old_splits[:] = [rec for rec in old_splits if _parts_referenced(rec)]
    _obj_index.clear()
    _sub_index.clear()
    _split_index.clear()
    _split_offsets.clear()
    _split_base.clear()
    _sub_base.clear()
    _indexed[:] = [0, 0, 0]
    _prune_at = max(4096, 2 * (len(old_objs) + len(old_subs) + len(old_splits)))
    _big_room = BIG_ROOM


def _sync_index() -> None:
    """Index what was promoted to the old lists since the last lookup."""
    k = _indexed[0]
    if k < len(old_objs):
        _obj_index.update(zip(map(id, old_objs[k:]), count(k)))
        _indexed[0] = len(old_objs)
    k = _indexed[1]
    if k < len(old_subs):
        _sub_index.update(zip(map(id, old_subs[k:]), count(k)))
        _indexed[1] = len(old_subs)
    k = _indexed[2]
    for r in range(k, len(old_splits)):
        _split_index.update(zip(map(id, old_splits[r][1]), zip(repeat(r), count())))
    _indexed[2] = len(old_splits)


def _lookup(obj: Any, depth: int = 0) -> int:
    """obj's address from the old lists (after a fold), 0 if not there."""
    if _indexed[0] != len(old_objs) or _indexed[1] != len(old_subs) or _indexed[2] != len(old_splits):
        _sync_index()
    k = id(obj)
    i = _obj_index.get(k)
    if i is not None and old_objs[i] is obj:
        return old_addrs[i]
    j = _sub_index.get(k)
    if j is None or old_subs[j] is not obj:
        split = _split_index.get(k)
        if split is None:
            return 0
        r, pos = split
        parent, parts, offsets_of, arg = old_splits[r]
        if parts[pos] is not obj or len(obj) < 2:
            return 0
        offs = _split_offsets.get(r)
        if offs is None:
            offs = _split_offsets[r] = offsets_of(parent, parts, arg)
        a = _split_base.get(r)
        if a is None:
            a = getattr(parent, "_addr", None)
            if a is None and parent is not obj and depth < 64:
                a = _lookup(parent, depth + 1)
            a = _split_base[r] = a or 0
        return a + offs[pos] if a else 0
    a = _sub_base.get(j)
    if a is None:
        parent = old_parents[j]
        a = getattr(parent, "_addr", None)
        if a is None and parent is not obj and depth < 64:  # (a substring of a substring...)
            a = _lookup(parent, depth + 1)
        a = _sub_base[j] = a or 0
    return a + old_offs[j] if a else 0


def address_of_heap(obj: Any) -> int:
    """obj's address, or 0 when it never went through the allocator: the one lookup of the
    collector (heap.span_of(address) gives the span and slot, interior addresses included).

    Objects derived from an allocation without one of their own carry an address inside it:
    substrings (the parent string's address + offset), struct elements of arrays and
    struct-typed fields whose address was taken (the container's + offset). Variables that
    never went through the heap but whose address was asked for carry a stack address (in
    the stack pages, whose span is not a heap span)."""
    if type(obj) is not bytes:  # (a string has no _addr: no attribute lookup to fail)
        a = getattr(obj, "_addr", None)
        if a is not None:
            return a
    if young_objs or young_subs or young_splits:
        _fold()
    return _lookup(obj)


def string_allocations(strs: list) -> set[int]:
    """Addresses in the allocations that hold the strings (bytes) of strs, other values
    ignored (marking the slot of one is what marking the string means). The collector's bulk
    path for the many strings of a slice: a run of one split's parts (the slice Split or
    Fields returned), where one lookup per string would cost more than the rest of the mark,
    gives its parent's address once."""
    if young_objs or young_subs or young_splits:
        _fold()
    if _indexed[0] != len(old_objs) or _indexed[1] != len(old_subs) or _indexed[2] != len(old_splits):
        _sync_index()
    out: set[int] = set()
    add = out.add
    # the list is a run of one split's parts (the common case: the slice Split or Fields
    # returned, or a piece of it): their parent, at C speed (the run found from its first
    # part that is not one of CPython's shared one-byte strings)
    k = next((k for k in range(min(len(strs), 8)) if type(strs[k]) is bytes and len(strs[k]) > 1), -1)
    first = _split_index.get(id(strs[k])) if k >= 0 else None
    if first is not None and first[1] >= k:
        parent, parts = old_splits[first[0]][:2]
        start = first[1] - k
        if parts[first[1]] is strs[k] and len(parts) - start >= len(strs) \
                and all(map(is_, parts[start:start + len(strs)], strs)) and parent is not strs[k]:
            a = getattr(parent, "_addr", None) or _lookup(parent)
            return {a} if a else out
    for x in strs:  # (otherwise one lookup each: _lookup caches each parent's address)
        if type(x) is bytes and len(x) > 1:
            a = _lookup(x)
            if a:
                add(a)
    return out


mcache_hooks.append(_fold)  # a new span or a large object: fold the young registrations


def interior(obj: Any, addr: int) -> Any:
    """obj, a struct or array value stored inside another object (an element of an array or
    slice, a field of a struct) whose Go address is addr: it carries addr from now on (a
    struct object in its _addr slot, an array in the table); returns obj."""
    try:
        obj._addr = addr
    except AttributeError:
        register(obj, addr)
    return obj


# The start-up stacks (Go's g0 and main stacks): pages lent by the heap, counted in StackInuse.
_stack_span = heap.alloc_manual(mstats.STARTUP_STACK_BYTES // 8192)

# The objects that were never allocated on the heap (variables that stay on the stack, package
# variables, allocations not reported yet) get addresses in an arena the heap never maps
# (mheap.NEVER_HEAP_BASE), handed out upwards and wrapping around when used up. An array's
# elements get addresses past its own (&a[i]) that this size does not cover (a list does not
# say its element size): they still fall in that arena, never in a heap span.
NEVER_HEAP_WINDOW = 15 << 20  # (the last MiB of the 16 takes what elements reach past it)
_never_heap_next = [NEVER_HEAP_BASE]


def stack_address(obj: Any) -> int:
    """An address for obj outside the heap (zerobase for a zero-size object)."""
    t = getattr(obj, "_gotype", None)
    size = 8 if t is None else t.size
    if isinstance(obj, (list, bytearray)):
        size = len(obj) * (1 if isinstance(obj, bytearray) else 8)
    if size == 0:
        return ZEROBASE
    size = (size + 7) // 8 * 8
    a = _never_heap_next[0]
    if a + size > NEVER_HEAP_BASE + NEVER_HEAP_WINDOW:
        a = NEVER_HEAP_BASE
    _never_heap_next[0] = a + size
    return a


def _seed_startup_heap() -> None:
    """Allocate what a Go 1.23 program has allocated when main starts (mstats.STARTUP_*):
    the per-class objects, among them one tiny block holding the tiny sub-allocations."""
    for _ in range(mstats.STARTUP_TINY_IN_BLOCK + 1):  # the first opens the block
        mcache.alloc_tiny(2)
    for size_class, n in mstats.STARTUP_BY_CLASS.items():
        kinds = (True, False) if size_class in mstats.STARTUP_BOTH_KINDS else (True,)
        for k in range(n - (size_class == 2)):
            mcache.next_slot(size_class << 1 | kinds[k % len(kinds)])
    mcache.release_all()
    # pages used during start-up and given back, not yet returned to the OS
    retained = mstats.STARTUP_IDLE_RETAINED
    if retained:
        heap.free_pages(heap.alloc_pages(retained), retained)
    mstats.counters.startup_spans = heap.spans_allocated
    mstats.counters.startup_mapped = heap.sys_bytes


_seed_startup_heap()


def alloc_array(elem_type, n: int, site) -> int:
    """Allocate an array of n elem_type at site (alloc with the size computed); returns its
    address."""
    sz = elem_type._size
    p = elem_type._ptrdata
    return mallocgc((elem_type.size if sz is None else sz) * n, (elem_type.ptrdata if p is None else p) == 0,
                    elem_type)


# ---------------------------------------------------------------------------
# Allocations too big for the machine (Go 1.23 on linux/amd64)

MAX_ALLOC = 1 << 48  # Go's maxAlloc: make() asking for more panics ("len out of range")
ADDRESS_SPACE = 1 << 47  # user address space: a heap growth this big cannot even be reserved
HEAP_GROW_UNIT = 4 << 20  # the heap grows by multiples of 512 pages
BIG_ALLOC = 1 << 28  # allocations from this size on are checked against the machine


def check_big_alloc(go_bytes: int, py_bytes: int) -> None:
    """Before an allocation of go_bytes (its size in Go) that takes about py_bytes of Python
    memory, when either is at least BIG_ALLOC: end the program with Go's out-of-memory fatal
    error where Go would, or where gomem could not hold it.

    Go reserves address space for the heap first (failing for growths of ADDRESS_SPACE or
    more: "cannot allocate N-byte block"), then maps it, which the kernel refuses beyond RAM
    plus swap ("runtime: out of memory"); pages it maps are only backed when written. gomem
    writes its zeros, so it also fails where its own representation would take more than half
    of the memory available now.
    """
    ask = -(-go_bytes // HEAP_GROW_UNIT) * HEAP_GROW_UNIT
    if ask >= ADDRESS_SPACE:
        in_use = mstats.heap_sys(heap)  # Go prints the heap's mapped memory (HeapSys)
        raise FatalError("out of memory",
                         f"runtime: out of memory: cannot allocate {ask}-byte block ({in_use} in use)\n")
    total, available = _machine_memory()
    # (gomem takes at most half of what is free, leaving room for the rest of the program)
    if go_bytes > total or py_bytes > available // 2:
        raise FatalError("runtime: out of memory")


def _machine_memory() -> tuple[int, int]:
    """(RAM + swap, memory available now) in bytes, from /proc/meminfo."""
    info = {}
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                k, _, v = line.partition(":")
                info[k] = int(v.split()[0]) * 1024
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        return 1 << 62, 1 << 62
    total = info.get("MemTotal", 1 << 62) + info.get("SwapTotal", 0)
    return total, info.get("MemAvailable", total)


# ---------------------------------------------------------------------------
# maps (Go 1.23's bucket maps; see go-runtime.md 3.7)

HMAP_SIZE = 48
MAPEXTRA_SIZE = 24
LOAD_FACTOR_NUM, LOAD_FACTOR_DEN = 13, 2  # 6.5 entries per bucket


def bucket_size(map_type) -> tuple[int, bool]:
    """(bytes per bucket, noscan) for a map type: tophash, 8 keys, 8 values, overflow pointer."""
    cached = getattr(map_type, "_bucket", None)
    if cached is None:
        u = map_type.underlying()
        k, v = u.key, u.elem
        ks = 8 if k.size > 128 else k.size
        vs = 8 if v.size > 128 else v.size
        size = (8 + 8 * ks + 8 * vs + 7) // 8 * 8 + 8
        noscan = k.size <= 128 and v.size <= 128 and k.ptrdata == 0 and v.ptrdata == 0
        cached = (size, noscan)
        map_type._bucket = cached
    return cached


def _grow_threshold(B: int) -> int:
    """The largest count a map with 2**B buckets holds before growing."""
    return max(8, (LOAD_FACTOR_NUM << B) // LOAD_FACTOR_DEN) if B == 0 else (LOAD_FACTOR_NUM << B) // LOAD_FACTOR_DEN


def _bucket_array(m, B: int) -> None:
    """Account Go's makeBucketArray(B): 2**B buckets, plus preallocated overflow buckets for
    B >= 4 (rounded up to a size class), plus the mapextra the first time those exist."""
    size, noscan = bucket_size(m.t)
    n = 1 << B
    if B >= 4:
        n += 1 << (B - 4)
    if size * n >= BIG_ALLOC:
        check_big_alloc(size * n, 0)
    buckets = alloc(None if noscan else m.t, size * n, m.site)
    deps = getattr(m, "gcdeps", None)
    if deps is None:
        deps = m.gcdeps = [0]
    deps[0] = buckets  # (the old array is garbage once evacuated: gomem evacuates at once)
    if B >= 4 and m.B < 4:
        deps.append(alloc(None, MAPEXTRA_SIZE, m.site))
    m.B = B
    m.grow_at = _grow_threshold(B)


def indirect_slots(map_type) -> tuple:
    """The key and value types of map_type that Go stores out of line (bigger than 128 bytes):
    each new entry of such a map allocates one object per such type."""
    cached = getattr(map_type, "_indirect", None)
    if cached is None:
        u = map_type.underlying()
        cached = tuple(x for x in (u.key, u.elem) if x.size > 128)
        map_type._indirect = cached
    return cached


def _new_entries(m, n: int) -> None:
    """Account the out-of-line keys and values of n new entries of m."""
    deps = getattr(m, "gcdeps", None)
    if deps is None:
        deps = m.gcdeps = [0]
    for x in indirect_slots(m.t):
        for _ in range(n):
            deps.append(alloc(x, x.size, m.site))


def map_store_indirect(m, k, v) -> None:
    """m[k] = v for a map whose keys or values Go stores out of line: a new key allocates them
    (an existing one reuses its slots), then the bucket growth as for any map."""
    n = len(m)
    m[k] = v
    if len(m) > n:
        _new_entries(m, 1)
        if len(m) > m.grow_at:
            map_grow(m)


def make_map(m, t, site, hint: int = 0):
    """make(map[K]V, hint) or a map literal: m is a fresh GoMap (maybe already filled)."""
    m.t = t
    m.site = site
    m.B = -1
    m.grow_at = 0
    m._addr = alloc(None, HMAP_SIZE, site)
    if len(m) and indirect_slots(t):
        _new_entries(m, len(m))
    if hint * bucket_size(t)[0] > MAX_ALLOC:  # as Go's makemap: a hint that big is ignored
        hint = 0
    hint = max(hint, len(m))
    if hint > 8:
        B = 0
        while hint > (LOAD_FACTOR_NUM << B) // LOAD_FACTOR_DEN:
            B += 1
        _bucket_array(m, B)
    elif len(m):
        _bucket_array(m, 0)
    return m


def make_map_local(m, t, site, hint: int = 0):
    """make(map[K]V, hint) or a map literal that escape analysis keeps in the frame: the hmap
    is a frame slot and, for a hint of at most 8, so is its first bucket; bigger bucket
    arrays (at once for a bigger hint, or as it grows) and out-of-line entries are heap
    objects as for any map."""
    m.t = t
    m.site = site
    if len(m) and indirect_slots(t):
        _new_entries(m, len(m))
    if hint * bucket_size(t)[0] > MAX_ALLOC:
        hint = 0
    hint = max(hint, len(m))
    if hint > 8:
        m.B = -1
        B = 0
        while hint > (LOAD_FACTOR_NUM << B) // LOAD_FACTOR_DEN:
            B += 1
        _bucket_array(m, B)
    else:
        m.B = 0
        m.grow_at = _grow_threshold(0)
    return m


def map_grow(m) -> None:
    """Called when len(m) > m.grow_at after an insert: the first bucket, or a doubling."""
    while len(m) > m.grow_at:
        _bucket_array(m, m.B + 1)
