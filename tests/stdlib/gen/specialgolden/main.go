// Command specialgolden prints what real Go 1.23 answers for math.Erf, Erfc, Erfinv,
// Erfcinv, Gamma and Lgamma, as raw float64 bit patterns, so that gomem's
// src/gomem/stdlib/math/_special.py can be checked bit for bit
// (tests/stdlib/test_pkg_math.py runs it when a Go 1.23 toolchain is installed).
//
// Usage (from tests/stdlib/gen): go run ./specialgolden [-n RANDOM] [-seed S]
//
// One case per line, all numbers in hexadecimal:
//
//	Name <TAB> argument bits <TAB> result bits [<TAB> sign]   (sign only for Lgamma)
//
// The arguments are hand-picked edge cases (zeros, subnormals, infinities, NaNs,
// the boundaries between the approximation intervals and their neighbours, poles and
// overflow thresholds) followed by RANDOM pseudo-random values per function drawn
// from several distributions (uniform over the interesting range, log-uniform
// magnitudes of both signs, arbitrary bit patterns, points just beside the
// negative integers and just inside +-1).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/rand"
	"os"
)

var w = bufio.NewWriterSize(os.Stdout, 1<<16)

func emit(name string, x, r float64) {
	fmt.Fprintf(w, "%s\t%x\t%x\n", name, math.Float64bits(x), math.Float64bits(r))
}

// neighbours returns v with the floats next to it on both sides, and their negations.
func neighbours(vs ...float64) []float64 {
	var out []float64
	for _, v := range vs {
		for _, s := range []float64{v, -v} {
			out = append(out, s, math.Nextafter(s, math.Inf(1)), math.Nextafter(s, math.Inf(-1)))
		}
	}
	return out
}

func edgeCases() []float64 {
	xs := []float64{
		0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		math.Float64frombits(0x7FF8000000000000), math.Float64frombits(0xFFF8000000000000),
		math.Float64frombits(0x7FF0000000000001), math.SmallestNonzeroFloat64,
		-math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64,
		0x1p-1022, 0x1p-1023 * 1.5, 0x0.8p-1022, 1e-310,
	}
	xs = append(xs, neighbours(
		// interval boundaries of the error function and its complement
		0x1p-1015, 0x1p-56, 0x1p-28, 0.25, 0.5, 0.84375, 1, 1.25, 20.0/7, 6, 28, 26.5, 27.3,
		// of the inverse error function (also fed to Erfcinv as 1-x)
		0.85, 0.9, 0.99, 0.999999, 1-0x1p-20, 1-0x1p-40, 1-0x1p-53,
		// of the gamma functions
		1e-9, 0x1p-70, 0.2316321449683623, 0.7316321449683623, 0.9, 1.2316321449683622,
		1.4616321449683622, 1.7316321449683622, 2, 3, 4, 5, 6.5, 7, 8, 33, 143.01608, 170.5,
		171.6243769563027, 171.7, 200, 0x1p52, 0x1p53, 0x1p58, 0x1p63, 1e300,
	)...)
	for n := 1; n <= 40; n++ {
		f := float64(n)
		xs = append(xs, f, -f, f+0.5, -f-0.5, f+0.25, -f-0.25, -f-0.75, -f+1e-9, -f-1e-9,
			math.Nextafter(-f, 0), math.Nextafter(-f, math.Inf(-1)))
	}
	for k := -1074; k <= 1023; k += 7 {
		xs = append(xs, math.Ldexp(1, k), -math.Ldexp(1.3, k))
	}
	return xs
}

// randoms draws n values: uniform on [lo, hi), log-uniform magnitudes of both signs,
// arbitrary bit patterns, neighbours of negative integers and values just inside +-1.
func randoms(rng *rand.Rand, n int, lo, hi float64) []float64 {
	out := make([]float64, 0, n)
	for i := 0; len(out) < n; i++ {
		var x float64
		switch i % 8 {
		case 0, 1, 2:
			x = lo + (hi-lo)*rng.Float64()
		case 3:
			x = math.Ldexp(1+rng.Float64(), rng.Intn(140)-100)
			if rng.Intn(2) == 0 {
				x = -x
			}
		case 4:
			x = math.Float64frombits(rng.Uint64())
		case 5:
			k := float64(1 + rng.Intn(190))
			x = -k + math.Ldexp(rng.Float64()-0.5, -rng.Intn(50))
		case 6:
			x = 1 - math.Ldexp(rng.Float64(), -rng.Intn(54))
			if rng.Intn(2) == 0 {
				x = -x
			}
		case 7:
			x = lo + (hi-lo)*rng.Float64()
			x = math.Float64frombits(math.Float64bits(x) ^ uint64(rng.Intn(16)))
		}
		out = append(out, x)
	}
	return out
}

func main() {
	n := flag.Int("n", 20000, "random arguments per function")
	seed := flag.Int64("seed", 20240917, "random seed")
	flag.Parse()
	defer w.Flush()
	rng := rand.New(rand.NewSource(*seed))
	edges := edgeCases()

	type unary struct {
		name   string
		f      func(float64) float64
		lo, hi float64
	}
	for _, u := range []unary{
		{"Erf", math.Erf, -7, 7},
		{"Erfc", math.Erfc, -7, 30},
		{"Erfinv", math.Erfinv, -1, 1},
		{"Erfcinv", math.Erfcinv, 0, 2},
		{"Gamma", math.Gamma, -40, 180},
	} {
		xs := append(append([]float64{}, edges...), randoms(rng, *n, u.lo, u.hi)...)
		for _, x := range xs {
			emit(u.name, x, u.f(x))
			if u.name == "Erfcinv" {
				emit(u.name, 1-x, u.f(1-x))
			}
		}
	}
	xs := append(append([]float64{}, edges...), randoms(rng, *n, -50, 50)...)
	for _, x := range xs {
		lg, sign := math.Lgamma(x)
		fmt.Fprintf(w, "Lgamma\t%x\t%x\t%d\n", math.Float64bits(x), math.Float64bits(lg), sign)
	}
}
