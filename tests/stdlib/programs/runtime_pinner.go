package main

import (
	"fmt"
	"runtime"
)

type node struct {
	val  int
	next *node
}

func tryPin(p *runtime.Pinner, v any) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println("recovered:", r, isRuntime)
	}()
	p.Pin(v)
	fmt.Println("pinned", v != nil)
}

func main() {
	var p runtime.Pinner
	n := &node{val: 1}
	n.next = &node{val: 2}
	p.Pin(n)
	p.Pin(n.next)
	p.Pin(n) // pinning twice is allowed
	arr := &[4]int{1, 2, 3, 4}
	p.Pin(arr)
	s := new(string)
	*s = "pinned string"
	p.Pin(s)
	runtime.GC()
	fmt.Println(n.val, n.next.val, arr[3], *s)
	p.Unpin()
	p.Unpin() // unpinning an empty Pinner is a no-op
	var q runtime.Pinner
	q.Unpin() // never used
	tryPin(&q, 3)
	tryPin(&q, "str")
	tryPin(&q, []int{1})
	tryPin(&q, nil)
	tryPin(&q, (*int)(nil))
	tryPin(&q, n)
	q.Unpin()
	fmt.Println("done")
}
