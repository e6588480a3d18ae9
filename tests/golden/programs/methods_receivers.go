package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Value() int { return c.n }

func (c Counter) IncValue() { c.n++ } // modifies a copy

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Reset() *Counter {
	c.n = 0
	return c
}

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func (c *Celsius) Warm(d float64) { *c += Celsius(d) }

type List []int

func (l *List) Push(v int) { *l = append(*l, v) }
func (l List) Len() int    { return len(l) }

func main() {
	c := Counter{name: "c"}
	c.Inc() // (&c).Inc()
	c.Inc()
	c.IncValue()
	fmt.Println(c.Value())

	p := &c
	p.Inc()
	fmt.Println(p.Value(), c.n) // (*p).Value()

	fmt.Println(c.Reset().n)
	c.Reset().Inc()
	fmt.Println(c.n)

	t := Celsius(100)
	fmt.Println(t.F())
	t.Warm(5)
	fmt.Println(t, t.F())

	var l List
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Len())

	// methods on slice elements (addressable)
	cs := []Counter{{"a", 0}, {"b", 10}}
	cs[1].Inc()
	for i := range cs {
		cs[i].Inc()
	}
	for _, c := range cs {
		c.Inc() // copy
	}
	fmt.Println(cs[0].n, cs[1].n)

	// map elements are not addressable; use pointers
	m := map[string]*Counter{"x": {"x", 0}}
	m["x"].Inc()
	fmt.Println(m["x"].Value())

	// nil pointer receiver is allowed if the method handles it
	var np *Tree
	fmt.Println(np.Sum())
	tree := &Tree{1, &Tree{2, nil, nil}, &Tree{3, nil, &Tree{4, nil, nil}}}
	fmt.Println(tree.Sum())
}

type Tree struct {
	V    int
	L, R *Tree
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}
