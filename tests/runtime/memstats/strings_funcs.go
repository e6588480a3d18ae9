// Functions of package strings that build new strings or slices: one allocation for the result
// (and one for a slice of parts); functions that return their input or a substring allocate nothing.
package main

import (
	"fmt"
	"runtime"
	"strings"
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
	ssink  string
	slsink []string
	lower  = "the quick brown fox jumps over the lazy dog"
	upper  = "THE QUICK BROWN FOX JUMPS OVER THE LAZY DOG"
	csv    = "alpha,beta,gamma,delta,epsilon"
	spaced = "  lots   of   space   separated   words  "
)

func main() {
	begin()
	for i := 0; i < 100; i++ {
		ssink = strings.ToUpper(lower)
	}
	end("ToUpper x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = strings.ToUpper(upper)
	}
	end("ToUpper(upper) x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = strings.Repeat("ab", 50)
	}
	end("Repeat 100B x100")

	begin()
	for i := 0; i < 100; i++ {
		slsink = strings.Split(csv, ",")
	}
	end("Split 5 parts x100")

	parts := strings.Split(csv, ",")
	begin()
	for i := 0; i < 100; i++ {
		ssink = strings.Join(parts, " + ")
	}
	end("Join 5 parts x100")

	begin()
	for i := 0; i < 100; i++ {
		slsink = strings.Fields(spaced)
	}
	end("Fields 5 words x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = strings.ReplaceAll(lower, "o", "0")
	}
	end("ReplaceAll x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = strings.TrimSpace(spaced)
		ssink = strings.TrimPrefix(lower, "the ")
		_ = strings.Contains(lower, "lazy")
		_ = strings.Index(lower, "dog")
	}
	end("Trim/Contains/Index")
}
