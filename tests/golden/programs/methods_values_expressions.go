package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Acc struct{ total int }

func (a *Acc) Add(v int) { a.total += v }

func main() {
	p := Point{1, 2}

	// method value bound to a copy of p (value receiver)
	add := p.Add
	p.X = 100
	fmt.Println(add(Point{1, 1}))

	// method value with pointer receiver binds &p
	scale := p.Scale
	scale(2)
	fmt.Println(p)

	// method expressions
	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	q := Point{3, 4}
	scaleExpr(&q, 3)
	fmt.Println(q)
	strExpr := (*Point).String // value method through pointer type
	fmt.Println(strExpr(&q))
	fmt.Printf("%T\n%T\n", addExpr, scaleExpr)

	// method values as callbacks
	var acc Acc
	apply := func(f func(int), vals ...int) {
		for _, v := range vals {
			f(v)
		}
	}
	apply(acc.Add, 1, 2, 3, 4)
	fmt.Println(acc.total)

	// method value from interface
	var s fmt.Stringer = Point{5, 6}
	str := s.String
	s = Point{7, 8}
	fmt.Println(str(), s.String())

	// method values stored in a slice
	pts := []Point{{1, 1}, {2, 2}}
	var fns []func() string
	for _, pt := range pts {
		fns = append(fns, pt.String)
	}
	pts[0].X = 99
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// interface method expression
	stringer := fmt.Stringer.String
	fmt.Println(stringer(Point{0, 9}))
}
