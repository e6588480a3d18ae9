// Map literals: the hmap, and buckets sized for the number of entries (none for an empty literal);
// values over 128 bytes are stored out of line, one object each.
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

var sink map[string]int

func main() {
	begin()
	for i := 0; i < 20; i++ {
		sink = map[string]int{}
	}
	end("empty literal x20")

	begin()
	for i := 0; i < 20; i++ {
		sink = map[string]int{"a": 1, "b": 2, "c": 3}
	}
	end("3 entries x20")

	begin()
	for i := 0; i < 20; i++ {
		sink = map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}
	}
	end("8 entries x20")

	// (not more than 8 entries: a map of 2 or more buckets may need an overflow bucket, as
	// the random hash seed decides, and each map gets its own seed)

	begin()
	for i := 0; i < 20; i++ {
		bsink = map[int][200]byte{1: {}, 2: {}, 3: {}}
	}
	end("3 [200]byte values")
}

var bsink map[int][200]byte
