// os.Exit at the bottom of a deep recursion ends the program at once: no deferred call runs,
// buffered output is written.
package main

import (
	"fmt"
	"os"
)

func f(n int) int {
	defer func() {
		if n == 0 {
			fmt.Println("deferred: not printed")
		}
	}()
	if n == 200_000 {
		fmt.Println("bottom")
		os.Exit(3)
	}
	return f(n+1) + 1
}

func main() {
	fmt.Println(f(0))
}
