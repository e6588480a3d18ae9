package main

func main() {
	const c = 1 << 1000
	const d = c << 1000
	println(d > 0)
}
