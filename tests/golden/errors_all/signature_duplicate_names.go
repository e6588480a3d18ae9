package main

// A name may appear once among a function's receiver, parameters and results, whether the
// function has a body or not, and in every function type.

type I interface {
	F1(i int) (i int)
	F2(i, i int)
	F3(_, _ int) (_ int) // blank names may repeat
}

type T1 func(a, b, a int)
type T2 func(s string) (s string)

var f func(x int) (y, x int)

type R struct{}

func (r *R) M1(r int)          {}
func (r *R) M2() (r int)       { return 0 }
func (*R) M3(j int) (j int)    { return 0 }
func F1(i, i int)              {}
func F2(k int) (k int)         { return 0 }
func F3() (i, i int)           { return 0, 0 }
func F4(_ int, _ string) (_ int) { return 0 }

func main() {
	g := func(a int, a string) {}
	_ = g
}
