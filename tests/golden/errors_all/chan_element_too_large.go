package main

type T [1 << 17]byte

type V [1 << 50]byte

var c chan [2 << 16]byte
var x chan T
var y chan [1<<16 - 1]byte
var X [1 << 50]byte

func main() {
	ch := make(chan struct{ v [65536]byte })
	close(ch)
}
