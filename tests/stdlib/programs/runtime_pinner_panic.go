package main

import "runtime"

type key struct{ a, b int }

func main() {
	var p runtime.Pinner
	p.Pin(key{1, 2})
}
