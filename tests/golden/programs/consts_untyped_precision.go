package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
	Third = 1.0 / 3
	Exact = Third * 3
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459

type Celsius float64

func main() {
	fmt.Println(Small, Huge/Big/Big, Big/(1<<98))
	fmt.Println(Exact == 1, Third)
	fmt.Println(Pi, float32(Pi))

	// untyped constants take the type from context
	var i8 int8 = Big >> 94
	var f32 float32 = Big
	var f64 float64 = Huge
	fmt.Println(i8, f32, f64)

	const h = 'a' + 1
	fmt.Printf("%v %T %c\n", h, h, h)
	const x = 5 / 2
	const y = 5.0 / 2
	const z = 5 / 2.0
	fmt.Println(x, y, z)
	fmt.Printf("%T %T %T\n", x, y, z)

	var c Celsius = 100
	c = c * 9 / 5
	fmt.Printf("%v %T\n", c, c)

	// typed constants
	const typed int32 = 1 << 30
	fmt.Printf("%T %v\n", typed, typed-1+typed)

	// constant expressions evaluated exactly
	const m = 1e300 * 1e300 / 1e300
	fmt.Println(m)
	const u = ^uint8(0)
	const n = -1 << 63
	fmt.Println(u, n, uint64(1<<64-1))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const bigf = 1e100
	fmt.Println(bigf / 1e99)

	// untyped bool and rune constants
	const yes = 3 > 2
	type MyBool bool
	var mb MyBool = yes
	fmt.Printf("%v %T\n", mb, mb)
	const r = 'x'
	var rr rune = r
	var bb byte = r
	fmt.Println(rr, bb, string(r))
	fmt.Println(0x1p-2, 0o17, 0b1011, 1_000_000, 0x_FF)
}
