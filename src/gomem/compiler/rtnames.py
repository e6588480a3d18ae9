"""The run-time names compiled code refers to (the `_name` helpers of the generated module)."""

from __future__ import annotations

import math
from itertools import islice
from typing import Any

from gomem.runtime import barrier, chan, core, malloc, sched
from gomem.runtime import values as V
from gomem.runtime.panic import (
    GoPanic,
    go_panic_plain,
    panic_index,
    panic_nil_deref,
    panic_type_assertion,
    stack_overflow,
)
from gomem.runtime.printing import builtin_print
from gomem.stdlib import utf8

_alloc_site = malloc.alloc_site
_new = malloc.new_object
_young_obj = malloc.young_obj
_young_addr = malloc.young_addr
_mallocgc = malloc.mallocgc


class GlobalRef:
    """&g for a package variable g that is not a struct or array (lives in the module dict)."""

    __slots__ = ("ns", "name")

    def __init__(self, ns: dict, name: str):
        self.ns = ns
        self.name = name

    @property
    def v(self):
        return self.ns[self.name]

    @v.setter
    def v(self, x) -> None:
        self.ns[self.name] = x

    def __eq__(self, other) -> bool:
        return type(other) is GlobalRef and other.ns is self.ns and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)


def _bind(fn, recv):
    return lambda *a: fn(recv, *a)


def _map_get2(m: dict, k, z):
    if k in m:
        return m[k], True
    return (z() if callable(z) else z), False


def _hashed_key(k):
    """k, after hashing it: Go's delete hashes an interface key even when the map is empty
    (so an unhashable dynamic type panics), where dict.pop on an empty dict does not."""
    if k is not None:
        hash(k)
    return k


def _fill_indexed(a, items: dict):
    """a (a zero array's list or bytearray) with the elements at the given indices set."""
    for i, v in items.items():
        a[i] = v
    return a


def _map_get_agg(m: dict, k, z):
    v = m.get(k)
    if v is None and k not in m:
        return z()
    return v


def _slice_lit(items, elem_type, site) -> V.Slice:
    n = len(items)
    if site is not None and n:  # (an empty literal is the shared zerobase in Go)
        malloc.register(items, malloc.alloc_array(elem_type, n, site))
    return V.Slice(items, 0, n, n)


def _make_map(t, site, hint: int = 0) -> dict:
    return malloc.make_map(V.GoMap(), t, site, hint)


def _map_lit(t, site, d: dict) -> dict:
    return malloc.make_map(V.GoMap(d), t, site)


def _make_map_local(t, site, hint: int = 0) -> dict:
    return malloc.make_map_local(V.GoMap(), t, site, hint)


def _map_lit_local(t, site, d: dict) -> dict:
    return malloc.make_map_local(V.GoMap(d), t, site)


HCHAN_SIZE = 96  # unsafe.Sizeof(hchan{}) on amd64, as makechan counts it


def _make_chan(n: int, zero, t, site):
    """hchan is 104 bytes; a buffer of pointer-holding elements is a second allocation."""
    elem = t.underlying().elem
    buf = elem.size * max(n, 0)
    if n < 0 or buf > malloc.MAX_ALLOC - HCHAN_SIZE:
        go_panic_plain("makechan: size out of range")
    if buf >= malloc.BIG_ALLOC:  # gomem's buffer grows as it fills; Go's is allocated here
        malloc.check_big_alloc(HCHAN_SIZE + buf, 0)
    if elem.ptrdata and buf:
        addr = malloc.alloc(None, 104, site)
        from gomem.runtime import mgcmark
        mgcmark.dependents[addr] = [malloc.alloc(elem, buf, site)]
    else:
        addr = malloc.alloc(None, 104 + buf, site)
    c = chan.make_chan(n, zero)
    c._addr = addr
    return c


def _box_int(t, v, site):
    x = V.Iface(t, v)
    if not 0 <= v < 256:
        _new(site, x)  # the box's address on the interface value
    return x


def _box_float(t, v, site):
    x = V.Iface(t, v)
    if v != 0.0 or math.copysign(1.0, v) < 0:
        _new(site, x)
    return x


def _box_str(t, v, site):
    x = V.Iface(t, v)
    if v:
        _new(site, x)
    return x


def _box_slice(t, v, site):
    x = V.Iface(t, v)
    if v.a is not None:
        _new(site, x)
    return x


def _box_any(t, v, site):
    return _new(site, V.Iface(t, v))


def _concat(site, *parts):
    """a + b + ...: one allocation of the total length unless at most one operand is non-empty."""
    r = b"".join(parts)
    if len(r) and sum(1 for p in parts if p) > 1:
        _young_addr(malloc.alloc(None, len(r), site))  # (first: allocating may fold)
        _young_obj(r)  # (malloc.heap_string without the call)
    return r


def _concat2(site, a, b):
    if a and b:
        r = a + b
        _young_addr(_mallocgc(len(r), True))  # (first: allocating may fold)
        _young_obj(r)  # (malloc.heap_string without the call)
        return r
    return a or b


def _concat_tmp(site, *parts):
    """a + b + ... whose result does not escape: a result of up to 32 bytes is built in the
    frame's buffer, a longer one allocated as by _concat."""
    r = b"".join(parts)
    if len(r) > core.TMP_BUF_SIZE and sum(1 for p in parts if p) > 1:
        _young_addr(malloc.alloc(None, len(r), site))  # (first: allocating may fold)
        _young_obj(r)
    return r


def _string_to_runes_tmp(s: bytes, site) -> V.Slice:
    return core.string_to_runes_tmp(utf8.string_to_runes(s), site)


def _runes_to_string_tmp(s: V.Slice, site) -> bytes:
    return core.runes_to_string_tmp(utf8.runes_to_string(core.slice_elems(s)), site)


def _elem_at(a, i: int, size: int):
    """a[i] (a struct or array element of the array or backing store a, i in range) with its
    Go address set: a's address + i * size, inside a's allocation (&a[i] in Go)."""
    if type(a) is V.ArrayView:  # an array made from a slice: the slice's store
        a, i = a.a, a.off + i
    return malloc.interior(a[i], V.address_of(a) + i * size)


def _field_at(o, name: str, off: int):
    """o.name (a struct- or array-typed field of struct o) with its Go address set: o's
    address + the field's offset (&o.name in Go)."""
    if o is None:  # &p.f through a nil pointer
        panic_nil_deref()
    return malloc.interior(getattr(o, name), V.address_of(o) + off)


def _moved(site, v):
    """A variable moved to heap that no Python object stands for (captured by reference, kept
    in a Python cell): the heap object Go allocates for it is counted; returns v."""
    malloc.alloc_site(site)
    return v


def _copier(t):
    return lambda x: V.copy_value(t, x)


def _go_panic(v) -> None:
    if v is None:
        from gomem.runtime.panic import _runtime_error_type  # noqa: F401
        raise GoPanic(V.Iface(_PANIC_NIL, b"panic called with nil argument"))
    raise GoPanic(v)


def _make_panic_nil_type():
    from gomem.types.types import STRING, FuncInfo, Named, new_pointer, new_signature
    t = Named("PanicNilError", "runtime", STRING)
    p = new_pointer(t)
    t.methods["Error"] = FuncInfo("Error", new_signature((), (STRING,)), True)
    p.m_Error = lambda v: v  # type: ignore[attr-defined]
    p.m_RuntimeError = lambda v: None  # type: ignore[attr-defined]
    return p


_PANIC_NIL = _make_panic_nil_type()


def _assert_fail(x, src_t, want_t):
    """The panic of a failed x.(T)."""
    from gomem.types.types import Interface
    if x is None:
        # asserting to an interface type, Go does not name the operand's type
        panic_type_assertion(f"{'interface' if isinstance(want_t.underlying(), Interface) else src_t} is nil, not {want_t}")
    if isinstance(want_t.underlying(), Interface):
        missing = [m.name for m in want_t.underlying().methods if not V.implements(x.t, Interface((m,)))]
        panic_type_assertion(f"{x.t} is not {want_t}: missing method {missing[0] if missing else '?'}")
    if str(x.t) == str(want_t):  # local types of the same name
        panic_type_assertion(f"{src_t} is {x.t}, not {want_t} (types from different scopes)")
    panic_type_assertion(f"{src_t} is {x.t}, not {want_t}")


def _clear_slice(s: V.Slice, z) -> None:
    if s.a is None:
        return
    if barrier.marking:  # (the cleared pointers: the deletion barrier)
        barrier.shade_deleted(*s.a[s.off:s.off + s.len])
    if z is core.BYTES:
        z = 0
    for i in range(s.off, s.off + s.len):
        s.a[i] = z() if callable(z) else z


def _map_delete(m: Any, k: Any) -> None:
    """delete(m, k) on a map whose keys or values hold pointers (the deletion barrier)."""
    if barrier.marking and k in m:
        barrier.shade_deleted(k, m[k])
    m.pop(k, None)


def _map_clear(m: Any) -> None:
    """clear(m) on a map whose keys or values hold pointers."""
    if barrier.marking:
        barrier.shade_deleted(*m.keys(), *m.values())
    m.clear()


def _fmin(*xs: float) -> float:
    for x in xs:
        if x != x:
            return x
    r = xs[0]
    for x in xs[1:]:
        if x < r or (x == r == 0 and math.copysign(1, x) < 0):
            r = x
    return r


def _fmax(*xs: float) -> float:
    for x in xs:
        if x != x:
            return x
    r = xs[0]
    for x in xs[1:]:
        if x > r or (x == r == 0 and math.copysign(1, x) > 0):
            r = x
    return r


def _string_to_runes(s: bytes, site) -> V.Slice:
    return core.string_to_runes(utf8.string_to_runes(s), site)


def _runes_to_string(s: V.Slice, site) -> bytes:
    return core.runes_to_string(utf8.runes_to_string(core.slice_elems(s)), site)


def _rune_to_string(r: int, site) -> bytes:
    return core.rune_to_string(utf8.encode_rune(r), site)


def _panicwrap(msg: str) -> None:
    """The panic of the wrapper that calls a value method through a nil pointer held in an
    interface (gc's runtime.panicwrap)."""
    from gomem.runtime.panic import go_panic_plain
    go_panic_plain(msg)


def _preempt() -> int:
    return sched.preempt()


def namespace() -> dict[str, Any]:
    """A fresh module namespace holding every helper compiled code may use."""
    return {
        "_Box": V.Box, "_ElemRef": V.ElemRef, "_FieldRef": V.FieldRef, "_GlobalRef": GlobalRef,
        "_Iface": V.Iface, "_Slice": V.Slice, "_NIL_SLICE": V.NIL_SLICE, "_NIL_MAP": V.NIL_MAP,
        "_implements": V.implements, "_go_equal": V.go_equal, "_to_key": V.to_key, "_from_key": V.from_key,
        "_zero_maker": V.zero_maker, "_copy_value": V.copy_value,
        "_Defers": core.Defers, "_recover": core.recover, "_recover_deferred": core.recover_deferred, "_stack_overflow": stack_overflow,
        "_stack_push": sched.stack_push,
        "_panic_index": panic_index, "_panic_nil": panic_nil_deref, "_assert_fail": _assert_fail,
        "_go_panic": _go_panic, "_panicwrap": _panicwrap,
        "_islice": islice, "_runes": utf8.runes, "_map_iter": core.map_iter,
        "_map_get2": _map_get2, "_fill_indexed": _fill_indexed, "_hashed_key": _hashed_key, "_map_get_agg": _map_get_agg,
        "_chan_recv": chan.recv, "_chan_recv2": chan.recv2, "_chan_send": chan.send, "_chan_close": chan.close,
        "_chan_len": chan.chan_len, "_chan_cap": chan.chan_cap, "_select": chan.select,
        "_go": sched.go, "_preempt": _preempt, "_tk": 1000,
        "_bind": _bind, "_index_check": core.index_check,
        "_slice_string": core.slice_string, "_reslice": core.reslice, "_slice_array": core.slice_array,
        "_fdiv": core.fdiv, "_sqrt": math.sqrt, "_f32": core.f32, "_idiv": core.idiv, "_imod": core.imod,
        "_shift_count": core.shift_count, "_shl": core.shl, "_float_to_int": core.float_to_int,
        "_slice_lit": _slice_lit, "_rune_to_string": _rune_to_string, "_bytes_to_string": core.bytes_to_string,
        "_runes_to_string": _runes_to_string, "_string_to_bytes": core.string_to_bytes,
        "_string_to_runes": _string_to_runes, "_slice_to_array": core.slice_to_array,
        "_new": malloc.new_object, "_elem_at": _elem_at, "_field_at": _field_at, "_alloc_site": malloc.alloc_site, "_make_slice": core.make_slice, "_make_map": _make_map,
        "_make_chan": _make_chan, "_append_values": core.append_values, "_append1": core.append1,
        "_slice_elems_copy": core.slice_elems_copy, "_copier": _copier, "_slice_elems": core.slice_elems,
        "_copy_slice": core.copy_slice, "_copy_slice_aggregate": core.copy_slice_aggregate,
        "_print_builtin": builtin_print, "_clear_slice": _clear_slice, "_map_delete": _map_delete, "_map_clear": _map_clear, "_fmin": _fmin, "_fmax": _fmax,
        "_alloc_array": malloc.alloc_array, "_check_big_alloc": malloc.check_big_alloc, "_BYTES": core.BYTES,
        "_box_int": _box_int, "_box_float": _box_float, "_box_str": _box_str, "_box_slice": _box_slice,
        "_box_any": _box_any, "_map_lit": _map_lit, "_map_grow": malloc.map_grow, "_map_store_indirect": malloc.map_store_indirect,
        "_concat": _concat, "_concat2": _concat2,
        "_concat_tmp": _concat_tmp, "_make_map_local": _make_map_local, "_map_lit_local": _map_lit_local, "_moved": _moved, "_string_to_bytes_tmp": core.string_to_bytes_tmp,
        "_string_to_bytes_alias": core.string_to_bytes_alias,
        "_const_string_to_bytes": core.const_string_to_bytes, "_string_to_runes_tmp": _string_to_runes_tmp,
        "_bytes_to_string_tmp": core.bytes_to_string_tmp, "_runes_to_string_tmp": _runes_to_string_tmp,
        "_encode_rune": utf8.encode_rune,
    }
