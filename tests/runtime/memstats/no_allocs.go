// Operations that allocate nothing in Go: map lookups and iteration, slicing, copy, struct and
// array assignment, calls through interfaces and func values, channel operations on
// a buffered channel, select with default, string indexing and slicing, constant conversions to
// interfaces.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var m0, m1 runtime.MemStats

func begin() { runtime.ReadMemStats(&m0) }

func end(label string) {
	runtime.ReadMemStats(&m1)
	fmt.Printf("%-22s Mallocs +%d Frees +%d TotalAlloc +%d HeapObjects +%d HeapAlloc +%d\n", label,
		m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees, m1.TotalAlloc-m0.TotalAlloc,
		m1.HeapObjects-m0.HeapObjects, m1.HeapAlloc-m0.HeapAlloc)
}

type shape interface{ Area() int64 }

type rect struct{ w, h int64 }

func (r rect) Area() int64 { return r.w * r.h }

type big struct {
	a [10]int64
	s string
}

var (
	total int64
	m     = map[string]int64{"a": 1, "b": 2, "c": 3}
	buf   = make([]int64, 100)
	dst   = make([]int64, 100)
	sh    shape
	fn    = func(x int64) int64 { return x + 1 }
	ch    = make(chan int64, 10)
	text  = "the quick brown fox"
	bigs  [4]big
	sink  any
	rp    = &rect{2, 3}
)

func main() {
	sh = rp
	begin()
	for i := 0; i < 1000; i++ {
		total += m["b"]
		for _, v := range m {
			total += v
		}
		s := buf[10:20:30]
		total += int64(len(s) + cap(s))
		copy(dst, buf)
		bigs[i%4] = bigs[(i+1)%4]
		total += sh.Area() + fn(int64(i))
		ch <- int64(i)
		total += <-ch
		select {
		case v := <-ch:
			total += v
		default:
		}
		total += int64(text[i%len(text)]) + int64(len(text[4:9]))
		total += int64(strings.Index(text, "fox"))
		sink = 42
		sink = "constant string"
		sink = rp
	}
	end("mixed x1000")
	fmt.Println(total)
}
