package main

import "fmt"

type P struct{ a, b *int }
type Q struct{ x, y, z int64 }
type Big struct{ a [70]*int }

func main() {
	var ps [5]*P
	for i := range ps {
		ps[i] = &P{}
	}
	var qs [5]*Q
	for i := range qs {
		qs[i] = &Q{}
	}
	var bs [3]*Big
	for i := range bs {
		bs[i] = &Big{}
	}
	var ls [3]*[40000]byte
	for i := range ls {
		ls[i] = new([40000]byte)
	}
	for i := range ps {
		fmt.Printf("P %p\n", ps[i])
	}
	for i := range qs {
		fmt.Printf("Q %p\n", qs[i])
	}
	for i := range bs {
		fmt.Printf("Big %p\n", bs[i])
	}
	for i := range ls {
		fmt.Printf("L %p\n", ls[i])
	}
}
