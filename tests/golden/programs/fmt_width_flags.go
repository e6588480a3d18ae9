package main

import "fmt"

func main() {
	rows := []struct {
		Name  string
		Qty   int
		Price float64
	}{
		{"apple", 3, 0.5},
		{"banana", 12, 0.25},
		{"cherry", 100, 10},
	}
	fmt.Printf("%-10s|%5s|%8s\n", "name", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-10s|%5d|%8.2f\n", r.Name, r.Qty, r.Price)
	}

	fmt.Printf("[%6d][%-6d][%06d][%+6d][% 6d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%6d][%-6d][%06d][%+6d][% 6d]\n", -42, -42, -42, -42, -42)
	fmt.Printf("[%8.3f][%-8.3f][%08.3f][%+8.3f]\n", 3.14159, 3.14159, -3.14159, 3.14159)
	fmt.Printf("[%x][%#8x][%-#8x][%08x]\n", 3054, 3054, 3054, 3054)
	fmt.Printf("[%5t][%-7t]\n", true, false)
	fmt.Printf("[%5c][%-3c]\n", 'x', 'y')
	fmt.Printf("[%10v][%-10v]\n", []int{1, 2}, []int{3})
	fmt.Printf("[%6v][%-8v]\n", struct{ A, B int }{1, 2}, map[string]int{"a": 1})
	fmt.Printf("[%5v][%5.1v]\n", 3.14159, 3.14159)
	fmt.Printf("[%3s][%.2s][%-4.1s]\n", "abcdef", "abcdef", "abcdef")
	fmt.Printf("[%*s][%-*s]\n", 6, "r", 6, "l")
	fmt.Printf("[%.*s]\n", 3, "truncate")
	fmt.Printf("[%v][%6v][%-6v]\n", nil, nil, true)
	fmt.Printf("[%2d][%2d]\n", 12345, 1)
	fmt.Printf("[%05s][%.0s]\n", "ab", "gone")
	fmt.Printf("[%+v][%+d]\n", -1, 0)
	fmt.Printf("[%#v][%#5d]\n", 'a', 9)
	fmt.Printf("[% x][% X][%# x]\n", "abc", []byte{10, 11}, "hi")
	fmt.Printf("[%6.2e][%12.4E]\n", 1234.5678, 0.000123)
	fmt.Printf("[%-+8.2f][% -8.2f]\n", 1.5, 1.5)
	fmt.Printf("[%3.1f%%]\n", 12.345)
}
