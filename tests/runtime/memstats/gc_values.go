// What runtime.GC keeps and frees among the other representations of Go values: escaped
// variables, interface boxes, strings, closures and their captured variables, method values,
// goroutines holding pointers on their stacks, pending deferred calls, arrays of pointers.
package main

import (
	"fmt"
	"runtime"
	"strings"
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

type pair struct {
	a, b *int
	s    string
}

func (p *pair) sum() int { return *p.a + *p.b }

var (
	sinkPtr   *int
	sinkIface any
	sinkStr   string
	sinkFunc  func() int
	sinkArr   *[8]*pair
	sinkPairs []pair
	done      = make(chan bool)
	release   = make(chan bool)
)

func escape() *int {
	x := 42
	return &x
}

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func holder(p *pair) {
	done <- true
	<-release
	sinkPtr = p.a
	done <- true
}

func deferred() {
	p := &pair{a: new(int), b: new(int)}
	defer func() { sinkPtr = p.a }()
	begin()
	end("pending defer keeps")
}

func main() {
	sinkInts := make([]int, 1<<20)
	_ = sinkInts
	runtime.GC()
	time.Sleep(20 * time.Millisecond)

	begin()
	for i := 0; i < 100; i++ {
		sinkPtr = escape()
	}
	end("100 escaped, last kept")
	sinkPtr = nil

	begin()
	for i := 0; i < 100; i++ {
		sinkIface = &pair{}
	}
	end("100 in iface, last kept")

	begin()
	for i := 0; i < 100; i++ {
		sinkIface = pair{s: "x"}
	}
	end("100 boxed, last kept")
	sinkIface = nil

	begin()
	for i := 0; i < 100; i++ {
		sinkStr = strings.Repeat("ab", 20+i%3)
	}
	end("100 strings, last kept")
	sinkStr = ""

	begin()
	for i := 0; i < 100; i++ {
		sinkFunc = counter()
	}
	end("100 closures, last kept")
	sinkFunc = nil

	begin()
	p := &pair{a: new(int), b: new(int)}
	for i := 0; i < 100; i++ {
		sinkFunc = p.sum
	}
	end("100 method values")
	sinkFunc = nil

	begin()
	sinkArr = new([8]*pair)
	for i := range sinkArr {
		sinkArr[i] = &pair{a: new(int)}
	}
	end("array of 8 kept")

	begin()
	sinkArr = nil
	end("array dropped")

	begin()
	sinkPairs = make([]pair, 10)
	for i := range sinkPairs {
		sinkPairs[i].a = new(int)
	}
	end("slice of structs kept")

	begin()
	sinkPairs = nil
	end("slice of structs dropped")

	begin()
	go holder(&pair{a: new(int), b: new(int)})
	<-done
	end("goroutine stack keeps")
	release <- true
	<-done

	begin()
	sinkPtr = nil
	end("goroutine done")

	deferred()
	sinkPtr = nil
}
