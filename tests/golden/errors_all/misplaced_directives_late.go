package main

//go:noinline
var x int

//go:nosplit
const c = 1

type (
	//go:noinline
	T int
)

//go:build ignored
func f() {}

//go:noinline
func main() {
	_ = x
}
