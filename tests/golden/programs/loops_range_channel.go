package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func filter(in <-chan int, pred func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if pred(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	for v := range produce(5) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	even := filter(produce(10), func(v int) bool { return v%2 == 0 })
	sum := 0
	for v := range even {
		sum += v
	}
	fmt.Println("sum of even squares", sum)

	// buffered channel drained by range after close
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	buf <- "c"
	close(buf)
	for s := range buf {
		fmt.Print(s)
	}
	fmt.Println()

	// receive from closed channel gives zero value and ok=false
	v, ok := <-buf
	fmt.Printf("%q %v\n", v, ok)

	// range with no variable
	done := make(chan struct{}, 2)
	done <- struct{}{}
	done <- struct{}{}
	close(done)
	n := 0
	for range done {
		n++
	}
	fmt.Println("n", n)
}
