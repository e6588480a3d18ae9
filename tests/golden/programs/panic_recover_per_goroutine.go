package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, ch chan int) {
	defer wg.Done()
	defer func() {
		<-ch // block while the other goroutine panics and recovers
		r := recover()
		fmt.Println("worker", id, "recovered:", r)
	}()
	panic(fmt.Sprintf("boom %d", id))
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(2)
	go worker(1, &wg, ch)
	go worker(2, &wg, ch)
	ch <- 1
	ch <- 2
	wg.Wait()
	fmt.Println(recover())
}
