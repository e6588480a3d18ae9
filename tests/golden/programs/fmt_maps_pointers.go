package main

import "fmt"

type Node struct {
	Val  int
	Kids []*Node
}

type Pair struct {
	K string
	V int
}

func main() {
	// maps print with sorted keys
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)
	im := map[int]string{10: "ten", -1: "neg", 3: "three"}
	fmt.Println(im)
	fm := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	sm := map[Pair]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}
	fmt.Println(sm)
	am := map[[2]int]string{{2, 1}: "x", {1, 2}: "y"}
	fmt.Println(am)
	nested := map[string]map[string]int{"b": {"y": 1, "x": 2}, "a": {}}
	fmt.Println(nested)
	ms := map[string][]int{"k": {1, 2}, "e": nil}
	fmt.Println(ms)
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap))
	fmt.Printf("%#v\n", nilMap)
	// interface keys of a single dynamic type sort by value (mixed types would sort by
	// the runtime's type descriptor addresses, which is not portable)
	anyKeys := map[any]int{"b": 1, "c": 2, "a": 3}
	fmt.Println(anyKeys)

	// pointer to struct prints as &{...}
	n := &Node{Val: 1}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	pp := &Pair{"x", 9}
	fmt.Printf("%v %+v %#v\n", pp, pp, pp)
	// pointers to arrays, slices and maps also print with &
	arr := &[3]int{1, 2, 3}
	sl := &[]string{"a"}
	mp := &map[string]int{"one": 1}
	fmt.Println(arr, sl, mp)
	fmt.Printf("%v %+v\n", arr, mp)

	// nil pointers
	var np *Pair
	fmt.Println(np)
	fmt.Printf("%v %+v %#v\n", np, np, np)
	var ni *int
	fmt.Println(ni)
	// pointer to basic types inside slices would print addresses: print values instead
	x := 5
	ptrs := []*int{&x, nil}
	fmt.Println(*ptrs[0], ptrs[1] == nil, ptrs[1])
}
