package main

func main() {
	var b uint8 = 1
	var s string = b
	_ = s
}
