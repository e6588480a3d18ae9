package main

func main() {
	var s uint = 3
	x := 1.0 << s
	println(x)
}
