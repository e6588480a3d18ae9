// The records blocked goroutines wait in (Go's sudogs, 96-byte heap objects): a goroutine
// blocked on a channel holds one. Released ones are cached: up to 128 by the P, half of a full
// P cache moving to a central cache, which every GC cycle empties. So blocking again reuses
// them, until a GC drops the central ones; then new ones are allocated. Each phase starts
// after two GCs (begin) and ends with one, which frees what its central cache held.
package main

import (
	"fmt"
	"runtime"
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
	fmt.Printf("%-34s Mallocs +%d Frees +%d TotalAlloc +%d HeapObjects %+d HeapAlloc %+d\n", label,
		m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees, m1.TotalAlloc-m0.TotalAlloc,
		int64(m1.HeapObjects)-int64(m0.HeapObjects), int64(m1.HeapAlloc)-int64(m0.HeapAlloc))
}

var (
	gate    chan bool
	started = make(chan bool)
	done    = make(chan bool)
	buffer  = make(chan int, 4)
)

func waitGate() {
	started <- true
	<-gate
	done <- true
}

// n goroutines blocked receiving on gate at once, then released (close) and finished
func block(n int) {
	gate = make(chan bool)
	for i := 0; i < n; i++ {
		go waitGate()
		<-started
	}
	close(gate)
	for i := 0; i < n; i++ {
		<-done
	}
}

func sendFull() {
	started <- true
	buffer <- 1
	done <- true
}

// n goroutines blocked sending on a full buffered channel, then drained
func blockSenders(n int) {
	for i := 0; i < 4; i++ {
		buffer <- i
	}
	for i := 0; i < n; i++ {
		go sendFull()
		<-started
	}
	for i := 0; i < n+4; i++ {
		<-buffer
	}
	for i := 0; i < n; i++ {
		<-done
	}
}

func main() {
	// warm up: the goroutine structs (and the list of all of them) for 300 goroutines at once
	block(300)
	runtime.GC()
	time.Sleep(20 * time.Millisecond)

	begin()
	block(10)
	end("10 blocked (cached)")

	begin()
	block(100)
	end("100 blocked (cached)")

	begin()
	block(200)
	end("200 blocked")

	begin()
	block(200)
	block(200)
	end("200 blocked twice")

	begin()
	block(200)
	runtime.GC()
	block(200)
	end("200 blocked, GC, 200 again")

	begin()
	block(250)
	end("250 blocked")

	begin()
	blockSenders(150)
	end("150 senders blocked")

	begin()
	blockSenders(150)
	block(150)
	end("150 senders, 150 receivers")
}
