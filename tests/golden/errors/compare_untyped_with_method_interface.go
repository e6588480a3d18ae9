package main

func main() {
	var e error
	println(e == 1)
}
