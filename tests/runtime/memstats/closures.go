// Closures: a func literal that captures nothing is static; one that captures variables is one heap
// object (code pointer + captured values, laid out as a struct). Variables captured by reference
// are in closures_byref.go.
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

type big struct{ a [20]int64 }

var (
	fsink func() int
	gsink func() string
	base  = 7
)

func main() {
	begin()
	for i := 0; i < 1000; i++ {
		fsink = func() int { return 1 }
	}
	end("no capture x1000")

	begin()
	for i := 0; i < 1000; i++ {
		n := i + base
		fsink = func() int { return n }
	}
	end("1 int by value x1000")

	begin()
	for i := 0; i < 1000; i++ {
		n, m := i, base
		fsink = func() int { return n + m }
	}
	end("2 ints by value x1000")

	s := "captured string"
	begin()
	for i := 0; i < 1000; i++ {
		t := s
		gsink = func() string { return t }
	}
	end("string by value x1000")

	begin()
	for i := 0; i < 1000; i++ {
		p := &base
		b := byte(i)
		fsink = func() int { return *p + int(b) }
	}
	end("pointer + byte x1000")

	begin()
	for i := 0; i < 1000; i++ {
		fsink = func() int { return i }
	}
	end("loop var x1000")
}
