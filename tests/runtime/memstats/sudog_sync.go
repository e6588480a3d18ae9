// The records blocked goroutines wait in (Go's sudogs, 96-byte heap objects) for the other
// ways to block: a select that blocks takes one per case on a non-nil channel; a contended
// sync.Mutex, an RWMutex reader waiting for a writer, WaitGroup.Wait and Cond.Wait take one.
// They share the channels' caches (up to 128 in the P's, the rest of a full P cache moved to a
// central cache, which every GC cycle empties; sudog_chans.go).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

var m0, m1 runtime.MemStats

func begin() {
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m0)
}

func end(label string) {
	runtime.GC()
	runtime.ReadMemStats(&m1)
	fmt.Printf("%-30s Mallocs +%d Frees +%d TotalAlloc +%d HeapObjects %+d HeapAlloc %+d\n", label,
		m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees, m1.TotalAlloc-m0.TotalAlloc,
		int64(m1.HeapObjects)-int64(m0.HeapObjects), int64(m1.HeapAlloc)-int64(m0.HeapAlloc))
}

var (
	started = make(chan bool)
	done    = make(chan bool)
	a       = make(chan int)
	b       = make(chan int)
	c       = make(chan int)
	nilChan chan int
	mu      sync.Mutex
	rw      sync.RWMutex
	wg      sync.WaitGroup
	cond    = sync.NewCond(&mu)
)

func waitAll(n int) {
	for i := 0; i < n; i++ {
		<-done
	}
}

func selecting() {
	started <- true
	select {
	case <-a:
	case v := <-b:
		_ = v
	case c <- 1:
	case <-nilChan:
	}
	done <- true
}

// n goroutines blocked in a select of three channels (and a nil one), then released
func blockSelects(n int) {
	a = make(chan int)
	for i := 0; i < n; i++ {
		go selecting()
		<-started
	}
	close(a)
	waitAll(n)
}

func locking() {
	started <- true
	mu.Lock()
	mu.Unlock()
	done <- true
}

// n goroutines waiting for a locked Mutex
func blockMutex(n int) {
	mu.Lock()
	for i := 0; i < n; i++ {
		go locking()
		<-started
	}
	mu.Unlock()
	waitAll(n)
}

func reading() {
	started <- true
	rw.RLock()
	rw.RUnlock()
	done <- true
}

// n readers waiting for a writer to unlock an RWMutex
func blockReaders(n int) {
	rw.Lock()
	for i := 0; i < n; i++ {
		go reading()
		<-started
	}
	rw.Unlock()
	waitAll(n)
}

func waiting() {
	started <- true
	mu.Lock()
	cond.Wait()
	mu.Unlock()
	done <- true
}

// n goroutines in Cond.Wait, then a Broadcast
func blockCond(n int) {
	for i := 0; i < n; i++ {
		go waiting()
		<-started
	}
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	waitAll(n)
}

func working() {
	<-a
	wg.Done()
}

// n goroutines blocked on a channel, and main in WaitGroup.Wait until they are done
func blockWaitGroup(n int) {
	a = make(chan int)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go working()
	}
	go close(a)
	wg.Wait()
}

func main() {
	// warm up: the goroutine structs (and the list of all of them) for 250 goroutines at once
	blockMutex(250)
	runtime.GC()
	time.Sleep(20 * time.Millisecond)

	begin()
	blockSelects(20)
	end("20 selects of 3 (cached)")

	begin()
	blockSelects(60)
	end("60 selects of 3")

	begin()
	blockSelects(60)
	blockSelects(60)
	end("60 selects of 3, twice")

	begin()
	blockMutex(200)
	end("200 Mutex waiters")

	begin()
	blockMutex(200)
	runtime.GC()
	blockMutex(200)
	end("200 Mutex waiters, GC, again")

	begin()
	blockReaders(150)
	end("150 RWMutex readers")

	begin()
	blockCond(150)
	end("150 Cond waiters")

	begin()
	blockWaitGroup(200)
	end("200 blocked, WaitGroup.Wait")
}
