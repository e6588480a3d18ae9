// The tiny allocator: pointer-free objects under 16 bytes share 16-byte blocks
// (go-runtime.md 1.8). Addresses are printed after all allocations, so that printing
// does not allocate in between.
package main

import (
	"fmt"
	"runtime"
)

var keep [1000]*[3]byte

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	mallocs, frees, objects, total := m.Mallocs, m.Frees, m.HeapObjects, m.TotalAlloc
	a := new(int64)
	b := new(int32)
	c := new([3]byte)
	d := new(int64)
	e := new([12]byte)
	f := new([16]byte)
	runtime.ReadMemStats(&m)
	fmt.Println("sequence", m.Mallocs-mallocs, m.Frees-frees, m.HeapObjects-objects, m.TotalAlloc-total)
	fmt.Printf("a %p\nb %p\nc %p\nd %p\ne %p\nf %p\n", a, b, c, d, e, f)

	runtime.ReadMemStats(&m)
	mallocs, frees, objects, total = m.Mallocs, m.Frees, m.HeapObjects, m.TotalAlloc
	for i := range keep {
		keep[i] = new([3]byte)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("thousand", m.Mallocs-mallocs, m.Frees-frees, m.HeapObjects-objects, m.TotalAlloc-total)
	for i := 0; i < 12; i++ {
		fmt.Printf("k %p\n", keep[i])
	}
}
