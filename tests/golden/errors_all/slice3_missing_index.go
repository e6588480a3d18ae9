package main

func main() {
	s := "hello"
	a := []int{1, 2, 3}
	_ = a[1::3]
	_ = s[::]
	_ = a[:2:]
	var n int = "x"
	_ = n
}
