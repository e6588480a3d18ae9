package main

import "fmt"

// A function whose panic is recovered by a deferred call returns its results as they
// are: the zero values when the results are unnamed (Go's bug266, issue 43835).

type P struct{ x, y int }

func one() int {
	defer func() { recover() }()
	panic("oops")
}

func two() (bool, int) {
	defer func() { recover() }()
	var p *int
	return true, *p
}

func agg() (P, []int, string, error) {
	defer func() { recover() }()
	var m map[string]int
	m["x"] = 1
	return P{1, 2}, []int{1}, "s", nil
}

func named() (n int, s string) {
	defer func() { recover() }()
	n = 7
	panic("late")
}

func main() {
	fmt.Println(one())
	fmt.Println(two())
	p, sl, s, err := agg()
	fmt.Println(p, sl == nil, len(s), err)
	fmt.Println(named())
}
