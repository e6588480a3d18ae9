package _

type S struct {
	_ int
	x int
}

var t S

type _ struct{ y undefinedType }
type _ interface{ undefinedIface }

func f(i interface{}) {
	_()
	y := _ + 1
	_ = y
	var z _
	_ = t._
	_ = z
	_ = S{_: 1, x: 2}
	switch _ := i.(type) {
	case int:
	}
	_++
	_ += 1
	_ <- 1
	_ = len(_)
}
