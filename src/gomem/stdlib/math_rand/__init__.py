"""Package math/rand: the Python implementations of the body-less declarations in api.go.

The seeded generator (``NewSource``) is Go 1.23's: an additive lagged Fibonacci generator over
a register of 607 64-bit values with the second lag at 273 (each output is the wrapped sum of
two register entries, stored back into one of them). Seeding expands the seed with the
Park-Miller generator x -> 48271*x mod (2**31-1) into three values per entry and XORs in a
fixed table (``_cooked.COOKED``, recovered from real Go by tools/gen_rand_cooked). Every
method derives its result from the source exactly as Go's does (which outputs it draws, how
many, and how it rejects), so seeded programs print Go's numbers.

NormFloat64 and ExpFloat64 use Marsaglia and Tsang's ziggurat; the tables are computed here at
import time with the setup of their paper, which reproduces Go's float32/uint32 tables exactly
(tests/stdlib/test_pkg_math_rand.py checks them against Go's sources when present).

The top-level functions: in Go 1.23 they draw from an unseeded runtime generator, different on
each run, unless ``rand.Seed`` is called (which switches them to a seeded Source) or
``GODEBUG=randautoseed=0`` is set (seeded with 1). gomem does the same, except that its
"unseeded" generator is seeded from GOMEM_SEED, so a run is reproducible (docs/stdlib.md).
"""

from __future__ import annotations

import math as _pymath
import random as _random
import struct as _struct
from typing import Any, Callable

from gomem.runtime import godebug as _godebug
from gomem.runtime import malloc as _malloc
from gomem.runtime.core import f32 as _f32
from gomem.runtime.core import float_to_int as _float_to_int
from gomem.runtime.panic import GoPanic, go_panic_runtime, panic_nil_deref
from gomem.runtime.values import Iface, Slice, struct_class
from gomem.stdlib import gomath as _gm
from gomem.stdlib.math_rand._cooked import COOKED
from gomem.types.types import INT, STRING

_LEN = 607  # register length (the long lag)
_TAP = 273  # the short lag
_M64 = (1 << 64) - 1
_MASK63 = (1 << 63) - 1
_HALF64 = 1 << 63
_INT32MAX = (1 << 31) - 1
_SITE_SOURCE = ("math/rand.newSource", "math/rand/rand.go", 0)
_SITE_RAND = ("math/rand.New", "math/rand/rand.go", 0)
_SITE_PERM = ("math/rand.(*Rand).Perm", "math/rand/rand.go", 0)
_SITE_ZIPF = ("math/rand.NewZipf", "math/rand/zipf.go", 0)

# Bound by gomem_bind to the types api.go declares.
RAND: Any = None
RNG_SOURCE_PTR: Any = None
RUNTIME_SOURCE_PTR: Any = None
_Rand: Any = None
_RngSource: Any = None
_Zipf: Any = None


def _panic_str(msg: bytes) -> None:
    raise GoPanic(Iface(STRING, msg))


# ---------------------------------------------------------------------------
# The seeded source


def _park_miller(x: int) -> int:
    return x * 48271 % _INT32MAX


def _seed_register(seed: int) -> list[int]:
    """The register (as signed int64 values) right after Seed(seed)."""
    seed %= _INT32MAX  # Python's % is never negative, as Go's "add int32max if negative" gives
    if seed == 0:
        seed = 89482311
    x = seed
    for _ in range(20):  # the first values of the expansion are discarded
        x = _park_miller(x)
    vec = [0] * _LEN
    for i in range(_LEN):
        x = _park_miller(x)
        u = x << 40
        x = _park_miller(x)
        u ^= x << 20
        x = _park_miller(x)
        u ^= x
        u ^= COOKED[i] & _M64
        vec[i] = u - (1 << 64) if u >= _HALF64 else u
    return vec


def _new_rng_source(seed: int) -> Any:
    _malloc.alloc(RNG_SOURCE_PTR.elem, 4872, _SITE_SOURCE)
    rng = _RngSource()
    rngSource_Seed(rng, seed)
    return rng


def rngSource_Seed(rng: Any, seed: int) -> None:
    if rng is None:
        panic_nil_deref()
    rng.tap = 0
    rng.feed = _LEN - _TAP
    rng.vec = _seed_register(seed)


def rngSource_Uint64(rng: Any) -> int:
    if rng is None:
        panic_nil_deref()
    tap = rng.tap - 1
    if tap < 0:
        tap += _LEN
    feed = rng.feed - 1
    if feed < 0:
        feed += _LEN
    vec = rng.vec
    x = ((vec[feed] + vec[tap] + _HALF64) & _M64) - _HALF64  # int64 wrap-around
    vec[feed] = x
    rng.tap = tap
    rng.feed = feed
    return x & _M64


def rngSource_Int63(rng: Any) -> int:
    return rngSource_Uint64(rng) & _MASK63


def NewSource(seed: int) -> Any:
    return Iface(RNG_SOURCE_PTR, _new_rng_source(seed))


# ---------------------------------------------------------------------------
# The runtime source behind the unseeded top-level functions (seeded from GOMEM_SEED)


def _new_runtime_random() -> _random.Random:
    from gomem.runtime.sched import _seed_from_env
    return _random.Random(f"math/rand {_seed_from_env()}")


_runtime_rng = _new_runtime_random()


def runtimeSource_Uint64(s: Any) -> int:
    return _runtime_rng.getrandbits(64)


def runtimeSource_Int63(s: Any) -> int:
    return _runtime_rng.getrandbits(63)


def runtimeSource_Seed(s: Any, seed: int) -> None:
    _panic_str(b"internal error: call to runtimeSource.Seed")


# ---------------------------------------------------------------------------
# Rand


def New(src: Any) -> Any:
    _malloc.alloc(RAND, 48, _SITE_RAND)
    s64 = src if src is not None and hasattr(src.t, "m_Uint64") else None
    return _Rand(src, s64, 0, 0)


def _int63(r: Any) -> int:
    # A nil r or r.src fails on the attribute access, which becomes Go's nil dereference panic.
    src = r.src
    t = src.t
    if t is RNG_SOURCE_PTR:  # rngSource_Int63, inlined: this is the hot path of every method
        rng = src.v
        tap = rng.tap - 1
        if tap < 0:
            tap += _LEN
        feed = rng.feed - 1
        if feed < 0:
            feed += _LEN
        vec = rng.vec
        x = ((vec[feed] + vec[tap] + _HALF64) & _M64) - _HALF64
        vec[feed] = x
        rng.tap = tap
        rng.feed = feed
        return x & _MASK63
    if t is RUNTIME_SOURCE_PTR:
        return _runtime_rng.getrandbits(63)
    return t.m_Int63(src.v)


def Rand_Seed(r: Any, seed: int) -> None:
    if r is None:
        panic_nil_deref()
    src = r.src
    if src is None:
        panic_nil_deref()
    src.t.m_Seed(src.v, seed)
    r.readPos = 0


def Rand_Int63(r: Any) -> int:
    return _int63(r)


def Rand_Uint32(r: Any) -> int:
    return _int63(r) >> 31


def Rand_Uint64(r: Any) -> int:
    if r is None:
        panic_nil_deref()
    s64 = r.s64
    if s64 is not None:
        if s64.t is RNG_SOURCE_PTR:
            return rngSource_Uint64(s64.v)
        return s64.t.m_Uint64(s64.v)
    lo = _int63(r)
    return (lo >> 31 | _int63(r) << 32) & _M64


def Rand_Int31(r: Any) -> int:
    return _int63(r) >> 32


def Rand_Int(r: Any) -> int:
    return _int63(r)


def Rand_Int63n(r: Any, n: int) -> int:
    if n <= 0:
        _panic_str(b"invalid argument to Int63n")
    if n & (n - 1) == 0:
        return _int63(r) & (n - 1)
    limit = _MASK63 - (1 << 63) % n  # the largest value that keeps v % n unbiased
    v = _int63(r)
    while v > limit:
        v = _int63(r)
    return v % n


def Rand_Int31n(r: Any, n: int) -> int:
    if n <= 0:
        _panic_str(b"invalid argument to Int31n")
    if n & (n - 1) == 0:
        return (_int63(r) >> 32) & (n - 1)
    limit = _INT32MAX - (1 << 31) % n
    v = _int63(r) >> 32
    while v > limit:
        v = _int63(r) >> 32
    return v % n


def _int31n_lemire(r: Any, n: int) -> int:
    """A number in [0, n) by multiplying a 32-bit draw by n (Lemire), as Shuffle draws them."""
    prod = (_int63(r) >> 31) * n
    low = prod & 0xFFFFFFFF
    if low < n:
        threshold = ((1 << 32) - n) % n
        while low < threshold:
            prod = (_int63(r) >> 31) * n
            low = prod & 0xFFFFFFFF
    return prod >> 32


def Rand_Intn(r: Any, n: int) -> int:
    if n <= 0:
        _panic_str(b"invalid argument to Intn")
    if n > _INT32MAX:
        return Rand_Int63n(r, n)
    # Rand_Int31n, inlined
    if n & (n - 1) == 0:
        return (_int63(r) >> 32) & (n - 1)
    limit = _INT32MAX - (1 << 31) % n
    v = _int63(r) >> 32
    while v > limit:
        v = _int63(r) >> 32
    return v % n


def Rand_Float64(r: Any) -> float:
    while True:
        f = _int63(r) / 9223372036854775808.0  # int → float64 rounds to nearest, as Go's conversion
        if f != 1.0:
            return f


def Rand_Float32(r: Any) -> float:
    while True:
        f = _f32(Rand_Float64(r))
        if f != 1.0:
            return f


def Rand_Perm(r: Any, n: int) -> Slice:
    if n < 0:
        go_panic_runtime("makeslice: len out of range")
    _malloc.alloc_array(INT, n, _SITE_PERM)
    m = [0] * n
    for i in range(n):
        j = Rand_Intn(r, i + 1)
        m[i] = m[j]
        m[j] = i
    return Slice(m, 0, n, n)


def Rand_Shuffle(r: Any, n: int, swap: Callable[[int, int], Any]) -> None:
    if n < 0:
        _panic_str(b"invalid argument to Shuffle")
    i = n - 1
    while i > _INT32MAX - 1:
        swap(i, Rand_Int63n(r, i + 1))
        i -= 1
    while i > 0:
        swap(i, _int31n_lemire(r, i + 1))
        i -= 1


def Rand_Read(r: Any, p: Slice) -> tuple[int, Any]:
    """Fills p with bytes of successive Int63 values, 7 bytes of each, low byte first; the
    unused bytes of the last value carry over to the next Read on the same Rand."""
    if r is None:
        panic_nil_deref()
    pos, val = r.readPos, r.readVal
    n = p.len
    buf, off = p.a, p.off
    for k in range(n):
        if pos == 0:
            val = _int63(r)
            pos = 7
        buf[off + k] = val & 0xFF
        val >>= 8
        pos -= 1
    r.readPos, r.readVal = pos, val
    return n, None


# ---------------------------------------------------------------------------
# The ziggurat tables (Marsaglia & Tsang, "The Ziggurat Method for Generating Random
# Variables", 2000): 128 layers for the normal distribution, 256 for the exponential one.

_F32 = _struct.Struct("f")
_NORMAL_R = 3.442619855899
_EXP_R = 7.69711747013104972


def _to_f32(x: float) -> float:
    return _F32.unpack(_F32.pack(x))[0]


def _normal_tables() -> tuple[list[int], list[float], list[float]]:
    r, area, scale = 3.442619855899, 9.91256303526217e-3, 2147483648.0
    q = area / _pymath.exp(-0.5 * r * r)
    k = [0] * 128
    w = [0.0] * 128
    f = [0.0] * 128
    k[0] = int(r / q * scale)
    w[0], w[127] = q / scale, r / scale
    f[0], f[127] = 1.0, _pymath.exp(-0.5 * r * r)
    prev = r
    for i in range(126, 0, -1):
        r = _pymath.sqrt(-2 * _pymath.log(area / r + _pymath.exp(-0.5 * r * r)))
        k[i + 1] = int(r / prev * scale)
        prev = r
        f[i] = _pymath.exp(-0.5 * r * r)
        w[i] = r / scale
    return k, [_to_f32(x) for x in w], [_to_f32(x) for x in f]


def _exp_tables() -> tuple[list[int], list[float], list[float]]:
    r, area, scale = 7.697117470131487, 3.949659822581572e-3, 4294967296.0
    q = area / _pymath.exp(-r)
    k = [0] * 256
    w = [0.0] * 256
    f = [0.0] * 256
    k[0] = int(r / q * scale)
    w[0], w[255] = q / scale, r / scale
    f[0], f[255] = 1.0, _pymath.exp(-r)
    prev = r
    for i in range(254, 0, -1):
        r = -_pymath.log(area / r + _pymath.exp(-r))
        k[i + 1] = int(r / prev * scale)
        prev = r
        f[i] = _pymath.exp(-r)
        w[i] = r / scale
    return k, [_to_f32(x) for x in w], [_to_f32(x) for x in f]


KN, WN, FN = _normal_tables()
KE, WE, FE = _exp_tables()


def Rand_NormFloat64(r: Any) -> float:
    while True:
        j = _int63(r) >> 31
        if j >= 1 << 31:
            j -= 1 << 32  # the 32 bits as a signed int32
        i = j & 0x7F
        x = j * WN[i]
        if abs(j) < KN[i]:
            return x
        if i == 0:
            # the tail beyond the base layer, by Marsaglia's method
            while True:
                x = -_gm.log(Rand_Float64(r)) * (1.0 / _NORMAL_R)
                y = -_gm.log(Rand_Float64(r))
                if y + y >= x * x:
                    break
            return _NORMAL_R + x if j > 0 else -_NORMAL_R - x
        # float32 arithmetic, each step rounded as Go's float32 operations round
        u = _f32(Rand_Float64(r))
        if _f32(FN[i] + _f32(u * _f32(FN[i - 1] - FN[i]))) < _f32(_gm.exp(-0.5 * x * x)):
            return x


def Rand_ExpFloat64(r: Any) -> float:
    while True:
        j = _int63(r) >> 31
        i = j & 0xFF
        x = j * WE[i]
        if j < KE[i]:
            return x
        if i == 0:
            return _EXP_R - _gm.log(Rand_Float64(r))
        u = _f32(Rand_Float64(r))
        if _f32(FE[i] + _f32(u * _f32(FE[i - 1] - FE[i]))) < _f32(_gm.exp(-x)):
            return x


# ---------------------------------------------------------------------------
# Top-level functions


_global: Any = None  # the top-level functions' *Rand, chosen at its first use


def _randautoseed_off() -> bool:
    return _godebug.value("randautoseed") == "0"


def _global_rand() -> Any:
    global _global
    if _global is not None:
        return _global
    if _randautoseed_off():
        src = Iface(RNG_SOURCE_PTR, _new_rng_source(1))
    else:
        src = Iface(RUNTIME_SOURCE_PTR, None)
    _global = _Rand(src, src, 0, 0)
    return _global


def Seed(seed: int) -> None:
    global _global
    if _global is not None and _global.src.t is RNG_SOURCE_PTR:
        Rand_Seed(_global, seed)
        return
    src = Iface(RNG_SOURCE_PTR, _new_rng_source(seed))
    _global = _Rand(src, src, 0, 0)


def Int63() -> int:
    return _int63(_global or _global_rand())


def Uint32() -> int:
    return Rand_Uint32(_global or _global_rand())


def Uint64() -> int:
    return Rand_Uint64(_global or _global_rand())


def Int31() -> int:
    return Rand_Int31(_global or _global_rand())


def Int() -> int:
    return _int63(_global or _global_rand())


def Int63n(n: int) -> int:
    return Rand_Int63n((_global or _global_rand()), n)


def Int31n(n: int) -> int:
    return Rand_Int31n((_global or _global_rand()), n)


def Intn(n: int) -> int:
    return Rand_Intn((_global or _global_rand()), n)


def Float64() -> float:
    return Rand_Float64(_global or _global_rand())


def Float32() -> float:
    return Rand_Float32(_global or _global_rand())


def Perm(n: int) -> Slice:
    return Rand_Perm((_global or _global_rand()), n)


def Shuffle(n: int, swap: Callable[[int, int], Any]) -> None:
    Rand_Shuffle((_global or _global_rand()), n, swap)


def Read(p: Slice) -> tuple[int, Any]:
    return Rand_Read((_global or _global_rand()), p)


def NormFloat64() -> float:
    return Rand_NormFloat64(_global or _global_rand())


def ExpFloat64() -> float:
    return Rand_ExpFloat64(_global or _global_rand())


# ---------------------------------------------------------------------------
# Zipf: rejection-inversion sampling (Hörmann and Derflinger), with Go's float operations


def _zipf_h(z: Any, x: float) -> float:
    return _gm.exp(z.oneminusQ * _gm.log(z.v + x)) * z.oneminusQinv


def _zipf_hinv(z: Any, x: float) -> float:
    return _gm.exp(z.oneminusQinv * _gm.log(z.oneminusQ * x)) - z.v


def NewZipf(r: Any, s: float, v: float, imax: int) -> Any:
    _malloc.alloc(_Zipf._gotype, 72, _SITE_ZIPF)  # Go allocates before checking the arguments
    if s <= 1.0 or v < 1:
        return None
    z = _Zipf()
    z.r = r
    z.imax = float(imax)
    z.v = v
    z.q = s
    z.oneminusQ = 1.0 - s
    z.oneminusQinv = 1.0 / z.oneminusQ
    z.hxm = _zipf_h(z, z.imax + 0.5)
    z.hx0minusHxm = _zipf_h(z, 0.5) - _gm.exp(_gm.log(v) * -s) - z.hxm
    z.s = 1 - _zipf_hinv(z, _zipf_h(z, 1.5) - _gm.exp(-s * _gm.log(v + 1.0)))
    return z


def Zipf_Uint64(z: Any) -> int:
    if z is None:
        _panic_str(b"rand: nil Zipf")
    while True:
        u = Rand_Float64(z.r)
        ur = z.hxm + u * z.hx0minusHxm
        x = _zipf_hinv(z, ur)
        k = _gm.floor(x + 0.5)
        if k - x <= z.s:
            break
        if ur >= _zipf_h(z, k + 0.5) - _gm.exp(-_gm.log(k + z.v) * z.q):
            break
    return _float_to_int(k, 64, False)


# ---------------------------------------------------------------------------


def gomem_bind(pkg: Any) -> None:
    """Find the types api.go declares; give the sources their methods for interface calls."""
    global RAND, RNG_SOURCE_PTR, RUNTIME_SOURCE_PTR, _Rand, _RngSource, _Zipf
    from gomem.types.types import new_pointer
    names = pkg.scope.names
    RAND = names["Rand"].type
    _Rand = struct_class(RAND)
    rng = names["rngSource"].type
    _RngSource = struct_class(rng)
    RNG_SOURCE_PTR = new_pointer(rng)
    RUNTIME_SOURCE_PTR = new_pointer(names["runtimeSource"].type)
    _Zipf = struct_class(names["Zipf"].type)
    for ptr, prefix in ((RNG_SOURCE_PTR, "rngSource"), (RUNTIME_SOURCE_PTR, "runtimeSource")):
        for m in ("Int63", "Seed", "Uint64"):
            setattr(ptr, "m_" + m, globals()[f"{prefix}_{m}"])


def gomem_start() -> None:
    """Called when a program starts: the top-level generator is chosen afresh."""
    global _global, _runtime_rng
    _global = None
    _runtime_rng = _new_runtime_random()
