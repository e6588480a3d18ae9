"""spectralnorm: approximate the spectral norm of an infinite matrix with the
power method (Computer Language Benchmarks Game algorithm, single-threaded)."""

import math
import sys

# Note: the sums below are plain loops on purpose. The builtin sum() of floats
# uses compensated summation since Python 3.12 and would change the checksum.


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u):
    """Return A u."""
    n = len(u)
    v = []
    for i in range(n):
        a = 0.0
        for j, uj in enumerate(u):
            a += eval_a(i, j) * uj
        v.append(a)
    return v


def times_transp(u):
    """Return A^T u."""
    n = len(u)
    v = []
    for i in range(n):
        a = 0.0
        for j, uj in enumerate(u):
            a += eval_a(j, i) * uj
        v.append(a)
    return v


def a_times_transp(u):
    """Return A^T A u."""
    return times_transp(times(u))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = a_times_transp(u)
        u = a_times_transp(v)
    vbv = vv = 0.0
    for ui, vi in zip(u, v):
        vbv += ui * vi
        vv += vi * vi
    print(f"{math.sqrt(vbv / vv):.9f}")


if __name__ == "__main__":
    main()
