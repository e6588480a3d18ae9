// fmt.Sprintf/Sprint/Errorf: the result string (one allocation of its length), plus each argument
// boxed into an interface where boxing allocates; the printer state comes from a pool. Results and
// arguments here are at least 16 bytes long, so none goes through the tiny allocator.
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

type point struct{ x, y int64 }

var (
	ssink string
	esink error
	words = []string{"alpha-bravo-charlie", "delta-echo-foxtrot!"}
	pt    = point{1234567, 7654321}
)

func main() {
	// the printer's buffer (kept in a pool between calls) grows to its final size first
	for i := 0; i < 10; i++ {
		ssink = fmt.Sprintf("warm up with a longer string: %s %s %s %s", words[0], words[1], words[0], words[1])
	}
	// fmt asks a struct argument for its Formatter and Stringer methods: Go caches those type
	// assertions per call site, adding a type to the cache (an allocation) at a random one of
	// about 1024 assertions. Enough of them first that point is in the caches.
	for i := 0; i < 30000; i++ {
		ssink = fmt.Sprint(pt)
	}
	begin()
	for i := 0; i < 100; i++ {
		ssink = fmt.Sprintf("constant format string %d", 7)
	}
	end("Sprintf(const 7) x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = fmt.Sprintf("[%s|%s]", words[0], words[1])
	}
	end("Sprintf(2 strings)")

	begin()
	for i := 0; i < 100; i++ {
		ssink = fmt.Sprint(words[0])
	}
	end("Sprint(string) x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = fmt.Sprintf("%v and %v", pt, pt)
	}
	end("Sprintf(2 structs)")

	begin()
	for i := 0; i < 100; i++ {
		ssink = fmt.Sprintln(words[1], "constant")
	}
	end("Sprintln x100")

	begin()
	for i := 0; i < 100; i++ {
		esink = fmt.Errorf("failed: %s", words[0])
	}
	end("Errorf x100")
}
