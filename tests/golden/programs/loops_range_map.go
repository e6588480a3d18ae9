package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"apple": 5, "banana": 3, "cherry": 7, "date": 1}

	// iteration order is random: collect keys and sort them
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}

	// order-independent aggregates
	sum, maxV := 0, 0
	for _, v := range m {
		sum += v
		maxV = max(maxV, v)
	}
	fmt.Println("sum", sum, "max", maxV)

	// sort by value
	type kv struct {
		K string
		V int
	}
	var pairs []kv
	for k, v := range m {
		pairs = append(pairs, kv{k, v})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].V > pairs[j].V })
	fmt.Println(pairs)

	// modify values during iteration
	for k := range m {
		m[k] *= 10
	}
	fmt.Println(m)

	// delete all during iteration
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))

	// int keys sorted
	im := map[int]string{30: "c", 10: "a", 20: "b"}
	var ik []int
	for k := range im {
		ik = append(ik, k)
	}
	sort.Ints(ik)
	for _, k := range ik {
		fmt.Print(k, im[k], " ")
	}
	fmt.Println()

	// range over nil map
	var nm map[string]bool
	for k, v := range nm {
		fmt.Println(k, v)
	}
	fmt.Println("nil map ok")
}
