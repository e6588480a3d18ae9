package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1e6, 1e21, 1.5e-7, 123456789.123, 100}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%E|%f|%.2f|%G\n", v, v, v, v, v, v, v)
	}
	fmt.Printf("%8.3f|%-8.3f|%08.3f|%+.1f|% .2f\n", math.Pi, math.Pi, math.Pi, math.Pi, math.Pi)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.3e %.10g %.3g %g\n", 123456.789, math.Pi, 1234567.0, 1e-5)
	fmt.Printf("%v %v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN(), -0.0)
	fmt.Printf("%f %5.1f %e\n", math.Inf(1), math.NaN(), math.Inf(-1))
	fmt.Printf("%x %X\n", 1.0, 0.5)
	fmt.Printf("%#g %#.3x\n", 1.0, 1.0)
	fmt.Printf("%b\n", 1.0)

	// float32 formatting uses 32-bit shortest representation
	var f32 float32 = 0.1
	fmt.Printf("%v %g %.10f %v\n", f32, f32, f32, float64(f32))
	fmt.Println(f32, float32(16777217), float32(1)/3)

	// Println of floats
	fmt.Println(1.0, 0.1, 2.5e10, 1e20, 1e21, 1e-4, 1e-5, 12345678.0)
	fmt.Println(float32(1e20), float32(1e21), float32(2.5))
	fmt.Println(math.MaxFloat64, -math.SmallestNonzeroFloat64)
	fmt.Println(fmt.Sprint(3.0), fmt.Sprintf("%v", 100.0))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("[%10.4e] [%-12g] [%12G]\n", 6.02214076e23, 2.0/3, 1e-10)
}
