// Conversions between strings and byte slices: []byte(s) gets a capacity rounded up to its size
// class, string(b) exactly len(b) bytes; lengths 0 and 1 of string(b) allocate nothing, nor does
// a string(b) that only lives for a lookup, a comparison or a concatenation.
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
	bsink []byte
	ssink string
	text  = "0123456789abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	big   = string(make([]byte, 70000))
)

func toBytes(n, times int) {
	s := big[:n]
	if n <= len(text) {
		s = text[:n]
	}
	label := fmt.Sprintf("[]byte(%d bytes)", n)
	begin()
	for i := 0; i < times; i++ {
		bsink = []byte(s)
	}
	end(label)
	fmt.Println("  len", len(bsink), "cap", cap(bsink))
}

func toString(n, times int) {
	b := make([]byte, n)
	label := fmt.Sprintf("string(%d bytes)", n)
	begin()
	for i := 0; i < times; i++ {
		ssink = string(b)
	}
	end(label)
}

func main() {
	for _, n := range []int{16, 17, 30, 33, 100, 513, 600, 5000, 40000} {
		toBytes(n, 20)
	}
	for _, n := range []int{0, 1, 16, 17, 100, 1000, 33000} {
		toString(n, 20)
	}

	// string(b) that only lives for a map lookup, a comparison or as an operand of a
	// concatenation is not copied: only the concatenation's result is allocated
	b := []byte("a key of twenty bytes")
	hits := 0
	begin()
	for i := 0; i < 100; i++ {
		hits += lookup[string(b)]
		if string(b) == text {
			hits++
		}
		ssink = "prefix: " + string(b)
	}
	end("transient string(b)")
	fmt.Println("  hits", hits)
}

var lookup = map[string]int{"a key of twenty bytes": 1}
