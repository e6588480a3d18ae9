// Deep (not runaway) recursion through method values, closures, deferred calls and
// callbacks from the standard library runs as in Go.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type T struct{ calls int }

func (t *T) m(k int) int {
	t.calls++
	if k == 0 {
		return 0
	}
	f := t.m
	return f(k-1) + 1
}

func withDefer(k int) (r int) {
	defer func() { r++ }()
	if k == 0 {
		return 0
	}
	return withDefer(k - 1)
}

func mapDeep(s string, n int) string {
	if n == 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		mapDeep("x", n-1)
		return r + 1
	}, s)
}

func sortDeep(n int) int {
	if n == 0 {
		return 0
	}
	s := []int{2, 1}
	r := 0
	sort.Slice(s, func(i, j int) bool {
		r = sortDeep(n - 1)
		return s[i] < s[j]
	})
	return r + 1
}

func main() {
	t := &T{}
	fmt.Println(t.m(100_000), t.calls)
	var c func(int) int
	c = func(k int) int {
		if k == 0 {
			return 0
		}
		return c(k-1) + 1
	}
	fmt.Println(c(100_000))
	fmt.Println(withDefer(100_000))
	fmt.Println(mapDeep("a", 50_000))
	fmt.Println(sortDeep(20_000))
}
