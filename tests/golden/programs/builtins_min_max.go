package main

import (
	"fmt"
	"math"
)

type Score int

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(2, 7.5))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	fmt.Println(min(5), max(-5))

	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))

	var a, b int8 = -128, 127
	fmt.Println(min(a, b), max(a, b))
	var u, v uint64 = 1 << 63, 5
	fmt.Println(min(u, v), max(u, v))

	// constants
	const c = min(1, 2.5, -3)
	fmt.Println(c)

	// NaN propagates; -0 is less than +0
	nan := math.NaN()
	fmt.Println(min(nan, 1), max(1, nan), min(1.0, 2.0))
	negz := math.Copysign(0, -1)
	fmt.Println(math.Signbit(min(0.0, negz)), math.Signbit(max(negz, 0.0)))
	inf := math.Inf(1)
	fmt.Println(min(inf, 1e308), max(-inf, -1))

	// named types
	s1, s2 := Score(50), Score(80)
	best := max(s1, s2)
	fmt.Printf("%v %T\n", best, best)

	// strings compare bytewise
	fmt.Println(min("a", "B"), max("", " "))

	// clamp helper
	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	fmt.Println(clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10))
	fmt.Println(min(float32(0.1), float32(0.2)))
}
