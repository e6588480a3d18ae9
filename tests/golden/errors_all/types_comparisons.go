package main

type I interface{ M() }
type C interface{ M() }
type S struct {
	f []int
	n int
}
type A [2]func()

func main() {
	var i I
	var c C
	var e interface{}
	var f func()
	var m map[int]int
	var s []int
	var st S
	var a A
	var x int
	var p *int
	_ = i == c
	_ = c >= i              // ordered: not defined on interface
	_ = e == f              // second operand is the culprit
	_ = f == e              // first operand
	_ = e == s              // slice
	_ = e == m              // map
	_ = st == st            // struct containing []int
	_ = a == a              // array of funcs
	_ = x == p              // mismatched types
	_ = "a" == 1            // untyped, reported at the second operand
	_ = 1 < "x"             // same
	_ = true < false        // untyped bool not ordered
	_ = nil == nil          // nil
	_ = f == nil && m != nil && s == nil
	switch s {              // slices have nil: the cases are compared
	case nil:
	case s:
	}
	switch a {              // not comparable at all
	case a:
	}
	switch f {
	case f:
	}
	switch x {
	case "x":
	}
}
