// Conversions of non-constant untyped operands (shifts of untyped constants, comparisons):
// the operand takes the type a constant in its place would take (Go's issue 24763).
package main

import "fmt"

func main() {
	var s uint = 2
	a := int64(1<<s + 1)
	b := interface{}(1<<s + 1<<s)
	c := uint8(1 << s)
	d := bool(s > 1)
	type B bool
	e := B(s > 1)
	var y interface{}
	y = 1<<s + 1
	fmt.Printf("%T %v %T %v %T %v %T %v %T %v %T %v\n", a, a, b, b, c, c, d, d, e, e, y, y)
}
