package main

var s uint = 3

var v float32 = 1 << s

func main() {
	var w float64 = 1 << s
	u := 1.0 << s
	println(v, w, u)
}
