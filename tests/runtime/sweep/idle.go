// Garbage, an automatic cycle, then the program sleeps: the background sweeper sweeps while
// nothing else can run.
package main

import (
	"fmt"
	"time"
)

type node struct {
	next *node
	pad  [3]*node
}

var keep *node

func main() {
	for i := 0; i < 400000; i++ {
		keep = &node{next: keep}
		if i%1000 == 0 {
			keep = nil
		}
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("done")
}
