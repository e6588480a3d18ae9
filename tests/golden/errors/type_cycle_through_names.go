package main

type A B
type B A

func main() {}
