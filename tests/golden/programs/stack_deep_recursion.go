// Go's stack limit is 1 GB of stack, not a number of frames: a 3-million-deep recursion of
// a small function runs, on the main goroutine and on others (each has its own stack).
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

// deepThenWait blocks on c at the bottom of an n-deep recursion.
func deepThenWait(n int, c chan int) int {
	if n == 0 {
		return <-c
	}
	return deepThenWait(n-1, c) + 1
}

func main() {
	fmt.Println(depth(3_000_000))
	c := make(chan int)
	done := make(chan int)
	go func() { done <- deepThenWait(2_200_000, c) }()
	go func() { c <- depth(2_200_000) }()
	fmt.Println(<-done)
}
