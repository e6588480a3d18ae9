package main

import (
	"fmt"
	"strconv"
)

type MyInt int
type Point struct{ X, Y int }
type Vec struct{ X, Y int }

func main() {
	// numeric conversions
	i := 300
	fmt.Println(int8(i), uint8(i), int16(i), float64(i)/7)
	f := -3.99
	fmt.Println(int(f), uint8(int(f)), int64(f*100))
	var u uint32 = 4000000000
	fmt.Println(int32(u), int64(u), float32(u))

	// string conversions
	fmt.Println(string(rune(9731)), string([]byte{104, 105}), []byte("hi"), []rune("hé"))
	fmt.Println(strconv.Itoa(42) + "!")

	// named types
	var m MyInt = 7
	n := int(m) + 1
	fmt.Printf("%T %v %T %v\n", m, m, n, n)

	// struct conversion with identical fields
	p := Point{1, 2}
	v := Vec(p)
	fmt.Printf("%T %+v\n", v, v)

	// slice to array (Go 1.20) and slice to array pointer (Go 1.17)
	s := []int{1, 2, 3, 4}
	arr := [4]int(s)
	ap := (*[2]int)(s)
	ap[0] = 100
	arr[1] = 200
	fmt.Println(s, arr, *ap)

	// conversions in expressions
	var b byte = 250
	total := int(b) + 10
	fmt.Println(total, b+10)

	// bool has no numeric conversion; use a helper
	btoi := func(x bool) int {
		if x {
			return 1
		}
		return 0
	}
	fmt.Println(btoi(true), btoi(false))

	// float32 <-> float64
	f32 := float32(0.1)
	fmt.Println(float64(f32) == 0.1, float32(float64(f32)) == f32)

	// untyped constant conversions
	const c = 1 << 10
	fmt.Println(byte(c>>3), float32(c), string(rune(c)))

	// uintptr
	var up uintptr = uintptr(i)
	fmt.Println(up + 1)
	var r rune = 'Z'
	fmt.Println(byte(r), int(r), string(r))
}
