package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["a"])
	v, ok := m["a"]
	fmt.Println(v, ok)
	delete(m, "a") // no-op on nil map
	for k := range m {
		fmt.Println("never", k)
	}
	fmt.Println(m)
	fmt.Printf("%#v\n", m)

	m = make(map[string]int)
	m["a"] = 1
	fmt.Println(m == nil, m)

	// writing to a nil map panics; recover it
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		var n map[int]bool
		n[1] = true
		fmt.Println("unreachable")
	}()

	// clear empties a map
	mm := map[int]int{1: 1, 2: 2}
	clear(mm)
	fmt.Println(len(mm), mm)

	// struct values in maps
	type P struct{ X, Y int }
	pm := map[string]P{"a": {1, 2}}
	p := pm["a"]
	p.X = 10
	pm["a"] = p
	fmt.Println(pm)

	// pointer values can be mutated in place
	ptrm := map[string]*P{"b": {3, 4}}
	ptrm["b"].Y = 40
	fmt.Println(*ptrm["b"])
	ptrm2 := map[string]*P{}
	fmt.Println(ptrm2["zz"] == nil)
}
