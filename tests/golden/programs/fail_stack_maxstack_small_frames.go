// debug.SetMaxStack keeps its argument as a uintptr (-1 comes back as -1, and means no limit but the
// ceiling); a recursion of small frames past the new 1 MiB limit is a stack overflow.
package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) int {
	if n == 0 {
		return 0
	}
	return f(n-1) + 1
}

func main() {
	fmt.Println(debug.SetMaxStack(-1))
	fmt.Println(debug.SetMaxStack(1000))
	fmt.Println(f(100))
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(f(100000))
}
