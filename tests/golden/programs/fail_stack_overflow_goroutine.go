// Runaway recursion on a goroutine other than main, through a String method called by fmt
// (fmt recovers panics in String methods, but a stack overflow is fatal).
package main

import (
	"fmt"
	"sync"
)

type T int

func (t T) String() string {
	var pad [8000]int
	pad[t%8000] = int(t)
	return fmt.Sprint(T(pad[t%8000] + 1))
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(T(0))
	}()
	wg.Wait()
	fmt.Println("not reached")
}
