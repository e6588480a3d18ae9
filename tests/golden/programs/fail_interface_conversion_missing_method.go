package main

import "fmt"

// A failed assertion to an interface type reports the missing method:
// "interface conversion: main.Dog is not main.Named: missing method Name".

type Named interface{ Name() string }

type Sounder interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

func main() {
	var x any = Dog{}
	if s, ok := x.(Sounder); ok {
		fmt.Println("sounder:", s.Sound())
	}
	_, ok := x.(Named)
	fmt.Println("named?", ok)
	n := x.(Named)
	fmt.Println(n.Name())
}
