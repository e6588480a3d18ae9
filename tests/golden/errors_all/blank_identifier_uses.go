package _

type S struct {
	_ int
	x int
}

var t S

func f() {
	_()
	y := _ + 1
	_ = y
	var z _
	_ = t._
	_ = z
}
