package main

import "fmt"

// Keyed composite literals evaluate their elements in source order (Go's issue 17640),
// also inside && (only when the right side is evaluated).

var results string

type TwoInts struct {
	x, y int
}

func f(x int) int { results += fmt.Sprintf("_%d", x); return x }

func main() {
	a := [19]int{1: f(1), 0: f(0), 2: f(2), 6, 7}
	b := [2]int{1: f(4), 0: f(3)}
	c := TwoInts{y: f(6), x: f(5)}
	d := map[int]int{f(f(9) + 1): f(8), 0: f(7), f(22): -1}
	e := []int{3: f(30), 1: f(10)}
	ok := len(results) > 0 && TwoInts{y: f(60), x: f(50)}.x == 50
	fmt.Println(results)
	fmt.Println(a[:5], b, c, len(d), e, ok)
}
