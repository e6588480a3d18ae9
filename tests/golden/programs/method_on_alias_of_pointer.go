package main

type T struct{ x int }
type P = *T

func (p P) Foo() int { return p.x }

func main() { t := &T{3}; println(t.Foo()) }
