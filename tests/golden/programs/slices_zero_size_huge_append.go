package main

import "fmt"

// Slices of zero-size elements take no memory, at any length; appends whose length
// overflows int panic as Go's growslice does.

type empty struct{}

func main() {
	n := int(^uint(0) >> 1)
	a := make([]struct{}, n)
	fmt.Println(len(a), cap(a))
	b := append(a[:10], struct{}{}, struct{}{})
	fmt.Println(len(b), cap(b) >= 12)
	var e []empty
	for i := 0; i < 5; i++ {
		e = append(e, empty{})
	}
	e = append(e, e...)
	fmt.Println(len(e), e[9])
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = append(a, a...)
}
