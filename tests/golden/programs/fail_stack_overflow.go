// Runaway recursion: the fatal error "stack overflow", exit status 2, no deferred call runs.
package main

import "fmt"

func f(n int) int {
	return f(n+1) + 1
}

func main() {
	defer fmt.Println("deferred in main: not printed")
	fmt.Println("start")
	fmt.Println(f(0))
}
