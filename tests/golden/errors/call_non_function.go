package main

import "fmt"

func main() {
	limit := 5
	fmt.Println(limit())
}
