package main

import "fmt"

// The main goroutine blocks on an unbuffered send that nobody will ever receive.
// Go reports: fatal error: all goroutines are asleep - deadlock! (exit status 2)

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	buffered := make(chan int, 3)
	producer(buffered, 3)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-buffered
	}
	fmt.Println("sum", sum)

	ch := make(chan int)
	fmt.Println("about to block forever")
	ch <- 1
	fmt.Println("unreachable")
}
