package main

import "fmt"

// Built-ins called with the several results of one call: print(f()), copy(f()), delete(f()).

func three() (int16, float64, string) { return -42, 42.0, "x" }
func slices(a []byte) ([]byte, string) { return a, "xyz" }
func mapKey(m map[string]int) (map[string]int, string) { return m, "b" }

func main() {
	print(three())
	println()
	println(three())
	b := []byte{1, 2, 3, 4}
	n := copy(slices(b))
	fmt.Println(n, b)
	m := map[string]int{"a": 1, "b": 2}
	delete(mapKey(m))
	fmt.Println(len(m), m)
	defer println(three())
	func() {
		defer print(three())
	}()
	println()
}
