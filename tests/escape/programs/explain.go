// flags: -m=2 -l
package main

type T struct{ p *int }

var sink T

//go:noinline
func g(t *T) { sink = *t }

func main() {
	x := 1
	t := T{&x}
	g(&t)
	_ = make([]byte, 1<<17)
}
