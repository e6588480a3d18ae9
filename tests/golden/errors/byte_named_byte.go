package main

func main() {
	var b byte = 1
	var s string = b
	_ = s
}
