package main

import (
	"fmt"
	"sync"
)

// An unrecovered panic in any goroutine terminates the whole program,
// even while main is blocked waiting.

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("first worker ok")
	}()
	wg.Wait()

	done := make(chan struct{})
	fmt.Println("starting worker")
	go func() {
		var arr []string
		fmt.Println("worker running")
		fmt.Println(arr[2])
		close(done)
	}()
	<-done // never closed: the worker's panic ends the whole program
	fmt.Println("unreachable")
}
