package p

type T struct{ a int }

func (t *T) Inc() { t.a++ }
func (t T) Get() int { return t.a }

var g int

func small() int { return 1 }

func a1(t *T) {
	f := func() { g = small() }
	f()
	g = small()
	defer t.Inc()
	h := func() { g = small() }
	_ = h
}

func a2() int { return small() + small() }

func a3(x int) { go func() { g = x }() }
func a4() { defer println(g, 1) }
func a5() int { var s []int; return len(s) + cap(s) }
func a6() map[int]int { return make(map[int]int) }
func a7() map[int]int { return make(map[int]int, 10) }
func a8() chan int { return make(chan int, 1) }
func a9(a [3]int) []int { return a[:] }
func a10(p *[3]int) []int { return p[1:] }
func a11(x int) int { return small() + x*small() }
func a12(t T) int { return t.Get() }
func a13(t *T) int { return t.Get() }
func a14() { var t T; t.Inc() }
func a15(x interface{}) bool { return x == 1 }
func a16(x interface{}, y int) bool { return x == y }
func a17(s []int) []int { return append(s, s...) }
func a18() { d30() }
func d30(x ...int) int { return len(x) }
func a19(b bool) int { if b { return 1 } else { return 2 } }
func a20(x int) int { if x := 2; true { return x }; return 3 }
func a21(x int) int { if x > 0 && false { return 1 }; return 3 }
