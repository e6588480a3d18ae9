// Signed division and remainder: the fast path (a >= 0, b > 0) and every other sign, MinInt / -1, a call changing the divisor, division by zero.
package main

import (
	"fmt"
	"math"
)

var g = -3

func f() int { g = 5; return -17 }

func main() {
	for _, a := range []int{17, -17, 0, math.MinInt64} {
		for _, b := range []int{5, -5, 1, -1} {
			fmt.Print(a/b, a%b, " ")
		}
	}
	var i8 int8 = -128
	d := int8(-1)
	fmt.Println(i8/d, i8%d)
	fmt.Println(f()/g, g)
	z := 0
	defer func() { fmt.Println(recover()) }()
	fmt.Println(5 % z)
}
