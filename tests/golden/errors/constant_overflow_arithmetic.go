package main

import "fmt"

func main() {
	const m uint8 = 200
	fmt.Println(m + 100)
}
