package main

type T struct{}

func (T) m() int { return y }

var y = T{}.m()

func main() { println(y) }
