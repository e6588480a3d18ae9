package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Box struct{ p *int }

func (b *Box) Area() int { return *b.p }

var keep any
var sink Shape

//go:noinline
func report(s Shape) int { return s.Area() }

func kinds(v any) int {
	switch x := v.(type) {
	case *int:
		return *x
	case Rect:
		return x.W
	}
	return 0
}

func loop(n int) *int {
	var p *int
	i := 0
top:
	if i < n {
		p = new(int)
		i++
		goto top
	}
	return p
}

func main() {
	var s Shape = Rect{1, 2}
	n := 3
	b := &Box{&n}
	var t Shape = b
	println(s.Area(), t.Area(), report(Rect{4, 5}))
	keep = Rect{6, 7}
	m := 4
	f := b.Area
	sink = &Box{&m}
	fmt.Println(kinds(&n), kinds(Rect{}), f(), *loop(2))
}
