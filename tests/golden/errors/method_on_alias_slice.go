package main

type S = []int

func (s S) Foo() {}

func main() {}
