package main

import (
	"fmt"
)

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{}

func (d Dog) Sound() string  { return d.name + ": woof" }
func (c *Cat) Sound() string { return "meow" }

type Named interface{ Name() string }

func (d Dog) Name() string { return d.name }

func main() {
	var a Animal = Dog{"rex"}

	// single-result form
	d := a.(Dog)
	fmt.Println(d.name)

	// comma-ok form
	if c, ok := a.(*Cat); ok {
		fmt.Println("cat", c)
	} else {
		fmt.Println("not a cat", c == nil)
	}
	dv, ok := a.(Dog)
	fmt.Println(dv, ok)

	// asserting to another interface
	if n, ok := a.(Named); ok {
		fmt.Println("named", n.Name())
	}
	var c Animal = &Cat{}
	_, ok = c.(Named)
	fmt.Println("cat named?", ok)

	// empty interface values
	vals := []any{42, "str", 3.5, true, nil, Dog{"fido"}, &Cat{}, []int{1}}
	for _, v := range vals {
		if s, ok := v.(string); ok {
			fmt.Println("string", s)
		} else if i, ok := v.(int); ok {
			fmt.Println("int", i)
		} else if an, ok := v.(Animal); ok {
			fmt.Println("animal", an.Sound())
		} else {
			fmt.Printf("other %T\n", v)
		}
	}

	// failing single-result assertion panics with a runtime.Error
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println("recovered:", isErr, err)
	}()
	var x any = "hello"
	n := x.(int)
	fmt.Println("unreachable", n)
}
