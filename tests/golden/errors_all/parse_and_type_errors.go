package main

func f() int { return 1 }

func main() {
	defer (f())
	var s string = 1
	go (f())
	_ = s
}
