package main

import "fmt"

const Big = 1 << 64

func main() {
	var n int = Big
	fmt.Println(n)
}
