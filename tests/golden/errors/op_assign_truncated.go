package main

func main() {
	a := 1
	a += 1.3
	println(a)
}
