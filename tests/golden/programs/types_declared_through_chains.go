package main

import "fmt"

// Named types whose underlying type is another named type still being declared:
// the chains resolve through pointers back to the start (Go's bug336).

type T1 struct {
	Next *T2
	N    int
}
type T2 T1

type T3 struct {
	Next *T4
	N    int
}
type T4 T5
type T5 T6
type T6 T3

type List []*Elem
type Elem struct {
	Kids List2
	Name string
}
type List2 List

func main() {
	a := &T1{&T2{nil, 2}, 1}
	b := &T4{&T4{nil, 4}, 3}
	c := &T6{Next: &T4{N: 5}}
	fmt.Println(a.N, a.Next.N, b.N, b.Next.N, c.Next.N)
	e := Elem{Kids: List2{{Name: "kid"}}, Name: "root"}
	fmt.Println(e.Name, len(e.Kids), e.Kids[0].Name)
	fmt.Printf("%T %T %v\n", b, *c, T5{N: 6})
}
