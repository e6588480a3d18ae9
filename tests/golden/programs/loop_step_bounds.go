// Loop steps near the integer limits: the compiler drops the wrap-around check only where
// the loop condition proves the step cannot cross a limit.
package main

import (
	"fmt"
	"math"
)

var a0 []int

func main() {
	// i < j bounds both steps of the post statement
	n := 0
	for i, j := int8(120), int8(127); i < j; i, j = i+1, j-1 {
		n++
	}
	fmt.Println("pairs", n)

	// the condition i > 0 does not bound i++: it wraps to -128 and the loop ends
	steps := 0
	for i := int8(125); i > 0; i++ {
		steps++
	}
	fmt.Println("wrapped after", steps)

	// i != 0 bounds nothing: i++ wraps to -128, and i-1 there wraps to 127
	var prev []int8
	for i := int8(126); i != -126; i++ {
		prev = append(prev, i-1)
	}
	fmt.Println("prev", prev, len(a0))

	// the body changes the variable after the check: the step wraps
	k := 0
	for i := int16(0); i < 10; i++ {
		if i == 5 {
			i = math.MaxInt16
		}
		k++
		if k > 20 {
			break
		}
	}
	fmt.Println("changed in body", k)

	// i-1 and i+1 inside a counted loop
	a := []int{1, 2, 3, 4, 5}
	s := 0
	for i := 1; i < len(a)-1; i++ {
		s += a[i-1] * a[i+1]
	}
	fmt.Println("neighbours", s)

	// the loop variable at the top of the range
	c := 0
	for i := int64(math.MaxInt64 - 3); i < math.MaxInt64; i++ {
		c += int(i - (math.MaxInt64 - 3))
		_ = i + 1
	}
	fmt.Println("top", c)
	var last uint8
	for i := uint8(250); i > 3; i-- {
		last = i - 1
	}
	fmt.Println("down", last)
	fmt.Println(len(a0)-1, cap(a0)+1, len("abc")-4)

	// swaps: the store reuses the read's bounds check; a bad index still panics
	b := []int{1, 2, 3}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	fmt.Println(b)
	defer func() { fmt.Println("recovered:", recover()) }()
	x, y := 0, 3
	b[x], b[y] = b[y], b[x]
}

func init() {
	// range keys: 0 <= i < len, so i+1 and i-1 never wrap; an unsigned i-1 at 0 does
	xs := []int{10, 20, 30}
	for i := range xs {
		fmt.Print(i-1, i+1, " ")
	}
	for i := range uint(2) {
		fmt.Print(i-1, " ")
	}
	for i := range "héllo" {
		fmt.Print(i+1, " ")
	}
	fmt.Println()
	// the loop variable is an array element, not a variable: nothing is proven about it
	var arr [1]int8
	for arr[0] = 125; arr[0] > 0; arr[0]++ {
		fmt.Print(arr[0]-1, " ")
	}
	fmt.Println()
}
