// One pointerful package variable (a slice header: 24 bytes in .bss) and no imports.
package main

var sink []byte

func main() {
	for i := 0; i < 10; i++ {
		sink = make([]byte, 1<<10)
	}
	println(len(sink))
}
