package main

func main() {
	var f float32 = 1e39
	println(f)
}
