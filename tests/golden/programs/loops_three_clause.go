package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()

	// multiple variables
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()

	// counting down with unsigned needs care
	for u := uint(3); u < 10; u-- {
		fmt.Print(u, " ")
	}
	fmt.Println()

	// nested loops
	for i := 1; i <= 3; i++ {
		for j := 1; j <= 3; j++ {
			fmt.Printf("%2d", i*j)
		}
		fmt.Println()
	}

	// omitted clauses
	k := 0
	for ; k < 3; k++ {
	}
	fmt.Println("k", k)
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println("n", n)

	// modifying the loop variable inside the body
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			i++
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// continue and break
	sum := 0
	for i := 0; ; i++ {
		if i > 20 {
			break
		}
		if i%2 == 1 {
			continue
		}
		sum += i
	}
	fmt.Println("sum", sum)

	// float loop variable
	for f := 0.0; f < 1; f += 0.25 {
		fmt.Print(f, " ")
	}
	fmt.Println()
	// byte loop wrap-around guard
	count := 0
	for b := byte(250); b != 4; b++ {
		count++
	}
	fmt.Println("count", count)
}
