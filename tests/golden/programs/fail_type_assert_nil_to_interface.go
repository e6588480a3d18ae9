// Asserting a nil interface value to an interface type: Go does not name the operand's type.
package main

import "fmt"

type I interface{ M() }

func main() {
	var x fmt.Stringer
	_ = x.(I)
}
