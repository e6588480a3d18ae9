// More run-time errors: unhashable map keys, uncomparable interface values, nil calls,
// closed channels, integer division edge cases.
package main

import (
	"fmt"
	"math"
)

type T struct{ a int }
type F func()

var n = -1
var zero = 0

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("%s: %v\n", name, e)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	try("unhashable key", func() { m := map[interface{}]int{}; m[[]int{1}] = 1 })
	try("unhashable key func", func() { m := map[interface{}]int{}; m[F(nil)] = 1 })
	try("unhashable read", func() { m := map[interface{}]int{}; _ = m[map[int]int{}] })
	try("compare uncomparable", func() { var a, b interface{} = []int{1}, []int{1}; fmt.Println(a == b) })
	try("compare uncomparable struct", func() { var a, b interface{} = struct{ s []int }{}, struct{ s []int }{}; fmt.Println(a == b) })
	try("minint / -1", func() { x := math.MinInt64; y := n; fmt.Println(x/y, x%y) })
	try("mod zero", func() { _ = 5 % zero })
	try("float div zero", func() { f := 0.0; fmt.Println(1/f) })
	try("nil func", func() { var f func(); f() })
	try("nil struct ptr", func() { var p *T; _ = p.a })
	try("array of iface compare", func() { a := [1]interface{}{[]int{}}; b := a; fmt.Println(a == b) })
	try("chan send nil close", func() { c := make(chan int); close(c); c <- 1 })
	try("close closed", func() { c := make(chan int); close(c); close(c) })
	try("conv nil iface method", func() { var e error; _ = e.Error() })
	try("append big", func() { s := make([]byte, 1, 1); _ = append(s, make([]byte, 5)...) })
	try("string of neg rune", func() { r := rune(n); fmt.Printf("%q\n", string(r)) })
}
