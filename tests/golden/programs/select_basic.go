package main

import "fmt"

func main() {
	// select with default on empty channel
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}

	// select send with default
	select {
	case ch <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}

	// only one ready case
	other := make(chan string)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	case s := <-other:
		fmt.Println("other", s)
	}

	// nil channels are never ready
	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel blocks")
	}

	// multiplexing two producers until both are closed
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
		}
	}
	fmt.Println(sumA, sumB)

	// select with a quit channel
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 4; i++ {
			fmt.Println("recv", <-data)
		}
		quit <- true
	}()
	x := 0
	for running := true; running; {
		select {
		case data <- x:
			x++
		case <-quit:
			running = false
		}
	}
	fmt.Println("sent", x)
	// closed channel is always ready
	c := make(chan int)
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed", v, ok)
	}
}
