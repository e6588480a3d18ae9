package main

import (
	"fmt"
	"math"
)

func bits(f float64) uint64 { return math.Float64bits(f) }

func main() {
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	const bigPi = math.Pi * 1e20
	fmt.Println(bigPi, float32(math.Pi), math.Pi/2 == 1.5707963267948966)

	xs := []float64{0, math.Copysign(0, -1), 1e-310, 1e-20, 0.1, 0.5, 0.7, 1, 1.5, 2, 2.5, 3, math.Pi, 10, 100.25, 1e10, 1e300,
		-0.1, -0.5, -1, -1.5, -2.5, -3, -7.25, -1e10, math.Inf(1), math.Inf(-1), math.NaN(), 0.9999999, 1e22, 5e-324}
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin}, {"Asinh", math.Asinh},
		{"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Ceil", math.Ceil}, {"Cos", math.Cos},
		{"Cosh", math.Cosh}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Floor", math.Floor}, {"Gamma", math.Gamma},
		{"Log", math.Log}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Log2", math.Log2}, {"Logb", math.Logb},
		{"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Sin", math.Sin}, {"Sinh", math.Sinh},
		{"Sqrt", math.Sqrt}, {"Tan", math.Tan}, {"Tanh", math.Tanh}, {"Trunc", math.Trunc},
	}
	for _, u := range unary {
		fmt.Print(u.name, ":")
		for _, x := range xs {
			fmt.Printf(" %x", bits(u.f(x)))
		}
		fmt.Println()
	}
	ys := []float64{0, -0.5, 2, 3, -3, 0.5, 1e-3, math.Inf(1), math.NaN(), 1e300}
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Atan2", math.Atan2}, {"Copysign", math.Copysign}, {"Dim", math.Dim}, {"Hypot", math.Hypot}, {"Max", math.Max},
		{"Min", math.Min}, {"Mod", math.Mod}, {"Nextafter", math.Nextafter}, {"Pow", math.Pow}, {"Remainder", math.Remainder},
	}
	for _, b := range binary {
		fmt.Print(b.name, ":")
		for _, x := range xs {
			for _, y := range ys {
				fmt.Printf(" %x", bits(b.f(x, y)))
			}
		}
		fmt.Println()
	}
	for _, x := range xs {
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		lg, sign := math.Lgamma(x)
		s, c := math.Sincos(x)
		fmt.Println(fr, ex, ip, fp, lg, sign, s, c, math.Ilogb(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1), math.Signbit(x))
	}
	fmt.Println(math.Ldexp(0.5, 1024), math.Ldexp(1, -1075), math.Ldexp(1, -1074), math.Ldexp(3, 10), math.FMA(2, 3, 4), math.FMA(0.1, 10, -1))
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Float64frombits(0x7ff8000000000001), bits(math.NaN()))
	fmt.Println(math.Nextafter32(1, 2), math.Nextafter32(0, -1), math.Pow10(-324), math.Pow10(308), math.Pow10(309), math.Pow10(5))
	fmt.Println(math.Inf(0), math.Inf(-5), -math.MaxFloat64)
	var i8 int8 = math.MaxInt8
	var u32 uint32 = math.MaxUint32
	fmt.Println(i8, u32, math.MaxInt64/2)
}
