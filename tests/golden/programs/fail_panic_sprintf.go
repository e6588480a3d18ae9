package main

import (
	"fmt"
	"strings"
)

// panic with a string built by fmt.Sprintf prints "panic: " + the string.

func process(items []string) {
	for i, it := range items {
		if it == "" {
			panic(fmt.Sprintf("bad item %d of %d: %q", i, len(items), it))
		}
		fmt.Println("item", i, strings.ToUpper(it))
	}
}

func main() {
	process([]string{"a", "b"})
	process([]string{"x", "y", "", "z"})
	fmt.Println("unreachable")
}
