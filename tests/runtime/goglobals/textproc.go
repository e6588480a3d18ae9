// strings, bytes, unicode, unicode/utf8, io, container/list, container/heap without fmt.
package main

import (
	"bytes"
	"container/heap"
	"container/list"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

var queue = list.New()

func main() {
	var buf bytes.Buffer
	r := strings.NewReader("Hello, Wörld")
	io.Copy(&buf, r)
	h := &intHeap{}
	for _, c := range buf.String() {
		if unicode.IsUpper(c) {
			heap.Push(h, int(c))
		}
		queue.PushBack(c)
	}
	println(utf8.RuneCount(buf.Bytes()), h.Len(), queue.Len(), strings.ToUpper("x"))
}
