package p

import "fmt"

type T struct {
	a, b int
}

func (t *T) PM() int { return t.b }

var g int
var gf func() int

//go:noinline
func ext() {}

func d01() int { return func() int { return 1 }() }
func d02() { defer fmt.Println(1) }
func d03(x int) { defer func() { g = x }() }
func d04() { var t T; g = t.PM() }
func d05(x int) {
	if y := x + 1; y > 2 {
		g = y
	}
}
func d06(x int) {
L:
	for {
		if x > 0 {
			break L
		}
		goto L
	}
}
func d07(x int) {
	switch {
	case x > 1:
		g = 1
		fallthrough
	default:
		g = 2
	}
}
func d08() { fmt.Println(g) }
func d09(x int) int {
	f := func() int { return x }
	return f()
}
func d10() { gf = func() int { return g } }
func d11(x interface{}) {
	switch x.(type) {
	case nil:
		g = 1
	}
}
func d12(ch chan int) {
	select {
	case v := <-ch:
		g = v
	case ch <- 1:
	default:
	}
}
func d13(s []int) { s = s[:0:0]; _ = s }
func d14(x int32) int { return int(x) }
func d15(x uint) int { return int(x) }
const k = 3
func d16() int { return k * 2 }
func d17(x int) int { return x + k }
func d18(p *T) { *p = T{} }
func d19(s string) { for i, c := range s { g = i + int(c) } }
func d20(m map[int]int) { for k, v := range m { g = k + v } }
func d21() { var a, b int; g = a + b }
func d22() { var ( a = 1; b = 2 ); g = a + b }
func d23(x int) (int, error) { return x, nil }
func d24() { a, err := d23(1); _ = err; g = a }
func d25() { g, _ = d23(1) }
func d26(m map[int]int) { v, ok := m[1]; _ = ok; g = v }
func d27(ch chan int) { v, ok := <-ch; _ = ok; g = v }
func d28(p *[3]int) { for i := range p { g = i } }
func d29(a [3]int) int { return len(a) }
func d30(x ...int) int { return len(x) }
func d31() int { return d30(1, 2) }
func d32(s []int) int { return d30(s...) }
func d33() { _ = fmt.Sprintf("%d", 1) }
func d34(t T) { g = t.a; t.b = 2 }
func d35() *T { t := T{}; return &t }
func d36() { close(make(chan int)) }
func d37(b []byte) string { return string(b) }
func d38(r rune) string { return string(r) }
func d39(s string) int { n := 0; for range s { n++ }; return n }
func d40() { for i := 0; i < 3; i++ { defer ext() } }
