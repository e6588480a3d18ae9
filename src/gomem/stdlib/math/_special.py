"""The error and gamma functions of Go 1.23's ``math`` package, reproduced bit for bit.

Go computes ``Erf``, ``Erfc``, ``Erfinv``, ``Erfcinv``, ``Gamma`` and ``Lgamma`` in portable
code on amd64 (no assembly, and with the default GOAMD64=v1 no fused multiply-add), from
published approximations:

* erf / erfc: the rational approximations of FreeBSD's msun (``s_erf.c``) on the intervals
  [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35) and [1/0.35, 28);
* erfinv: Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988), three rational
  approximations in 0.180625 - x*x/4 or in sqrt(ln 2 - ln(1-|x|));
* gamma: Cephes' rational approximation on [2, 3] together with the recurrence
  Gamma(x+1) = x Gamma(x), Stirling's series above 33 and the reflection formula for
  large negative arguments;
* lgamma: msun's ``e_lgamma_r.c`` (three expansions on (0, 2), one on [2, 8), the asymptotic
  series beyond) with the reflection formula for negative arguments.

Every elementary operation of an IEEE binary64 computation is rounded individually, so the
result is fixed by the approximation, its coefficients and the order in which the roundings
happen.  Python floats round exactly as Go's float64 does on amd64; below each formula is
evaluated with the same coefficients (data, listed in ascending powers) and the same order
of operations as Go, on top of gomem.stdlib.gomath for Exp, Log, Pow, Sin and Cos.  Where
Go folds a constant expression exactly and rounds it once (``1/0.35``, ``Ymin - 1 + 0.27``)
the folded value is written out (``20 / 7`` is correctly rounded by Python, and decimal
literals are too).

Because IEEE negation, and subtraction with swapped operands, are exact and round-to-nearest
is symmetric, an odd function may be evaluated on |x| and given the sign of x afterwards.
"""

from __future__ import annotations

from gomem.stdlib import gomath as _gm

_INF = float("inf")
_NAN = _gm.NaN()
_PI = _gm.PI
_copysign = _gm.copysign
_exp = _gm.exp
_log = _gm.log


def _horner(coeffs: tuple[float, ...], t: float) -> float:
    """c0 + c1 t + ... + cn t**n, evaluated as (((cn t + c(n-1)) t + ...) t + c0)."""
    acc = coeffs[-1]
    for c in coeffs[-2::-1]:
        acc = acc * t + c
    return acc


def _rational(num: tuple[float, ...], den: tuple[float, ...], t: float) -> float:
    return _horner(num, t) / _horner(den, t)


# --------------------------------------------------------------------------- erf and erfc

# erf(1) is split as ERF1 + correction: ERF1 = 0x3FEB0AC160000000 has only 35 bits.
_ERF1 = 8.45062911510467529297e-01
# 2/sqrt(pi) - 1, and 8 times that: below 2**-1015 erf(a) ~ a + 0.128 a is evaluated as
# (8a + 1.027 a)/8 so that the small product does not lose bits to gradual underflow.
_TWO_OVER_SQRT_PI_M1 = 1.28379167095512586316e-01
_TWO_OVER_SQRT_PI_M1_X8 = 1.02703333676410069053e+00

# [0, 0.84375): erf(a) = a + a * R(a*a)
_ERF_NEAR0 = (
    (1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
     -5.77027029648944159157e-03, -2.37630166566501626084e-05),
    (1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
     1.32494738004321644526e-04, -3.96022827877536812320e-06),
)
# [0.84375, 1.25): erf(a) = ERF1 + R(a - 1)
_ERF_NEAR1 = (
    (-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
     3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
     -2.16637559486879084300e-03),
    (1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
     1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02),
)
# erfc(a) = exp(-a*a - 0.5625 + R(1/(a*a))) / a, R from one of two fits:
_ERFC_MID = (  # [1.25, 1/0.35)
    (-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
     -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
     -8.12874355063065934246e+01, -9.81432934416914548592e+00),
    (1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
     6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
     6.57024977031928170135e+00, -6.04244152148580987438e-02),
)
_ERFC_FAR = (  # [1/0.35, 28)
    (-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
     -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
     -4.83519191608651397019e+02),
    (1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
     3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
     -2.24409524465858183362e+01),
)
_FAR_FROM = 20 / 7  # the constant 1/0.35, rounded once


def _erf_near0_ratio(a: float) -> float:
    return _rational(*_ERF_NEAR0, a * a)


def _erf_near1_delta(a: float) -> float:
    return _rational(*_ERF_NEAR1, a - 1)


def _scaled_erfc(a: float) -> float:
    """a * erfc(a) for 1.25 <= a < 28.

    exp(-a*a) is formed as exp(-h*h - 0.5625) * exp((h - a)(h + a) + R): h is a with the low
    32 bits of its encoding cleared (21 significant bits), so h*h is exact and the rest of
    -a*a, which is small, goes to the second exponential.
    """
    num, den = _ERFC_MID if a < _FAR_FROM else _ERFC_FAR
    t = 1 / (a * a)
    h = _gm.float64frombits(_gm.float64bits(a) >> 32 << 32)
    return _exp(-h * h - 0.5625) * _exp((h - a) * (h + a) + _rational(num, den, t))


def erf(x: float) -> float:
    if x != x:
        return _NAN
    a = abs(x)
    if a < 0.84375:
        if a >= 2.0**-28:
            v = a + a * _erf_near0_ratio(a)
        elif a >= 2.0**-1015:
            v = a + _TWO_OVER_SQRT_PI_M1 * a
        else:
            v = 0.125 * (8.0 * a + _TWO_OVER_SQRT_PI_M1_X8 * a)
    elif a < 1.25:
        v = _ERF1 + _erf_near1_delta(a)
    elif a < 6:
        v = 1 - _scaled_erfc(a) / a
    else:  # erf is 1 to double precision (this includes +-Inf)
        v = 1.0
    return _copysign(v, x)


def erfc(x: float) -> float:
    if x != x:
        return _NAN
    negative = x < 0
    a = abs(x)
    if a < 0.84375:
        # erfc(x) = 1 -+ erf(a); Go sums erf(a) in two different ways on either side of 1/4
        if a < 2.0**-56:
            e = a
        else:
            r = _erf_near0_ratio(a)
            e = a + a * r if a < 0.25 else 0.5 + (a * r + (a - 0.5))
        return 1 + e if negative else 1 - e
    if a < 1.25:
        d = _erf_near1_delta(a)
        return (1 + _ERF1) + d if negative else (1 - _ERF1) - d
    if negative:
        return 2.0 if a > 6 else 2 - _scaled_erfc(a) / a
    if a >= 28:  # underflows (this includes +Inf)
        return 0.0
    return _scaled_erfc(a) / a


# --------------------------------------------------------------------------- inverse erf

# AS 241: |x| <= 0.85 -> x * A(r)/B(r) with r = 0.425**2 - x*x/4
_ERFINV_CENTRAL = (
    (1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2,
     4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4,
     1.1819493347062294404278e4, 8.8709406962545514830200e2),
    (1.0, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
     2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4,
     5.2264952788528545610e3),
)
# otherwise, with s = sqrt(ln 2 - ln(1 - |x|)): C(s - 1.6)/D(s - 1.6) while s <= 5 ...
_ERFINV_INTERMEDIATE = (
    (1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
     3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
     2.27238449892691845833e-2, 7.74545014278341407640e-4),
    (1.4142135623730950488016887e0, 2.9036514445419946173133295e0, 2.3707661626024532365971225e0,
     9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
     7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9),
)
# ... and E(s - 5)/F(s - 5) beyond
_ERFINV_TAIL = (
    (6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
     2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
     2.71155556874348757815e-5, 2.01033439929228813265e-7),
    (1.414213562373095048801689e0, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1,
     2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
     2.010321207683943062279931e-7, 2.891024605872965461538222e-15),
)
_LN2 = 0.693147180559945309417232121458176568


def erfinv(x: float) -> float:
    if not -1 < x < 1:  # also NaN
        return _copysign(_INF, x) if abs(x) == 1 else _NAN
    a = abs(x)
    if a <= 0.85:
        r = 0.180625 - 0.25 * a * a
        v = a * _horner(_ERFINV_CENTRAL[0], r) / _horner(_ERFINV_CENTRAL[1], r)
    else:
        s = _gm.sqrt(_LN2 - _log(1.0 - a))
        if s <= 5.0:
            v = _rational(*_ERFINV_INTERMEDIATE, s - 1.6)
        else:
            v = _rational(*_ERFINV_TAIL, s - 5.0)
    return _copysign(v, x)


def erfcinv(x: float) -> float:
    return erfinv(1 - x)


# --------------------------------------------------------------------------- gamma

# Gamma(2 + t) = P(t)/Q(t) for 0 <= t < 1 (both are exactly 1.0 at t = 0)
_GAMMA_2_3 = (
    (9.99999999999999996796e-01, 4.94214826801497100753e-01, 2.07448227648435975150e-01,
     4.76367800457137231464e-02, 1.04213797561761569935e-02, 1.19135147006586384913e-03,
     1.60119522476751861407e-04),
    (1.00000000000000000320e+00, 7.14304917030273074085e-02, -2.34591795718243348568e-01,
     3.58236398605498653373e-02, 1.18139785222060435552e-02, -4.45641913851797240494e-03,
     5.39605580493303397842e-04, -2.31581873324120129819e-05),
)
# Stirling's correction factor 1 + 1/(12x) + ... as a polynomial in 1/x
_STIRLING_SERIES = (1.0, 8.33333333333482257126e-02, 3.47222221605458667310e-03,
                    -2.68132617805781232825e-03, -2.29549961613378126380e-04, 7.87311395793093628397e-04)
_SQRT_2PI = 2.506628274631000502417
_EULER_GAMMA = 0.57721566490153286060651209008240243104215933593992


def _stirling(x: float) -> tuple[float, float]:
    """(u, v) with Gamma(x) ~ u * v for x > 33, split so that neither factor overflows early.

    Gamma(x) ~ sqrt(2 pi) x**(x - 1/2) e**-x (1 + 1/(12x) + ...).  Above 143.01608 the power
    x**(x - 1/2) itself would overflow, so it is taken as (x**(x/2 - 1/4))**2; above 200 the
    result is +Inf regardless.
    """
    if x > 200:
        return _INF, 1.0
    series = _horner(_STIRLING_SERIES, 1 / x)
    ex = _exp(x)
    if x <= 143.01608:
        return _gm.pow_(x, x - 0.5) / ex, _SQRT_2PI * series
    half = _gm.pow_(x, 0.5 * x - 0.25)
    return half, _SQRT_2PI * series * (half / ex)


def _gamma_of_negative(a: float) -> float:
    """Gamma(-a) for a non-integral a > 33: Gamma(-a) = -pi / (a sin(pi a) Gamma(a))."""
    n = _gm.floor(a)
    sign = -1.0 if int(n) % 2 == 0 else 1.0
    f = a - n  # sin(pi a) is +-sin(pi f); use the nearer integer so that |f| <= 1/2
    if f > 0.5:
        f = a - (n + 1)
    s = abs(a * _gm.sin(_PI * f))
    if s == 0:
        return _copysign(_INF, sign)
    u, v = _stirling(a)
    d = s * u * v
    g = _PI / s / u / v if d == _INF else _PI / d
    return sign * g


def _gamma_near_pole(scale: float, t: float) -> float:
    """scale * Gamma(t) for |t| < 1e-9, from Gamma(t) ~ 1 / (t (1 + gamma t))."""
    if t == 0:
        return _INF
    return scale / ((1 + _EULER_GAMMA * t) * t)


def gamma(x: float) -> float:
    if x != x or x == -_INF or (x < 0 and _gm.floor(x) == x):
        return _NAN
    if x == _INF:
        return _INF
    if x == 0:
        return _copysign(_INF, x)
    if abs(x) > 33:
        if x > 0:
            u, v = _stirling(x)
            return u * v
        return _gamma_of_negative(-x)
    # move x into [2, 3) by the recurrence, accumulating the factor picked up on the way
    scale = 1.0
    while x >= 3:
        x -= 1
        scale *= x
    while x < 2:
        if -1e-9 < x < 1e-9:
            return _gamma_near_pole(scale, x)
        scale /= x
        x += 1
    p, q = _GAMMA_2_3
    t = x - 2
    return scale * _horner(p, t) / _horner(q, t)


# --------------------------------------------------------------------------- log gamma

# Around x = 2 (and x = 1, as lgamma(1 + y) = lgamma(2 + y) - log(1 + y)) with y = 2 - x:
# lgamma = y*A_even(y*y) + y*y*A_odd(y*y) - y/2.
_LG_AT2_EVEN = (7.72156649015328655494e-02, 6.73523010531292681824e-02, 7.38555086081402883957e-03,
                1.19270763183362067845e-03, 2.20862790713908385557e-04, 2.52144565451257326939e-05)
_LG_AT2_ODD = (3.22467033424113591611e-01, 2.05808084325167332806e-02, 2.89051383673415629091e-03,
               5.10069792153511336608e-04, 1.08011567247583939954e-04, 4.48640949618915160150e-05)
# Around the minimum TC of Gamma on the positive axis, y = x - TC; the series in y is split
# in three interleaved parts in y**3.
_TC = 1.46163214496836224576e+00
_TC_M1 = 0.46163214496836224576  # the constant TC - 1, rounded once
_LG_TC = -1.21486290535849611461e-01  # lgamma(TC) = _LG_TC + _LG_TC_TAIL
_LG_TC_TAIL = 3.63867699703950536541e-18
_LG_MIN_3 = (
    (4.83836122723810047042e-01, -3.27885410759859649565e-02, 6.10053870246291332635e-03,
     -1.40346469989232843813e-03, 3.15632070903625950361e-04),
    (-1.47587722994593911752e-01, 1.79706750811820387126e-02, -3.68452016781138256760e-03,
     8.81081882437654011382e-04, -3.12754168375120860518e-04),
    (6.46249402391333854778e-02, -1.03142241298341437450e-02, 2.25964780900612472250e-03,
     -5.38595305356740546715e-04, 3.35529192635519073543e-04),
)
# Around x = 1, y = x - 1: lgamma = -y/2 + y*U(y)/V(y)
_LG_AT1 = (
    (-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
     9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02),
    (1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01,
     1.04222645593369134254e-01, 3.21709242282423911810e-03),
)
# [2, 3): lgamma(2 + y) = y/2 + y*S(y)/R(y); [3, 8) by lgamma(x+1) = log(x) + lgamma(x)
_LG_2_3 = (
    (-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
     1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03,
     3.19475326584100867617e-05),
    (1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
     1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06),
)
# x >= 8: lgamma = (x - 1/2)(log x - 1) + W0 + z*W(z*z) with z = 1/x (W0 = (ln(2 pi) - 1)/2)
_LG_ASYMPT_W0 = 4.18938533204672725052e-01
_LG_ASYMPT = (8.33333333333329678849e-02, -2.77777777728775536470e-03, 7.93650558643019558500e-04,
              -5.95187557450339963135e-04, 8.36339918996282139126e-04, -1.63092934096575273989e-03)


def _lg_around2(y: float) -> float:
    yy = y * y
    return (y * _horner(_LG_AT2_EVEN, yy) + yy * _horner(_LG_AT2_ODD, yy)) - 0.5 * y


def _lg_around_min(y: float) -> float:
    yy = y * y
    y3 = yy * y
    e0, e1, e2 = (_horner(c, y3) for c in _LG_MIN_3)
    return _LG_TC + (yy * e0 + (_LG_TC_TAIL + y3 * (e1 + y * e2)))


def _lg_around1(y: float) -> float:
    return -0.5 * y + y * _horner(_LG_AT1[0], y) / _horner(_LG_AT1[1], y)


# Where _lgamma_below2 switches expansion, and the origin of each: (from the expansion about
# the minimum, from the one about 2, 2, TC, 1) for a in (0.9, 2); for a in (0, 0.9] everything
# is shifted down by 1 (the expansions then describe lgamma(a + 1)).  The thresholds are
# TC + 0.27 and TC - 0.27 with TC rounded to 19 digits, each rounded once.
_BELOW2_PLAN = {
    False: (1.191632144968362245, 1.731632144968362245, 2.0, _TC, 1.0),
    True: (0.191632144968362245, 0.731632144968362245, 1.0, _TC_M1, 0.0),
}


def _lgamma_below2(a: float) -> float:
    """lgamma(a), 0 < a < 2, a != 1: the expansion about 1, TC or 2 nearest to a.

    For a <= 0.9, lgamma(a) = lgamma(a + 1) - log(a), the expansions being applied to a + 1
    through shifted origins (a + 1 itself is never formed).
    """
    shifted = a <= 0.9
    base = -_log(a) if shifted else 0.0
    from_min, from_two, two, tc, one = _BELOW2_PLAN[shifted]
    if a >= from_two:
        return base + _lg_around2(two - a)
    if a >= from_min:
        return base + _lg_around_min(a - tc)
    return base + _lg_around1(a - one)


def _lgamma_positive(a: float) -> float:
    """lgamma(a) for 2**-70 <= a < Inf."""
    if a == 1 or a == 2:
        return 0.0
    if a < 2:
        return _lgamma_below2(a)
    if a < 8:
        k = int(a)
        y = a - k
        v = 0.5 * y + y * _horner(_LG_2_3[0], y) / _horner(_LG_2_3[1], y)
        if k >= 3:  # Gamma(a) = (y + k-1)(y + k-2)...(y + 2) Gamma(2 + y)
            prod = 1.0
            for j in range(k - 1, 1, -1):
                prod *= y + j
            v += _log(prod)
        return v
    if a < 2.0**58:
        z = 1 / a
        corr = _LG_ASYMPT_W0 + z * _horner(_LG_ASYMPT, z * z)
        return (a - 0.5) * (_log(a) - 1) + corr
    return a * (_log(a) - 1)


def _sin_pi(a: float) -> float:
    """sin(pi a) for a > 0 not an integer.

    With r = a mod 2 and k the nearest multiple of 1/2 to r (k = c/2, c = 0..4),
    sin(pi r) = sin(pi (r - k) + c pi/2), i.e. +-sin or +-cos of pi (r - k), |r - k| <= 1/4.
    """
    r = _gm.mod(a, 2)
    c = (int(r * 4) + 1) >> 1
    t = _PI * (r - 0.5 * c)
    v = _gm.cos(t) if c & 1 else _gm.sin(t)
    return -v if c in (2, 3) else v


def lgamma(x: float) -> tuple[float, int]:
    if x != x or x == _INF or x == -_INF:
        return x, 1
    if x == 0:
        return _INF, 1
    a = abs(x)
    if a < 2.0**-70:  # Gamma(x) ~ 1/x
        return -_log(a), -1 if x < 0 else 1
    if x > 0:
        return _lgamma_positive(a), 1
    # reflection: |Gamma(-a)| = pi / |a sin(pi a) Gamma(a)|, with the sign of -sin(pi a)
    if _gm.floor(a) == a:  # a pole
        return _INF, 1
    s = _sin_pi(a)
    return _log(_PI / abs(s * a)) - _lgamma_positive(a), -1 if s > 0 else 1
