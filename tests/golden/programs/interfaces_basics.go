package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func total(shapes ...Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Empty interface{}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("%.4f\n", total(shapes...))

	// nil interface
	var s Shape
	fmt.Println(s == nil)
	fmt.Printf("%v %T\n", s, s)

	// interface holding nil pointer is not nil
	var cp *Circle
	s = cp
	fmt.Println(s == nil, s != nil)
	fmt.Printf("%T\n", s)

	// empty interface holds anything
	var vals []Empty
	vals = append(vals, 1, "two", 3.0, []int{4}, map[string]int{"five": 5}, nil, Rect{1, 2})
	for _, v := range vals {
		fmt.Printf("%v(%T) ", v, v)
	}
	fmt.Println()

	// any is an alias for interface{}
	var a any = 42
	var e Empty = a
	fmt.Println(e)

	// reassigning changes the dynamic type
	var x any = 1
	fmt.Printf("%T ", x)
	x = "s"
	fmt.Printf("%T ", x)
	x = Rect{}
	fmt.Printf("%T\n", x)
}
