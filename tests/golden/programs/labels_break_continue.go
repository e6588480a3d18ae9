package main

import "fmt"

func main() {
	// labeled continue
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	// labeled break from nested loop
	var found [2]int
search:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i*j == 42 {
				found = [2]int{i, j}
				break search
			}
		}
	}
	fmt.Println(found)

	// break out of a loop from inside a switch
	i := 0
loop:
	for {
		switch {
		case i == 3:
			break loop
		default:
			i++
		}
	}
	fmt.Println("i", i)

	// break out of a loop from inside a select
	ch := make(chan int, 5)
	for k := 0; k < 5; k++ {
		ch <- k
	}
	close(ch)
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 3 {
				break recv
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	// labeled break on a switch itself
sw:
	switch x := 5; {
	case x > 1:
		if x > 4 {
			break sw
		}
		fmt.Println("not printed")
	}

	// continue with range over map-free data
	words := [][]string{{"a", "skip", "b"}, {"c"}, {"skip", "d"}}
	var kept []string
lines:
	for _, line := range words {
		for _, w := range line {
			if w == "skip" {
				continue lines
			}
			kept = append(kept, w)
		}
	}
	fmt.Println(kept)
}
