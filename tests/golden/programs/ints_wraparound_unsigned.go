package main

import (
	"fmt"
	"math"
)

func main() {
	var a uint8 = 255
	a++
	fmt.Println("uint8 255+1 =", a)
	a = 0
	a--
	fmt.Println("uint8 0-1 =", a)
	var b8 byte = 200
	fmt.Println("byte 200+100 =", b8+100, "200*2 =", b8*2)
	fmt.Println("uint8 -x =", -b8)

	var b uint16 = math.MaxUint16
	b++
	fmt.Println("uint16 max+1 =", b)
	b = 0
	b -= 2
	fmt.Println("uint16 0-2 =", b)

	var c uint32 = math.MaxUint32
	c++
	fmt.Println("uint32 max+1 =", c)
	var c2 uint32 = 1 << 31
	fmt.Println("uint32 2^31*2 =", c2*2, "2^31+2^31-1 =", c2+c2-1)

	var d uint64 = math.MaxUint64
	d++
	fmt.Println("uint64 max+1 =", d)
	var d2 uint64 = 0
	d2--
	fmt.Println("uint64 0-1 =", d2)
	var d3 uint64 = 1 << 63
	fmt.Println("uint64 2^63*3 =", d3*3)

	var e uint = 0
	e--
	fmt.Println("uint 0-1 =", e)

	var p uintptr = 0
	p--
	fmt.Println("uintptr 0-1 =", p)
	var p2 uintptr = 16
	fmt.Println("uintptr 16*3 =", p2*3, "16-17 =", p2-17)

	// negation and complement of unsigned
	var u uint32 = 5
	fmt.Println("-uint32(5) =", -u, "^uint32(5) =", ^u)
	var ub uint8 = 0x0f
	fmt.Println("^uint8(0x0f) =", ^ub, "&^ 0x03 =", ub&^0x03)

	// conversions from negative signed values
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n))
	n2 := -200
	fmt.Println("uint8(-200) =", uint8(n2))

	// multiply overflow
	var m uint64 = 0xFFFFFFFF
	fmt.Println("0xFFFFFFFF^2 =", m*m)
	var h uint32 = 2166136261
	for _, ch := range []byte("gomem") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv32a(gomem) =", h)
}
