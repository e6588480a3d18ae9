package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name string
	N    int
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))
	clear(s)
	fmt.Println(s, len(s))

	strs := []string{"a", "b"}
	clear(strs)
	fmt.Printf("%q\n", strs)

	items := []Item{{"x", 1}, {"y", 2}}
	clear(items)
	fmt.Printf("%+v\n", items)

	ptrs := []*int{new(int), new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)

	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["z"] = 26
	fmt.Println(alias)

	// clear while keeping capacity
	buf := make([]byte, 4, 16)
	copy(buf, "abcd")
	clear(buf)
	fmt.Println(buf, cap(buf))

	// clearing only the visible part
	full := []int{9, 9, 9, 9}
	clear(full[:2])
	fmt.Println(full)

	// map with several keys, sorted output after clear and refill
	set := map[string]bool{}
	for _, w := range []string{"go", "py", "rs"} {
		set[w] = true
	}
	clear(set)
	set["new"] = true
	keys := []string{}
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	var nilS []int
	var nilM map[int]int
	clear(nilS)
	clear(nilM)
	fmt.Println(nilS == nil, nilM == nil)
}
