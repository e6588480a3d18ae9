package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }
type U struct{ A int }

type I interface{ M() }

func (t T) M()  {}
func (u *U) M() {}

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b) // different dynamic types
	b = "1"
	fmt.Println(a == b)

	var x, y any
	fmt.Println(x == y, x == nil)

	fmt.Println(any(T{1}) == any(T{1}), any(T{1}) == any(U{1}))

	// pointers in interfaces compare by address
	u1, u2 := &U{1}, &U{1}
	var i1, i2 I = u1, u2
	fmt.Println(i1 == i2, i1 == I(u1))

	// interface vs concrete value
	var i I = T{5}
	fmt.Println(i == T{5}, i == T{6})

	// errors.New returns distinct values
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())

	// typed nil vs untyped nil
	var p *U
	var ip I = p
	fmt.Println(p == nil, ip == nil, ip == I(p))

	// comparing uncomparable dynamic types panics
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if err, ok := r.(error); ok {
			fmt.Println("is error:", err.Error())
		}
	}()
	var s1, s2 any = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}
