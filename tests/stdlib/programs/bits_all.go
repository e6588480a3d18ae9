package main

import (
	"fmt"
	"math/bits"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
			if e, ok := r.(error); ok {
				fmt.Println("  error:", e.Error())
			}
		}
	}()
	f()
}

func main() {
	fmt.Println(bits.UintSize)
	vals64 := []uint64{0, 1, 2, 3, 0x80, 0xFF, 0x100, 0xF0F0, 0x12345678, 0x80000000, 0xFFFFFFFF,
		0x0123456789ABCDEF, 0x8000000000000000, 0xFFFFFFFFFFFFFFFF, 0xDEADBEEFCAFEBABE}
	for _, v := range vals64 {
		fmt.Println(v, bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.OnesCount64(v), bits.Len64(v),
			bits.Reverse64(v), bits.ReverseBytes64(v))
		fmt.Println(" uint", bits.LeadingZeros(uint(v)), bits.TrailingZeros(uint(v)), bits.OnesCount(uint(v)),
			bits.Len(uint(v)), bits.Reverse(uint(v)), bits.ReverseBytes(uint(v)))
		v32 := uint32(v)
		fmt.Println(" 32", bits.LeadingZeros32(v32), bits.TrailingZeros32(v32), bits.OnesCount32(v32),
			bits.Len32(v32), bits.Reverse32(v32), bits.ReverseBytes32(v32))
		v16 := uint16(v)
		fmt.Println(" 16", bits.LeadingZeros16(v16), bits.TrailingZeros16(v16), bits.OnesCount16(v16),
			bits.Len16(v16), bits.Reverse16(v16), bits.ReverseBytes16(v16))
		v8 := uint8(v)
		fmt.Println(" 8", bits.LeadingZeros8(v8), bits.TrailingZeros8(v8), bits.OnesCount8(v8),
			bits.Len8(v8), bits.Reverse8(v8))
		for _, k := range []int{0, 1, 3, 7, 8, 13, 31, 32, 63, 64, 65, -1, -5, -64, -100} {
			fmt.Println("  rot", k, bits.RotateLeft64(v, k), bits.RotateLeft(uint(v), k), bits.RotateLeft32(v32, k),
				bits.RotateLeft16(v16, k), bits.RotateLeft8(v8, k))
		}
	}
	pairs := [][2]uint64{{0, 0}, {1, 1}, {0xFFFFFFFFFFFFFFFF, 1}, {0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF},
		{0x8000000000000000, 0x8000000000000000}, {12345, 67890}, {0xFFFFFFFF, 0xFFFFFFFF}, {5, 7}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		for c := uint64(0); c < 2; c++ {
			s, co := bits.Add64(x, y, c)
			d, bo := bits.Sub64(x, y, c)
			su, cou := bits.Add(uint(x), uint(y), uint(c))
			du, bou := bits.Sub(uint(x), uint(y), uint(c))
			s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
			d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			fmt.Println("addsub", x, y, c, s, co, d, bo, su, cou, du, bou, s32, co32, d32, bo32)
		}
		hi, lo := bits.Mul64(x, y)
		hu, lu := bits.Mul(uint(x), uint(y))
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		fmt.Println("mul", hi, lo, hu, lu, h32, l32)
		if y > hi {
			q, r := bits.Div64(hi, lo, y)
			fmt.Println("div", q, r, bits.Rem64(hi, lo, y))
		}
		fmt.Println("rem", bits.Rem64(x, y, 7), bits.Rem(uint(y), uint(x), 1000003), bits.Rem32(uint32(x), uint32(y), 97))
	}
	q, r := bits.Div(1, 2, 3)
	fmt.Println(q, r)
	q32, r32 := bits.Div32(1, 2, 3)
	fmt.Println(q32, r32)
	fmt.Println(bits.Rem64(10, 3, 5), bits.Rem32(10, 3, 5))
	try("Div64 zero", func() { bits.Div64(0, 1, 0) })
	try("Div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("Div32 zero", func() { bits.Div32(0, 1, 0) })
	try("Div32 overflow", func() { bits.Div32(7, 1, 3) })
	try("Div zero", func() { bits.Div(0, 1, 0) })
	try("Rem64 zero", func() { bits.Rem64(1, 1, 0) })
	try("Rem32 zero", func() { bits.Rem32(1, 1, 0) })
	bits.Div64(3, 0, 2)
}
