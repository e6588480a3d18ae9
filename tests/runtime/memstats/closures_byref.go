// Closures capturing by reference: a variable captured and modified (before or after the capture),
// or bigger than 128 bytes, moves to the heap itself ("moved to heap"); the closure holds its address.
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

type big struct{ a [20]int64 }

var (
	fsink func() int
	gsink func() string
	strs  = []string{"a string", "another"}
)

func main() {
	begin()
	for i := 0; i < 1000; i++ {
		s := strs[i%2]
		gsink = func() string { s += "!"; return s }
	}
	end("string by ref x1000")

	begin()
	for i := 0; i < 1000; i++ {
		s := strs[i%2]
		f := func() string { return s }
		s = strs[0]
		gsink = f
	}
	end("modified after x1000")

	begin()
	for i := 0; i < 100; i++ {
		var b big
		b.a[0] = int64(i)
		fsink = func() int { return int(b.a[0]) }
	}
	end("160B struct x100")
}
