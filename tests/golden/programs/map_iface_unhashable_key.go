// Index, comma-ok index, delete and store with an unhashable dynamic key type in a map
// with interface keys panic, even when the map is empty.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	m := map[interface{}]int{}
	k := []int{}
	try("index", func() { _ = m[k] })
	try("commaok", func() { _, _ = m[k] })
	try("delete", func() { delete(m, k) })
	try("store", func() { m[k] = 1 })
	try("func", func() { delete(m, func() {}) })
	try("nil key", func() { delete(m, nil); m[nil] = 2; fmt.Println(len(m)) })
	var e any = map[string]int{}
	try("map key", func() { delete(m, e) })
}
