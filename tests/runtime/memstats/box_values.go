// Conversions to interfaces that copy the value to the heap (Go's convT*): strings, slices, structs
// and arrays of several sizes; pointer-shaped values are stored in the interface as they are.
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

type pair struct{ a, b int64 }
type triple struct {
	p    *int
	a, b int64
}
type wrap struct{ p *int }

var (
	sink  any
	strs  = []string{"first string", "second", "third one"}
	slice = []int{1, 2, 3}
	x     int
	ptr   = &x
	mp    = map[int]int{}
	fn    = func() {}
)

func main() {
	begin()
	for i := 0; i < 1000; i++ {
		sink = strs[i%3]
	}
	end("string x1000")

	empty := strs[0][:0]
	begin()
	for i := 0; i < 1000; i++ {
		sink = empty
	}
	end("empty string x1000")

	begin()
	for i := 0; i < 1000; i++ {
		sink = slice
	}
	end("[]int x1000")

	begin()
	for i := 0; i < 1000; i++ {
		sink = pair{int64(i), 1}
	}
	end("16B struct x1000")

	begin()
	for i := 0; i < 1000; i++ {
		sink = triple{ptr, int64(i), 2}
	}
	end("24B scan struct x1000")

	begin()
	for i := 0; i < 1000; i++ {
		sink = [5]int64{int64(i)}
	}
	end("[5]int64 x1000")

	begin()
	for i := 0; i < 500; i++ {
		sink = [100]byte{byte(i)}
	}
	end("[100]byte x500")

	begin()
	for i := 0; i < 1000; i++ {
		sink = ptr
		sink = mp
		sink = fn
		sink = wrap{ptr}
	}
	end("pointer-shaped x1000")

	begin()
	for i := 0; i < 1000; i++ {
		sink = pair{}
	}
	end("constant struct x1000")
}
