package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)

	// copy into the middle
	n = copy(big[5:], []int{9, 9, 9, 9})
	fmt.Println(n, big)

	// copy from a string into a byte slice
	b := make([]byte, 5)
	n = copy(b, "hello world")
	fmt.Println(n, string(b))

	// overlapping copies (memmove semantics)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	copy(s, s[3:])
	fmt.Println(s)

	// copy with nil and empty
	var nilS []int
	fmt.Println(copy(nilS, src), copy(dst, nilS), copy(dst, []int{}))

	// copy makes independent data
	orig := []string{"a", "b"}
	clone := make([]string, len(orig))
	copy(clone, orig)
	clone[0] = "z"
	fmt.Println(orig, clone)

	// append-based clone
	c2 := append([]string(nil), orig...)
	c2[1] = "y"
	fmt.Println(orig, c2)

	// copying arrays of structs copies the structs
	type P struct{ X int }
	ps := []P{{1}, {2}}
	ps2 := make([]P, 2)
	copy(ps2, ps)
	ps2[0].X = 100
	fmt.Println(ps, ps2)

	// copying slices of pointers copies the pointers
	a, bb := 1, 2
	pp := []*int{&a, &bb}
	pp2 := make([]*int, 2)
	copy(pp2, pp)
	*pp2[0] = 50
	fmt.Println(a, *pp[0])

	// 2d copy is shallow
	m := [][]int{{1}, {2}}
	m2 := make([][]int, 2)
	copy(m2, m)
	m2[0][0] = 7
	fmt.Println(m, m2)
}
