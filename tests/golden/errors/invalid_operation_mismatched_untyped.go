package main

import "fmt"

func main() {
	x := 10
	if x == "10" {
		fmt.Println("equal")
	}
}
