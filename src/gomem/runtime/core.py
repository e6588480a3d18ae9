"""Run-time support called by compiled code: slices, strings, maps, arithmetic, defer/recover.

Everything here is on a hot path of some program, so the functions are small and use local
variables; the compiler inlines the simplest operations instead of calling these.
"""

from __future__ import annotations

import random
import struct
import sys
from itertools import islice
from typing import Any

from gomem.runtime import barrier, malloc
from gomem.runtime.panic import (
    FatalError,
    GoExit,
    GoPanic,
    as_go_panic,
    go_panic_bounds,
    go_panic_runtime,
    panic_index,
)
from gomem.runtime.values import NIL_SLICE, Slice, ZeroArray
from gomem.types.sizeclasses import roundupsize

_substring = malloc.substring
_young_obj = malloc.young_obj
_young_addr = malloc.young_addr

# ---------------------------------------------------------------------------
# integers


def idiv(a: int, b: int) -> int:
    """Go's truncated integer division (the caller wraps the result to its width)."""
    if b == 0:
        raise ZeroDivisionError
    q = a // b
    if q < 0 and q * b != a:
        q += 1
    return q


def imod(a: int, b: int) -> int:
    if b == 0:
        raise ZeroDivisionError
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def shift_count(s: int) -> int:
    """A signed shift count: negative counts panic."""
    if s < 0:
        go_panic_runtime("negative shift amount")
    return s


def shl(a: int, s: int) -> int:
    """a << s for a variable count (the caller wraps to the width; counts >= 64 give 0)."""
    if s < 0:
        go_panic_runtime("negative shift amount")
    return a << s if s < 64 else 0


def fdiv(a: float, b: float) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return float("nan")
        neg = (a < 0) != (str(b).startswith("-"))
        return float("-inf") if neg else float("inf")


_f32 = struct.Struct("f")


def f32(x: float) -> float:
    """Round to float32 (overflow gives ±Inf, as Go's conversion does)."""
    try:
        return _f32.unpack(_f32.pack(x))[0]
    except OverflowError:
        return float("inf") if x > 0 else float("-inf")


_TWO63 = 9223372036854775808.0  # 2**63 as a float
_MAX_INT = (1 << 63) - 1
_MASK64 = (1 << 64) - 1


def float_to_int(x: float, bits: int, signed: bool) -> int:
    """float → integer conversion exactly as gc compiles it for amd64.

    Out-of-range values and NaN are whatever the hardware gives, so they are modelled as such:
    CVTTSD2SL/CVTTSD2SQ truncate toward zero and give the "integer indefinite" value (the
    minimum signed integer of the width) when the result does not fit. gc converts to int8,
    int16, int32, uint8 and uint16 with the 32-bit instruction, to int64 and uint32 with the
    64-bit one, then keeps the low bits; to uint64 it converts x, or x-2**63 with the top bit
    OR-ed back in when x is not below 2**63 (so NaN and +Inf give 1<<63).
    """
    if bits == 64:
        if signed:
            return int(x) if -_TWO63 <= x < _TWO63 else -(1 << 63)
        if x < _TWO63:
            return (int(x) if x >= -_TWO63 else -(1 << 63)) & _MASK64
        y = x - _TWO63
        return ((int(y) if y < _TWO63 else 0) | (1 << 63)) & _MASK64
    if bits == 32 and not signed:
        return (int(x) if -_TWO63 <= x < _TWO63 else 0) & 0xFFFFFFFF
    v = int(x) if -2147483649.0 < x < 2147483648.0 else -(1 << 31)
    if bits == 32 or v == -(1 << 31):
        if signed:
            return v if bits == 32 else 0
        return v & ((1 << bits) - 1)
    v &= (1 << bits) - 1
    if signed and v >= 1 << (bits - 1):
        v -= 1 << bits
    return v


# ---------------------------------------------------------------------------
# slices

# the "zero" argument of make_slice/append for byte slices, whose backing store is a bytearray
BYTES = object()


def make_slice(elem_type, zero, n: int, cap: int | None, site) -> Slice:
    if cap is None:
        cap = n
    size = elem_type.size
    mem = size * cap
    if mem > malloc.MAX_ALLOC or n < 0 or n > cap:
        if n < 0 or size * n > malloc.MAX_ALLOC:
            go_panic_runtime("makeslice: len out of range")
        go_panic_runtime("makeslice: cap out of range")
    if size == 0:  # elements that take no memory in Go take none here either, at any length
        # (Go's makeslice asks mallocgc for 0 bytes: the shared zerobase, nothing counted)
        return Slice(ZeroArray(zero, cap), 0, n, cap)
    if cap >= malloc.BIG_ALLOC // 64:
        # Python holds a list of cap references (and cap objects if the elements are
        # structs or arrays), or a bytearray
        malloc.check_big_alloc(mem, cap if zero is BYTES else cap * (8 if not callable(zero) else 8 + max(size, 64)))
    # (no allocation for cap 0: the data pointer is zerobase, as in Go; none either for a
    # backing array escape analysis keeps in the frame: site None)
    addr = malloc.alloc_array(elem_type, cap, site) if cap and site is not None else malloc.ZEROBASE
    if zero is BYTES:
        a = bytearray(cap)
    elif callable(zero):
        a = [zero() for _ in range(cap)]
    else:
        a = [zero] * cap
    if site is not None:
        malloc.register(a, addr)  # the backing array's Go address (%p of the slice)
    return Slice(a, 0, n, cap)


def grow_cap(old_cap: int, needed: int, elem_size: int, has_pointers: bool) -> int:
    """Go 1.23's growslice capacity: doubling, then smooth growth, rounded up to a size class."""
    newcap = old_cap
    doublecap = newcap + newcap
    if needed > doublecap:
        newcap = needed
    elif old_cap < 256:
        newcap = doublecap
    else:
        while newcap < needed:
            newcap += (newcap + 3 * 256) >> 2
    if elem_size == 0:
        return needed
    mem = roundupsize(newcap * elem_size, not has_pointers)
    return mem // elem_size


def append_values(s: Slice, vals, elem_type, zero, site) -> Slice:
    """append(s, vals...) where vals is a list of element values (already copied)."""
    n = len(vals)
    if n == 0:
        return s
    old_len = s.len
    new_len = old_len + n
    a = s.a
    if new_len <= s.cap:
        off = s.off
        if barrier.marking:  # (what the spare capacity held is overwritten: deletion barrier)
            barrier.shade_deleted(*a[off + old_len:off + new_len])
        a[off + old_len:off + new_len] = vals
        return Slice(a, off, new_len, s.cap)
    if new_len > _MAX_INT:  # the length overflows int
        go_panic_runtime("growslice: len out of range")
    if elem_type.size == 0:  # zero-size elements take no memory, in Go and here
        return Slice(ZeroArray(zero, new_len), 0, new_len, new_len)
    cap = grow_cap(s.cap, new_len, elem_type.size, elem_type.ptrdata > 0)
    addr = malloc.alloc_array(elem_type, cap, site)
    if zero is BYTES:
        na = bytearray(cap)
        if a is not None:
            na[:old_len] = a[s.off:s.off + old_len]
        na[old_len:new_len] = bytes(vals) if not isinstance(vals, (bytes, bytearray)) else vals
    else:
        if a is not None:
            na = a[s.off:s.off + old_len]
        else:
            na = []
        na.extend(vals)
        if callable(zero):
            na.extend(zero() for _ in range(cap - new_len))
        else:
            na.extend([zero] * (cap - new_len))
    malloc.register(na, addr)
    return Slice(na, 0, new_len, cap)


def append1(s: Slice, v, elem_type, zero, site) -> Slice:
    ln = s.len
    if ln < s.cap:
        a = s.a
        if barrier.marking:
            barrier.shade_deleted(a[s.off + ln])
        a[s.off + ln] = v
        return Slice(a, s.off, ln + 1, s.cap)
    return append_values(s, [v], elem_type, zero, site)


def slice_elems_copy(s: Slice, copier) -> list:
    """The elements of s, copied with copier (for appending a slice of structs to another)."""
    if s.a is None:
        return []
    if isinstance(s.a, ZeroArray):  # zero-size values: nothing to copy, at any length
        return ZeroArray(s.a.zero, s.len)
    return [copier(x) for x in islice(s.a, s.off, s.off + s.len)]


def slice_elems(s) -> Any:
    if s.a is None:
        return []
    return s.a[s.off:s.off + s.len]


def copy_slice(dst: Slice, src) -> int:
    """copy(dst, src): src may be a Slice or a string (bytes)."""
    if isinstance(src, (bytes, bytearray)):
        n = min(dst.len, len(src))
        if n:
            dst.a[dst.off:dst.off + n] = src[:n]
        return n
    n = min(dst.len, src.len)
    if n:
        if barrier.marking:
            barrier.shade_deleted(*dst.a[dst.off:dst.off + n])
        dst.a[dst.off:dst.off + n] = src.a[src.off:src.off + n]
    return n


def copy_slice_aggregate(dst: Slice, src: Slice) -> int:
    n = min(dst.len, src.len)
    if n:
        if barrier.marking:  # (the overwritten elements' pointers)
            barrier.shade_deleted(*dst.a[dst.off:dst.off + n])
        items = [x._cp() if hasattr(x, "_cp") else x[:] for x in src.a[src.off:src.off + n]]
        for i, x in enumerate(items):
            d = dst.a[dst.off + i]
            if hasattr(d, "_set"):
                d._set(x)
            else:
                d[:] = x
    return n


def _slice_bounds_error(lo: int, hi: int, mx: int | None, limit: int, what: str) -> None:
    """Panic with Go's message for the first failing check of [lo:hi] or [lo:hi:mx] against
    limit (the capacity of a slice, the length of an array or string: what names it).
    Go checks the highest index first; a negative index is printed without the other."""
    if mx is not None:
        if not 0 <= mx <= limit:
            go_panic_bounds(f"slice bounds out of range [::{mx}]" + (f" with {what} {limit}" if mx >= 0 else ""))
        if not 0 <= hi <= mx:
            go_panic_bounds(f"slice bounds out of range [:{hi}:{mx}]" if hi >= 0 else f"slice bounds out of range [:{hi}:]")
        go_panic_bounds(f"slice bounds out of range [{lo}:{hi}:]" if lo >= 0 else f"slice bounds out of range [{lo}::]")
    if not 0 <= hi <= limit:
        go_panic_bounds(f"slice bounds out of range [:{hi}]" + (f" with {what} {limit}" if hi >= 0 else ""))
    go_panic_bounds(f"slice bounds out of range [{lo}:{hi}]" if lo >= 0 else f"slice bounds out of range [{lo}:]")


def reslice(s: Slice, lo: int | None, hi: int | None, mx: int | None, what: str = "capacity") -> Slice:
    cap = s.cap
    if hi is None:
        hi = s.len
    if lo is None:
        lo = 0
    if mx is not None:
        if not (0 <= lo <= hi <= mx <= cap):
            _slice_bounds_error(lo, hi, mx, cap, what)
        cap = mx
    elif not (0 <= lo <= hi <= cap):
        _slice_bounds_error(lo, hi, None, cap, what)
    if s.a is None:
        return NIL_SLICE if lo == 0 and hi == 0 else Slice(None, 0, 0, 0)
    return Slice(s.a, s.off + lo, hi - lo, cap - lo)


def slice_array(a, n: int, lo: int | None, hi: int | None, mx: int | None) -> Slice:
    """arr[lo:hi:max] for an array (a list/bytearray of length n): shares the array."""
    if a is None:
        from gomem.runtime.panic import panic_nil_deref
        panic_nil_deref()
    if type(a) is not list and type(a) is not bytearray and hasattr(a, "off"):  # ArrayView
        return reslice(Slice(a.a, a.off, n, n), lo, hi, mx, "length")
    return reslice(Slice(a, 0, n, n), lo, hi, mx, "length")


def slice_string(s: bytes, lo: int | None, hi: int | None) -> bytes:
    n = len(s)
    if hi is None:
        hi = n
    if lo is None:
        lo = 0
    if not 0 <= lo <= hi <= n:
        _slice_bounds_error(lo, hi, None, n, "length")
    if hi - lo < 2:  # (CPython shares its empty and one-byte bytes: no address of their own)
        return s[lo:hi]
    return _substring(s, s[lo:hi], lo)  # inside s's allocation when s is a heap string


def index_check(i: int, n: int) -> int:
    if 0 <= i < n:
        return i
    panic_index(i, n)
    return 0


def slice_to_array(s: Slice, n: int, copy: bool):
    if s.len < n:
        go_panic_runtime(f"cannot convert slice with length {s.len} to array or pointer to array with length {n}")
    if s.a is None:
        return [] if copy else None
    if not copy:
        from gomem.runtime.values import ArrayView
        return ArrayView(s.a, s.off, n)
    return s.a[s.off:s.off + n]


# ---------------------------------------------------------------------------
# strings


def bytes_to_string(s: Slice, site=None) -> bytes:
    """string(b): Go's slicebytetostring copies len(b) bytes into a new pointer-free object,
    except for lengths 0 and 1 (the empty string and a static table of one-byte strings). The
    allocation is reported at site when there is one."""
    n = s.len
    if s.a is None or n == 0:
        return b""
    if n > 1 and site is not None:
        # (alloc(None, n, site) and malloc.heap_string without the calls between)
        r = bytes(s.a[s.off:s.off + n])
        _young_addr(malloc.mallocgc(n, True))  # (first: allocating may fold)
        _young_obj(r)
        return r
    return bytes(s.a[s.off:s.off + n])


def string_to_bytes(s: bytes, site) -> Slice:
    """[]byte(s): a new pointer-free array whose capacity fills its size class (rawbyteslice)."""
    n = len(s)
    if n == 0:
        return Slice(bytearray(), 0, 0, 0)
    cap = roundupsize(n, True)
    b = bytearray(cap)
    malloc.register(b, malloc.mallocgc(cap, True))
    b[:n] = s
    return Slice(b, 0, n, cap)


# A string conversion or concatenation whose result does not escape gets a buffer in its
# frame: a result that fits in it is not allocated (go-runtime.md 3.5).
TMP_BUF_SIZE = 32


def string_to_bytes_tmp(s: bytes, site) -> Slice:
    """[]byte(s) that does not escape: the 32-byte frame buffer (capacity 32, even for an
    empty s) when s fits, else a heap array as string_to_bytes."""
    n = len(s)
    if n > TMP_BUF_SIZE:
        return string_to_bytes(s, site)
    b = bytearray(TMP_BUF_SIZE)
    b[:n] = s
    return Slice(b, 0, n, TMP_BUF_SIZE)


def const_string_to_bytes(s: bytes, site, on_stack_upto: int) -> Slice:
    """[]byte("...") of a constant string: gc makes an array of exactly len(s) bytes
    (capacity len(s)), in the frame when the conversion does not escape and it is at most
    on_stack_upto bytes long, else one heap object of that size."""
    n = len(s)
    b = bytearray(s)
    if n > on_stack_upto:
        malloc.register(b, malloc.alloc(None, n, site))
    return Slice(b, 0, n, n)


def string_to_bytes_alias(s: bytes) -> Slice:
    """[]byte(s) that does not escape and is never written: gc lets it share the string's
    bytes (no allocation, capacity len(s)); an unaccounted copy stands for them."""
    n = len(s)
    return Slice(bytearray(s), 0, n, n)


def string_to_runes_tmp(runes: list, site) -> Slice:
    """[]rune(s) that does not escape: the 32-rune frame buffer when the runes fit."""
    n = len(runes)
    if n > TMP_BUF_SIZE:
        return string_to_runes(runes, site)
    runes.extend([0] * (TMP_BUF_SIZE - n))
    return Slice(runes, 0, n, TMP_BUF_SIZE)


def bytes_to_string_tmp(s: Slice, site) -> bytes:
    """string(b) that does not escape: no allocation when the bytes fit the frame buffer."""
    return bytes_to_string(s, site if s.len > TMP_BUF_SIZE else None)


def runes_to_string_tmp(encoded: bytes, site) -> bytes:
    """string(rs) that does not escape: no allocation when the bytes fit the frame buffer."""
    if len(encoded) > TMP_BUF_SIZE:
        return malloc.heap_string(encoded, malloc.alloc(None, len(encoded), site))
    return encoded


def string_to_runes(runes: list, site) -> Slice:
    """[]rune(s) from the decoded runes: a new int32 array whose capacity fills its size class
    (rawruneslice)."""
    n = len(runes)
    if n == 0:
        return Slice([], 0, 0, 0)
    cap = roundupsize(4 * n, True) // 4
    malloc.register(runes, malloc.alloc(None, 4 * cap, site))
    if cap > n:
        runes.extend([0] * (cap - n))
    return Slice(runes, 0, n, cap)


def runes_to_string(encoded: bytes, site) -> bytes:
    """string(rs) from the encoded bytes: one pointer-free object of their length."""
    if encoded:
        return malloc.heap_string(encoded, malloc.alloc(None, len(encoded), site))
    return encoded


def rune_to_string(encoded: bytes, site) -> bytes:
    """string(r) from the encoded rune: Go's intstring allocates 4 bytes whatever the rune."""
    return malloc.heap_string(encoded, malloc.alloc(None, 4, site))


# ---------------------------------------------------------------------------
# maps


def map_iter(m: dict, rng: random.Random = random.Random()) -> list:
    """Snapshot of m's keys in Go's randomised order (a random rotation of insertion order)."""
    keys = list(m)
    n = len(keys)
    if n > 1:
        r = rng.randrange(n)
        keys = keys[r:] + keys[:r]
    return keys


# ---------------------------------------------------------------------------
# defer, panic, recover


class Defers:
    """The deferred calls of one function activation and the panic (if any) unwinding it."""

    __slots__ = ("fns", "p", "rv", "recovered")

    def __init__(self):
        self.fns: list = []
        self.p: BaseException | None = None
        self.rv: Any = None  # the result of `return x` in a function without named results
        # a panic recovered by the deferred call now running: Go still reports it (as
        # "[recovered]") if that call panics anew before returning
        self.recovered: GoPanic | None = None

    def catch(self, exc: BaseException) -> None:
        # Stored unconverted first: at the stack limit the conversion itself can fail with
        # RecursionError, and run() must then not run the deferred calls.
        self.p = exc
        self.p = as_go_panic(exc)

    def run(self) -> None:
        fns = self.fns
        p = self.p
        if isinstance(p, (GoExit, FatalError, RecursionError)):
            raise p
        stack = _panic_stack()
        while fns:
            f, args = fns.pop()
            stack.append(self)
            try:
                f(*args)
            except BaseException as exc:  # a deferred call panicked: the new panic replaces the old
                e = as_go_panic(exc)
                if isinstance(e, (GoExit, FatalError)):
                    raise e
                old = self.p if self.p is not None else self.recovered
                if isinstance(e, GoPanic) and isinstance(old, GoPanic) and old is not e:
                    e.previous = old.previous + [old]
                self.p = e
            finally:
                stack.pop()
                self.recovered = None
        p = self.p
        if p is not None:
            raise p


_panicking: list[Defers] = []  # outside any goroutine (tests, package init before the scheduler)


def _panic_stack() -> list[Defers]:
    """The running goroutine's stack of function activations whose deferred calls are running."""
    from gomem.runtime import sched
    s = sched.current
    g = s.cur if s is not None else None
    if g is None:
        return _panicking
    st = g.panicking
    if st is None:
        st = g.panicking = []
    return st


def recover() -> Any:
    """recover(): stops the panic whose deferred calls are running, returning its value.

    As in Go it only does so when called directly by the deferred function: the caller's
    caller must be Defers.run.
    """
    stack = _panic_stack()
    if not stack:
        return None
    caller = sys._getframe(1)
    if caller.f_back is None or caller.f_back.f_code is not _RUN_CODE:
        return None
    return _stop_panic(stack[-1])


def _stop_panic(d: Defers) -> Any:
    """Stop the panic (if any) whose deferred calls d is running; its value, or None."""
    p = d.p
    if isinstance(p, GoPanic):
        p.recovered = True
        d.p = None
        d.recovered = p
        return p.value
    return None


_RUN_CODE = Defers.run.__code__


def recover_deferred() -> Any:
    """`defer recover()` in a function F: recover runs as one of F's deferred calls. When F
    returns normally and is itself a deferred call run by a panic, recover counts as called
    directly by F and stops that panic; when F's deferred calls run because F panicked, it is
    called by the panic and does nothing (as in Go)."""
    run = sys._getframe(1)  # F's Defers.run
    if run.f_code is not _RUN_CODE or run.f_locals["self"].p is not None:
        return None
    f = run.f_back  # F
    outer = f.f_back if f is not None else None  # the panicking function's Defers.run
    if outer is None or outer.f_code is not _RUN_CODE:
        return None
    return _stop_panic(outer.f_locals["self"])

