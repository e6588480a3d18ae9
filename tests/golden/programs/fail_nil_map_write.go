package main

import "fmt"

// Reading a nil map is fine; writing to it panics with
// "assignment to entry in nil map".

type Registry struct {
	entries map[string]int
}

func (r *Registry) Add(k string) {
	r.entries[k]++
}

func main() {
	r := &Registry{}
	fmt.Println("len before:", len(r.entries), r.entries["x"])
	for k, v := range r.entries {
		fmt.Println(k, v)
	}
	r.Add("x")
	fmt.Println("unreachable")
}
