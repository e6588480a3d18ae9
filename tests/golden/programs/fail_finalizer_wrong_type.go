package main

import "runtime"

type T struct{ p *int }

func main() {
	t := &T{}
	runtime.SetFinalizer(t, func(s *string) {})
}
