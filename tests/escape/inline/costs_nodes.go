package p

type T struct {
	a, b int
	p    *int
	s    []int
}

type I interface{ M() int }

func (t T) M() int   { return t.a }
func (t *T) PM() int { return t.b }

var g int
var gp *int
var gi interface{}
var gs []int
var gm map[int]int
var gc chan int
var gt T
var gf func() int

//go:noinline
func ext() {}

//go:noinline
func ext1(x int) int { return x }

func c01() {}
func c02() int { return 0 }
func c03(p *int) *int { return p }
func c04(p *int) int { return *p }
func c05(a, b int) int { return a + b }
func c06() *T { return &T{a: 1} }
func c07(p *int) { gp = p }
func c08(a int) int {
	if a > 0 {
		return 1
	}
	return 2
}
func c09(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}
func c10(x []int) int {
	s := 0
	for _, v := range x {
		s += v
	}
	return s
}
func c11() { ext() }
func c12() int { f := func() int { return 1 }; return f() }
func c13() { x := 1; g = x }
func c14() { var x int; g = x }
func c15() { var x = 1; g = x }
func c16() { a, b := 1, 2; g = a + b }
func c17() { a, b := ext2(); g = a + b }
func c18() { g++ }
func c19() { g += 2 }
func c20(t T) int { return t.a }
func c21(t *T) int { return t.b }
func c22(t *T) int { return t.a }
func c23(t *T) *int { return &t.a }
func c24(t *T) *int { return &t.b }
func c25(x []int) int { return x[1] }
func c26(x []int) []int { return x[1:2] }
func c27(x []int) int { return len(x) }
func c28(x []int) []int { return append(x, 1) }
func c29(x int) { gi = x }
func c30(x int) int64 { return int64(x) }
func c31(s string) []byte { return []byte(s) }
func c32(i I) int { return i.M() }
func c33(t T) int { return t.M() }
func c34(t *T) int { return t.PM() }
func c35() { gf() }
func c36(x int) int { return ext1(x) }
func c37() { panic("x") }
func c38(m map[int]int) int { return m[1] }
func c39(m map[int]int) { m[1] = 2 }
func c40() { gc <- 1 }
func c41() int { return <-gc }
func c42(x interface{}) int { return x.(int) }
func c43(x interface{}) bool { _, ok := x.(int); return ok }
func c44(x int) int {
	switch x {
	case 1:
		return 2
	case 3, 4:
		return 5
	}
	return 0
}
func c45() []int { return []int{1, 2, 3} }
func c46() [3]int { return [3]int{1, 2, 3} }
func c47() T { return T{1, 2, nil, nil} }
func c48() map[int]int { return map[int]int{1: 2} }
func c49() []int { return make([]int, 10) }
func c50() *int { return new(int) }
func c51(a, b string) string { return a + b }
func c52(a, b, c string) string { return a + b + c }
func c53(x int) bool { return !(x > 0) }
func c54(x int) int { return -x }
func c55(a, b bool) bool { return a && b }
func c56(x float64) int { return int(x) }
func c57(x byte) rune { return rune(x) }
func c58() string { return "abc" }
func c59(x int) {
	for {
		if x > 0 {
			break
		}
		x--
	}
}
func c60(x int) { defer ext() }
func c61(x int) { go ext() }
func c62() { recover() }
func c63(p *T) { p.a = 1 }
func c64(x []int) { x[0] = 1 }
func c65(x *[4]int) int { return x[1] }
func c66(x [4]int, i int) int { return x[i] }
func c67(x int) { println(x) }
func c68(s string) int { return len(s) }
func c69(s string) byte { return s[0] }
func c70(s string) string { return s[1:] }
func c71(x []int) { copy(x, x) }
func c72(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	}
	return 0
}
func c73(x I) { gi = x }
func c74(t T) { gi = t }
func c75(p *int) { gi = p }
func c76(x, y int) (int, int) { return y, x }
func c77(x, y int) (a, b int) { a = y; b = x; return }
func c78(x int) (r int) { r = x; return r }
func c79() { var t T; t.a = 1; gt = t }
func c80(x, y int) int { return min(x, y) }
func c81(x []int) { clear(x) }
func c82(x int) { g, gp = x, nil }
func c83(x []int) int { for i := range x { g = i }; return 0 }
func c84(x []int) int { for i := range 10 { g = i }; return 0 }
func c85(m map[int]int) { delete(m, 1) }
func c86(x int) int { return x &^ 3 }
func c87(x int) { if x > 0 { g = 1 } else if x < 0 { g = 2 } else { g = 3 } }
func c88(t T) func() int { return t.M }
func c89() func(T) int { return T.M }
func c90(x, y int) { x, y = y, x; g = x + y }
func ext2() (int, int) { return 1, 2 }
