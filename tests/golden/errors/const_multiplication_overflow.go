package main

func main() {
	const c = 1 << 511
	const d = c * c * c
	println(d > 0)
}
