package main

type I interface{ M() }

func main() {
	var e interface{}
	var i I
	var x int
	var v uint
	var b bool
	_ = e + 1            // an untyped operand next to an interface takes its default type
	_ = 1 ^ e
	_ = e + 1.5
	_ = i + false
	_ = x == 1 || x      // untyped bool and int
	_ = x && b
	_ = b || x > 0 && x
	_ = _ + 1            // _ is no value
	_ = x == _
	_ = []byte((1 << v) + 1) // a shift of an untyped constant in a conversion to a non-basic type
	_ = string(1 << v)
	_ = int(b)
}
