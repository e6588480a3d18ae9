// strings.Builder: the buffer grows as append grows a []byte; Grow(n) allocates once; String()
// allocates nothing.
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
	sb    strings.Builder
	ssink string
	caps  []int
)

func main() {
	caps = make([]int, 0, 64)
	sb.Grow(16) // (smaller first buffers come from the tiny allocator: see tiny_*.go)
	begin()
	for i := 0; i < 5000; i++ {
		sb.WriteByte('x')
	}
	end("WriteByte x5000")
	var b strings.Builder
	for i := 0; i < 5000; i++ {
		b.WriteByte('x')
		if len(caps) == 0 || caps[len(caps)-1] != b.Cap() {
			caps = append(caps, b.Cap())
		}
	}
	fmt.Println("  caps", caps)

	sb.Reset()
	begin()
	for i := 0; i < 200; i++ {
		sb.WriteString("twenty bytes string.")
	}
	end("WriteString 20B x200")
	fmt.Println("  len", sb.Len(), "cap", sb.Cap())

	begin()
	for i := 0; i < 100; i++ {
		var g strings.Builder
		g.Grow(100)
		g.WriteString("hello")
		ssink = g.String()
	}
	end("Grow(100) x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = sb.String()
	}
	end("String() x100")
}
