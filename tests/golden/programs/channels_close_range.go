package main

import (
	"fmt"
	"sync"
)

func main() {
	// multiple producers, close after all finished
	ch := make(chan int)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				ch <- p*10 + i
			}
		}()
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	sum, count := 0, 0
	for v := range ch {
		sum += v
		count++
	}
	fmt.Println("count", count, "sum", sum)

	// broadcast by closing a channel
	start := make(chan struct{})
	ready := make(chan int, 4)
	for i := 0; i < 4; i++ {
		go func() {
			<-start
			ready <- i
		}()
	}
	close(start)
	seen := make([]bool, 4)
	for i := 0; i < 4; i++ {
		seen[<-ready] = true
	}
	fmt.Println(seen)

	// receive from closed unbuffered channel returns zero value immediately
	c := make(chan string)
	close(c)
	for i := 0; i < 2; i++ {
		v, ok := <-c
		fmt.Printf("%q %v\n", v, ok)
	}

	// closed buffered channel still delivers remaining values
	b := make(chan int, 3)
	b <- 1
	b <- 2
	close(b)
	fmt.Println(len(b))
	for v := range b {
		fmt.Print(v, " ")
	}
	fmt.Println(len(b))

	// done-channel cancellation
	done := make(chan struct{})
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	for v := range out {
		if v == 5 {
			close(done)
			break
		}
	}
	fmt.Println("cancelled")
}
