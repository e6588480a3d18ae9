// Runaway recursion of a function with a 1 MiB array local that does not escape: the
// goroutine's stack reaches its 512 MiB maximum after about 500 frames, and the program dies
// with Go's fatal error "stack overflow" (exit status 2), in bounded memory.
package main

import "fmt"

func f(n int) int {
	var a [1 << 20]byte
	a[n%len(a)] = byte(n)
	return f(n+1) + int(a[3])
}

func main() {
	fmt.Println("start")
	fmt.Println(f(0))
}
