// Two phases 100 ms apart, for the timestamped allocation events (GOMEM_MEMPROF=events=FILE):
// early's 300 buffers are in use until they are dropped and collected after the pause; late
// then allocates 100 bigger ones.
package main

import (
	"runtime"
	"time"
)

var keep [][]byte

func early() {
	for i := 0; i < 300; i++ {
		keep = append(keep, make([]byte, 1000))
	}
}

func late() {
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]byte, 2000))
	}
}

func main() {
	keep = make([][]byte, 0, 400) // (early and late allocate only their buffers)
	early()
	time.Sleep(100 * time.Millisecond)
	keep = make([][]byte, 0, 100)
	runtime.GC() // early's buffers are freed
	late()
}
