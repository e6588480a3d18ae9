package main

import "fmt"

func main() {
	// a buffered channel does not block until full
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	ch <- 4
	fmt.Println(len(ch))
	// receives are evaluated left to right; len is read separately (the order of
	// len(ch) relative to the receives in one call would be unspecified)
	a, b := <-ch, <-ch
	fmt.Println(a, b, len(ch))

	// FIFO order with a single producer
	msgs := make(chan string, 5)
	go func() {
		for _, s := range []string{"a", "b", "c", "d", "e", "f", "g"} {
			msgs <- s
		}
		close(msgs)
	}()
	for s := range msgs {
		fmt.Print(s)
	}
	fmt.Println()

	// semaphore pattern limiting concurrency; results are deterministic
	sem := make(chan struct{}, 2)
	done := make(chan int)
	for i := 1; i <= 5; i++ {
		go func() {
			sem <- struct{}{}
			v := i * 100
			<-sem
			done <- v
		}()
	}
	total := 0
	for i := 0; i < 5; i++ {
		total += <-done
	}
	fmt.Println("total", total)

	// directional channel types
	var send chan<- int = ch
	var recv <-chan int = ch
	send <- 42
	fmt.Println(<-recv)
	fmt.Printf("%T %T %T\n", ch, send, recv)

	// buffered channel as a queue of pending work
	queue := make(chan func() int, 4)
	for i := 0; i < 4; i++ {
		queue <- func() int { return i * i }
	}
	close(queue)
	for f := range queue {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// comma-ok on buffered closed channel drains first
	c := make(chan int, 2)
	c <- 7
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
}
