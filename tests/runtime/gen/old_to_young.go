// Old objects receive pointers to young ones in every way Go can store a pointer, while
// garbage drives minor cycles: the generational policy must find each young object through
// its remembered set (tests/runtime/test_gcgen.py runs this with gccheckmark and poison on).
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	left, right *Node
	val         int
	name        string
	kids        []*Node
	m           map[int]*Node
	c           chan *Node
	f           func() int
	i           any
	pair        [2]*Node
	in          inner
}

type inner struct {
	p *Node
	s string
}

var (
	old   []*Node
	table = map[int]*Node{}
	ch    = make(chan *Node, 8)
	arr   [16]*Node
	boxed *Node
)

func mk(v int) *Node { return &Node{val: v, name: fmt.Sprint("n", v)} }

func build(d int) *Node {
	if d == 0 {
		return &Node{val: 1}
	}
	return &Node{left: build(d - 1), right: build(d - 1), val: 1}
}

func (n *Node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

func weight(n *Node) int {
	if n == nil {
		return 0
	}
	w := n.val + len(n.name)
	for _, k := range n.kids {
		if k != nil {
			w += k.val
		}
	}
	for _, v := range n.m {
		w += v.val
	}
	if n.f != nil {
		w += n.f()
	}
	if x, ok := n.i.(*Node); ok {
		w += x.val
	}
	for _, p := range n.pair {
		if p != nil {
			w += p.val + len(p.name)
		}
	}
	if n.in.p != nil {
		w += n.in.p.val + len(n.in.s)
	}
	if n.left != nil {
		w += n.left.val
	}
	if n.right != nil {
		w += n.right.val
	}
	return w
}

func check() int {
	w := 0
	for _, o := range old {
		w += weight(o)
	}
	for _, v := range table {
		w += weight(v)
	}
	for _, v := range arr {
		w += weight(v)
	}
	return w + weight(boxed)
}

func sender(c chan *Node, n int, done chan bool) {
	for i := 0; i < n; i++ {
		c <- mk(1000 + i) // (blocks while the old channel is full: the value waits in the sender)
	}
	done <- true
}

func main() {
	var keep *Node
	p := &keep // keep escapes: a box stored into
	for i := 0; i < 48; i++ {
		o := mk(i)
		o.kids = make([]*Node, 1, 8)
		o.m = map[int]*Node{}
		o.c = make(chan *Node, 4)
		old = append(old, o)
	}
	total := 0
	for round := 0; round < 600; round++ {
		for j := 0; j < 12; j++ { // garbage: young objects that die young
			total += build(4).sum()
		}
		o := old[round%len(old)]
		y := mk(round)
		switch round % 14 {
		case 0:
			o.left = y
		case 1:
			o.kids = append(o.kids, y) // within capacity: into the old backing array
			if len(o.kids) == cap(o.kids) {
				o.kids = o.kids[:1]
			}
		case 2:
			copy(o.kids, []*Node{y})
		case 3:
			o.m[round%5] = y
		case 4:
			select {
			case o.c <- y:
			default:
				<-o.c
				o.c <- y
			}
		case 5:
			yy := y
			o.f = func() int { return yy.val }
		case 6:
			o.i = y
		case 7:
			table[round%32] = y
		case 8:
			arr[round%16] = y
		case 9:
			s := o.kids
			s[0] = y
		case 10:
			q := &o.right
			*q = y
		case 11:
			o.pair[round%2] = y
			o.in.p = mk(round + 1)
			o.in.s = strings.Repeat("s", round%7+2)
		case 12:
			*p = y
			boxed = keep
		case 13:
			ks := o.kids
			ks = append(ks, y)
			o.kids = ks[:1]
			o.kids[0] = ks[len(ks)-1]
		}
		if round%60 == 0 {
			fmt.Println(round, check(), total)
		}
	}
	done := make(chan bool)
	go sender(ch, 40, done)
	got := 0
	for i := 0; i < 40; i++ {
		for j := 0; j < 6; j++ {
			total += build(4).sum()
		}
		n := <-ch
		got += n.val + len(n.name)
	}
	<-done
	for _, o := range old {
		select {
		case n := <-o.c:
			got += n.val
		default:
		}
	}
	fmt.Println(check(), total, got, keep.val)
}
