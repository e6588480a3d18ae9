// Large objects (over 32760 bytes) get spans of their own: TotalAlloc grows by whole 8 KiB pages.
// Objects of 32761..32768 bytes take the large path too (4 pages).
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

type big struct {
	p *int
	a [40000]byte
}

var (
	k32760  *[32760]byte
	k32761  *[32761]byte
	k100000 *[100000]byte
	k1m     *[1 << 20]byte
	kbig    *big
)

func main() {
	begin()
	for i := 0; i < 10; i++ {
		k32760 = new([32760]byte)
	}
	end("new [32760]byte x10")

	begin()
	for i := 0; i < 10; i++ {
		k32761 = new([32761]byte)
	}
	end("new [32761]byte x10")

	begin()
	for i := 0; i < 10; i++ {
		k100000 = new([100000]byte)
	}
	end("new [100000]byte x10")

	begin()
	for i := 0; i < 4; i++ {
		k1m = new([1 << 20]byte)
	}
	end("new [1<<20]byte x4")

	begin()
	for i := 0; i < 10; i++ {
		kbig = new(big)
	}
	end("new 40008B scan x10")
}
