package main

import "fmt"

// Converting a slice to an array type whose length exceeds the slice's
// length panics (Go 1.20+).

func toArray3(s []int) [3]int {
	return [3]int(s)
}

func main() {
	s := []int{1, 2, 3}
	a := toArray3(s)
	a[0] = 100 // the array is a copy
	fmt.Println(a, s)

	p := (*[2]int)(s) // pointer conversion shares memory
	p[1] = 200
	fmt.Println(s)

	b := [4]int(s)
	fmt.Println(b)
}
