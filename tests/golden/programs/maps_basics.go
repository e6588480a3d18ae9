package main

import (
	"fmt"
	"sort"
)

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(len(m), m["two"], m["missing"])

	m["four"] = 4
	m["one"] = 100
	delete(m, "two")
	delete(m, "not-there")
	for _, k := range sortedKeys(m) {
		fmt.Println(k, m[k])
	}

	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["two"]
	fmt.Println(v, ok)

	// fmt prints maps with sorted keys
	fmt.Println(m)
	ages := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(ages)

	// counting words
	counts := make(map[string]int)
	for _, w := range []string{"a", "b", "a", "c", "b", "a"} {
		counts[w]++
	}
	fmt.Println(counts)

	// maps are references
	alias := counts
	alias["z"] = 26
	fmt.Println(len(counts), counts["z"])

	// map of slices
	groups := map[bool][]int{}
	for i := 0; i < 7; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups[true], groups[false])

	// map of maps
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"] = 1
	fmt.Println(nested)

	// modify while ranging: deleting is safe
	for k := range m {
		if k != "one" {
			delete(m, k)
		}
	}
	fmt.Println(m)

	// float keys and a sum independent of order
	fm := map[float64]int{1.5: 1, 2.5: 2, -1: 3}
	total := 0
	for _, v := range fm {
		total += v
	}
	fmt.Println(total, fm)
}
