package main

import (
	"fmt"
	"os"
	"strings"
)

type N struct {
	l, r *N
	v    int
	s    string
}

type I interface{ Get(x *N) int }

func (n *N) Get(x *N) int { return n.v + x.v }
func (n *N) Self() *N      { return n }

var sink []*N

func mk(v int) *N {
	// allocate a bit more so that cycles start inside mk
	sink = append(sink[:0], &N{v: v}, &N{v: v})
	return &N{v: v, s: strings.Repeat("x", v%7+1)}
}

func str(v int) string { return fmt.Sprint("s", v) }

func pair(a, b *N) int      { return a.v + b.v }
func spair(a, b string) int { return len(a) + len(b) }
func two(v int) (*N, *N)    { return mk(v), mk(v + 1) }
func three(a *N, b ...*N) int {
	t := a.v
	for _, x := range b {
		t += x.v
	}
	return t
}

type H struct {
	p *N
	f func(*N) int
	i I
	s []*N
	m map[int]*N
}

func check(name string, got, want int) {
	if got != want {
		fmt.Println("FAIL", name, got, want)
		os.Exit(1)
	}
}

func main() {
	h := &H{}
	total := 0
	for i := 0; i < 3000; i++ {
		// call arguments
		check("args", pair(mk(i), mk(i)), 2*i)
		// field value overwritten by the later argument's call
		h.p = mk(i)
		check("field", pair(h.p, func() *N { h.p = nil; return mk(1) }()), i+1)
		// receiver: a call result
		check("recv", mk(i).Get(mk(2)), i+2)
		check("recvchain", mk(i).Self().Get(mk(3)), i+3)
		// interface receiver held in a field
		h.i = mk(i)
		check("iface", h.i.Get(func() *N { h.i = nil; return mk(4) }()), i+4)
		// func value in a field
		h.f = func(x *N) int { return x.v }
		check("funcval", h.f(mk(5)), 5)
		// strings: concatenation
		check("concat", len(str(i)+str(i)), 2*len(str(i)))
		check("sargs", spair(str(i), str(i)), 2*len(str(i)))
		// composite literals
		n := &N{l: mk(i), r: mk(i + 1), s: str(i)}
		check("lit", n.l.v+n.r.v, 2*i+1)
		n2 := N{mk(i), mk(i), i, str(i)}
		check("poslit", n2.l.v+n2.r.v, 2*i)
		sl := []*N{mk(i), mk(i), mk(i)}
		check("slicelit", sl[0].v+sl[1].v+sl[2].v, 3*i)
		mp := map[int]*N{1: mk(i), 2: mk(i)}
		check("maplit", mp[1].v+mp[2].v, 2*i)
		ss := []string{str(i), str(i)}
		check("strslice", len(ss[0])+len(ss[1]), 2*len(str(i)))
		// variadic
		check("variadic", three(mk(i), mk(i), mk(i)), 3*i)
		// multiple results / assignment
		a, b := mk(i), mk(i+1)
		check("multi", a.v+b.v, 2*i+1)
		x, y := two(i)
		check("two", x.v+y.v, 2*i+1)
		// index with an allocating index expression
		h.s = []*N{mk(i), mk(i)}
		check("index", h.s[func() int { h.s = nil; mk(9); return 1 }()].v, i)
		// binary operators on pointer operands
		if mk(i) == mk(i) {
			fmt.Println("FAIL eq")
		}
		check("binop", mk(i).v+mk(i).v, 2*i)
		// append
		sl = append(sl, mk(i), mk(i))
		check("append", sl[3].v+sl[4].v, 2*i)
		total += len(sl)
	}
	fmt.Println("ok", total)
}

func ret2(i int) (*N, *N) { return mk(i), mk(i + 1) }

type M struct{ m map[*N]*N }

func init() {
	mm := &M{m: map[*N]*N{}}
	for i := 0; i < 2000; i++ {
		a, b := ret2(i)
		check("ret2", a.v+b.v, 2*i+1)
		var p, q *N
		p, q = mk(i), mk(i)
		check("assign2", p.v+q.v, 2*i)
		k := mk(i)
		mm.m[k] = k
		check("mapidx", mm.m[func() *N { mk(1); return k }()].v, i)
		delete(mm.m, k)
		s := str(i)
		check("stridx", int(s[len(str(1))-2]), int('s'))
		xs := append([]*N{mk(i)}, []*N{mk(i), mk(i)}...)
		check("appendsp", xs[0].v+xs[1].v+xs[2].v, 3*i)
	}
}
