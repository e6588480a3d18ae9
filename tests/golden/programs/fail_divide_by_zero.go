package main

import "fmt"

// Integer division by a zero variable panics:
// "runtime error: integer divide by zero". (Float division gives +Inf.)

func avg(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	fmt.Println(avg([]int{1, 2, 3}))
	zero := 0.0
	fmt.Println(1 / zero)
	fmt.Println(avg(nil))
	fmt.Println("unreachable")
}
