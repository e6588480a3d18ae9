package main

import "fmt"

// Slicing beyond the capacity of a slice panics with
// "slice bounds out of range [:6] with capacity 5".

func window(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := make([]int, 3, 5)
	for i := range s {
		s[i] = i + 1
	}
	// reslicing up to the capacity is fine, even past len
	fmt.Println(window(s, 0, 5))
	fmt.Println(window(s, 2, 4))
	hi := 6
	fmt.Println(window(s, 1, hi))
	fmt.Println("unreachable")
}
