package main

import "fmt"

func main() {
	s := "loop"
	for s {
		fmt.Println(s)
	}
}
