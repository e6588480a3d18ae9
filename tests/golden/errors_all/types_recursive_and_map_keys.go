package main

// Recursive type declarations, at package level and in functions, and map keys whose
// type is declared after the map type.

type Self Self
type Loop struct{ Loop }
type Pair struct{ a, b Pair2 }
type Pair2 Pair

type Dict map[Key]int
type Key [2]Dict

type Shape interface {
	Area(map[Shape]bool) float64
}

type Node struct {
	kids map[Node]bool
}

func main() {
	type Inner Inner
	type Box struct{ Box }
	type Tree struct{ m map[Tree]int }
	var s Shape
	_ = s
}
