package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// IntHeap logs every call, so that the order of calls can be compared with Go's.
type IntHeap struct {
	a   []int
	log []string
}

func (h *IntHeap) Len() int { h.log = append(h.log, "L"); return len(h.a) }
func (h *IntHeap) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("<%d,%d", i, j))
	return h.a[i] < h.a[j]
}
func (h *IntHeap) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("s%d,%d", i, j))
	h.a[i], h.a[j] = h.a[j], h.a[i]
}
func (h *IntHeap) Push(x any) { h.log = append(h.log, "push"); h.a = append(h.a, x.(int)) }
func (h *IntHeap) Pop() any {
	h.log = append(h.log, "pop")
	n := len(h.a)
	x := h.a[n-1]
	h.a = h.a[:n-1]
	return x
}

func (h *IntHeap) flush(what string) {
	fmt.Println(what, h.a, strings.Join(h.log, " "))
	h.log = nil
}

// A plain value-receiver heap as in Go's documentation.
type MinHeap []int

func (h MinHeap) Len() int           { return len(h) }
func (h MinHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h MinHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *MinHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *MinHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int            { return len(pq) }
func (pq PQ) Less(i, j int) bool  { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int)       { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)         { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any           { old := *pq; n := len(old); it := old[n-1]; it.index = -1; *pq = old[:n-1]; return it }

func main() {
	h := &IntHeap{a: []int{9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10}}
	heap.Init(h)
	h.flush("init")
	heap.Push(h, -1)
	h.flush("push")
	fmt.Println(heap.Pop(h))
	h.flush("pop")
	fmt.Println(heap.Remove(h, 3))
	h.flush("remove")
	fmt.Println(heap.Remove(h, h.Len()-1))
	h.flush("remove last")
	h.a[2] = -5
	heap.Fix(h, 2)
	h.flush("fix up")
	h.a[0] = 100
	heap.Fix(h, 0)
	h.flush("fix down")
	heap.Fix(h, -1)
	h.flush("fix -1")
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	h.log = nil
	heap.Init(h)
	h.flush("init empty")

	m := &MinHeap{5, 2, 8}
	heap.Init(m)
	heap.Push(m, 3)
	fmt.Printf("minimum: %d\n", (*m)[0])
	for m.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(m))
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := PQ{}
	for _, name := range []string{"banana", "apple", "pear"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	it := &Item{value: "orange", priority: 1}
	heap.Push(&pq, it)
	it.priority = 5
	heap.Fix(&pq, it.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()

	// many random operations, with a digest of every call made
	r := &IntHeap{}
	x := uint64(88172645463325252)
	next := func(n int) int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % uint64(n))
	}
	var digest uint64
	for i := 0; i < 3000; i++ {
		switch op := next(10); {
		case op < 4 || r.Len() == 0:
			heap.Push(r, next(100))
		case op < 6:
			heap.Pop(r)
		case op < 7:
			heap.Remove(r, next(len(r.a)))
		case op < 9:
			k := next(len(r.a))
			r.a[k] = next(100)
			heap.Fix(r, k)
		default:
			heap.Init(r)
		}
		for _, s := range r.log {
			for _, c := range []byte(s) {
				digest = (digest ^ uint64(c)) * 1099511628211
			}
		}
		r.log = r.log[:0]
	}
	fmt.Println(digest, r.a)
}
