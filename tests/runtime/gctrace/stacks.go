// For gctrace's format only (not a pacing case): deep goroutine stacks and big globals make
// the "MB stacks" and "MB globals" figures nonzero; forced cycles.
package main

import "runtime"

var table [300000]*int // 2.4 MB of pointer globals

func deep(n int, done chan bool) {
	var pad [64]int
	if n > 0 {
		deep(n-1, done)
		return
	}
	_ = pad
	<-done
}

func main() {
	done := make(chan bool)
	for i := 0; i < 2000; i++ {
		go deep(100, done)
	}
	for i := range table[:1000] {
		table[i] = new(int)
	}
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	close(done)
}
