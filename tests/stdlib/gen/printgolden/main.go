// Command printgolden writes what the builtins print and println produce for floats (by bit
// pattern) and for a few values of every other printable kind, for tests/runtime/test_printing.py.
//
// Usage (from tests/stdlib/gen): go run ./printgolden 2> ../../runtime/data/printing_golden.txt
//
// Float lines are "<decimal bits of the float64> <println output>". The last lines print other
// kinds, each line prefixed by a label.
package main

import (
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	var fs []float64
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, 10, 100, 1e6, 1e-6, 123456789,
		0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 9.9999995, 9.99999949, 99999995, 0.99999995, 5e-324,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1e308, 1e-308,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.E, 3.4028234663852886e38,
		float64(float32(0.1)), 1e21, 1e20, 12345.678, -0.000123, 7e-5, 9.5, 99.5, 999.5}
	fs = append(fs, specials...)
	for i := 0; i < 400; i++ {
		fs = append(fs, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	for i := 0; i < 200; i++ {
		fs = append(fs, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 100; i++ {
		fs = append(fs, float64(r.Intn(2000000)-1000000)/float64(r.Intn(1000)+1))
	}
	for _, f := range fs {
		print(math.Float64bits(f), " ")
		println(f)
	}
	println("float32:", float32(0.1), float32(1e10), float32(-2.5))
	println("ints:", 0, -1, 42, int8(-128), int16(300), int32(-5), int64(math.MinInt64), uint8(255), uint64(math.MaxUint64), uintptr(4096), 'x')
	println("bools:", true, false)
	println("strings:", "", "héllo", "a b")
	var p *int
	var m map[string]int
	var e error
	var a any
	var s []int
	var f func()
	var c chan int
	println("nils:", p, m, e, a, s, f, c)
	print("print:", 1, 2, "x", true, 1.5, "\n")
	println()
	print()
	println("empty-after")
}
