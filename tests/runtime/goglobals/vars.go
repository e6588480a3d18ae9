// Package variables of many kinds, pointerful (.data/.bss) and pointer-free (.noptrdata/.noptrbss).
package main

type node struct {
	left, right *node
	val         int
}

type mixed struct {
	a, b int
	p    *int
	c    [3]int
}

var (
	ptrs    [3]*int
	one     mixed
	name    = "gomem"
	empty   string
	counter int
	table   [64]int
	flags   = [4]bool{true, false, true, false}
	root    *node
	m       map[string]int
	ch      chan int
	fn      func(int) int
	iface   any
	err     error
	words   []string
	pi      = 3.14159
	small   struct{ x *byte; y uint8 }
)

func main() {
	x := 1
	ptrs[0] = &x
	one.p = &x
	root = &node{val: 1}
	m = map[string]int{"a": 1}
	ch = make(chan int, 1)
	fn = func(i int) int { return i + counter }
	iface = root
	words = append(words, name, empty)
	table[3] = 4
	small.y = 2
	println(len(ptrs), one.p != nil, name, empty == "", counter, table[3], flags[0], root.val,
		len(m), cap(ch), fn(2), iface != nil, err == nil, len(words), pi, small.x == nil)
}
