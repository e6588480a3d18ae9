package main

import "fmt"

type Meters float64
type Feet float64

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Grid [2][2]int

type Celsius = float64 // alias, not a new type

func main() {
	m := Meters(100)
	fmt.Println(m, m.ToFeet())
	fmt.Printf("%T %T\n", m, m.ToFeet())

	l := IntList{1, 2, 3, 4}
	l = append(l, 5)
	fmt.Println(l.Sum(), len(l))
	fmt.Printf("%T %v\n", l, l)

	c := Counter{}
	c.Add("a")
	c.Add("a")
	c.Add("b")
	fmt.Println(c["a"], c["b"], len(c))

	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4))

	var g Grid
	g[1][0] = 5
	fmt.Println(g)
	fmt.Printf("%T\n", g)

	var t Celsius = 21.5
	var f float64 = t
	fmt.Printf("%T %v\n", t, f)

	// conversion between named types with same underlying type
	ft := Feet(m)
	fmt.Println(ft)
	plain := []int(l)
	fmt.Printf("%T\n", plain)

	// untyped constants assign to named types
	var w Meters = 2.5
	w *= 2
	fmt.Println(w)
	type local struct{ X int }
	fmt.Printf("%T %+v\n", local{1}, local{1})
}
