package main

import "fmt"

type Grid [3][3]int

func main() {
	arr := [5]int{10, 20, 30, 40, 50}
	for i, v := range arr {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	// range over an array copies it: modifications are not seen
	for i, v := range arr {
		if i == 0 {
			arr[4] = 500
		}
		if i == 4 {
			fmt.Println("copy sees", v)
		}
	}

	// range over pointer to array does not copy
	arr[4] = 50
	for i, v := range &arr {
		if i == 0 {
			arr[4] = 500
		}
		if i == 4 {
			fmt.Println("pointer sees", v)
		}
	}

	// modify through index
	for i := range arr {
		arr[i] /= 10
	}
	fmt.Println(arr)

	// range over pointer to array with only index; nil pointer allowed when value unused
	var np *[4]int
	n := 0
	for i := range np {
		n += i
	}
	fmt.Println("nil ptr indices sum", n)

	// 2D array
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*3 + j
		}
	}
	for _, row := range g {
		fmt.Println(row)
	}

	// array of structs: v is a copy
	type P struct{ X int }
	ps := [2]P{{1}, {2}}
	for _, p := range ps {
		p.X = 100
	}
	for i := range ps {
		ps[i].X *= 3
	}
	fmt.Println(ps)

	// range over array literal
	total := 0
	for _, v := range [...]int{1, 2, 3, 4} {
		total += v
	}
	fmt.Println(total)
}
