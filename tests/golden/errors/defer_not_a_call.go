package main

import "fmt"

func main() {
	cleanup := func() { fmt.Println("cleanup") }
	defer cleanup
	fmt.Println("body")
}
