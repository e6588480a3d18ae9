package main

func main() {
	const c = 1 << 63
	println(c)
}
