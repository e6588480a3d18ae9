// debug.FreeOSMemory and HeapReleased (GOGC=off, the corpus's setting): HeapReleased moves
// when the heap maps memory (fresh memory counts as released), when it reuses released pages,
// and when debug.FreeOSMemory releases every free page (in Go the background scavenger may
// release part of it first, while runtime.GC waits: the figures after FreeOSMemory are the
// same). Figures in MiB (Go releases 4 KiB physical pages, gomem whole 8 KiB pages).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var m0, m1 runtime.MemStats

func begin() {
	runtime.GC()
	runtime.ReadMemStats(&m0)
}

// mib is b - a in MiB, rounded to the nearest
func mib(a, b uint64) int64 {
	d := int64(b) - int64(a)
	if d < 0 {
		return -((-d + 1<<19) >> 20)
	}
	return (d + 1<<19) >> 20
}

func end(label string) {
	runtime.ReadMemStats(&m1)
	fmt.Printf("%-28s HeapSys %+d HeapIdle %+d HeapInuse %+d HeapReleased %+d MiB, idle not released %d MiB\n", label,
		mib(m0.HeapSys, m1.HeapSys), mib(m0.HeapIdle, m1.HeapIdle), mib(m0.HeapInuse, m1.HeapInuse),
		mib(m0.HeapReleased, m1.HeapReleased), mib(m1.HeapReleased, m1.HeapIdle))
}

type chunk struct{ a [1 << 17]int } // 1 MiB, a large object

var (
	big   []*chunk
	small [][]byte
)

func main() {
	debug.FreeOSMemory()
	begin()
	for i := 0; i < 24; i++ {
		big = append(big, new(chunk))
	}
	end("24 MiB of large objects")

	begin()
	big = nil
	runtime.GC()
	end("dropped, runtime.GC")

	begin()
	debug.FreeOSMemory()
	end("debug.FreeOSMemory")

	begin()
	for i := 0; i < 8; i++ {
		big = append(big, new(chunk))
	}
	end("8 MiB again (reused pages)")

	begin()
	for i := 0; i < 20000; i++ {
		small = append(small, make([]byte, 512))
	}
	end("20000 small objects")

	begin()
	small = nil
	big = nil
	runtime.GC()
	debug.FreeOSMemory()
	end("all dropped, FreeOSMemory")
}
