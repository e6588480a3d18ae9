// Interface boxing through the tiny allocator: integers of 256 and more and non-zero floats are
// 8-byte pointer-free objects; smaller integers, one-byte values and zero floats allocate nothing.
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
	sink any
	base = 1000
	fb   = 1.5
)

func main() {
	for i := 0; i < 48; i++ {
		sink = base + i
	}
	begin()
	for i := 0; i < 960; i++ {
		sink = base + i
	}
	end("int >= 256 x960")

	begin()
	for i := 0; i < 960; i++ {
		sink = i % 256
	}
	end("int < 256 x960")

	begin()
	for i := 0; i < 960; i++ {
		sink = int8(i)
		sink = byte(i)
		sink = i%2 == 0
	}
	end("1-byte values x960")

	for i := 0; i < 48; i++ {
		sink = int16(300 + i)
	}
	begin()
	for i := 0; i < 960; i++ {
		sink = int16(300 + i)
	}
	end("int16 >= 256 x960")

	for i := 0; i < 48; i++ {
		sink = int32(70000 + i)
	}
	begin()
	for i := 0; i < 960; i++ {
		sink = int32(70000 + i)
	}
	end("int32 >= 256 x960")

	for i := 0; i < 48; i++ {
		sink = fb * float64(i+1)
	}
	begin()
	for i := 0; i < 960; i++ {
		sink = fb * float64(i+1)
	}
	end("float64 x960")

	begin()
	for i := 0; i < 960; i++ {
		sink = fb * 0
	}
	end("float64 0 x960")

	for i := 0; i < 48; i++ {
		sink = [3]byte{byte(i), 1, 2}
	}
	begin()
	for i := 0; i < 960; i++ {
		sink = [3]byte{byte(i), 1, 2}
	}
	end("[3]byte x960")
}
