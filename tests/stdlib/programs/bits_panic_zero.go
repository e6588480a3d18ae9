package main

import (
	"fmt"
	"math/bits"
)

func main() {
	var y uint32
	fmt.Println("before")
	fmt.Println(bits.Div32(0, 5, y))
}
