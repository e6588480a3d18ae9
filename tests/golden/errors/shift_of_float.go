package main

import "fmt"

func main() {
	f := 2.5
	fmt.Println(f << 1)
}
