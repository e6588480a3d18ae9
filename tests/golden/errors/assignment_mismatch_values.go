package main

import "fmt"

func main() {
	var a, b int = 1
	fmt.Println(a, b)
}
