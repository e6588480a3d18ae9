// Known allocations for the exact heap profile (GOMEM_MEMPROF=exact): the program never
// sets runtime.MemProfileRate, prints it, and prints what MemStats says (which exact mode
// must not change).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

type pair struct {
	next *pair
	a, b int64
} // 24 bytes: size class 24, with pointers

type rec struct{ a, b, c, d, e, f int64 } // 48 bytes, no pointers

var (
	pairs []*pair
	recs  []*rec
	bufs  [][]byte
)

func makePairs(n int) {
	for i := 0; i < n; i++ {
		p := &pair{a: int64(i)}
		if i%10 == 0 {
			pairs = append(pairs, p)
		}
	}
}

func makeRecs(n int) {
	for i := 0; i < n; i++ {
		recs = append(recs, &rec{a: int64(i)})
	}
}

func makeBufs(n int) {
	for i := 0; i < n; i++ {
		bufs = append(bufs, make([]byte, 40000)) // large: 5 pages
	}
}

func main() {
	fmt.Println("MemProfileRate:", runtime.MemProfileRate)
	pairs = make([]*pair, 0, 1000)
	recs = make([]*rec, 0, 1000)
	bufs = make([][]byte, 0, 10)
	makePairs(10000)
	makeRecs(1000)
	makeBufs(7)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("kept:", len(pairs), len(recs), len(bufs), "NumGC:", ms.NumGC)
	if len(os.Args) > 1 {
		f, _ := os.Create(os.Args[1])
		pprof.WriteHeapProfile(f)
		f.Close()
	}
}
