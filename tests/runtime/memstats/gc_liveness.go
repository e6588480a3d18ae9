// Go's stack maps have liveness: a local that is not used after a call is not a root during
// that call, so runtime.GC frees what only it references. gomem scans every bound local of
// every frame (docs/gc.md, "Liveness").
package main

import (
	"fmt"
	"runtime"
	"time"
)

var m0, m1 runtime.MemStats

func begin() {
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m0)
}

func end(label string) {
	runtime.GC()
	runtime.ReadMemStats(&m1)
	fmt.Printf("%-26s Mallocs +%d Frees +%d TotalAlloc +%d HeapObjects %+d HeapAlloc %+d\n", label,
		m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees, m1.TotalAlloc-m0.TotalAlloc,
		int64(m1.HeapObjects)-int64(m0.HeapObjects), int64(m1.HeapAlloc)-int64(m0.HeapAlloc))
}

type node struct {
	next *node
	val  int
}

var total int

func sum(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val
	}
	return s
}

func deadList() {
	begin()
	var l *node
	for i := 0; i < 100; i++ {
		l = &node{next: l, val: i}
	}
	total += sum(l)
	end("dead local list")
}

func liveList() {
	begin()
	var l *node
	for i := 0; i < 100; i++ {
		l = &node{next: l, val: i}
	}
	end("live local list")
	total += sum(l)
}

func main() {
	big := make([]int, 1<<20)
	total = len(big)
	runtime.GC()
	time.Sleep(20 * time.Millisecond)

	deadList()
	liveList()
	fmt.Println(total > 0)
}
