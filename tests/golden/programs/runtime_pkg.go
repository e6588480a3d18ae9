package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.NumGoroutine())

	prev := runtime.GOMAXPROCS(2)
	fmt.Println(prev > 0, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)

	var wg sync.WaitGroup
	release := make(chan struct{})
	started := make(chan struct{})
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			started <- struct{}{}
			<-release
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	close(release)
	wg.Wait()

	// finished goroutines may take a moment to exit; yield until they are gone
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())

	fmt.Println(runtime.GOOS != "", runtime.NumCPU() > 0)
	runtime.GC()

	// Gosched lets other goroutines run
	done := make(chan bool)
	go func() {
		done <- true
	}()
	runtime.Gosched()
	fmt.Println(<-done)

	// runtime.Error values
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Println("runtime.Error:", ok, r)
	}()
	var m map[int]int
	m[0] = 1
}
