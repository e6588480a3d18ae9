package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func safeDiv(a, b int) (q int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q = a / b
	return
}

func minMax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func pass(a, b int) int { return a*10 + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))

	if v, err := safeDiv(10, 2); err == nil {
		fmt.Println("ok", v)
	}
	if _, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err)
	}

	lo, hi := minMax(4, -2, 9, 0)
	fmt.Println(lo, hi)

	a, b := swap("x", "y")
	fmt.Println(a, b)

	// multiple results as arguments
	fmt.Println(pass(divmod(17, 5)))
	fmt.Println(three())

	// blank identifier
	_, s, _ := three()
	fmt.Println(s)

	// parallel assignment evaluates right side first
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
}
