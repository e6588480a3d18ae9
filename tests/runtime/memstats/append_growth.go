// append one element at a time (the capacities printed are those from a nil slice): every
// growth is one allocation of Go 1.23's growslice capacity (doubling, then smooth growth,
// rounded up to the size class; element arrays with pointers over 512 bytes lose 8 bytes to
// the malloc header).
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

type s24 struct{ a, b, c int64 }

var (
	isink []int
	bsink []byte
	psink []*int
	tsink []s24
	ssink []string
	asink [][100]byte
)

var caps []int

func track(c int) {
	if len(caps) == 0 || caps[len(caps)-1] != c {
		caps = append(caps, c)
	}
}

func main() {
	caps = make([]int, 0, 100)
	// the measured loops start from 16 bytes of capacity: smaller arrays without pointers come
	// from the tiny allocator, whose state depends on what ran before (see tiny_*.go)
	isink = make([]int, 0, 2)
	bsink = make([]byte, 0, 16)
	begin()
	for i := 0; i < 3000; i++ {
		isink = append(isink, i)
	}
	end("[]int x3000")
	var s []int
	for i := 0; i < 3000; i++ {
		s = append(s, i)
		track(cap(s))
	}
	fmt.Println("  caps", caps)

	caps = caps[:0]
	begin()
	for i := 0; i < 6000; i++ {
		bsink = append(bsink, byte(i))
	}
	end("[]byte x6000")
	var b []byte
	for i := 0; i < 6000; i++ {
		b = append(b, byte(i))
		track(cap(b))
	}
	fmt.Println("  caps", caps)

	caps = caps[:0]
	begin()
	for i := 0; i < 3000; i++ {
		psink = append(psink, nil)
	}
	end("[]*int x3000")
	var p []*int
	for i := 0; i < 3000; i++ {
		p = append(p, nil)
		track(cap(p))
	}
	fmt.Println("  caps", caps)

	caps = caps[:0]
	begin()
	for i := 0; i < 1500; i++ {
		tsink = append(tsink, s24{})
	}
	end("[]struct{24B} x1500")
	var t []s24
	for i := 0; i < 1500; i++ {
		t = append(t, s24{})
		track(cap(t))
	}
	fmt.Println("  caps", caps)

	caps = caps[:0]
	begin()
	for i := 0; i < 2000; i++ {
		ssink = append(ssink, "")
	}
	end("[]string x2000")
	var st []string
	for i := 0; i < 2000; i++ {
		st = append(st, "")
		track(cap(st))
	}
	fmt.Println("  caps", caps)

	caps = caps[:0]
	begin()
	for i := 0; i < 500; i++ {
		asink = append(asink, [100]byte{})
	}
	end("[][100]byte x500")
	var a [][100]byte
	for i := 0; i < 500; i++ {
		a = append(a, [100]byte{})
		track(cap(a))
	}
	fmt.Println("  caps", caps)
}
