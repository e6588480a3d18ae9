// make(map[K]V, hint): the 48-byte hmap, plus (for hints over 8) a bucket array sized for the hint,
// with preallocated overflow buckets and the 24-byte mapextra from 16 buckets on.
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
	sssink map[string]string
	bvsink map[int][200]byte
	pksink map[*int]bool
)

func intMap(hint int) {
	label := fmt.Sprintf("map[int]int hint %d", hint)
	begin()
	for i := 0; i < 20; i++ {
		iisink = make(map[int]int, hint)
	}
	end(label)
}

func main() {
	begin()
	for i := 0; i < 20; i++ {
		iisink = make(map[int]int)
	}
	end("map[int]int")
	for _, h := range []int{8, 9, 13, 14, 26, 27, 52, 53, 100, 104, 105, 1000, 10000} {
		intMap(h)
	}
	for _, h := range []int{9, 100, 1000} {
		label := fmt.Sprintf("map[string]string %d", h)
		begin()
		for i := 0; i < 20; i++ {
			sssink = make(map[string]string, h)
		}
		end(label)
	}
	for _, h := range []int{9, 100} {
		label := fmt.Sprintf("map[int][200]byte %d", h)
		begin()
		for i := 0; i < 20; i++ {
			bvsink = make(map[int][200]byte, h)
		}
		end(label)
	}
	for _, h := range []int{9, 100} {
		label := fmt.Sprintf("map[*int]bool %d", h)
		begin()
		for i := 0; i < 20; i++ {
			pksink = make(map[*int]bool, h)
		}
		end(label)
	}
}
