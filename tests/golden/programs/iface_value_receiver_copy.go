// A value-receiver method called through an interface works on a copy of the value
// stored in the interface: changes it makes are not seen by later calls.
package main

import "fmt"

type Counter struct{ n, hits int }

func (c Counter) Get() int  { return c.n }
func (c Counter) Bump() int { c.n++; c.hits += 10; return c.n }

type Grid [3]int

func (g Grid) Get() int  { return g[0] }
func (g Grid) Bump() int { g[0] += 5; p := &g[1]; *p = 9; return g[0] + g[1] }

type Bumper interface {
	Get() int
	Bump() int
}

func main() {
	c := Counter{n: 1}
	var b Bumper = c
	fmt.Println(b.Bump(), b.Bump(), b.Get(), c.n)
	bump := b.Bump
	fmt.Println(bump(), bump(), b.Get())

	var g Bumper = Grid{1, 2, 3}
	fmt.Println(g.Bump(), g.Bump(), g.Get(), g)

	var pc Bumper = &c
	fmt.Println(pc.Bump(), pc.Get(), c.n)
}
