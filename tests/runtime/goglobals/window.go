// A big array of pointers as a package variable: 320000 bytes of .bss.
package main

type obj struct {
	next *obj
	data [8]int
}

var window [40000]*obj

func main() {
	for i := 0; i < 100000; i++ {
		window[i%len(window)] = &obj{}
	}
	println(window[7] != nil)
}
