// String concatenation: one allocation of exactly the total length (rounded to its size class);
// when all operands but one are empty the non-empty one is returned and nothing is allocated.
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
	ssink string
	parts = []string{"abcdefghijklmnopqrst", "ABCDEFGHIJKLMNOPQRST", "0123456789", "", "xyz"}
)

func main() {
	a, b, c, e, x := parts[0], parts[1], parts[2], parts[3], parts[4]

	begin()
	for i := 0; i < 100; i++ {
		ssink = a + b
	}
	end("2 operands 40B x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = a + b + c
	}
	end("3 operands 50B x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = a + b + c + x
	}
	end("4 operands 53B x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = a + b + c + x + a
	}
	end("5 operands 73B x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = a + b + c + x + a + b + c + x
	}
	end("8 operands 106B x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = e + a
	}
	end("empty + a x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = e + a + e
	}
	end("e + a + e x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = a + "-constant-"
	}
	end("a + const x100")

	s := ""
	begin()
	for i := 0; i < 100; i++ {
		s += a
	}
	end("s += 20B x100")
	ssink = s
}
