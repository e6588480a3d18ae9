// Command besselgolden prints what real Go 1.23 answers for math.J0, J1, Y0, Y1, Jn and Yn,
// as raw float64 bit patterns, so that gomem's src/gomem/stdlib/math/_bessel.py can be
// checked bit for bit (tests/stdlib/test_pkg_math.py runs it when Go 1.23 is installed).
//
// Usage (from tests/stdlib/gen): go run ./besselgolden [-n RANDOM] [-seed S]
//
// One case per line, numbers in hexadecimal except the order n:
//
//	Name <TAB> n <TAB> argument bits <TAB> result bits      (n is 0 for J0, J1, Y0, Y1)
//
// The arguments are edge cases (zeros, infinities, NaNs, the boundaries of the
// approximations: 2**-54, 2**-29, 2**-27, 2**-13, 1, 2, 2.8571, 4.5454, 8, 2**129, 2**302,
// the largest floats, zeros of sin x cos x) and their neighbours, then RANDOM random values
// per function (uniform on [-30, 30], log-uniform magnitudes, arbitrary bit patterns);
// Jn and Yn take orders -3..12 and random orders up to 400.
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

func emit(name string, n int, x, r float64) {
	fmt.Fprintf(w, "%s\t%d\t%x\t%x\n", name, n, math.Float64bits(x), math.Float64bits(r))
}

func edgeCases() []float64 {
	xs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
		math.SmallestNonzeroFloat64, math.MaxFloat64, -math.MaxFloat64, math.MaxFloat64 / 2}
	for _, v := range []float64{0x1p-54, 0x1p-29, 0x1p-27, 0x1p-13, 0.5, 1, 2, 2.8571, 4.5454, 8,
		0x1p129, 0x1p302, 1e10, 1e20, 1e300, math.Pi, math.Pi / 2, 3 * math.Pi / 4, 100 * math.Pi,
		2.404825557695773, 3.8317059702075125, 0.8935769662791675, 2.197141326031017} {
		for _, s := range []float64{v, -v} {
			xs = append(xs, s, math.Nextafter(s, math.Inf(1)), math.Nextafter(s, math.Inf(-1)))
		}
	}
	for k := -1074; k <= 1023; k += 13 {
		xs = append(xs, math.Ldexp(1, k), -math.Ldexp(1.3, k))
	}
	return xs
}

func randoms(rng *rand.Rand, n int) []float64 {
	out := make([]float64, 0, n)
	for i := 0; i < n; i++ {
		var x float64
		switch i % 4 {
		case 0, 1:
			x = 60*rng.Float64() - 30
		case 2:
			x = math.Ldexp(1+rng.Float64(), rng.Intn(160)-60)
			if rng.Intn(2) == 0 {
				x = -x
			}
		case 3:
			x = math.Float64frombits(rng.Uint64())
		}
		out = append(out, x)
	}
	return out
}

func main() {
	n := flag.Int("n", 5000, "random arguments per function")
	seed := flag.Int64("seed", 20241206, "random seed")
	flag.Parse()
	defer w.Flush()
	rng := rand.New(rand.NewSource(*seed))
	edges := edgeCases()
	for _, u := range []struct {
		name string
		f    func(float64) float64
	}{{"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1}} {
		for _, x := range append(append([]float64{}, edges...), randoms(rng, *n)...) {
			emit(u.name, 0, x, u.f(x))
		}
	}
	for _, b := range []struct {
		name string
		f    func(int, float64) float64
	}{{"Jn", math.Jn}, {"Yn", math.Yn}} {
		for order := -3; order <= 12; order++ {
			for _, x := range edges {
				emit(b.name, order, x, b.f(order, x))
			}
		}
		for _, x := range randoms(rng, *n) {
			order := rng.Intn(40) - 5
			if rng.Intn(8) == 0 {
				order = rng.Intn(400)
			}
			emit(b.name, order, x, b.f(order, x))
		}
	}
}
