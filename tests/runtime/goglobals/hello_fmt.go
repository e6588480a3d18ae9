// fmt and a few package variables.
package main

import "fmt"

type point struct{ x, y int }

var (
	origin = &point{}
	names  []string
	total  int
)

func main() {
	names = append(names, "a", "b")
	for i, n := range names {
		total += i
		fmt.Println(n, i, origin)
	}
	fmt.Printf("%d %v\n", total, *origin)
}
