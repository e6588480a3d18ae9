// A panic inside inlined calls: Go's traceback shows each inlined call as a frame of its own,
// printed `f(...)` whatever its arguments (noargs has none); with -gcflags=-l (no inlining)
// the same frames are ordinary ones (`main.noargs()`).
package main

import "fmt"

var xs []int

func get(i int) int {
	return xs[i]
}

func noargs() int {
	return get(5)
}

func mid(i int) int {
	return noargs() + i
}

//go:noinline
func outer() int {
	return mid(1)
}

func main() {
	fmt.Println(outer())
}
