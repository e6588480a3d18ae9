// Allocate and drop: a tiny live heap and 100 MB of garbage in 1000-byte slices.
package main

var sink []byte

func main() {
	for i := 0; i < 100000; i++ {
		sink = make([]byte, 1000)
	}
}
