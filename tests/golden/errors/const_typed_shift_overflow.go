package main

func main() {
	const c = int64(1) << 100
	println(c)
}
