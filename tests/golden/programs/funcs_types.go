package main

import (
	"fmt"
	"strings"
)

type BinOp func(a, b int) int

type Handler func(string) string

func apply(op BinOp, xs ...int) int {
	if len(xs) == 0 {
		return 0
	}
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = op(acc, x)
	}
	return acc
}

func chain(hs ...Handler) Handler {
	return func(s string) string {
		for _, h := range hs {
			s = h(s)
		}
		return s
	}
}

func variadic(prefix string, nums ...int) {
	fmt.Println(prefix, len(nums), nums, nums == nil)
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	add := func(a, b int) int { return a + b }
	mul := BinOp(func(a, b int) int { return a * b })
	fmt.Println(apply(add, 1, 2, 3, 4), apply(mul, 1, 2, 3, 4), apply(add))

	h := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(h("  hello  "))

	variadic("none")
	variadic("some", 1, 2)
	nums := []int{7, 8, 9}
	variadic("spread", nums...)

	fmt.Println(mapInts([]int{1, 2, 3}, func(x int) int { return x * x }))

	// function values compare only to nil
	var f func()
	fmt.Println(f == nil)
	f = func() {}
	fmt.Println(f != nil)

	// map of functions
	ops := map[string]BinOp{
		"+": add,
		"-": func(a, b int) int { return a - b },
		"*": mul,
	}
	for _, k := range []string{"+", "-", "*"} {
		fmt.Print(k, "=", ops[k](6, 3), " ")
	}
	fmt.Println()

	// function returning multiple functions
	pair := func() (func() string, func() string) {
		return func() string { return "first" }, func() string { return "second" }
	}
	p1, p2 := pair()
	fmt.Println(p1(), p2())
	fmt.Printf("%T\n", apply)
	fmt.Printf("%T\n", h)
	// named function as value
	var up Handler = strings.ToLower
	fmt.Println(up("LOWER"))
}
