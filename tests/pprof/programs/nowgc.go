// The heap profile "as of the last GC" and "now" differ: load's records are dropped and
// collected by the second runtime.GC, refill's are allocated after it. Go's profile (as
// of the last GC) shows load's allocations and none of refill's; the heap now (gomem's
// GOMEM_MEMPROF=now, heapnow=FILE) shows refill's 200 records in use, as MemStats does.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

var table [][]byte

func load(n int) {
	for i := 0; i < n; i++ {
		table = append(table, make([]byte, 5000))
	}
}

func refill(n int) {
	for i := 0; i < n; i++ {
		table = append(table, make([]byte, 5000))
	}
}

func main() {
	load(1000)
	runtime.GC() // cycle 1: load's 1000 records are in use
	table = nil
	runtime.GC() // cycle 2: ... and freed
	refill(200)  // after the last GC
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("HeapAlloc: %d KiB\n", ms.HeapAlloc>>10)
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
}
