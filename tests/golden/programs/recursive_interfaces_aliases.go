package main

import "fmt"

// Declarations that refer to each other: an interface embedding one whose declaration is
// still being checked, and aliases in cycles through a defined type.

type Node interface{ Children() []Tree }

type Tree interface {
	Node
	Size() int
}

type leaf struct{ n int }

func (l leaf) Children() []Tree { return nil }
func (l leaf) Size() int        { return l.n }

type branch struct{ kids []Tree }

func (b branch) Children() []Tree { return b.kids }
func (b branch) Size() int {
	n := 1
	for _, k := range b.kids {
		n += k.Size()
	}
	return n
}

type List = *Cell
type Cell struct {
	v    int
	next List
}

type Visitor interface {
	Visit(n Node) (w Visitor)
}

// Walker's method gives an anonymous interface embedding Stepper, still being declared then
type Stepper interface{ Step() Walker }
type Walker interface{ Walk() interface{ Stepper } }

type counter struct{ n *int }

func (c counter) Visit(n Node) Visitor {
	*c.n++
	return c
}

func (c counter) Step() Walker { return c }
func (c counter) Walk() interface{ Stepper } {
	*c.n += 10
	return c
}

func walk(v Visitor, n Node) {
	w := v.Visit(n)
	for _, k := range n.Children() {
		walk(w, k)
	}
}

func main() {
	var t Tree = branch{[]Tree{leaf{2}, branch{[]Tree{leaf{3}}}}}
	fmt.Println(t.Size(), len(t.Children()))
	var l List = &Cell{1, &Cell{2, nil}}
	s := 0
	for c := l; c != nil; c = c.next {
		s += c.v
	}
	fmt.Println(s)
	n := 0
	walk(counter{&n}, t)
	fmt.Println(n)
	var st Stepper = counter{&n}
	st.Step().Walk().Step().Walk()
	fmt.Println(n)
	_:
	for i := 0; i < 2; i++ {
		fmt.Println("i", i)
	}
}
