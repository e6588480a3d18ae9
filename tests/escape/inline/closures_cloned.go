package main

import "fmt"

// Function literals of an inlined function are copied into the caller (main.adder.funcN)
// and inlined where the copy is called.

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

func apply(f func(int) int, x int) int { return f(x) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	add := adder(10)
	fmt.Println(add(1), add(2))
	other := adder(0)
	fmt.Println(other(5), add(0))
	fib := fibGen()
	for i := 0; i < 3; i++ {
		fmt.Print(fib(), " ")
	}
	double := func(x int) int { return x * 2 }
	fmt.Println(double(4), apply(double, 3))
	square := func(x int) int { return x * x }
	fmt.Println(compose(double, square)(3))
	func() {
		fmt.Println("direct")
	}()
	defer fmt.Println("deferred", add(1))
	go func(n int) { _ = n }(1)
}
