package main

func main() {
	var s uint = 3
	var f float64 = 2
	g := f + 1<<s
	println(g)
}
