"""The one allocation entry of compiled code.

Every allocation point of a Go program (new, escaping composite literals, make, append growth,
string building, closures, interface boxing, go statements, maps, channels) reports to this
module with the type, the byte size and the allocation site. For now it counts, per site and
in total, the way runtime.MemStats counts Mallocs and TotalAlloc (at the size-class slot size);
the allocator model (mheap/mspan/mcache) replaces the bodies without changing the callers.

Two entry shapes, one accounting:

- ``new_object(site, obj)``: a fixed-size object at a compile-time site. The compiler makes a
  ``Site`` per allocation point with the type, size and slot size precomputed, so the hot path
  is one call and one counter increment.
- ``alloc(t, size, site)`` / ``alloc_array(elem_type, n, site)``: sizes known only at run time
  (make, append growth, the standard library); site is any hashable key.
"""

from __future__ import annotations

from typing import Any

from gomem.runtime.panic import FatalError
from gomem.types.sizeclasses import slot_size


class Site:
    """A compile-time allocation point: Go function, file and line, and what it allocates."""

    __slots__ = ("func", "file", "line", "type", "size", "slot", "count")

    def __init__(self, func: str, file: str, line: int, t: Any = None, size: int = 0):
        self.func = func
        self.file = file
        self.line = line
        self.type = t
        self.size = size
        self.slot = slot_size(size, t is None or t.ptrdata == 0)
        self.count = 0

    def __repr__(self) -> str:
        return f"Site({self.func} {self.file}:{self.line} {self.type} {self.size}B x{self.count})"


class Stats:
    """Totals over all sites (fixed-size sites are summed on demand)."""

    def __init__(self):
        self.sites: list[Site] = []
        self.dyn_mallocs = 0
        self.dyn_bytes = 0
        self.by_site: dict = {}  # dynamic-size allocations: key -> [count, bytes]

    @property
    def mallocs(self) -> int:
        return self.dyn_mallocs + sum(s.count for s in self.sites)

    @property
    def total_alloc(self) -> int:
        return self.dyn_bytes + sum(s.count * s.slot for s in self.sites)


stats = Stats()


def new_site(func: str, file: str, line: int, t: Any = None, size: int = 0) -> Site:
    s = Site(func, file, line, t, size)
    stats.sites.append(s)
    return s


def new_object(site: Site, obj: Any) -> Any:
    """Account one fixed-size heap object allocated at site; returns obj."""
    site.count += 1
    return obj


# slot sizes of small requests (<= 512 bytes no malloc header applies, scan or not)
_SMALL_SLOT = [slot_size(n, True) for n in range(513)]


def alloc(t, size: int, site) -> None:
    """Account one heap allocation of size bytes of type t at site."""
    st = stats
    st.dyn_mallocs += 1
    if size <= 512:
        slot = _SMALL_SLOT[size]
    else:
        if t is None:
            noscan = True
        else:
            p = t._ptrdata
            noscan = (t.ptrdata if p is None else p) == 0
        slot = slot_size(size, noscan)
    st.dyn_bytes += slot
    if type(site) is Site:
        site = (site.func, site.file, site.line)
    c = st.by_site.get(site)
    if c is None:
        st.by_site[site] = [1, slot]
    else:
        c[0] += 1
        c[1] += slot


# ---------------------------------------------------------------------------
# Allocations too big for the machine (Go 1.23 on linux/amd64)

MAX_ALLOC = 1 << 48  # Go's maxAlloc: make() asking for more panics ("len out of range")
ADDRESS_SPACE = 1 << 47  # user address space: a heap growth this big cannot even be reserved
HEAP_GROW_UNIT = 4 << 20  # the heap grows by multiples of 512 pages
HEAP_AT_START = 3932160  # the heap Go 1.23 has mapped when main starts (in "N in use")
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
        in_use = HEAP_AT_START + stats.total_alloc // 8192 * 8192
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


def alloc_array(elem_type, n: int, site) -> None:
    sz = elem_type._size
    alloc(elem_type, (elem_type.size if sz is None else sz) * n, site)


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
    alloc(None if noscan else m.t, size * n, m.site)
    if B >= 4 and m.B < 4:
        alloc(None, MAPEXTRA_SIZE, m.site)
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
    for x in indirect_slots(m.t):
        for _ in range(n):
            alloc(x, x.size, m.site)


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
    alloc(None, HMAP_SIZE, site)
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


def map_grow(m) -> None:
    """Called when len(m) > m.grow_at after an insert: the first bucket, or a doubling."""
    while len(m) > m.grow_at:
        _bucket_array(m, m.B + 1)
