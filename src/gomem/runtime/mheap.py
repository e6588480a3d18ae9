"""The heap: arenas, the page allocator and spans (Go 1.23's mheap, linux/amd64).

Address space is reserved in 64 MiB arenas upward from 0xc000000000 (Go's first address hint
on linux/amd64) and mapped in 4 MiB chunks as the heap grows: HeapSys grows by what is
mapped. Free pages are kept as runs (first fit by lowest address, as Go's page allocator
finds pages), each run remembering whether its pages were released to the OS (freshly
mapped pages are: they count in HeapReleased until first used). Every page of an arena
knows its span (``span_of``), which the collector of the next issue needs to find the span
and slot of an address.

Out of memory: each time the heap maps another 4 MiB, the memory the gomem process really
uses is compared with the limit (``memory_limit``): see docs/memory.md.
"""

from __future__ import annotations

import os

from gomem.runtime.mspan import SPAN_DEAD, SPAN_IN_USE, SPAN_MANUAL, MSpan
from gomem.runtime.panic import FatalError
from gomem.types.sizeclasses import PAGE_SIZE

PAGE_SHIFT = 13
ARENA_BASE = 0xC000000000
ARENA_BYTES = 64 << 20
PAGES_PER_ARENA = ARENA_BYTES // PAGE_SIZE      # 8192
CHUNK_PAGES = 512                               # the heap maps 4 MiB at a time
DENSE_CHUNK_PAGES = 496                         # a chunk this full is dense (Go's scavChunkHiOccPages)
MAX_ALLOC = 1 << 48                             # Go's maxAlloc on linux/amd64
# The addresses of objects that never live in the heap (variables that stay on the stack,
# package variables: malloc.stack_address) come from the last 16 MiB of the first arena, whose
# pages the heap never maps (it maps past them): like Go's stack and data addresses they are
# never in a heap span, so the collector never takes one for a heap object. (They look like
# the addresses Go gives a small program: 0xc003000000 on.)
NEVER_HEAP_BASE = ARENA_BASE + (48 << 20)
_NEVER_HEAP_PAGES = ((48 << 20) // PAGE_SIZE, ARENA_BYTES // PAGE_SIZE)


def _process_rss() -> int:
    """Resident memory of this process in bytes (0 where /proc is missing)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        return 0


def _meminfo() -> dict[str, int]:
    info: dict[str, int] = {}
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                k, _, v = line.partition(":")
                info[k] = int(v.split()[0]) * 1024
    except (OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        pass
    return info


def parse_size(text: str) -> int:
    """A byte count with an optional unit, as GOMEMLIMIT writes them: 512MiB, 2GiB, 1000000."""
    text = text.strip()
    units = {"B": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40}
    for unit, mult in sorted(units.items(), key=lambda u: -len(u[0])):
        if text.endswith(unit):
            return int(text[:-len(unit)]) * mult
    return int(text)


def default_memory_limit() -> int:
    """How much memory the gomem process may use before its Go program runs out of memory:
    GOMEM_MAXHEAP (bytes, or with a KiB/MiB/GiB unit) if set, else three quarters of the
    memory the machine had available at start-up (plus what gomem itself used then)."""
    env = os.environ.get("GOMEM_MAXHEAP")
    if env:
        try:
            return parse_size(env)
        except ValueError:
            pass
    info = _meminfo()
    available = info.get("MemAvailable", info.get("MemTotal", 1 << 40))
    return _process_rss() + available * 3 // 4


class MHeap:
    """The one heap of a gomem process."""

    def __init__(self) -> None:
        self.arenas = 0                 # 64 MiB arenas reserved
        self.mapped_pages = 0           # pages mapped (HeapSys plus pages lent to stacks)
        self.next_page = 0              # the first page past those mapped
        self.free: list[list[int]] = []  # free runs [first page, npages, released(0/1)], by address
        self.pages_in_use = 0           # pages of in-use heap spans (HeapInuse)
        self.pages_manual = 0           # pages lent out of the heap (stacks, work buffers)
        self.pages_workbuf = 0          # of those, the collector's work buffers (mgcwork)
        self.released_pages = 0         # free pages returned to the OS (HeapReleased)
        self.spans_allocated = 0        # mspan structures in use (MSpanInuse)
        self.span_table: dict[int, list] = {}  # arena index -> span of each of its pages
        self.sweepgen = 0
        self.memory_limit = default_memory_limit()
        # per 4 MiB chunk, for the scavenger (Go's scavChunkData): pages in use, pages in use
        # when the chunk was first touched in the current scavenge generation, that generation
        self.chunk_in_use: list[int] = []
        self.chunk_last_in_use: list[int] = []
        self.chunk_gen: list[int] = []
        self.scav_gen = 0               # advanced at each mark termination (next_scav_gen)
        # the scavenger searches free pages below search_bg (a page index; Go's searchAddrBg),
        # which a new generation raises to the highest page freed in the last one (free_hwm)
        self.search_bg = 0
        self.free_hwm = 0
        # the proportional sweep's pages to sweep per byte of heap growth (Go's
        # mheap.sweepPagesPerByte; mgcsweep paces it), 0 when nothing is owed
        self.sweep_pages_per_byte = 0.0
        self.after_alloc_hook = None    # the scavenger's (mgcscavenge.after_span_alloc) once it runs
        self.grown_pages = 0            # pages mapped by the last alloc_pages (0: none)
        self.recommitted_pages = 0      # released pages the last alloc_pages took back

    # ------------------------------------------------------------------ pages

    def _grow(self, npages: int) -> None:
        """Map at least npages more pages (in 4 MiB chunks), reserving arenas as needed."""
        ask = -(-npages // CHUNK_PAGES) * CHUNK_PAGES
        if self.mapped_pages and _process_rss() > self.memory_limit:
            # no room for more (GOMEM_MAXHEAP or the machine): Go's failed mmap
            raise FatalError("runtime: out of memory")
        start = self.next_page
        lo, hi = _NEVER_HEAP_PAGES
        if start < hi and start + ask > lo:  # (the never-heap arena: map past it)
            start = hi
        end = start + ask
        while end > self.arenas * PAGES_PER_ARENA:
            self._reserve_arena()
        self.next_page = end
        self.mapped_pages += ask
        self.grown_pages += ask
        nchunks = end // CHUNK_PAGES
        for lst in (self.chunk_in_use, self.chunk_last_in_use, self.chunk_gen):
            lst.extend([0] * (nchunks - len(lst)))
        self.released_pages += ask
        runs = self.free
        if runs and runs[-1][0] + runs[-1][1] == start and runs[-1][2]:
            runs[-1][1] += ask
        else:
            runs.append([start, ask, 1])

    def _reserve_arena(self) -> None:
        self.span_table[self.arenas] = [None] * PAGES_PER_ARENA
        self.arenas += 1

    def alloc_pages(self, npages: int) -> int:
        """The first page of npages free contiguous pages (lowest address first)."""
        runs = self.free
        for k, run in enumerate(runs):
            if run[1] >= npages:
                break
        else:
            self._grow(npages - (runs[-1][1] if runs and runs[-1][0] + runs[-1][1] == self.next_page
                                 and runs[-1][2] else 0))
            return self.alloc_pages(npages)
        first = run[0]
        if run[2]:
            self.released_pages -= npages
            self.recommitted_pages += npages
        if run[1] == npages:
            del runs[k]
        else:
            run[0] += npages
            run[1] -= npages
        self._chunk_use(first, npages, 1)
        return first

    def _chunk_use(self, first: int, npages: int, sign: int) -> None:
        """Count npages from page first as allocated (sign 1) or freed (-1) in their chunks."""
        gen = self.scav_gen
        in_use, last, gens = self.chunk_in_use, self.chunk_last_in_use, self.chunk_gen
        end = first + npages
        while first < end:
            c = first // CHUNK_PAGES
            n = min(end, (c + 1) * CHUNK_PAGES) - first
            if gens[c] != gen:
                last[c] = in_use[c]
                gens[c] = gen
            in_use[c] += sign * n
            first += n

    def next_scav_gen(self) -> None:
        """Mark termination starts a scavenge generation (Go's scavengeIndex.nextGen): chunk
        density is measured afresh, and the background search starts again from the highest
        page freed in the generation that ends (pages freed later wait for the next one)."""
        self.scav_gen += 1
        if self.free_hwm > self.search_bg:
            self.search_bg = self.free_hwm
        self.free_hwm = 0

    def chunk_may_scavenge(self, c: int) -> bool:
        """Whether the background scavenger may release free pages of chunk c: not while
        the chunk is dense (at least DENSE_CHUNK_PAGES in use) in this generation or was
        when the generation first touched it (Go's shouldScavenge)."""
        if self.chunk_gen[c] == self.scav_gen:
            return self.chunk_in_use[c] < DENSE_CHUNK_PAGES and self.chunk_last_in_use[c] < DENSE_CHUNK_PAGES
        return self.chunk_in_use[c] < DENSE_CHUNK_PAGES

    def free_pages(self, first: int, npages: int, released: bool = False) -> None:
        """Give pages back to the heap (sweep of an empty span, a freed stack)."""
        self._chunk_use(first, npages, -1)
        if first + npages > self.free_hwm:
            self.free_hwm = first + npages
        runs = self.free
        flag = 1 if released else 0
        if released:
            self.released_pages += npages
        k = 0
        while k < len(runs) and runs[k][0] < first:
            k += 1
        runs.insert(k, [first, npages, flag])
        # merge with neighbours in the same state
        if k + 1 < len(runs) and runs[k + 1][2] == flag and first + npages == runs[k + 1][0]:
            runs[k][1] += runs[k + 1][1]
            del runs[k + 1]
        if k > 0 and runs[k - 1][2] == flag and runs[k - 1][0] + runs[k - 1][1] == first:
            runs[k - 1][1] += runs[k][1]
            del runs[k]

    def free_retained_pages(self) -> int:
        """Free pages whose memory is still committed (HeapIdle − HeapReleased, in pages)."""
        return self.mapped_pages - self.pages_in_use - self.pages_manual - self.released_pages

    def scavenge(self, nbytes: int, force: bool = False) -> int:
        """Release at least nbytes (whole pages) of free retained memory to the OS, from the
        highest addresses down as Go's scavenger searches, skipping dense chunks unless
        forced (chunk_may_scavenge), and, unless forced, only below search_bg, which it
        lowers as it goes; returns the bytes released."""
        want = -(-nbytes // PAGE_SIZE)
        released = 0
        split = False
        runs = self.free
        k = len(runs) - 1
        limit = self.next_page if force else self.search_bg
        last_chunk = -1
        while k >= 0 and released < want:
            run = runs[k]
            if not run[2] and run[0] < limit:
                # the part of the run in its highest chunk (the rest is looked at next)
                top = min(run[0] + run[1], limit)
                if top < run[0] + run[1]:  # (above the search limit: left alone)
                    runs.insert(k + 1, [top, run[0] + run[1] - top, 0])
                    run[1] = top - run[0]
                    split = True
                c = (top - 1) // CHUNK_PAGES
                lo = max(run[0], c * CHUNK_PAGES)
                if force or self.chunk_may_scavenge(c):
                    take = min(top - lo, want - released)
                    released += take
                    last_chunk = c
                    if take == run[1]:
                        run[2] = 1
                    else:  # the top of the run is released, its bottom stays retained
                        run[1] -= take
                        runs.insert(k + 1, [run[0] + run[1], take, 1])
                        if take == top - lo and lo > run[0]:
                            continue  # the same run's next chunk down
                elif lo > run[0]:
                    # a dense chunk: split off its part and look at the rest of the run
                    runs.insert(k + 1, [lo, top - lo, 0])
                    run[1] = lo - run[0]
                    split = True
                    continue
            k -= 1
        self.released_pages += released
        if not force:
            # Go's find: the search goes on from the top of the chunk it stopped in, or
            # starts again only in the next generation when the heap was exhausted
            self.search_bg = (last_chunk + 1) * CHUNK_PAGES if released >= want and last_chunk >= 0 else 0
        if released or split:
            self._merge_runs()
        return released * PAGE_SIZE

    def _merge_runs(self) -> None:
        merged: list[list[int]] = []
        for run in self.free:
            if merged and merged[-1][0] + merged[-1][1] == run[0] and merged[-1][2] == run[2]:
                merged[-1][1] += run[1]
            else:
                merged.append(run)
        self.free = merged

    def _after_alloc(self) -> None:
        """The pages of a span were found: if the heap grew or released pages were taken
        back, the scavenger may release memory elsewhere (mgcscavenge.after_span_alloc)."""
        grown, recommitted = self.grown_pages, self.recommitted_pages
        self.grown_pages = self.recommitted_pages = 0
        hook = self.after_alloc_hook
        if hook is not None:
            hook(self, grown, recommitted)

    def scavenge_all(self) -> int:
        """Release every free page to the OS (debug.FreeOSMemory); returns the bytes released."""
        released = 0
        for run in self.free:
            if not run[2]:
                run[2] = 1
                released += run[1]
        self.released_pages += released
        self._merge_runs()
        return released * PAGE_SIZE

    # ------------------------------------------------------------------ spans

    def _set_spans(self, first: int, npages: int, span: MSpan | None) -> None:
        table = self.span_table
        for p in range(first, first + npages):
            table[p // PAGES_PER_ARENA][p % PAGES_PER_ARENA] = span

    def alloc_span(self, npages: int, spanclass: int, elemsize: int, nelems: int) -> MSpan:
        """A new in-use heap span of npages pages for objects of span class spanclass."""
        first = self.alloc_pages(npages)
        s = MSpan(ARENA_BASE + (first << PAGE_SHIFT), npages, spanclass, elemsize, nelems, SPAN_IN_USE)
        s.sweepgen = self.sweepgen
        self.pages_in_use += npages
        if self.grown_pages or self.recommitted_pages:
            self._after_alloc()
        self.spans_allocated += 1
        if npages == 1:
            self.span_table[first // PAGES_PER_ARENA][first % PAGES_PER_ARENA] = s
        else:
            self._set_spans(first, npages, s)
        return s

    def free_span(self, s: MSpan) -> None:
        """Return an in-use span's pages (the sweeper found it empty)."""
        first = (s.base - ARENA_BASE) >> PAGE_SHIFT
        self._set_spans(first, s.npages, None)
        self.pages_in_use -= s.npages
        self.spans_allocated -= 1
        s.state = SPAN_DEAD
        self.free_pages(first, s.npages)

    def alloc_manual(self, npages: int, workbuf: bool = False) -> MSpan:
        """npages lent out of the heap for something that is not heap objects (goroutine
        stacks; the collector's work buffers): they leave HeapSys while lent, as in Go."""
        first = self.alloc_pages(npages)
        s = MSpan(ARENA_BASE + (first << PAGE_SHIFT), npages, 0, npages * PAGE_SIZE, 1, SPAN_MANUAL)
        self.pages_manual += npages
        if workbuf:
            self.pages_workbuf += npages
        if self.grown_pages or self.recommitted_pages:
            self._after_alloc()
        self.spans_allocated += 1
        self._set_spans(first, npages, s)
        return s

    def free_manual(self, s: MSpan, workbuf: bool = False) -> None:
        """Give back pages alloc_manual lent (workbuf: as it was given)."""
        first = (s.base - ARENA_BASE) >> PAGE_SHIFT
        self._set_spans(first, s.npages, None)
        self.pages_manual -= s.npages
        if workbuf:
            self.pages_workbuf -= s.npages
        self.spans_allocated -= 1
        s.state = SPAN_DEAD
        self.free_pages(first, s.npages)

    def span_of(self, addr: int) -> MSpan | None:
        """The span holding heap address addr, or None."""
        p = (addr - ARENA_BASE) >> PAGE_SHIFT
        if p < 0:
            return None
        table = self.span_table.get(p // PAGES_PER_ARENA)
        return None if table is None else table[p % PAGES_PER_ARENA]

    # ------------------------------------------------------------------ figures

    @property
    def sys_bytes(self) -> int:
        """Bytes mapped for the heap, stacks lent from it included."""
        return self.mapped_pages * PAGE_SIZE
