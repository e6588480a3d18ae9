package main

import (
	"errors"
	"fmt"
	"strconv"
)

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func grade(score int) string {
	if score >= 90 {
		return "A"
	}
	if score >= 80 {
		return "B"
	}
	if score >= 70 {
		return "C"
	}
	return "F"
}

func find(xs []int, target int) (int, error) {
	for i, x := range xs {
		if x == target {
			return i, nil
		}
	}
	return -1, errors.New("not found")
}

func main() {
	for _, n := range []int{-3, 0, 8} {
		fmt.Println(n, sign(n))
	}
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()

	// if with init statement; scope of v and err
	if v, err := strconv.Atoi("123"); err != nil {
		fmt.Println("bad")
	} else if v > 100 {
		fmt.Println("big", v)
	} else {
		fmt.Println("small", v)
	}

	if i, err := find([]int{4, 5, 6}, 6); err == nil {
		fmt.Println("found at", i)
	}
	if _, err := find(nil, 1); err != nil {
		fmt.Println(err)
	}

	// shadowing inside if
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)

	// nested conditions with && and ||
	a, b := 5, 10
	if a > 0 && (b < 5 || b%2 == 0) {
		fmt.Println("cond true")
	}
	if !(a > b) {
		fmt.Println("not greater")
	}
}
