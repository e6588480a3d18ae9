// The tiny allocator: pointer-free objects under 16 bytes share 16-byte blocks. Mallocs counts every
// object, but one that fits the current block is also counted in Frees (HeapObjects and TotalAlloc
// see only the blocks). Each loop runs first unmeasured so the current block's offset is the same
// whatever ran before, and counts are multiples of the packing period.
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
	k8  *int64
	k4  *int32
	k1  *byte
	k3  *[3]byte
	k5  *[5]byte
	k12 *[12]byte
	k15 *[15]byte
	k16 *[16]byte
)

func main() {
	for i := 0; i < 48; i++ {
		k8 = new(int64)
	}
	begin()
	for i := 0; i < 960; i++ {
		k8 = new(int64)
	}
	end("new(int64) x960")

	for i := 0; i < 48; i++ {
		k4 = new(int32)
	}
	begin()
	for i := 0; i < 960; i++ {
		k4 = new(int32)
	}
	end("new(int32) x960")

	for i := 0; i < 48; i++ {
		k1 = new(byte)
	}
	begin()
	for i := 0; i < 960; i++ {
		k1 = new(byte)
	}
	end("new(byte) x960")

	for i := 0; i < 48; i++ {
		k3 = new([3]byte)
	}
	begin()
	for i := 0; i < 960; i++ {
		k3 = new([3]byte)
	}
	end("new([3]byte) x960")

	for i := 0; i < 48; i++ {
		k5 = new([5]byte)
	}
	begin()
	for i := 0; i < 960; i++ {
		k5 = new([5]byte)
	}
	end("new([5]byte) x960")

	for i := 0; i < 48; i++ {
		k12 = new([12]byte)
	}
	begin()
	for i := 0; i < 960; i++ {
		k12 = new([12]byte)
	}
	end("new([12]byte) x960")

	for i := 0; i < 48; i++ {
		k15 = new([15]byte)
	}
	begin()
	for i := 0; i < 960; i++ {
		k15 = new([15]byte)
	}
	end("new([15]byte) x960")

	begin()
	for i := 0; i < 960; i++ {
		k16 = new([16]byte)
	}
	end("new([16]byte) x960")

	for i := 0; i < 48; i++ {
		k8 = new(int64)
		k4 = new(int32)
	}
	begin()
	for i := 0; i < 960; i++ {
		k8 = new(int64)
		k4 = new(int32)
	}
	end("int64+int32 x960")
}
