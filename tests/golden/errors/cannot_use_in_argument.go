package main

import "fmt"

func square(n int) int { return n * n }

func main() {
	s := "7"
	fmt.Println(square(s))
}
