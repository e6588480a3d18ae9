"""Package math/bits: the Python implementations of the declarations in api.go.

Unsigned Go integers are non-negative Python ints below 2**width, so each function is a few
integer operations. Div and its relatives panic as Go's do: with the run-time errors
``integer divide by zero`` (y == 0) and ``integer overflow`` (the quotient does not fit,
y <= hi).
"""

from __future__ import annotations

from gomem.runtime.panic import go_panic_runtime, panic_divide

_M8, _M16, _M32, _M64 = 0xFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF


def _leading(x: int, width: int) -> int:
    return width - x.bit_length()


def _trailing(x: int, width: int) -> int:
    return width if x == 0 else (x & -x).bit_length() - 1


def _rotate(x: int, k: int, width: int) -> int:
    k %= width  # Go's k & (width-1) for a power-of-two width: a negative k rotates right
    mask = (1 << width) - 1
    return ((x << k) | (x >> (width - k))) & mask


def _reverse(x: int, width: int) -> int:
    return int(format(x, f"0{width}b")[::-1], 2)


def _reverse_bytes(x: int, nbytes: int) -> int:
    return int.from_bytes(x.to_bytes(nbytes, "little"), "big")


def LeadingZeros(x: int) -> int:
    return 64 - x.bit_length()


def LeadingZeros8(x: int) -> int:
    return _leading(x, 8)


def LeadingZeros16(x: int) -> int:
    return _leading(x, 16)


def LeadingZeros32(x: int) -> int:
    return _leading(x, 32)


def LeadingZeros64(x: int) -> int:
    return 64 - x.bit_length()


def TrailingZeros(x: int) -> int:
    return _trailing(x, 64)


def TrailingZeros8(x: int) -> int:
    return _trailing(x, 8)


def TrailingZeros16(x: int) -> int:
    return _trailing(x, 16)


def TrailingZeros32(x: int) -> int:
    return _trailing(x, 32)


def TrailingZeros64(x: int) -> int:
    return _trailing(x, 64)


def OnesCount(x: int) -> int:
    return x.bit_count()


OnesCount8 = OnesCount16 = OnesCount32 = OnesCount64 = OnesCount


def RotateLeft(x: int, k: int) -> int:
    return _rotate(x, k, 64)


def RotateLeft8(x: int, k: int) -> int:
    return _rotate(x, k, 8)


def RotateLeft16(x: int, k: int) -> int:
    return _rotate(x, k, 16)


def RotateLeft32(x: int, k: int) -> int:
    return _rotate(x, k, 32)


def RotateLeft64(x: int, k: int) -> int:
    return _rotate(x, k, 64)


def Reverse(x: int) -> int:
    return _reverse(x, 64)


def Reverse8(x: int) -> int:
    return _reverse(x, 8)


def Reverse16(x: int) -> int:
    return _reverse(x, 16)


def Reverse32(x: int) -> int:
    return _reverse(x, 32)


def Reverse64(x: int) -> int:
    return _reverse(x, 64)


def ReverseBytes(x: int) -> int:
    return _reverse_bytes(x, 8)


def ReverseBytes16(x: int) -> int:
    return _reverse_bytes(x, 2)


def ReverseBytes32(x: int) -> int:
    return _reverse_bytes(x, 4)


def ReverseBytes64(x: int) -> int:
    return _reverse_bytes(x, 8)


def Len(x: int) -> int:
    return x.bit_length()


Len8 = Len16 = Len32 = Len64 = Len


def _add(x: int, y: int, carry: int, width: int) -> tuple[int, int]:
    # Go documents the carry input as 0 or 1 but uses only its low bit's effect through a
    # full-width add; the carry out is computed from the top bits the same way for any input.
    mask = (1 << width) - 1
    total = x + y + carry
    top = width - 1
    carry_out = ((x & y) | ((x | y) & ~(total & mask))) >> top & 1
    return total & mask, carry_out


def Add(x: int, y: int, carry: int) -> tuple[int, int]:
    return _add(x, y, carry, 64)


def Add32(x: int, y: int, carry: int) -> tuple[int, int]:
    return _add(x, y, carry, 32)


def Add64(x: int, y: int, carry: int) -> tuple[int, int]:
    return _add(x, y, carry, 64)


def _sub(x: int, y: int, borrow: int, width: int) -> tuple[int, int]:
    mask = (1 << width) - 1
    diff = (x - y - borrow) & mask
    borrow_out = ((~x & y) | (~(x ^ y) & diff)) >> (width - 1) & 1
    return diff, borrow_out


def Sub(x: int, y: int, borrow: int) -> tuple[int, int]:
    return _sub(x, y, borrow, 64)


def Sub32(x: int, y: int, borrow: int) -> tuple[int, int]:
    return _sub(x, y, borrow, 32)


def Sub64(x: int, y: int, borrow: int) -> tuple[int, int]:
    return _sub(x, y, borrow, 64)


def Mul(x: int, y: int) -> tuple[int, int]:
    p = x * y
    return p >> 64, p & _M64


def Mul32(x: int, y: int) -> tuple[int, int]:
    p = x * y
    return p >> 32, p & _M32


Mul64 = Mul


def _div(hi: int, lo: int, y: int, width: int) -> tuple[int, int]:
    if y == 0:
        panic_divide()
    if y <= hi:
        go_panic_runtime("integer overflow")
    return divmod((hi << width) | lo, y)


def Div(hi: int, lo: int, y: int) -> tuple[int, int]:
    return _div(hi, lo, y, 64)


def Div32(hi: int, lo: int, y: int) -> tuple[int, int]:
    return _div(hi, lo, y, 32)


def Div64(hi: int, lo: int, y: int) -> tuple[int, int]:
    return _div(hi, lo, y, 64)


def _rem(hi: int, lo: int, y: int, width: int) -> int:
    # Unlike Div, Rem has no overflow case: the remainder of the full double-width value.
    if y == 0:
        panic_divide()
    return ((hi << width) | lo) % y


def Rem(hi: int, lo: int, y: int) -> int:
    return _rem(hi, lo, y, 64)


def Rem32(hi: int, lo: int, y: int) -> int:
    return _rem(hi, lo, y, 32)


def Rem64(hi: int, lo: int, y: int) -> int:
    return _rem(hi, lo, y, 64)
