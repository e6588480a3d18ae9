package main

import (
	"fmt"
	"sync"
)

// WaitGroup.Wait with a counter that never reaches zero deadlocks once every
// other goroutine has finished.

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	wg.Add(2) // but only one worker is started
	go func() {
		defer wg.Done()
		mu.Lock()
		total += 10
		mu.Unlock()
		fmt.Println("worker done")
	}()
	wg.Wait()
	fmt.Println("unreachable", total)
}
