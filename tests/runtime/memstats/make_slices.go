// make([]T, n) for element types with and without pointers, around the 512-byte limit of the
// pointer bitmap and around the 32 KiB limit of small objects.
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
	isink []int
	psink []*int
	bsink []byte
	ssink []string
)

func ints(n int) {
	label := fmt.Sprintf("[]int %d", n)
	begin()
	for i := 0; i < 20; i++ {
		isink = make([]int, n)
	}
	end(label)
}

func ptrs(n int) {
	label := fmt.Sprintf("[]*int %d", n)
	begin()
	for i := 0; i < 20; i++ {
		psink = make([]*int, n)
	}
	end(label)
}

func bytes(n int) {
	label := fmt.Sprintf("[]byte %d", n)
	begin()
	for i := 0; i < 20; i++ {
		bsink = make([]byte, n)
	}
	end(label)
}

func strs(n int) {
	label := fmt.Sprintf("[]string %d", n)
	begin()
	for i := 0; i < 20; i++ {
		ssink = make([]string, n)
	}
	end(label)
}

func main() {
	for _, n := range []int{2, 3, 63, 64, 65, 100, 4095, 4096, 4097, 10000} {
		ints(n)
	}
	for _, n := range []int{1, 3, 63, 64, 65, 100, 4094, 4095, 4096, 10000} {
		ptrs(n)
	}
	for _, n := range []int{16, 17, 512, 513, 32760, 32761, 32768, 32769, 100000} {
		bytes(n)
	}
	for _, n := range []int{2, 32, 33, 2047, 2048} {
		strs(n)
	}
	begin()
	for i := 0; i < 20; i++ {
		isink = make([]int, 0, 100)
	}
	end("[]int 0, cap 100")
	begin()
	for i := 0; i < 20; i++ {
		bsink = make([]byte, 10, 1000)
	}
	end("[]byte 10, cap 1000")
}
