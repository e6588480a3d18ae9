// Where values live: the tutorial's Person and age, with the figures Go reports.
package main

import (
	"fmt"
	"runtime"
)

type Person struct {
	Name string
	Age  int
}

// newPerson returns a pointer to its Person, so the Person outlives the call:
// escape analysis moves it to the heap.
//
//go:noinline
func newPerson(name string, age int) *Person {
	p := new(Person)
	p.Name = name
	p.Age = age
	return p
}

// older works on a copy of its argument; nothing it makes outlives it.
//
//go:noinline
func older(p Person, years int) Person {
	p.Age += years
	return p
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)

	age := 25                       // a local int: on main's stack
	bob := Person{"Bob", age}       // a local struct: on the stack too
	bob = older(bob, 1)             // copied in and out, no allocation
	alice := newPerson("Alice", 30) // the one heap allocation

	runtime.ReadMemStats(&after)
	println(bob.Name, bob.Age, alice.Name, alice.Age)
	fmt.Println("heap allocations:", after.Mallocs-before.Mallocs)
	fmt.Println("heap bytes:", after.TotalAlloc-before.TotalAlloc)
}
