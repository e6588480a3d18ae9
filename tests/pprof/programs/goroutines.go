package main

// The goroutine profile's test program: three goroutines wait in main.waiter on a channel,
// one in main.sleeper on a mutex; the profile is written in its three forms.

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
)

func waiter(c chan int) {
	<-c
}

func locker(mu *sync.Mutex) {
	mu.Lock()
}

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go waiter(c)
	}
	var mu sync.Mutex
	mu.Lock()
	go locker(&mu)
	for i := 0; i < 10; i++ {
		runtime.Gosched()
	}
	p := pprof.Lookup("goroutine")
	fmt.Println("count", p.Count())
	f, _ := os.Create("goroutine.prof")
	p.WriteTo(f, 0)
	f.Close()
	fmt.Println("--- debug=1")
	p.WriteTo(os.Stdout, 1)
	fmt.Println("--- debug=2")
	p.WriteTo(os.Stdout, 2)
}
