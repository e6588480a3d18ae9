// debug.SetMaxStack lowers the stack limit: a recursion that needs more than 1 MiB of stack
// is a stack overflow, reported with the new limit.
package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) int {
	var pad [100]int
	pad[n%100] = n
	if n == 0 {
		return pad[0]
	}
	return f(n-1) + pad[n%100]
}

func main() {
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(f(100)) // about 100 KiB of stack: fine
	fmt.Println(f(100000))
}
