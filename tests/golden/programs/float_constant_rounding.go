// Typed float constants hold their value rounded to the type's precision, and constants
// never produce a negative zero.
package main

import (
	"fmt"
	"math"
)

const (
	F32 = 0.00999999977648258209228515625
	F64 = 0.01000000000000000020816681711721685132943093776702880859375
)

var viaF32 = float64(float32(0.01))
var viaF64 = float64(0.01)

const third32 float32 = 1.0 / 3
const tiny = -1e-10000

var m = tiny
var m32 float32 = -1e-60

func main() {
	fmt.Println(viaF32 == F32, viaF64 == F64, viaF32 == F64)
	fmt.Printf("%.20g %.20g\n", float64(third32), float64(float32(0.1)))
	fmt.Println(math.Signbit(m), math.Signbit(float64(m32)), m, m32)
	const d = float64(float32(1.1)) * 10
	fmt.Printf("%.17g\n", d)
}
