package main

import "fmt"

// Multi-valued right-hand sides stored into interface-typed targets: each value is
// converted (boxed) as Go converts it.

type T [4]int

func g(x []*T) ([]*T, []*T) { return x, x }
func two() (int, string)    { return 7, "seven" }

type Stringer interface{ String() string }
type N int

func (n N) String() string { return fmt.Sprintf("N(%d)", int(n)) }
func pair() (N, error)     { return 3, nil }

var ga, gb = two()
var gm = map[string]float64{"pi": 3.5}
var gv, gok interface{} = gm["pi"]

func main() {
	s := [2]*T{{8675309}}
	var h, _ interface{} = g(s[:])
	fmt.Println(h.([]*T)[0][0])

	var a, b any
	a, b = two()
	fmt.Printf("%v %T %v %T\n", a, a, b, b)

	var st Stringer
	var err error
	st, err = pair()
	fmt.Println(st.String(), err == nil)

	m := map[int]string{1: "one"}
	var v, ok any
	v, ok = m[1]
	fmt.Printf("%v %T %v %T\n", v, v, ok, ok)

	c := make(chan int, 2)
	c <- 1
	c <- 2
	var i, okc interface{}
	select {
	case i = <-c:
	}
	fmt.Printf("%v %T\n", i, i)
	select {
	case i, okc = <-c:
	}
	fmt.Printf("%v %T %v %T\n", i, i, okc, okc)

	var x interface{} = 2.5
	var f, fok any
	f, fok = x.(float64)
	fmt.Printf("%v %T %v %T\n", f, f, fok, fok)

	fmt.Printf("%v %T %v %T\n", ga, ga, gb, gb)
	fmt.Printf("%v %T %v %T\n", gv, gv, gok, gok)
	if i != 2 || a != 7 {
		panic("BUG")
	}
}
