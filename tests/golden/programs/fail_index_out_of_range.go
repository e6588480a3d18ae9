package main

import "fmt"

// Indexing past the end of a slice panics with
// "runtime error: index out of range [5] with length 3".
// Deferred calls run before the crash report.

func get(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{10, 20, 30}
	for i := range xs {
		fmt.Println(i, get(xs, i))
	}
	defer fmt.Println("deferred print runs before the crash report")
	idx := len(xs) + 2
	fmt.Println(get(xs, idx))
	fmt.Println("unreachable")
}
