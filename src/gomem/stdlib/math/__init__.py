"""Package math: the Python implementations of the body-less declarations in api.go.

Everything is gomem.stdlib.gomath (our own implementation, matching what Go 1.23 computes on
amd64 bit for bit) except the error and gamma functions, implemented the same way in
``_special``, and the Bessel functions, in ``_bessel``. The constants live only in api.go: the compiler inlines their values.
"""

from __future__ import annotations

from gomem.stdlib import gomath as _g
from gomem.stdlib.math import _bessel, _special

_HW_NAN = _g.float64frombits(0xFFF8000000000000)
_NINF = float("-inf")

__all__ = [
    "Abs", "Acos", "Acosh", "Asin", "Asinh", "Atan", "Atan2", "Atanh", "Cbrt", "Ceil", "Copysign",
    "Cos", "Cosh", "Dim", "Erf", "Erfc", "Erfcinv", "Erfinv", "Exp", "Exp2", "Expm1", "FMA",
    "Float32bits", "Float32frombits", "Float64bits", "Float64frombits", "Floor", "Frexp", "Gamma",
    "Hypot", "Ilogb", "Inf", "IsInf", "IsNaN", "J0", "J1", "Jn", "Ldexp", "Lgamma", "Log", "Log10", "Log1p", "Log2",
    "Logb", "Max", "Min", "Mod", "Modf", "NaN", "Nextafter", "Nextafter32", "Pow", "Pow10",
    "Remainder", "Round", "RoundToEven", "Signbit", "Sin", "Sincos", "Sinh", "Sqrt", "Tan", "Tanh",
    "Trunc", "Y0", "Y1", "Yn",
]

Abs = _g.abs_
Acos = _g.acos
Acosh = _g.acosh
Asin = _g.asin
Asinh = _g.asinh
Atan = _g.atan
Atan2 = _g.atan2
Atanh = _g.atanh
Cbrt = _g.cbrt
Ceil = _g.ceil
Copysign = _g.copysign
Cos = _g.cos
Cosh = _g.cosh
Dim = _g.dim
Erf = _special.erf
Erfc = _special.erfc
Erfcinv = _special.erfcinv
Erfinv = _special.erfinv
Exp = _g.exp
Exp2 = _g.exp2
Expm1 = _g.expm1
FMA = _g.fma
Float32bits = _g.float32bits
Float32frombits = _g.float32frombits
Float64bits = _g.float64bits
Float64frombits = _g.float64frombits
Floor = _g.floor
Frexp = _g.frexp
Gamma = _special.gamma
Hypot = _g.hypot
Ilogb = _g.ilogb
Inf = _g.inf
IsInf = _g.is_inf
IsNaN = _g.is_nan
J0 = _bessel.j0
J1 = _bessel.j1
Jn = _bessel.jn
Ldexp = _g.ldexp
Lgamma = _special.lgamma
Log = _g.log
Log10 = _g.log10
Log1p = _g.log1p
Log2 = _g.log2
Logb = _g.logb
Max = _g.max_
Min = _g.min_
Mod = _g.mod
Modf = _g.modf
NaN = _g.NaN
Nextafter = _g.nextafter
Nextafter32 = _g.nextafter32


def Pow(x: float, y: float) -> float:
    # Go's Pow returns Sqrt(x) for y == 0.5 (1/Sqrt(x) for -0.5): for a finite negative x that
    # is the hardware's NaN (see Sqrt), not math.NaN().
    if (y == 0.5 or y == -0.5) and x < 0 and x != _NINF:
        return _HW_NAN
    return _g.pow_(x, y)


Pow10 = _g.pow10
Remainder = _g.remainder
Round = _g.round_
RoundToEven = _g.round_to_even
Signbit = _g.signbit
Sin = _g.sin
Sincos = _g.sincos
Sinh = _g.sinh


def Sqrt(x: float) -> float:
    # math.Sqrt is the SQRTSD instruction on amd64: the square root of a negative number is the
    # x86 default NaN (bits 0xFFF8000000000000), not math.NaN() (0x7FF8000000000001).
    if x < 0:
        return _HW_NAN
    return _g.sqrt(x)


Tan = _g.tan
Tanh = _g.tanh
Trunc = _g.trunc
Y0 = _bessel.y0
Y1 = _bessel.y1
Yn = _bessel.yn
