package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func double(xs []int) {
	for i := range xs {
		xs[i] *= 2
	}
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(s, len(s), cap(s), sum(s))
	double(s)
	fmt.Println(s)

	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t)

	m := make([]string, 2, 5)
	m[0] = "a"
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))
	m = append(m, "c", "d")
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))

	// 2D slices
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)

	// append a slice to a slice
	a := []int{1, 2}
	b := []int{3, 4}
	a = append(a, b...)
	fmt.Println(a)
	str := append([]byte("hello "), "world"...)
	fmt.Println(string(str))

	// delete element i
	x := []int{10, 20, 30, 40, 50}
	i := 2
	x = append(x[:i], x[i+1:]...)
	fmt.Println(x, len(x), cap(x))

	// insert
	x = append(x[:1], append([]int{15}, x[1:]...)...)
	fmt.Println(x)

	// reverse in place
	for l, r := 0, len(x)-1; l < r; l, r = l+1, r-1 {
		x[l], x[r] = x[r], x[l]
	}
	fmt.Println(x)

	// slice of slices literal with elided types
	pts := [][2]int{{1, 2}, {3, 4}}
	fmt.Println(pts, len(pts[0]))
	// slice expression on string
	word := "golang"
	fmt.Println(word[2:], word[:2], word[1:4])
}
