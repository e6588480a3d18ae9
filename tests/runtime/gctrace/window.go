// A steady live heap: a window of the last 40000 objects of 128 bytes (about 5 MB live, plus
// the window's array), the older ones dropped, 50 MB allocated in all.
package main

type obj struct {
	next *obj
	data [120]byte
}

var window [40000]*obj

func main() {
	for i := 0; i < 400000; i++ {
		window[i%len(window)] = &obj{}
	}
}
