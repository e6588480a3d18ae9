package main

import "fmt"

// Closing a channel twice panics with "close of closed channel".

type Stream struct {
	ch chan int
}

func (s *Stream) Close() {
	fmt.Println("closing stream")
	close(s.ch)
}

func main() {
	s := &Stream{ch: make(chan int, 2)}
	s.ch <- 1
	s.ch <- 2
	s.Close()
	for v := range s.ch {
		fmt.Println("drained", v)
	}
	v, ok := <-s.ch
	fmt.Println(v, ok)
	s.Close()
	fmt.Println("unreachable")
}
