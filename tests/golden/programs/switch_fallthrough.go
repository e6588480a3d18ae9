package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ": ")
	switch {
	case n < 0:
		fmt.Print("negative ")
		fallthrough
	case n == 0:
		fmt.Print("non-positive ")
	case n < 10:
		fmt.Print("small ")
		fallthrough
	case n < 100:
		fmt.Print("less-than-100 ")
		fallthrough
	default:
		fmt.Print("any ")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		describe(n)
	}

	// fallthrough does not evaluate the next case expression
	calls := 0
	check := func(v bool) bool { calls++; return v }
	switch {
	case check(true):
		fmt.Println("first")
		fallthrough
	case check(false):
		fmt.Println("second (entered via fallthrough)")
	case check(true):
		fmt.Println("third")
	}
	fmt.Println("calls", calls)

	// fallthrough into default in the middle
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	default:
		fmt.Println("default")
		fallthrough
	case 2:
		fmt.Println("two")
	case 3:
		fmt.Println("three")
	}

	// break inside switch leaves the switch only
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			fmt.Println("break at", i)
			break
		}
		fmt.Println("after switch", i)
	}
}
