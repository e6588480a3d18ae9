package main

import "fmt"

type S struct{ x int }

func f() (int, string) { return 1, "a" }
func g() (*S, error)   { return &S{3}, nil }


func main() {
	var a, b any
	a, b = f()
	fmt.Println(a, b)
	var c, d interface{} = f()
	fmt.Println(c, d)
	m := map[string]int{"k": 5}
	var v, ok any
	v, ok = m["k"]
	fmt.Println(v, ok)
	var s fmt.Stringer
	var e error
	_, e = g()
	fmt.Println(s, e)
	x, y := f()
	var p, q any = x, y
	fmt.Println(p, q)
	var ch = make(chan int, 1)
	ch <- 4
	var r, rok any
	r, rok = <-ch
	fmt.Println(r, rok)
	var i any = 7
	var n, nok any
	n, nok = i.(int)
	fmt.Println(n, nok)
}
