// MemStats after allocations of several classes, large objects included (GOGC=off).
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	left, right *node
	val         int
}

var nodes []*node
var bufs [][]byte
var big []*[5000]*int

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	m0 := m
	nodes = make([]*node, 0, 2000)
	for i := 0; i < 2000; i++ {
		nodes = append(nodes, &node{val: i})
	}
	bufs = make([][]byte, 0, 100)
	for i := 0; i < 100; i++ {
		bufs = append(bufs, make([]byte, 100000))
	}
	for i := 0; i < 10; i++ {
		big = append(big, new([5000]*int))
	}
	runtime.ReadMemStats(&m)
	fmt.Println("mallocs", m.Mallocs-m0.Mallocs, "frees", m.Frees-m0.Frees, "total", m.TotalAlloc-m0.TotalAlloc)
	fmt.Println("heapinuse", m.HeapInuse-m0.HeapInuse, "heapsys", m.HeapSys-m0.HeapSys)
	fmt.Println("alloc==heapalloc", m.Alloc == m.HeapAlloc, "objects", m.HeapObjects == m.Mallocs-m.Frees)
	fmt.Println("sys", m.Sys == m.HeapSys+m.StackSys+m.MSpanSys+m.MCacheSys+m.BuckHashSys+m.GCSys+m.OtherSys)
	fmt.Println("idle", m.HeapIdle == m.HeapSys-m.HeapInuse, m.HeapReleased <= m.HeapIdle)
	fmt.Println("class32", m.BySize[4].Size, m.BySize[4].Mallocs-m0.BySize[4].Mallocs)
	fmt.Println(len(m.BySize), m.NumGC, m.EnableGC, m.DebugGC, m.LastGC, m.PauseTotalNs)
}
