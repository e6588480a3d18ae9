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

Objects carry their address in an ``_addr`` slot (struct objects, Box, Chan, GoMap) or, for
Python objects without one (lists, bytearrays), in ``addresses``, a table that forgets objects
nothing else references any more (see ``register``).
"""

from __future__ import annotations

import sys
from typing import Any

from gomem.runtime import mstats
from gomem.runtime.mcache import Cursor, MCache
from gomem.runtime.mcentral import MCentral
from gomem.runtime.mheap import MHeap
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
        return _next_slot(site.spc)
    if kind == TINY:
        return _alloc_tiny(site.size)
    return mallocgc(site.size, site.noscan, site.type)


def alloc_site(site: Site) -> None:
    """Allocate one object at site when no Python object stands for it (interface boxing,
    closures, go statements)."""
    if next(site.cur.it, None) is None:
        _malloc_site(site)


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
    return _next_slot(spc) if a is None else a


def alloc(t, size: int, site) -> int:
    """Allocate one heap object of size bytes of type t (None: no pointers) at site; returns
    its address."""
    if t is None:
        return mallocgc(size, True)
    p = t._ptrdata
    return mallocgc(size, (t.ptrdata if p is None else p) == 0, t)


# ---------------------------------------------------------------------------
# Addresses of objects that cannot carry an _addr slot

addresses: dict[int, tuple[Any, int]] = {}
_prune_at = [4096]


def register(obj: Any, addr: int) -> None:
    """Remember obj's address. The table holds obj (so its id is not reused while the entry
    exists) but drops, when it has grown past twice its live size, every object that only the
    table still references: memory stays proportional to what the program keeps."""
    if obj is None:
        return
    addresses[id(obj)] = (obj, addr)
    if len(addresses) > _prune_at[0]:
        _prune()


def _prune() -> None:
    refcount = sys.getrefcount
    dead = []
    for key, entry in addresses.items():
        # two references: the table entry and getrefcount's own argument
        if refcount(entry[0]) <= 2:
            dead.append(key)
    for key in dead:
        del addresses[key]
    _prune_at[0] = max(4096, 2 * len(addresses))


def address_of_heap(obj: Any) -> int:
    """obj's heap address, or 0 when it never went through the allocator."""
    a = getattr(obj, "_addr", None)
    if a is not None:
        return a
    entry = addresses.get(id(obj))
    if entry is not None and entry[0] is obj:
        return entry[1]
    return 0


# The objects that were never allocated on the heap (variables that stay on the stack, or
# allocations not reported yet) get addresses in the start-up stack pages, from the top down
# as a goroutine stack grows, wrapping around when used up: they are stack-like, never heap.
_stack_span = heap.alloc_manual(mstats.STARTUP_STACK_BYTES // 8192)
_stack_top = [_stack_span.base + mstats.STARTUP_STACK_BYTES]


def stack_address(obj: Any) -> int:
    """An address for obj in the stack pages (zerobase for a zero-size object)."""
    t = getattr(obj, "_gotype", None)
    size = 8 if t is None else t.size
    if isinstance(obj, (list, bytearray)):
        size = len(obj) * (1 if isinstance(obj, bytearray) else 8)
    if size == 0:
        return ZEROBASE
    size = (size + 7) // 8 * 8
    top = _stack_top[0] - size
    if top < _stack_span.base:
        top = max(_stack_span.base, _stack_span.base + mstats.STARTUP_STACK_BYTES - size)
    _stack_top[0] = top
    return top


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
