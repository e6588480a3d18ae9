package main

import (
	"fmt"
	"math"
)

func main() {
	var f float32 = 0.1
	fmt.Println(f, float64(f))
	var g float32 = 16777216
	fmt.Println(g+1, g+2, g+1 == g)
	fmt.Println(float32(16777217), float32(1)/3)

	// float32 arithmetic rounds at every step
	var acc32 float32
	var acc64 float64
	for i := 0; i < 10; i++ {
		acc32 += 0.1
		acc64 += 0.1
	}
	fmt.Println(acc32, acc64, float64(acc32))

	a := float32(1.1)
	b := float32(2.2)
	fmt.Println(a*b, float64(a)*float64(b), a+b)
	fmt.Println(float32(math.Pi), float32(math.E), float32(1e10), float32(1e-10))
	big := float32(3.4e38)
	fmt.Println(big*10, -big*10, big*10-big*10)
	fmt.Println(math.MaxFloat32, float32(math.SmallestNonzeroFloat32))

	// conversion from float64 rounds to nearest even
	d := 0.1 + 0.2
	fmt.Println(d, float32(d), float64(float32(d)))
	for _, v := range []float64{1.5, 2.5, 1.0000001, 123456.789, 1e38, 1e39} {
		fmt.Println(v, float32(v))
	}

	// float32 printing with %v uses shortest repr for 32 bits
	vals := []float32{1, 0.5, 0.3, 1.0 / 3.0, 100, 1e7, 1e21, 1e-5, 123456789}
	for _, v := range vals {
		fmt.Printf("%v %g %.2f %e\n", v, v, v, v)
	}
	fmt.Println(math.Float32bits(0.1), math.Float32frombits(0x3f800001))
	fmt.Println(math.Float64bits(0.1))

	var h float32 = 1e-45
	fmt.Println(h, h/2)
	var i int = int(float32(2147483520))
	fmt.Println(i)
}
