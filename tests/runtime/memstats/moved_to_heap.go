// Local variables whose address outlives their function are "moved to heap": each is one heap
// object allocated where the variable is declared.
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

type point struct{ x, y, z int64 }

var (
	ssink *string
	psink *point
	strs  = []string{"one", "two"}
)

//go:noinline
func keepString(i int) {
	s := strs[i%2]
	ssink = &s
}

//go:noinline
func keepPoint(i int) {
	var p point
	p.x = int64(i)
	psink = &p
}

func main() {
	begin()
	for i := 0; i < 1000; i++ {
		keepString(i)
	}
	end("&string local x1000")

	begin()
	for i := 0; i < 1000; i++ {
		keepPoint(i)
	}
	end("&point local x1000")
}
