package main

type T struct {
	a [1 << 61]int64
	b [1 << 61]int64
}

func main() { var t *T; _ = t }
