package main

var init = 1
const init = 2
type init byte
var main = func() {}

func init()

func f() {
_:
_:
	goto _
}

func g() {
	x := 1
	(x) := 2
	a, a := 1, 2
	_ = a
}
