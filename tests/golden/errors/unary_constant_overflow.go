package main

func main() {
	const c int8 = -128
	println(-c)
}
