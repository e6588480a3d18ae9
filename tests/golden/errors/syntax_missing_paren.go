package main

import "fmt"

func main() {
	fmt.Println("unclosed"
	fmt.Println("next")
}
