// new of an array bigger than the machine's memory.
package main

import "fmt"

func main() {
	fmt.Println("start")
	p := new([1 << 36]byte)
	fmt.Println(len(p))
}
