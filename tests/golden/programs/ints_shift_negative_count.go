package main

import "fmt"

func main() {
	x, s := 256, 2
	fmt.Println(x>>s, x<<s)
	defer func() { fmt.Println("recovered:", recover()) }()
	s = -1
	fmt.Println(x >> s)
}
