package main

import "fmt"

type Pair [2]string

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)

	p := Pair{"x", "y"}
	q := Pair{"x", "y"}
	fmt.Println(p == q)

	// arrays as map keys
	seen := map[[2]int]string{}
	seen[[2]int{0, 0}] = "origin"
	seen[[2]int{1, 0}] = "east"
	fmt.Println(seen[[2]int{0, 0}], seen[[2]int{1, 0}], len(seen))
	_, ok := seen[[2]int{5, 5}]
	fmt.Println(ok)

	// arrays of structs
	type pt struct{ x, y int }
	s1 := [2]pt{{1, 2}, {3, 4}}
	s2 := [2]pt{{1, 2}, {3, 4}}
	fmt.Println(s1 == s2)
	s2[1].y = 5
	fmt.Println(s1 == s2)

	// arrays of interfaces
	i1 := [2]any{1, "a"}
	i2 := [2]any{1, "a"}
	i3 := [2]any{int64(1), "a"}
	fmt.Println(i1 == i2, i1 == i3)

	// float arrays with NaN are never equal
	zero := 0.0
	nan := zero / zero
	f1 := [1]float64{nan}
	f2 := f1
	fmt.Println(f1 == f2)

	// zero-length arrays
	var e1, e2 [0]int
	fmt.Println(e1 == e2, len(e1))

	// nested arrays
	g1 := [2][2]byte{{1, 2}, {3, 4}}
	g2 := g1
	fmt.Println(g1 == g2)
	g2[1][1] = 0
	fmt.Println(g1 == g2, g1[1] == [2]byte{3, 4})
}
