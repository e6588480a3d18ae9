package main

import "fmt"

func worker(id int, jobs <-chan int, results chan<- [2]int) {
	for j := range jobs {
		results <- [2]int{j, j * j * id / id}
	}
}

func pingPong(n int) {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("ping", v)
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			fmt.Println("pong", v)
			if v >= n {
				close(ping)
				continue
			}
			ping <- v + 1
		}
		done <- true
	}()
	ping <- 0
	<-done
}

func main() {
	// unbuffered channel synchronises sender and receiver
	ch := make(chan string)
	go func() {
		ch <- "hello from goroutine"
	}()
	fmt.Println(<-ch)

	pingPong(5)

	// worker pool: results collected into a slice indexed by job
	jobs := make(chan int, 10)
	results := make(chan [2]int, 10)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	out := make([]int, 10)
	for i := 0; i < 9; i++ {
		r := <-results
		out[r[0]] = r[1]
	}
	fmt.Println(out[1:])

	// pipeline of stages
	gen := func(nums ...int) <-chan int {
		c := make(chan int)
		go func() {
			for _, n := range nums {
				c <- n
			}
			close(c)
		}()
		return c
	}
	sq := func(in <-chan int) <-chan int {
		c := make(chan int)
		go func() {
			for n := range in {
				c <- n * n
			}
			close(c)
		}()
		return c
	}
	for v := range sq(sq(gen(1, 2, 3))) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// channel of channels
	reqs := make(chan chan int)
	go func() {
		n := 100
		for r := range reqs {
			r <- n
			n++
		}
	}()
	for i := 0; i < 3; i++ {
		reply := make(chan int)
		reqs <- reply
		fmt.Print(<-reply, " ")
	}
	close(reqs)
	fmt.Println()
}
