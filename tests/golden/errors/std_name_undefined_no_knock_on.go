package main

import "strings"

func main() {
	x := strings.Foo("a")
	println(x)
}
