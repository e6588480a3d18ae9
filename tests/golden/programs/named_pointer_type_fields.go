// A value of a defined pointer type (type P *S) selects the fields of S directly, also
// through embedded structs, in assignments and in a parallel assignment that rebinds it.
package main

import "fmt"

type Inner struct{ depth int }

type node struct {
	Inner
	val  int
	next *node
}

type List *node

func push(l List, v int) List {
	n := List(&node{val: v, next: l})
	n.depth = 1
	if l != nil {
		n.depth = l.depth + 1
	}
	return n
}

func main() {
	var l List
	for i := 1; i <= 3; i++ {
		l = push(l, i*10)
	}
	for p := l; p != nil; p = p.next {
		fmt.Println(p.val, p.depth, p.Inner.depth)
	}
	type T *struct{ x struct{ y int } }
	q := T(&struct{ x struct{ y int } }{})
	p := q
	p, p.x.y = nil, 7
	fmt.Println(q.x.y, p == nil)
	l.val++
	fmt.Println((*l).val)
}
