// Method values x.M: a closure holding the bound receiver (a copy of a value receiver, the pointer
// for a pointer receiver, the interface for an interface method).
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

type small struct{ a int64 }

func (s small) Get() int64 { return s.a }

type wide struct{ a, b, c int64 }

func (w wide) Get() int64 { return w.a + w.b }

type node struct {
	next *node
	v    int64
}

func (n *node) Get() int64 { return n.v }

type getter interface{ Get() int64 }

var (
	sink func() int64
	nd   = &node{v: 3}
)

func main() {
	s := small{5}
	begin()
	for i := 0; i < 1000; i++ {
		sink = s.Get
	}
	end("8B value recv x1000")

	w := wide{1, 2, 3}
	begin()
	for i := 0; i < 1000; i++ {
		sink = w.Get
	}
	end("24B value recv x1000")

	begin()
	for i := 0; i < 1000; i++ {
		sink = nd.Get
	}
	end("pointer recv x1000")

	var g getter = nd
	begin()
	for i := 0; i < 1000; i++ {
		sink = g.Get
	}
	end("interface x1000")

	begin()
	for i := 0; i < 1000; i++ {
		_ = small.Get(s)
	}
	end("method expr call")
}
