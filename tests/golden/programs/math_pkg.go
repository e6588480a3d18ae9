package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Cbrt(27))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(2.7), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(1, 2), math.Min(1, 2), math.Mod(10, 3), math.Remainder(10, 3))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Atan(1), math.Atan2(1, -1))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.Hypot(3, 4), math.Log1p(0), math.Expm1(0))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(-1), -1), math.IsNaN(math.Sqrt(-1)))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt)
	fmt.Println(math.MaxUint32, math.MaxUint8)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Phi)
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
	fmt.Println(math.Signbit(-1), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Nextafter(1, 2)-1 == math.Pow(2, -52))
	fmt.Println(math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Sqrt(-0.0))
	fmt.Println(math.Gamma(5), math.Erf(0))
	// integer helpers via float
	fmt.Println(int(math.Pow10(3)), int64(math.Floor(1e15+0.5)))
}
