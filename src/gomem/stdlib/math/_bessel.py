"""The Bessel functions of Go 1.23's ``math`` package (J0, J1, Jn, Y0, Y1, Yn), bit for bit.

Go computes them in portable code from FreeBSD msun's approximations (``e_j0.c``,
``e_j1.c``, ``e_jn.c``), as _special.py explains for erf and gamma: the same coefficients and
the same order of roundings give the same float64. The method:

* |x| < 2: J0, J1 from a rational approximation in x*x; Y0, Y1 add (2/pi) J(x) log x to
  theirs.
* |x| >= 2: the asymptotic form J = sqrt(2/(pi x)) (P cos(x - phase) - Q sin(x - phase)),
  with P and Q rational in 1/x**2 on four intervals ([2, 2.857), [2.857, 4.545), [4.545, 8),
  [8, inf)), and cos/sin of the shifted argument rebuilt from sin x, cos x and cos 2x without
  cancellation; above 2**129, P = 1 and Q = 0.
* Jn: forward recurrence from J0, J1 when n <= x (J_(k+1) = (2k/x) J_k - J_(k-1)); otherwise
  a continued fraction for J_n/J_(n-1) and backward recurrence normalised by J0 (the power
  series below 2**-29). Yn: forward recurrence from Y0, Y1, which is stable.

Coefficients are listed in ascending powers of the variable of each approximation.
"""

from __future__ import annotations

from fractions import Fraction

from gomem.stdlib import gomath as _gm

_NAN = _gm.NaN()
_INF = float("inf")
_MAX_HALF = 1.7976931348623157e308 / 2
_TWO129 = 2.0 ** 129
_TWO302 = 2.0 ** 302
# Go folds these constant expressions exactly and rounds once
_SQRT_PI_DIGITS = Fraction("1.77245385090551602729816748334114518279754945612238712821380779")
_INV_SQRT_PI = float(1 / _SQRT_PI_DIGITS)
_TWO_OVER_PI = float(2 / Fraction("3.14159265358979323846264338327950288419716939937510582097494459"))


_HW_NAN = _gm.float64frombits(0xFFF8000000000000)  # what x86 division makes of 0/0


def _div(a: float, b: float) -> float:
    """a / b as IEEE division (Python raises where it gives an infinity or NaN)."""
    try:
        return a / b
    except ZeroDivisionError:
        if a != a:
            return a
        if a == 0:
            return _HW_NAN
        return _INF if (a < 0) == _gm.signbit(b) else -_INF


def _horner(coeffs: tuple[float, ...], t: float) -> float:
    """c0 + t*(c1 + t*(c2 + ...)): each step one product and one sum, innermost first."""
    acc = coeffs[-1]
    for c in coeffs[-2::-1]:
        acc = c + t * acc
    return acc


def _den(coeffs: tuple[float, ...], t: float) -> float:
    """1 + t*(c0 + t*(c1 + ...)): a denominator whose constant term is 1."""
    return 1 + t * _horner(coeffs, t)


# ------------------------------------------------------------------ the asymptotic P and Q
# For each order (0, 1): per interval (lower bound), the numerator and denominator of P - 1
# and of Q*x - leading term, both in z = 1/x**2.

_P0 = (
    (8, (
    0.00000000000000000000e+00, -7.03124999999900357484e-02, -8.08167041275349795626e+00,
    -2.57063105679704847262e+02, -2.48521641009428822144e+03, -5.25304380490729545272e+03,
),
     (
    1.16534364619668181717e+02, 3.83374475364121826715e+03, 4.05978572648472545552e+04,
    1.16752972564375915681e+05, 4.76277284146730962675e+04,
)),
    (4.5454, (
    -1.14125464691894502584e-11, -7.03124940873599280078e-02, -4.15961064470587782438e+00,
    -6.76747652265167261021e+01, -3.31231299649172967747e+02, -3.46433388365604912451e+02,
),
     (
    6.07539382692300335975e+01, 1.05125230595704579173e+03, 5.97897094333855784498e+03,
    9.62544514357774460223e+03, 2.40605815922939109441e+03,
)),
    (2.8571, (
    -2.54704601771951915620e-09, -7.03119616381481654654e-02, -2.40903221549529611423e+00,
    -2.19659774734883086467e+01, -5.80791704701737572236e+01, -3.14479470594888503854e+01,
),
     (
    3.58560338055209726349e+01, 3.61513983050303863820e+02, 1.19360783792111533330e+03,
    1.12799679856907414432e+03, 1.73580930813335754692e+02,
)),
    (2, (
    -8.87534333032526411254e-08, -7.03030995483624743247e-02, -1.45073846780952986357e+00,
    -7.63569613823527770791e+00, -1.11931668860356747786e+01, -3.23364579351335335033e+00,
),
     (
    2.22202997532088808441e+01, 1.36206794218215208048e+02, 2.70470278658083486789e+02,
    1.53875394208320329881e+02, 1.46576176948256193810e+01,
)),
)

_Q0 = (
    (8, (
    0.00000000000000000000e+00, 7.32421874999935051953e-02, 1.17682064682252693899e+01,
    5.57673380256401856059e+02, 8.85919720756468632317e+03, 3.70146267776887834771e+04,
),
     (
    1.63776026895689824414e+02, 8.09834494656449805916e+03, 1.42538291419120476348e+05,
    8.03309257119514397345e+05, 8.40501579819060512818e+05, -3.43899293537866615225e+05,
)),
    (4.5454, (
    1.84085963594515531381e-11, 7.32421766612684765896e-02, 5.83563508962056953777e+00,
    1.35111577286449829671e+02, 1.02724376596164097464e+03, 1.98997785864605384631e+03,
),
     (
    8.27766102236537761883e+01, 2.07781416421392987104e+03, 1.88472887785718085070e+04,
    5.67511122894947329769e+04, 3.59767538425114471465e+04, -5.35434275601944773371e+03,
)),
    (2.8571, (
    4.37741014089738620906e-09, 7.32411180042911447163e-02, 3.34423137516170720929e+00,
    4.26218440745412650017e+01, 1.70808091340565596283e+02, 1.66733948696651168575e+02,
),
     (
    4.87588729724587182091e+01, 7.09689221056606015736e+02, 3.70414822620111362994e+03,
    6.46042516752568917582e+03, 2.51633368920368957333e+03, -1.49247451836156386662e+02,
)),
    (2, (
    1.50444444886983272379e-07, 7.32234265963079278272e-02, 1.99819174093815998816e+00,
    1.44956029347885735348e+01, 3.16662317504781540833e+01, 1.62527075710929267416e+01,
),
     (
    3.03655848355219184498e+01, 2.69348118608049844624e+02, 8.44783757595320139444e+02,
    8.82935845112488550512e+02, 2.12666388511798828631e+02, -5.31095493882666946917e+00,
)),
)

_P1 = (
    (8, (
    0.00000000000000000000e+00, 1.17187499999988647970e-01, 1.32394806593073575129e+01,
    4.12051854307378562225e+02, 3.87474538913960532227e+03, 7.91447954031891731574e+03,
),
     (
    1.14207370375678408436e+02, 3.65093083420853463394e+03, 3.69562060269033463555e+04,
    9.76027935934950801311e+04, 3.08042720627888811578e+04,
)),
    (4.5454, (
    1.31990519556243522749e-11, 1.17187493190614097638e-01, 6.80275127868432871736e+00,
    1.08308182990189109773e+02, 5.17636139533199752805e+02, 5.28715201363337541807e+02,
),
     (
    5.92805987221131331921e+01, 9.91401418733614377743e+02, 5.35326695291487976647e+03,
    7.84469031749551231769e+03, 1.50404688810361062679e+03,
)),
    (2.8571, (
    3.02503916137373618024e-09, 1.17186865567253592491e-01, 3.93297750033315640650e+00,
    3.51194035591636932736e+01, 9.10550110750781271918e+01, 4.85590685197364919645e+01,
),
     (
    3.47913095001251519989e+01, 3.36762458747825746741e+02, 1.04687139975775130551e+03,
    8.90811346398256432622e+02, 1.03787932439639277504e+02,
)),
    (2, (
    1.07710830106873743082e-07, 1.17176219462683348094e-01, 2.36851496667608785174e+00,
    1.22426109148261232917e+01, 1.76939711271687727390e+01, 5.07352312588818499250e+00,
),
     (
    2.14364859363821409488e+01, 1.25290227168402751090e+02, 2.32276469057162813669e+02,
    1.17679373287147100768e+02, 8.36463893371618283368e+00,
)),
)

_Q1 = (
    (8, (
    0.00000000000000000000e+00, -1.02539062499992714161e-01, -1.62717534544589987888e+01,
    -7.59601722513950107896e+02, -1.18498066702429587167e+04, -4.84385124285750353010e+04,
),
     (
    1.61395369700722909556e+02, 7.82538599923348465381e+03, 1.33875336287249578163e+05,
    7.19657723683240939863e+05, 6.66601232617776375264e+05, -2.94490264303834643215e+05,
)),
    (4.5454, (
    -2.08979931141764104297e-11, -1.02539050241375426231e-01, -8.05644828123936029840e+00,
    -1.83669607474888380239e+02, -1.37319376065508163265e+03, -2.61244440453215656817e+03,
),
     (
    8.12765501384335777857e+01, 1.99179873460485964642e+03, 1.74684851924908907677e+04,
    4.98514270910352279316e+04, 2.79480751638918118260e+04, -4.71918354795128470869e+03,
)),
    (2.8571, (
    -5.07831226461766561369e-09, -1.02537829820837089745e-01, -4.61011581139473403113e+00,
    -5.78472216562783643212e+01, -2.28244540737631695038e+02, -2.19210128478909325622e+02,
),
     (
    4.76651550323729509273e+01, 6.73865112676699709482e+02, 3.38015286679526343505e+03,
    5.54772909720722782367e+03, 1.90311919338810798763e+03, -1.35201191444307340817e+02,
)),
    (2, (
    -1.78381727510958865572e-07, -1.02517042607985553460e-01, -2.75220568278187460720e+00,
    -1.96636162643703720221e+01, -4.23253133372830490089e+01, -2.13719211703704061733e+01,
),
     (
    2.95333629060523854548e+01, 2.52981549982190529136e+02, 7.57502834868645436472e+02,
    7.39393205320467245656e+02, 1.55949003336666123687e+02, -4.95949898822628210127e+00,
)),
)


def _interval(table: tuple, x: float) -> tuple:
    for lower, num, den in table:
        if x >= lower:
            return num, den
    raise AssertionError("the asymptotic forms start at x = 2")


def _p(table: tuple, x: float) -> float:
    num, den = _interval(table, x)
    z = 1 / (x * x)
    return 1 + _horner(num, z) / _den(den, z)


def _q(table: tuple, lead: float, x: float) -> float:
    num, den = _interval(table, x)
    z = 1 / (x * x)
    return (lead + _horner(num, z) / _den(den, z)) / x


def _phased(x: float, order: int) -> tuple[float, float]:
    """(cc, ss): sqrt(2) cos and sqrt(2) sin of x - (2 order + 1) pi/4, from sin x and cos x,
    the one of them that would cancel rebuilt as +-cos 2x divided by the other."""
    s, c = _gm.sincos(x)
    if order == 0:
        ss, cc = s - c, s + c
    else:
        ss, cc = -s - c, s - c
    if x < _MAX_HALF:
        z = _gm.cos(x + x)
        if order == 0:
            z = -z
        if (s * c < 0) if order == 0 else (s * c > 0):
            cc = _div(z, ss)
        else:
            ss = _div(z, cc)
    return cc, ss


def _large(x: float, order: int, second_kind: bool) -> float:
    """J (second_kind False) or Y of the order at x >= 2."""
    cc, ss = _phased(x, order)
    if x > _TWO129:
        return _INV_SQRT_PI * (ss if second_kind else cc) / _gm.sqrt(x)
    if order == 0:
        u, v = _p(_P0, x), _q(_Q0, -0.125, x)
    else:
        u, v = _p(_P1, x), _q(_Q1, 0.375, x)
    w = u * ss + v * cc if second_kind else u * cc - v * ss
    return _INV_SQRT_PI * w / _gm.sqrt(x)


# ------------------------------------------------------------------ J0, Y0

_J0_R = (1.56249999999999947958e-02, -1.89979294238854721751e-04, 1.82954049532700665670e-06,
         -4.61832688532103189199e-09)
_J0_S = (1.56191029464890010492e-02, 1.16926784663337450260e-04, 5.13546550207318111446e-07,
         1.16614003333790000205e-09)
_Y0_U = (-7.38042951086872317523e-02, 1.76666452509181115538e-01, -1.38185671945596898896e-02,
         3.47453432093683650238e-04, -3.81407053724364161125e-06, 1.95590137035022920206e-08,
         -3.98205194132103398453e-11)
_Y0_V = (1.27304834834123699328e-02, 7.60068627350353253702e-05, 2.59150851840457805467e-07,
         4.41110311332675467403e-10)


def j0(x: float) -> float:
    if x != x:
        return x
    if x in (_INF, -_INF):
        return 0.0
    if x == 0:
        return 1.0
    x = abs(x)
    if x >= 2:
        return _large(x, 0, False)
    if x < 2.0 ** -13:
        return 1.0 if x < 2.0 ** -27 else 1 - 0.25 * x * x
    z = x * x
    r = z * _horner(_J0_R, z)
    s = _den(_J0_S, z)
    if x < 1:
        return 1 + z * (-0.25 + (r / s))
    u = 0.5 * x
    return (1 + u) * (1 - u) + z * (r / s)


def y0(x: float) -> float:
    if x < 0 or x != x:
        return _NAN
    if x == _INF:
        return 0.0
    if x == 0:
        return -_INF
    if x >= 2:
        return _large(x, 0, True)
    if x <= 2.0 ** -27:
        return _Y0_U[0] + _TWO_OVER_PI * _gm.log(x)
    z = x * x
    return _horner(_Y0_U, z) / _den(_Y0_V, z) + _TWO_OVER_PI * j0(x) * _gm.log(x)


# ------------------------------------------------------------------ J1, Y1

_J1_R = (-6.25000000000000000000e-02, 1.40705666955189706048e-03, -1.59955631084035597520e-05,
         4.96727999609584448412e-08)
_J1_S = (1.91537599538363460805e-02, 1.85946785588630915560e-04, 1.17718464042623683263e-06,
         5.04636257076217042715e-09, 1.23542274426137913908e-11)
_Y1_U = (-1.96057090646238940668e-01, 5.04438716639811282616e-02, -1.91256895875763547298e-03,
         2.35252600561610495928e-05, -9.19099158039878874504e-08)
_Y1_V = (1.99167318236649903973e-02, 2.02552581025135171496e-04, 1.35608801097516229404e-06,
         6.22741452364621501295e-09, 1.66559246207992079114e-11)


def j1(x: float) -> float:
    if x != x:
        return x
    if x in (_INF, -_INF) or x == 0:
        return 0.0
    negative = x < 0
    x = abs(x)
    if x >= 2:
        z = _large(x, 1, False)
    elif x < 2.0 ** -27:
        return 0.5 * x  # Go returns this without the sign of a negative x
    else:
        z = x * x
        r = z * _horner(_J1_R, z) * x
        z = 0.5 * x + r / _den(_J1_S, z)
    return -z if negative else z


def y1(x: float) -> float:
    if x < 0 or x != x:
        return _NAN
    if x == _INF:
        return 0.0
    if x == 0:
        return -_INF
    if x >= 2:
        return _large(x, 1, True)
    if x <= 2.0 ** -54:
        return -_TWO_OVER_PI / x
    z = x * x
    return x * (_horner(_Y1_U, z) / _den(_Y1_V, z)) + _TWO_OVER_PI * (j1(x) * _gm.log(x) - 1 / x)


# ------------------------------------------------------------------ Jn, Yn


def _huge_x_term(x: float, n: int, second_kind: bool) -> float:
    """sqrt(2) cos(x - (2n+1) pi/4) (Y: sin), by n mod 4, for x beyond 2**302."""
    s, c = _gm.sincos(x)
    k = n & 3
    if second_kind:
        temp = (s - c, -s - c, -s + c, s + c)[k]
    else:
        temp = (c + s, -c + s, -c - s, c - s)[k]
    return _INV_SQRT_PI * temp / _gm.sqrt(x)


def jn(n: int, x: float) -> float:
    if x != x:
        return x
    if x in (_INF, -_INF):
        return 0.0
    if n == 0:
        return j0(x)
    if x == 0:
        return 0.0
    if n < 0:
        n, x = -n, -x
    if n == 1:
        return j1(x)
    negative = False
    if x < 0:
        x = -x
        negative = n & 1 == 1
    if float(n) <= x:
        if x >= _TWO302:
            b = _huge_x_term(x, n, False)
        else:
            a, b = j0(x), j1(x)
            for i in range(1, n):
                a, b = b, b * (float(i + i) / x) - a
    elif x < 2.0 ** -29:
        if n > 33:  # (x/2)**n / n! underflows
            b = 0.0
        else:
            half = x * 0.5
            b, fact = half, 1.0
            for i in range(2, n + 1):
                fact *= float(i)
                b *= half
            b /= fact
    else:
        b = _jn_backward(n, x)
    return -b if negative else b


def _jn_backward(n: int, x: float) -> float:
    """J_n(x) for n > x: the continued fraction for J_n/J_(n-1), started deep enough (k terms,
    found from the growth of the recurrence), then backward recurrence down to J0."""
    w = float(n + n) / x
    h = 2 / x
    q0, z = w, w + h
    q1 = w * z - 1
    k = 1
    while q1 < 1e9:
        k += 1
        z += h
        q0, q1 = q1, z * q1 - q0
    t = 0.0
    for i in range(2 * (n + k), n + n - 1, -2):
        t = _div(1, float(i) / x - t)
    a, b = t, 1.0
    nf = float(n)
    v = 2 / x
    may_overflow = nf * _gm.log(abs(v * nf)) >= 7.09782712893383973096e+02
    for i in range(n - 1, 0, -1):
        di = float(i + i)
        a, b = b, b * di / x - a
        if may_overflow and b > 1e100:  # rescale to stay finite
            a /= b
            t /= b
            b = 1.0
    return _div(t * j0(x), b)


def yn(n: int, x: float) -> float:
    if x < 0 or x != x:
        return _NAN
    if x == _INF:
        return 0.0
    if n == 0:
        return y0(x)
    if x == 0:
        return _INF if n < 0 and n & 1 == 1 else -_INF
    negative = False
    if n < 0:
        n = -n
        negative = n & 1 == 1
    if n == 1:
        return -y1(x) if negative else y1(x)
    if x >= _TWO302:
        b = _huge_x_term(x, n, True)
    else:
        a, b = y0(x), y1(x)
        i = 1
        while i < n and b != -_INF:
            a, b = b, (float(i + i) / x) * b - a
            i += 1
    return -b if negative else b
