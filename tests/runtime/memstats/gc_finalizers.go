// Finalizers: an unreachable object with a finalizer survives the cycle that finds it (its
// finalizer runs on the finalizer goroutine, inside runtime.GC here) and is freed by the next
// one; what it references is kept as long as it is; SetFinalizer(p, nil) cancels; a
// finalizer that stores its object keeps it; KeepAlive keeps its argument live until the call.
// The figures are read into preallocated arrays and printed at the end (printing allocates).
package main

import (
	"fmt"
	"runtime"
)

const maxSnaps = 32

var (
	stats  [maxSnaps]runtime.MemStats
	labels [maxSnaps]string
	fins   [maxSnaps]int
	nsnaps int
)

func snap(label string) {
	runtime.ReadMemStats(&stats[nsnaps])
	labels[nsnaps] = label
	fins[nsnaps] = finalized
	nsnaps++
}

func gc(label string) {
	runtime.GC()
	snap(label)
}

type node struct {
	next *node
	val  int
}

type payload struct{ a [20]int }

type holder struct {
	p   *payload
	val int
	pad [2]int
}

var (
	finalized int
	order     [64]int
	norder    int
	kept      *node
	saved     []*node
)

func count(n *node) { finalized++ }

func note(n *node) {
	finalized++
	order[norder] = n.val
	norder++
}

func main() {
	saved = make([]*node, 0, 16)
	runtime.GC()
	runtime.GC() // (Go's third cycle allocates an object of its own)
	runtime.GC()
	snap("start")
	first := &node{val: -1}
	runtime.SetFinalizer(first, count) // starts the finalizer goroutine
	snap("first SetFinalizer")
	first = nil
	gc("first: 1st cycle")
	gc("first: 2nd cycle")

	for i := 0; i < 100; i++ {
		runtime.SetFinalizer(&node{val: i}, count)
	}
	snap("100 finalizable")
	gc("100 dropped: 1st cycle")
	gc("100 dropped: 2nd cycle")

	kept = &node{}
	runtime.SetFinalizer(kept, count)
	gc("kept: not finalized")
	runtime.SetFinalizer(kept, nil)
	kept = nil
	gc("cancelled, dropped")

	for i := 0; i < 10; i++ {
		h := &holder{p: &payload{}, val: i}
		runtime.SetFinalizer(h, func(h *holder) { finalized++ })
	}
	gc("holders: 1st cycle")
	gc("holders: 2nd cycle")

	a := &node{val: 1}
	a.next = &node{val: 2}
	runtime.SetFinalizer(a, note)
	runtime.SetFinalizer(a.next, note)
	a = nil
	gc("chain: 1st cycle")
	gc("chain: 2nd cycle")
	gc("chain: 3rd cycle")

	for i := 0; i < 10; i++ {
		runtime.SetFinalizer(&node{val: 10 + i}, func(n *node) {
			finalized++
			saved = append(saved, n)
		})
	}
	gc("resurrected: 1st cycle")
	gc("resurrected: 2nd cycle")
	saved = saved[:0]
	gc("resurrected: dropped")

	x := &node{val: 7}
	runtime.SetFinalizer(x, note)
	gc("before KeepAlive")
	runtime.KeepAlive(x)
	gc("after KeepAlive")

	for i := 0; i < 5; i++ {
		runtime.SetFinalizer(&node{val: 20 + i}, note)
	}
	for i := 0; i < 3; i++ {
		runtime.SetFinalizer(&holder{val: 100 + i}, func(h *holder) {
			order[norder] = h.val
			norder++
		})
	}
	gc("two size classes")
	gc("two size classes: freed")

	for i := 1; i < nsnaps; i++ {
		m0, m1 := &stats[i-1], &stats[i]
		fmt.Printf("%-24s finalized %3d Mallocs +%d Frees +%d HeapObjects %+d HeapAlloc %+d\n", labels[i], fins[i],
			m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees,
			int64(m1.HeapObjects)-int64(m0.HeapObjects), int64(m1.HeapAlloc)-int64(m0.HeapAlloc))
	}
	fmt.Println("order", order[:norder], "NumGoroutine", runtime.NumGoroutine())
}
