package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	const ca, cb = 0.1, 0.2
	fmt.Println(ca+cb == 0.3) // exact constant arithmetic

	fmt.Println(1.0, 2.5, 1e21, 1e20, 1e-7, 123456789.0, 0.000001)
	fmt.Println(float64(7)/2, 10.0/3, -0.0, 100.0)
	x := 3.0
	fmt.Println(x, x*x, math.Sqrt(x))

	// special values
	var zero float64
	inf := 1 / zero
	fmt.Println(inf, -inf, inf-inf, zero/zero == zero/zero)
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, math.IsNaN(nan), math.IsInf(inf, 1))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0, 1/negz, math.Signbit(negz))

	// float to int conversion truncates toward zero
	for _, f := range []float64{2.7, -2.7, 0.5, -0.5, 1e9 + 0.9} {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	f2 := 250.9
	fmt.Println(uint8(f2), int(math.Floor(-2.5)), int(math.Round(-2.5)), int(math.Ceil(2.1)))

	// int to float
	n := 1<<53 + 1
	fmt.Println(float64(n), int64(float64(n)))

	// accumulation error
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)

	// comparison and min/max
	fmt.Println(math.Max(3, 7), math.Min(-1, 2), min(2.5, 1.5), max(2.5, 1.5))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%v %.3f %e %g\n", math.Pi, math.Pi, math.Pi, math.Pi)
	fmt.Println(math.Mod(7.5, 2), math.Mod(-7.5, 2), math.Trunc(-3.7), math.Abs(-4.25))
}
