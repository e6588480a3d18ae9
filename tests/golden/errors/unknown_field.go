package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func main() {
	p := Person{Name: "Ann", Email: "ann@example.com"}
	fmt.Println(p)
}
