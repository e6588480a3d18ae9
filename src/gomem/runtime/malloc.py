"""The one allocation entry of compiled code.

Every allocation point of a Go program (new, escaping composite literals, make, append growth,
string building, closures, interface boxing, go statements, maps, channels) calls ``alloc``
with the type, the byte size and the allocation site. For now it counts, per site and in
total, the way runtime.MemStats counts Mallocs and TotalAlloc (at the size-class slot size);
the allocator model (mheap/mspan/mcache) replaces the body without changing the callers.
"""

from __future__ import annotations

from gomem.types.sizeclasses import roundupsize


class Stats:
    __slots__ = ("mallocs", "total_alloc", "by_site")

    def __init__(self):
        self.mallocs = 0
        self.total_alloc = 0
        self.by_site: dict = {}


stats = Stats()


def alloc(t, size: int, site) -> None:
    """Account one heap allocation of size bytes of type t at site (function, file, line)."""
    st = stats
    st.mallocs += 1
    slot = roundupsize(size, t is None or t.ptrdata == 0) if size else 0
    st.total_alloc += slot
    c = st.by_site.get(site)
    if c is None:
        st.by_site[site] = [1, slot]
    else:
        c[0] += 1
        c[1] += slot


def alloc_array(elem_type, n: int, site) -> None:
    alloc(elem_type, elem_type.size * n, site)


def alloc_obj(t, site) -> None:
    alloc(t, t.size, site)
