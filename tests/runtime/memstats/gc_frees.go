// runtime.GC frees what is unreachable: objects dropped, kept, kept in part, cycles, large
// objects, maps, channels, slices and their growth garbage. begin() and end() each run a
// full collection first, so the deltas count the frees of what the measured code dropped
// (begin collects twice: fmt's pooled printer survives one collection in sync.Pool's victim
// cache).
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

type tree struct {
	left, right *tree
	payload     [6]int
}

type big struct{ a [5000]int }

var (
	sinkNode *node
	sinkTree *tree
	keepList *node
	keep     []*node
	sinkMap  map[int]*node
	sinkCh   chan *node
	sinkBig  *big
	sinkInts []int
)

func build(d int) *tree {
	if d == 0 {
		return &tree{}
	}
	return &tree{left: build(d - 1), right: build(d - 1)}
}

func main() {
	// Go's background scavenger allocates once, the first time it wakes up to return freed
	// pages: make it do that before the measurements
	sinkInts = make([]int, 1<<20)
	sinkInts = nil
	runtime.GC()
	time.Sleep(20 * time.Millisecond)

	begin()
	end("nothing")

	begin()
	for i := 0; i < 1000; i++ {
		sinkNode = &node{val: i}
	}
	sinkNode = nil
	end("1000 dropped")

	begin()
	for i := 0; i < 1000; i++ {
		sinkNode = &node{val: i}
	}
	end("1000, last kept")
	sinkNode = nil

	begin()
	for i := 0; i < 1000; i++ {
		keepList = &node{next: keepList, val: i}
	}
	end("list of 1000 kept")

	begin()
	keepList = nil
	end("list of 1000 dropped")

	begin()
	for i := 0; i < 500; i++ {
		a := &node{val: i}
		b := &node{next: a}
		a.next = b
		sinkNode = a
	}
	sinkNode = nil
	end("500 cycles dropped")

	begin()
	sinkTree = build(9)
	end("tree of 1023 kept")

	begin()
	sinkTree = nil
	end("tree dropped")

	begin()
	for i := 0; i < 200; i++ {
		keep = append(keep, &node{val: i})
	}
	end("append 200 kept")

	begin()
	keep = nil
	end("slice dropped")

	begin()
	for i := 0; i < 20; i++ {
		sinkBig = &big{}
	}
	sinkBig = nil
	end("20 large dropped")

	begin()
	for i := 0; i < 10; i++ {
		sinkInts = make([]int, 1000)
	}
	end("make 10, last kept")
	sinkInts = nil

	begin()
	sinkMap = make(map[int]*node)
	for i := 0; i < 5; i++ {
		sinkMap[i] = &node{val: i}
	}
	end("map of 5 kept")

	begin()
	sinkMap = nil
	end("map dropped")

	begin()
	sinkCh = make(chan *node, 10)
	for i := 0; i < 10; i++ {
		sinkCh <- &node{val: i}
	}
	end("chan of 10 kept")

	begin()
	<-sinkCh
	<-sinkCh
	end("2 received")

	begin()
	sinkCh = nil
	end("chan dropped")
}
