// The tutorial's first program: a Person built with new, and a local age.
package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func main() {
	age := 25
	fmt.Println(age)

	p := new(Person)
	p.Name = "Alice"
	p.Age = 30
	fmt.Println(p)
	fmt.Println(*p)
}
