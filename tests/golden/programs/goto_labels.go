package main

import "fmt"

func search(grid [][]int, target int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func gotoLoop() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
}

func cleanup(fail bool) (res string) {
	if fail {
		goto fail
	}
	res = "ok"
	return
fail:
	res = "failed"
	return
}

func main() {
	gotoLoop()
	fmt.Println(cleanup(false), cleanup(true))

	// forward jump skipping code
	n := 0
	goto skip
skip:
	n++
	fmt.Println("n", n)

	// goto out of nested blocks
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i*j == 12 {
				fmt.Println("found", i, j)
				goto done
			}
		}
	}
done:
	fmt.Println(search([][]int{{1, 2}, {3, 4}}, 3))

	// backward goto inside a loop body
	count := 0
	for k := 0; k < 3; k++ {
	again:
		count++
		if count%2 == 1 {
			goto again
		}
	}
	fmt.Println("count", count)
}
