package main

import "fmt"

// make with a negative run-time length panics with
// "runtime error: makeslice: len out of range".

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	sizes := []int{0, 2, 4}
	for _, n := range sizes {
		b := buffer(n)
		fmt.Println(len(b), cap(b))
	}
	n := 2
	n -= 5
	fmt.Println("requesting", n)
	s := buffer(n)
	fmt.Println(s)
}
