package main

const Int8 int8 = 101

var a7 = Int8 - 2*Int8 - 2*Int8

func main() { println(a7) }
