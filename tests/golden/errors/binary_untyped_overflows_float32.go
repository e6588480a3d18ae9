package main

func main() {
	var f float32
	println(f + 1e40)
}
