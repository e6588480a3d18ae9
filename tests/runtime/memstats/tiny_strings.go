// Short strings and byte slices through the tiny allocator: concatenations, conversions and
// formatting results under 16 bytes are pointer-free tiny objects.
package main

import (
	"fmt"
	"runtime"
	"strconv"
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
	ssink string
	bsink []byte
	isink []int
	a     = "abcde"
	b     = "fgh"
	n     = 12345
)

func main() {
	for i := 0; i < 48; i++ {
		ssink = a + b
	}
	begin()
	for i := 0; i < 960; i++ {
		ssink = a + b
	}
	end("5B + 3B x960")

	for i := 0; i < 48; i++ {
		ssink = a + a + a
	}
	begin()
	for i := 0; i < 960; i++ {
		ssink = a + a + a
	}
	end("3 x 5B x960")

	bs := []byte("0123456789abcdef")
	for i := 0; i < 48; i++ {
		ssink = string(bs[:4])
	}
	begin()
	for i := 0; i < 960; i++ {
		ssink = string(bs[:4])
	}
	end("string(4 bytes) x960")

	for i := 0; i < 48; i++ {
		bsink = []byte(a)
	}
	begin()
	for i := 0; i < 960; i++ {
		bsink = []byte(a)
	}
	end("[]byte(5B) x960")

	for i := 0; i < 48; i++ {
		ssink = strconv.Itoa(n)
	}
	begin()
	for i := 0; i < 960; i++ {
		ssink = strconv.Itoa(n)
	}
	end("Itoa(12345) x960")

	for i := 0; i < 48; i++ {
		ssink = fmt.Sprint(a, b)
	}
	begin()
	for i := 0; i < 960; i++ {
		ssink = fmt.Sprint(a, b)
	}
	end("Sprint(a, b) x960")

	for i := 0; i < 48; i++ {
		isink = append([]int(nil), i)
	}
	begin()
	for i := 0; i < 960; i++ {
		isink = append([]int(nil), i)
	}
	end("append(nil, 1 int)")
}
