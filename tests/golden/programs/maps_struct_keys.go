package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	ID   int
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 0}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(len(visits), visits[Point{0, 0}], visits[Point{1, 1}])
	fmt.Println(visits)

	k := map[Key]string{{"a", 1}: "first", {"a", 2}: "second"}
	fmt.Println(k[Key{"a", 2}], k[Key{"b", 1}] == "")
	fmt.Println(k)

	// interface keys
	ik := map[any]string{}
	ik[1] = "int"
	ik[int64(1)] = "int64"
	ik["1"] = "string"
	ik[Point{1, 2}] = "point"
	ik[true] = "bool"
	fmt.Println(len(ik), ik[1], ik[int64(1)], ik["1"], ik[Point{1, 2}], ik[true])

	// array keys
	ak := map[[3]byte]int{{'a', 'b', 'c'}: 1}
	fmt.Println(ak[[3]byte{'a', 'b', 'c'}])

	// pointer keys compare by identity
	p1, p2 := &Point{1, 1}, &Point{1, 1}
	pk := map[*Point]string{p1: "p1", p2: "p2"}
	fmt.Println(len(pk), pk[p1], pk[p2])

	// iterate in sorted order
	keys := make([]Point, 0)
	for p := range visits {
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	for _, p := range keys {
		fmt.Printf("%+v=%d ", p, visits[p])
	}
	fmt.Println()

	// NaN keys: each insertion is a new key
	nm := map[float64]int{}
	zero := 0.0
	nan := zero / zero
	nm[nan] = 1
	nm[nan] = 2
	_, found := nm[nan]
	fmt.Println(len(nm), found)
}
