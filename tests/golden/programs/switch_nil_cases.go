package main

import "fmt"

// Switches on values of types that compare only with nil (funcs, maps, slices) take nil cases.

func main() {
	switch f := func() {}; f {
	case nil:
		fmt.Println("f is nil")
	default:
		fmt.Println("f is not nil")
	}
	var m map[int]int
	switch m {
	case nil:
		fmt.Println("m is nil")
	}
	switch a := make([]int, 1); a {
	case nil:
		fmt.Println("a is nil")
	default:
		fmt.Println("a is not nil")
	}
	var p *int
	switch p {
	case nil:
		fmt.Println("p is nil")
	}
}
