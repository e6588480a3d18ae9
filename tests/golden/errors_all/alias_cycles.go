package main

type A = B
type B = A

type C = []D
type D = *C

type E = struct{ e *E }

func main() {
	type T = T
	type U = *U
}
