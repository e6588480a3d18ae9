package main

func main() {
	const c = 1e200
	println(float32(c))
}
