package main

var a [1 << 62]int64

func main() { _ = a }
