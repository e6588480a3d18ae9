package main

import (
	"fmt"
	"sync"
)

func main() {
	// Go 1.22: each iteration of a three-clause loop has its own variable
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// same for range loops
	var ptrs []*string
	for _, s := range []string{"x", "y", "z"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// modification in the body carries to the next iteration's copy
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// closure modifying the per-iteration variable before post statement
	var hs []func()
	for i := 0; i < 3; i++ {
		hs = append(hs, func() { i += 10 })
		if i == 1 {
			hs[len(hs)-1]()
		}
		fmt.Print("i=", i, " ")
	}
	fmt.Println()

	// goroutines capturing loop variables
	results := make([]int, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// a variable declared outside the loop is shared
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
