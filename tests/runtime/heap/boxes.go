package main

// Interface boxes and closures are heap objects with Go's addresses (println prints an
// interface's data word and a func value's closure).

var is []any
var fs [3]func() int

func main() {
	for i := 0; i < 3; i++ {
		j := i * 1000
		fs[i] = func() int { return j + i }
	}
	println("closure", fs[0], fs[1], fs[2])
	for i := 0; i < 3; i++ {
		is = append(is, 1000+i)
	}
	println("box", is[0], is[1], is[2])
}
