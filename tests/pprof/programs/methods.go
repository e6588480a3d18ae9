// Stacks as Go names their functions: a pointer-receiver method, a value-receiver method, a
// closure, and a goroutine (whose stack ends at its own function, not runtime.main).
package main

import (
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
)

type Tree struct {
	nodes []*Leaf
}

type Leaf struct {
	id   int
	data [5]int
}

type Maker struct{ n int }

var kept []*Leaf

//go:noinline
func (t *Tree) Grow(n int) {
	for i := 0; i < n; i++ {
		t.nodes = append(t.nodes, &Leaf{id: i})
	}
}

//go:noinline
func (m Maker) Make() *Leaf {
	return &Leaf{id: m.n}
}

func main() {
	runtime.MemProfileRate = 1
	t := &Tree{}
	t.Grow(20)
	for i := 0; i < 7; i++ {
		kept = append(kept, Maker{i}.Make())
	}
	fill := func() {
		for i := 0; i < 5; i++ {
			kept = append(kept, &Leaf{id: -i})
		}
	}
	fill()
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			l := &Leaf{id: 100 + i}
			mu.Lock()
			kept = append(kept, l)
			mu.Unlock()
		}
	}()
	wg.Wait()
	runtime.GC()
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
	runtime.KeepAlive(t)
}
