package main

import "fmt"

// Methods promoted from embedded non-struct types, called directly, through
// interfaces, as method values and as method expressions.

type T int

func (t T) V() int  { return int(t) * 10 }
func (t *T) P() int { *t += 1; return int(*t) }

type A [2]int

func (a A) Sum() int { return a[0] + a[1] }
func (a *A) Inc()    { a[0]++; a[1]++ }

type S struct {
	T
	A
}

type SP struct {
	*T
	*A
}

type Outer struct {
	S
}

type VI interface{ V() int }
type PI interface {
	P() int
	V() int
}
type SumI interface{ Sum() int }
type IncI interface {
	Inc()
	Sum() int
}

func main() {
	var s S
	s.T = 4
	s.A = A{1, 2}
	var v VI = s
	var p PI = &s
	fmt.Println(v.V(), p.P(), p.V(), s.T)
	var si SumI = s
	var ii IncI = &s
	ii.Inc()
	fmt.Println(si.Sum(), ii.Sum(), s.A)

	t := T(7)
	a := A{5, 6}
	sp := SP{&t, &a}
	v = sp
	p = sp
	fmt.Println(v.V(), p.P(), p.V(), t)
	ii = sp
	ii.Inc()
	fmt.Println(ii.Sum(), a)

	var o Outer
	o.T = 1
	p = &o
	fmt.Println(p.P(), p.P(), o.T)
	f := o.P
	g := o.V
	fmt.Println(f(), g(), o.T)
	h := (*Outer).P
	k := Outer.V
	fmt.Println(h(&o), k(o))
	m := SP.V
	n := (*SP).Sum
	fmt.Println(m(sp), n(&sp))
}
