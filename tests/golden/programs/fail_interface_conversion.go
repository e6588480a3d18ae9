package main

import "fmt"

// A failed single-result type assertion panics:
// "interface conversion: interface {} is string, not int".

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	vals := []any{1, "two", 3.0}
	fmt.Println(vals[0].(int))
	var s Shape = Square{2}
	fmt.Println(s.(Square).Area())
	for _, v := range vals {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
	n := vals[1].(int)
	fmt.Println(n)
}
