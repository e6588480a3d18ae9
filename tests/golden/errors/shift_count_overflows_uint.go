package main

func main() {
	x := 1
	println(x << 100000000000000000000)
}
