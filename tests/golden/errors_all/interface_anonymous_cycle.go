package main

type i interface{ m() interface{ i } }
type _ interface{ i } // reaches the same cycle: no second error

type j interface{ m() interface{ k } }
type k interface{ m() interface{ j } }

type (
	a interface {
		m() interface {
			a
			b
		}
	}
	b interface {
		m() interface {
			a
			b
		}
	}
)

type T interface {
	M(interface {
		T
	})
}

var V1 a
var V2 b

func f() bool { return V1 == V2 } // identical method sets: comparable

func main() {
	type i interface{ m() []interface{ i } }
	type s interface {
		m() struct{ i interface{ s } }
	}
}
