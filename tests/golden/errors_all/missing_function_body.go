package main

func noBody(x int) int

//go:linkname linked runtime.nanotime
func linked() int64

func main() {
	println(noBody(1))
}
