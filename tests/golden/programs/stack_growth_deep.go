// Deep recursion that stays within the limit: stacks grow as needed, in the main goroutine
// and in others, and shrink back; results are exact.
package main

import (
	"fmt"
	"runtime/debug"
)

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func big(n int) int {
	var a [512]int
	a[n%512] = n
	if n == 0 {
		return 0
	}
	return a[n%512] + big(n-1)
}

func main() {
	fmt.Println(sum(1000000))
	fmt.Println(big(20000)) // about 80 MiB of stack
	var results [4]int
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func(i int) { results[i] = big(1000 * i); done <- true }(i)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	fmt.Println(results)
	fmt.Println(debug.SetMaxStack(64 << 20))
	fmt.Println(sum(10000))
}
