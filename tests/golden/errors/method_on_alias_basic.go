package main

type I = int

func (I) Foo() {}

func main() {}
