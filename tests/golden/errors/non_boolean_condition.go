package main

import "fmt"

func main() {
	n := 5
	if n {
		fmt.Println("non-zero")
	}
}
