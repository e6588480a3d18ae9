package main

import "fmt"

func main() {
	age := 25
	fmt.Println(age)
	fmt.Println("age:", age)
}
