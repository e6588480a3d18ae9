package main

import "fmt"

// A panic unwinds the whole stack, running every deferred call on the way,
// then the runtime prints the panic and exits with status 2.

func level(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 0 {
		var p *int
		*p = 1
	}
	level(n - 1)
}

func main() {
	defer fmt.Println("main's defer still runs")
	defer func() {
		// recover is not called, so the panic continues
		fmt.Println("deferred closure sees the panic in flight")
	}()
	level(2)
}
