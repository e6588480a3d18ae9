// Slice and array literals: a slice literal is one allocation of its backing array; an array
// literal stored in a heap slot is part of that slot; a variadic call makes the ... slice.
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

type rec struct {
	name string
	n    int
}

var (
	isink []int
	ssink []string
	rsink []rec
	asink *[4]int
	vsink []int
	names = []string{"x", "y"}
)

func keep(xs ...int) { vsink = xs }

func main() {
	begin()
	for i := 0; i < 100; i++ {
		isink = []int{i, 2, 3, 4, 5}
	}
	end("[]int{5} x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = []string{names[0], names[1], "z"}
	}
	end("[]string{3} x100")

	begin()
	for i := 0; i < 100; i++ {
		rsink = []rec{{"a", 1}, {"b", i}}
	}
	end("[]rec{2} x100")

	begin()
	for i := 0; i < 100; i++ {
		asink = &[4]int{i}
	}
	end("&[4]int{} x100")

	begin()
	for i := 0; i < 100; i++ {
		keep(i, 2, 3)
	}
	end("variadic 3 ints x100")

	begin()
	for i := 0; i < 100; i++ {
		keep()
	}
	end("variadic none x100")

	xs := []int{1, 2, 3}
	begin()
	for i := 0; i < 100; i++ {
		keep(xs...)
	}
	end("variadic xs... x100")
}
