package main

import (
	"container/ring"
	"fmt"
)

func values(r *ring.Ring) []any {
	var out []any
	r.Do(func(v any) { out = append(out, v) })
	return out
}

func main() {
	fmt.Println(ring.New(0) == nil, ring.New(-3) == nil)
	var zr ring.Ring
	fmt.Println(zr.Len(), zr.Next() == &zr, zr.Prev() == &zr, zr.Move(5) == &zr)
	var nr *ring.Ring
	fmt.Println(nr.Len(), values(nr))
	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i
		r = r.Next()
	}
	fmt.Println(values(r), r.Len())
	fmt.Println(r.Move(2).Value, r.Move(-2).Value, r.Move(7).Value, r.Move(-11).Value, r.Move(0).Value)
	fmt.Println(r.Prev().Value, r.Next().Value)
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 + i
		s = s.Next()
	}
	old := r.Link(s)
	fmt.Println(old.Value, values(r), r.Len())
	removed := r.Unlink(3)
	fmt.Println(values(removed), values(r))
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-1) == nil)
	all := r.Unlink(r.Len() + 2)
	fmt.Println(values(all), values(r))
	r.Link(r) // linking a ring to itself splits it
	fmt.Println(values(r))
	a := ring.New(2)
	a.Value, a.Next().Value = "a", "b"
	a.Link(nil)
	fmt.Println(values(a))
	b := ring.New(4)
	for i := 0; i < 4; i++ {
		b.Value = i
		b = b.Next()
	}
	x := b.Link(b.Move(2)) // removes element 1
	fmt.Println(values(b), values(x))
	count := 0
	b.Do(func(v any) { count++ })
	fmt.Println(count)
}
