package main

import "fmt"

func main() {
	var ok bool = 1
	fmt.Println(ok)
}
