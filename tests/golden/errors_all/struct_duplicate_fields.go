package main

import "strings"

type A struct{ a int }
type B struct {
	A
	*A
	x, y int
	x string
	strings.Builder
	Builder int
	_ int
	_ string
}

func f(b B) int { return b.y }

func main() { _ = f(B{}) }
