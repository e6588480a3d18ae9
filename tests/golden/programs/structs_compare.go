package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Name string
	P    Point
	Arr  [2]bool
}

type WithIface struct {
	V any
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)

	n1 := Named{"n", Point{1, 1}, [2]bool{true, false}}
	n2 := n1
	fmt.Println(n1 == n2)
	n2.Arr[1] = true
	fmt.Println(n1 == n2)

	// pointers compare by identity
	p1, p2 := &Point{1, 2}, &Point{1, 2}
	fmt.Println(p1 == p2, *p1 == *p2, p1 == p1)

	// structs with interface fields compare dynamic values
	w1 := WithIface{V: 1}
	w2 := WithIface{V: 1}
	w3 := WithIface{V: "1"}
	fmt.Println(w1 == w2, w1 == w3)

	// comparing structs containing uncomparable dynamic values panics
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		x := WithIface{V: []int{1}}
		y := WithIface{V: []int{1}}
		fmt.Println(x == y)
	}()

	// anonymous struct comparison with identical field sequence
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(anon == a, Point(anon) == a)

	// zero values
	var z Point
	fmt.Println(z == Point{}, z == Point{0, 0})

	// struct with float NaN
	type F struct{ V float64 }
	zero := 0.0
	f := F{zero / zero}
	fmt.Println(f == f)

	// use as map key
	m := map[Named]int{n1: 1}
	fmt.Println(m[n1], m[n2])
}
