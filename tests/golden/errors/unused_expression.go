package main

import "fmt"

func main() {
	x := 3
	x * 2
	fmt.Println(x)
}
