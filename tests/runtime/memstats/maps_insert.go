// Maps growing by inserts: the first insert into a map made without a hint allocates its first
// bucket, and growth past 6.5 entries per bucket allocates a doubled bucket array. Only small counts
// (where no bucket can overflow whatever the hash seed) are measured, so the figures are the same
// on every run.
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
	iisink map[int]int
	sisink map[string]int
	bvsink map[int][200]byte
	keys   = []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
)

func main() {
	begin()
	for i := 0; i < 20; i++ {
		m := make(map[int]int)
		m[1] = 1
		iisink = m
	}
	end("map[int]int +1 x20")

	begin()
	for i := 0; i < 20; i++ {
		m := make(map[int]int)
		for k := 0; k < 8; k++ {
			m[k] = k
		}
		iisink = m
	}
	end("map[int]int +8 x20")

	begin()
	for i := 0; i < 20; i++ {
		m := make(map[string]int)
		for _, k := range keys {
			m[k] = 1
		}
		sisink = m
	}
	end("map[string]int +8 x20")

	begin()
	for i := 0; i < 20; i++ {
		m := make(map[int]int, 100)
		for k := 0; k < 8; k++ {
			m[k] = k
		}
		iisink = m
	}
	end("hint 100 +8 x20")

	begin()
	for i := 0; i < 20; i++ {
		m := make(map[int][200]byte)
		for k := 0; k < 5; k++ {
			m[k] = [200]byte{}
		}
		bvsink = m
	}
	end("map[int][200]byte +5")

	m := make(map[int]int)
	for k := 0; k < 8; k++ {
		m[k] = k
	}
	begin()
	for k := 0; k < 8; k++ {
		m[k] = k + 1
		delete(m, k)
		m[k] = k
	}
	end("overwrite/delete x8")
	iisink = m
}
