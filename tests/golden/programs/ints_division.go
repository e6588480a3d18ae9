package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, 5}, {-9, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%3d / %2d = %2d   %3d %% %2d = %2d\n", a, b, a/b, a, b, a%b)
	}
	// invariant a == (a/b)*b + a%b
	for _, p := range pairs {
		a, b := p[0], p[1]
		if (a/b)*b+a%b != a {
			fmt.Println("invariant broken", a, b)
		}
	}
	// sized types
	var i8 int8 = -128
	fmt.Println(i8/3, i8%3, i8/-1)
	var i16 int16 = -32767
	fmt.Println(i16/10, i16%10)
	var u8 uint8 = 250
	fmt.Println(u8/7, u8%7)
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u64/10, u64%10)
	var i64 int64 = -1 << 63
	fmt.Println(i64/7, i64%7)

	// constants are evaluated exactly at compile time
	const c = -7 / 2
	const m = -7 % 2
	fmt.Println(c, m)
	// untyped float constant division
	const f = 7.0 / 2
	fmt.Println(f)

	// float division
	x, y := -7.0, 2.0
	fmt.Println(x/y, float32(1)/3)

	// shifts vs division for negatives differ
	n := -7
	fmt.Println(n/2, n>>1, n/4, n>>2)
	// modulo for negative to normalize
	mod := func(a, b int) int { return ((a % b) + b) % b }
	fmt.Println(mod(-7, 3), mod(7, 3), mod(-3, 3))
}
