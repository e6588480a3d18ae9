package main

func main() {
	x := 0
	x += 1
	y := 2
	y++
	var z int
	z = 3
}
