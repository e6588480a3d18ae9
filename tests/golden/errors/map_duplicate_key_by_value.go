package main

func main() {
	m := map[interface{}]int{1: 1, 1.0: 2, true: 3, int8(1): 4}
	println(len(m))
	n := map[float64]int{1: 1, 1.0: 2}
	println(len(n))
}
