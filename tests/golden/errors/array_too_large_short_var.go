package main

func main() {
	x := [1 << 62]int64{}
	_ = x
}
