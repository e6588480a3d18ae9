package main

import "fmt"

type T struct{}

func main() {
	// print and println write to standard error
	println("hello", 1, true)
	print("no", "spaces", 2, "\n")
	println(-5, uint8(200), 'x')
	var s []int
	var m map[int]int
	println(s == nil, m == nil, nil == error(nil))
	println("string", "a"+"b")
	println()
	print("end\n")
	fmt.Println("stdout line")
	// floats print in exponent form
	println(1.5, 100.0, float32(0.25))
	var i64 int64 = -1 << 63
	println(i64, uint64(1<<64-1))
}
