// Runaway recursion of a function with a 16 MiB array parameter (passed by value, on the
// stack whatever its size): fatal error "stack overflow" after about 30 frames.
package main

import "fmt"

func f(a [2 << 20]int, n int) int {
	a[n%len(a)] = n
	return f(a, n+1) + a[3]
}

func main() {
	var a [2 << 20]int
	fmt.Println("start")
	fmt.Println(f(a, 0))
}
