// make(chan T, n): the hchan (in the 112-byte class when unbuffered) with the buffer in the same object when
// the elements have no pointers, or a second allocation for a buffer of pointer-holding elements.
package main

import (
	"fmt"
	"runtime"
)

var m0, m1 runtime.MemStats

func begin() { runtime.ReadMemStats(&m0) }

func end(label string) {
	runtime.ReadMemStats(&m1)
	fmt.Printf("%-22s Mallocs +%d Frees +%d TotalAlloc +%d HeapObjects +%d HeapAlloc +%d\n", label,
		m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees, m1.TotalAlloc-m0.TotalAlloc,
		m1.HeapObjects-m0.HeapObjects, m1.HeapAlloc-m0.HeapAlloc)
}

var (
	isink chan int
	psink chan *int
	esink chan struct{}
	asink chan [100]byte
	ssink chan string
	bsink chan bool
	lsink chan [2000]byte
)

func main() {
	begin()
	for i := 0; i < 100; i++ {
		isink = make(chan int)
	}
	end("chan int x100")

	begin()
	for i := 0; i < 100; i++ {
		isink = make(chan int, 10)
	}
	end("chan int 10 x100")

	begin()
	for i := 0; i < 100; i++ {
		psink = make(chan *int, 10)
	}
	end("chan *int 10 x100")

	begin()
	for i := 0; i < 100; i++ {
		psink = make(chan *int)
	}
	end("chan *int x100")

	begin()
	for i := 0; i < 100; i++ {
		esink = make(chan struct{}, 100)
	}
	end("chan struct{} 100")

	begin()
	for i := 0; i < 100; i++ {
		asink = make(chan [100]byte, 5)
	}
	end("chan [100]byte 5 x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = make(chan string, 4)
	}
	end("chan string 4 x100")

	begin()
	for i := 0; i < 100; i++ {
		bsink = make(chan bool, 1)
	}
	end("chan bool 1 x100")

	begin()
	for i := 0; i < 20; i++ {
		lsink = make(chan [2000]byte, 20)
	}
	end("chan [2000]byte 20")

	c := make(chan int, 100)
	begin()
	for i := 0; i < 100; i++ {
		c <- i
	}
	for i := 0; i < 100; i++ {
		<-c
	}
	end("send/recv buffered")
}
