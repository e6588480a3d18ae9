// A growing live heap: a linked list of 64-byte nodes up to about 19 MB, with 256 bytes of
// garbage per node.
package main

type node struct {
	next *node
	data [56]byte
}

var head *node
var sink []byte

func main() {
	for i := 0; i < 300000; i++ {
		head = &node{next: head}
		sink = make([]byte, 256)
	}
}
