package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func main() {
	p := new(Person)
	p.Name = "Alice"
	p.Age = 30
	fmt.Println(p)
	fmt.Println(*p)
}
