package main

func main() {
	var b int
	_ = b == 1.5
}
