// append of several elements at once (growth to the needed length when it is more than double),
// appending into spare capacity (no allocation), and append(b, s...) of a string.
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
	bsink []byte
	text  = "hello, world! here are some bytes to append to a byte slice, quite a few of them"
)

func main() {
	begin()
	for i := 0; i < 100; i++ {
		isink = append([]int{1, 2, 3, 4}, 5, 6, 7, 8, 9, 10, 11)
	}
	end("4 + 7 ints x100")
	fmt.Println("  len", len(isink), "cap", cap(isink))

	more := make([]int, 37)
	begin()
	for i := 0; i < 100; i++ {
		isink = append(isink[:3:3], more...)
	}
	end("3 + 37 ints x100")
	fmt.Println("  len", len(isink), "cap", cap(isink))

	begin()
	for i := 0; i < 100; i++ {
		bsink = append([]byte(nil), text...)
	}
	end("nil + 81 bytes x100")
	fmt.Println("  len", len(bsink), "cap", cap(bsink))

	spare := make([]int, 0, 1000)
	begin()
	for i := 0; i < 1000; i++ {
		spare = append(spare, i)
	}
	end("into spare cap x1000")
	isink = spare

	begin()
	for i := 0; i < 100; i++ {
		isink = append(isink[:0:0], more...)
	}
	end("empty + 37 ints x100")
	fmt.Println("  len", len(isink), "cap", cap(isink))

	big := make([]byte, 5000)
	begin()
	for i := 0; i < 50; i++ {
		bsink = append(big[:4000:4000], big...)
	}
	end("4000 + 5000 bytes x50")
	fmt.Println("  len", len(bsink), "cap", cap(bsink))
}
