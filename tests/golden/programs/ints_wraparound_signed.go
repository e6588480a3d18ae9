package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1 =", a)
	a = -128
	a--
	fmt.Println("int8 -128-1 =", a)
	var m8 int8 = -128
	fmt.Println("int8 -(-128) =", -m8, "*-1 =", m8*-1)
	var x8 int8 = 100
	fmt.Println("int8 100*3 =", x8*3)

	var b int16 = math.MaxInt16
	b++
	fmt.Println("int16 max+1 =", b)
	b = 300
	fmt.Println("int16 300*300 =", b*b)

	var c int32 = math.MaxInt32
	c += 1
	fmt.Println("int32 max+1 =", c)
	var c2 int32 = math.MinInt32
	fmt.Println("int32 min-1 =", c2-1, "min/-1 =", c2/-1)

	var d int64 = math.MaxInt64
	d++
	fmt.Println("int64 max+1 =", d)
	var d2 int64 = math.MinInt64
	fmt.Println("int64 -min =", -d2, "min%-1 =", d2%-1)

	var e int = math.MaxInt
	e++
	fmt.Println("int max+1 =", e)

	var r rune = math.MaxInt32
	r++
	fmt.Println("rune max+1 =", r)

	// multiplication overflow
	var big int64 = 1 << 40
	fmt.Println("2^40*2^40 =", big*big)
	var m int32 = 1 << 20
	fmt.Println("int32 2^20*2^12 =", m*(1<<12))
	var f int32 = 123456789
	fmt.Println("int32 123456789*100 =", f*100)

	// conversion truncates
	var wide int64 = 0x1234567890
	fmt.Println(int8(wide), int16(wide), int32(wide))
	neg := int64(-1)
	fmt.Println(int8(neg), int32(neg-0x100000000))
	var n int = 200
	fmt.Println("int8(200) =", int8(n))

	// loop accumulating wrap
	var acc int8
	for i := 0; i < 20; i++ {
		acc += 13
	}
	fmt.Println("acc =", acc)
}
