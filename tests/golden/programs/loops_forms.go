package main

import "fmt"

func collatz(n int) int {
	steps := 0
	for n != 1 { // condition-only loop
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(6))

	// infinite loop with break
	i := 0
	for {
		i++
		if i*i > 50 {
			break
		}
	}
	fmt.Println("i", i)

	// infinite loop exited by return
	firstMultiple := func(k int) int {
		for n := 1; ; n++ {
			if n%k == 0 && n%7 == 0 {
				return n
			}
		}
	}
	fmt.Println(firstMultiple(5))

	// range with only index, with blank, and without variables
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	cnt := 0
	for range s {
		cnt++
	}
	fmt.Println(cnt)

	// range expression is evaluated once
	calls := 0
	get := func() []int { calls++; return []int{1, 2, 3} }
	for range get() {
	}
	fmt.Println("calls", calls)

	// assigning to existing variables in range
	var idx int
	var val string
	for idx, val = range s {
	}
	fmt.Println(idx, val)

	// nested infinite loops with labeled break
	n := 0
outer:
	for {
		for {
			n++
			if n == 3 {
				break outer
			}
			if n%2 == 0 {
				continue outer
			}
		}
	}
	fmt.Println("n", n)
}
