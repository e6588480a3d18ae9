package main

import "fmt"

type Matrix [2][3]int

func modify(a [3]int) [3]int {
	a[0] = 99
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 99
}

type Holder struct {
	Vals [3]int
}

func main() {
	a := [3]int{1, 2, 3}
	b := a // copy
	b[0] = 10
	fmt.Println(a, b)

	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)

	// arrays inside structs copy too
	h1 := Holder{Vals: [3]int{7, 8, 9}}
	h2 := h1
	h2.Vals[2] = 0
	fmt.Println(h1, h2)

	// nested arrays
	var m Matrix
	m[1][2] = 5
	n := m
	n[0][0] = 1
	fmt.Println(m, n)

	// range over array iterates over a copy
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)

	// array of arrays assignment
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	row := grid[0]
	row[0] = "z"
	fmt.Println(grid, row)

	// ellipsis length and indexed literals
	d := [...]int{5: 1, 2, 0: 7}
	fmt.Println(len(d), d)

	// array as map value must be replaced whole
	mm := map[string][2]int{"k": {1, 2}}
	v := mm["k"]
	v[0] = 50
	fmt.Println(mm["k"], v)
	mm["k"] = v
	fmt.Println(mm["k"])

	// slicing an array aliases it
	s := arr[:]
	s[0] = -1
	fmt.Println(arr[0], len(s), cap(s))
	var zero [4]bool
	fmt.Println(zero, len(zero))
}
