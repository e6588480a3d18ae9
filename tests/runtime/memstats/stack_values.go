// Values that do not escape stay on the stack: no heap allocation at all (Mallocs +0). Go decides
// this by escape analysis at compile time.
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

var total int64

//go:noinline
func sumNew(i int64) int64 {
	p := new(point)
	p.x = i
	return p.x + p.y
}

//go:noinline
func sumLit(i int64) int64 {
	p := &point{i, 2, 3}
	return p.x + p.z
}

//go:noinline
func sumSlice(n int64) int64 {
	s := make([]int64, 8)
	for i := range s {
		s[i] = n
	}
	return s[7]
}

//go:noinline
func sumClosure(n int64) int64 {
	f := func() int64 { return n * 2 }
	return f()
}

//go:noinline
func deferred(x int64) (r int64) {
	defer func() { r += x }()
	return x
}

//go:noinline
func concatLen(a, b string) int {
	s := a + b
	return len(s)
}

//go:noinline
func convLen(s string) int {
	b := []byte(s)
	return len(b)
}

func main() {
	begin()
	for i := 0; i < 1000; i++ {
		total += sumNew(int64(i))
	}
	end("new(point) local")

	begin()
	for i := 0; i < 1000; i++ {
		total += sumLit(int64(i))
	}
	end("&point{} local")

	begin()
	for i := 0; i < 1000; i++ {
		total += sumSlice(int64(i))
	}
	end("make([]int64, 8) local")

	begin()
	for i := 0; i < 1000; i++ {
		total += sumClosure(int64(i))
	}
	end("closure local")

	begin()
	for i := 0; i < 1000; i++ {
		total += deferred(int64(i))
	}
	end("deferred closure")

	begin()
	for i := 0; i < 1000; i++ {
		total += int64(concatLen("abcdefghij", "klmnopqrst"))
	}
	end("a + b local (20B)")

	begin()
	for i := 0; i < 1000; i++ {
		total += int64(convLen("abcdefghij"))
	}
	end("[]byte(s) local")
	fmt.Println(total)
}
