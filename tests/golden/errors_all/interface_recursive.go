package main

// Interfaces that contain themselves through embedding, and anonymous interfaces that refer
// to themselves through their methods (gc reports those only when nothing else is wrong).

type I1 interface {
	m() I2
	I2
}

type I2 interface {
	I1
}

type A = interface{ B }

type B interface {
	A
}

func main() {}
