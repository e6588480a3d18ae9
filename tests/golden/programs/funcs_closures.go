package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	add := adder(10)
	fmt.Println(add(1), add(2), add(3))
	other := adder(0)
	fmt.Println(other(5), add(0))

	fib := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	double := func(x int) int { return x * 2 }
	square := func(x int) int { return x * x }
	fmt.Println(compose(double, square)(3), compose(square, double)(3))

	// closures capture variables, not values
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())

	// recursive closure
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	// immediately invoked
	res := func(a, b int) int { return a - b }(10, 3)
	fmt.Println(res)

	// closures sharing state
	total := 0
	fns := []func(int){
		func(v int) { total += v },
		func(v int) { total *= v },
	}
	for _, f := range fns {
		f(5)
	}
	fmt.Println(total)
	// closure capturing a loop variable in a goroutine-free context
	var printers []func() string
	for _, s := range []string{"a", "b", "c"} {
		printers = append(printers, func() string { return s + s })
	}
	for _, p := range printers {
		fmt.Print(p(), " ")
	}
	fmt.Println()
}
