package main

var a, b = b, a

func main() { println(a, b) }
