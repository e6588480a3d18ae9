package main

import "runtime"

type T struct {
	p *int
	b [4]int
}

func main() {
	t := &T{}
	runtime.SetFinalizer(&t.b, func(*[4]int) {})
}
