// Non-constant shifts of untyped constants take the type the constant would have in the
// shift's place (spec: Operators), found from the other operand or the assignment.
package main

import "fmt"

func main() {
	var s uint = 3
	var f float64 = 2
	a := 1 << s
	var arr [20]int
	arr[1<<s] = 5
	m := make([]int, 1<<s)
	b := 1<<s == 8
	c := -(1 << s)
	var i8 int8 = 1 << s
	fmt.Println(a, arr[8], len(m), b, c, i8, f)
	fmt.Println(1<<s, uint8(200)+1<<s)
	var u64 uint64 = 1<<63 | 1<<s
	fmt.Println(u64)
	x := 1 << s
	fmt.Printf("%T %v\n", x, x)
}

func repro(b []byte, bit int32) {
	v := uint32(b[0]) | uint32(b[1])<<8 | 1<<(bit&31)
	b[0] = byte(v)
}

func k(p int32, x, y int32) bool { return -(1<<x) <= p && p <= y }

func init() {
	var b [4]byte
	repro(b[:], 32)
	fmt.Println(b, k(-8, 3, 0), k(-9, 3, 0))
}
