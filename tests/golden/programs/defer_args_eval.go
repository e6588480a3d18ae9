package main

import "fmt"

type T struct{ n int }

func (t T) show(label string) { fmt.Println(label, t.n) }

func (t *T) showPtr(label string) { fmt.Println(label, t.n) }

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func a() {
	defer un(trace("a")) // trace is evaluated now, un at return
	fmt.Println("in a")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x) // argument evaluated now
	x = 2
	defer func() { fmt.Println("closure x =", x) }() // reads x at exit
	x = 3

	a()

	// receiver is evaluated at defer time too
	t := T{1}
	defer t.show("value receiver:")
	defer t.showPtr("pointer receiver:")
	t.n = 99

	// function value evaluated at defer time
	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }

	// slice argument shares backing array
	s := []int{1, 2, 3}
	defer fmt.Println("slice:", s)
	s[0] = 100

	// array argument is copied
	arr := [2]int{1, 2}
	defer fmt.Println("array:", arr)
	arr[0] = 100

	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("param", n, "capture", i) }(i * 10)
	}
	fmt.Println("end of main")
}
