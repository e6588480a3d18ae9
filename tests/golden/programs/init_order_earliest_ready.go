package main

// Package variables initialise one at a time: each time the earliest in declaration
// order whose dependencies are all initialised (Go's issues 22326 and 43444).

var (
	_ = d
	_ = f("_", c, b)
	a = f("a")
	b = f("b")
	c = f("c")
	d = f("d")
)

func f(name string, _ ...interface{}) int {
	print(sp, name)
	sp = " "
	return 0
}

var sp string

var a2 = f("a2", x)
var b2 = f("b2", y)
var c2 = f("c2", z)
var d2 = func() int {
	if false {
		_ = z
	}
	return f("d2")
}()
var e2 = f("e2", g())

func g() int { return h() }
func h() int { return w }

var x int
var y int = 42
var z int = func() int { return 42 }()
var w = f("w")

func main() { println() }
