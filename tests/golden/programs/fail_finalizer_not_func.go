package main

import "runtime"

type T struct{ p *int }

func main() {
	runtime.SetFinalizer(&T{}, 3)
}
