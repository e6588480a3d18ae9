package main

import "fmt"

func name(id int) int {
	s := fmt.Sprint("user", id)
	return s
}

func main() {
	fmt.Println(name(1))
}
