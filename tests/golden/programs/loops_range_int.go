package main

import "fmt"

type Count uint8

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// zero and negative counts run zero times
	for range 0 {
		fmt.Println("never")
	}
	n := -3
	for i := range n {
		fmt.Println("never", i)
	}

	// the type of i follows the range expression
	var c Count = 3
	for i := range c {
		fmt.Printf("%T %v\n", i, i)
	}
	var big int64 = 2
	for i := range big {
		fmt.Printf("%T %v\n", i, i)
	}

	// untyped constant gives int
	const k = 2
	for i := range k {
		fmt.Printf("%T %d ", i, i)
	}
	fmt.Println()

	// range expression is evaluated once
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i, " ")
	}
	fmt.Println(limit)

	// nested with closures capturing per-iteration variables
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// without variable
	total := 0
	for range 4 {
		total++
	}
	fmt.Println(total)

	// modifying i does not change iteration
	for i := range 3 {
		i += 100
		fmt.Print(i, " ")
	}
	fmt.Println()
}
