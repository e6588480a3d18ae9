package main

// The block and mutex profiles' test program: main blocks in a channel receive (about
// 10 ms), a select (30 ms) and a sync.Mutex Lock (60 ms, the mutex held by hold); the
// profiles are printed (debug=1) and written (block.prof, mutex.prof).

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

func recv(c chan int) { <-c }

func sel(c, d chan int) {
	select {
	case <-c:
	case <-d:
	}
}

func lock(mu *sync.Mutex) {
	mu.Lock()
	mu.Unlock()
}

func hold(mu *sync.Mutex, held chan bool) {
	mu.Lock()
	held <- true
	time.Sleep(60 * time.Millisecond)
	mu.Unlock()
}

func main() {
	runtime.SetBlockProfileRate(1)
	fmt.Println(runtime.SetMutexProfileFraction(1))
	c := make(chan int)
	d := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c <- 1
		time.Sleep(30 * time.Millisecond)
		d <- 1
	}()
	recv(c)
	sel(c, d)
	var mu sync.Mutex
	held := make(chan bool, 1)
	go func() { hold(&mu, held) }()
	time.Sleep(time.Millisecond)
	<-held
	lock(&mu)
	runtime.SetBlockProfileRate(0) // (the writes below block no more)
	pprof.Lookup("block").WriteTo(os.Stdout, 1)
	pprof.Lookup("mutex").WriteTo(os.Stdout, 1)
	for _, name := range []string{"block", "mutex"} {
		f, _ := os.Create(name + ".prof")
		pprof.Lookup(name).WriteTo(f, 0)
		f.Close()
	}
}
