package main

//go:noinline
var x int = "s"

//go:noinline
type (
	T int
)

func main() {
	//go:nosplit
	y := 1
	_ = y
}

//go:build foo
func g() {}

func h() //go:noinline
