// Zero-size values all live at one address (runtime.zerobase): new(struct{}), new([0]int) and
// make([]T, 0) allocate nothing.
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
	kempty *struct{}
	karr0  *[0]int
	ks     []int
	kss    []struct{}
)

func main() {
	begin()
	for i := 0; i < 1000; i++ {
		kempty = new(struct{})
	}
	end("new(struct{}) x1000")

	begin()
	for i := 0; i < 1000; i++ {
		karr0 = &[0]int{}
	}
	end("&[0]int{} x1000")

	n := 0
	begin()
	for i := 0; i < 1000; i++ {
		ks = make([]int, n)
	}
	end("make([]int, 0) x1000")

	begin()
	for i := 0; i < 1000; i++ {
		kss = make([]struct{}, i)
	}
	end("make([]struct{}, i)")
}
