// bytes.Buffer and package bytes: the buffer's first allocation (64 bytes for small writes),
// its growth, and functions returning new byte slices.
package main

import (
	"bytes"
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
	buf   bytes.Buffer
	bsink []byte
	ssink string
	text  = []byte("some bytes to be processed by package bytes")
)

func main() {
	begin()
	buf.WriteString("hello")
	end("first WriteString")

	begin()
	for i := 0; i < 1000; i++ {
		buf.WriteString("twenty bytes string.")
	}
	end("WriteString 20B x1000")
	fmt.Println("  len", buf.Len(), "cap", buf.Cap())

	begin()
	for i := 0; i < 100; i++ {
		ssink = buf.String()[:16]
	}
	end("String() x100")

	begin()
	for i := 0; i < 100; i++ {
		bsink = bytes.ToUpper(text)
	}
	end("ToUpper x100")

	begin()
	for i := 0; i < 100; i++ {
		bsink = bytes.Repeat(text, 3)
	}
	end("Repeat x3 x100")

	begin()
	for i := 0; i < 100; i++ {
		bsink = bytes.TrimSpace(text)
		_ = bytes.Contains(text, text[5:10])
	}
	end("TrimSpace/Contains")
}
