package main

import (
	"errors"
	"fmt"
)

// panic with an error value prints its Error() text: "panic: value must be positive".

var errNotPositive = errors.New("value must be positive")

func mustPositive(n int) int {
	if n <= 0 {
		panic(errNotPositive)
	}
	return n
}

func main() {
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(1))
	fmt.Println(mustPositive(-1))
	fmt.Println("unreachable")
}
