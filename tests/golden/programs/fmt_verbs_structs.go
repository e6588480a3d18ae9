package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
	Meta  map[string]int
	Next  *Line
	Any   any
}

type Color int

type Wrapper struct {
	Point
	c   Color
	f   float64
	ok  bool
	ptr *int
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%#v|%T\n", pp, pp, pp, pp)

	l := Line{A: p, B: Point{3, 4}, Label: "ab", Tags: []string{"x"}, Meta: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", l, l)
	fmt.Printf("%#v\n", l)

	w := Wrapper{Point: p, c: 3, f: 2.5, ok: true}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)

	// slices/maps of structs
	pts := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v|%+v|%#v\n", pts, pts, pts)
	ptrs := []*Point{}
	fmt.Printf("%v %d\n", ptrs, len(ptrs))
	mp := map[string]Point{"b": {2, 2}, "a": {1, 1}}
	fmt.Printf("%v|%+v|%#v\n", mp, mp, mp)

	// %#v of basic types
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", 42, "s", 1.5, true, []int{1}, map[int]bool{1: true})
	fmt.Printf("%#v %#v %#v %#v\n", Color(5), int8(-3), uint(7), []string(nil))
	fmt.Printf("%#v %#v %#v\n", [2]bool{}, struct{ A int }{1}, 'x')
	var ip any = nil
	fmt.Printf("%v %#v %T\n", ip, ip, ip)

	// %T of composite types
	fmt.Printf("%T|%T|%T|%T|%T\n", pts, mp, make(chan int), func(int) string { return "" }, [3]*Point{})
	fmt.Printf("%T|%T|%T\n", struct{}{}, any(1), error(nil))

	// nested pointers print as &{...} only at top level
	type Outer struct{ In *Point }
	o := Outer{}
	fmt.Printf("%v %+v\n", o, o)
	fmt.Println(&pts[0], []any{&p}[0] != nil)
}
