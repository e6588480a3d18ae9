// The heap profile is as of the last completed GC: before allocates and is collected by
// runtime.GC; after allocates once the cycle is over, so its allocations are not in the
// profile yet (their records show zeros).
package main

import (
	"os"
	"runtime"
	"runtime/pprof"
)

type node struct {
	next *node
	val  [6]int
}

var keep *node

func before() {
	for i := 0; i < 100; i++ {
		n := &node{next: keep}
		if i%10 == 0 {
			keep = n
		}
	}
}

func after() {
	for i := 0; i < 50; i++ {
		keep = &node{next: keep}
	}
}

func main() {
	runtime.MemProfileRate = 1
	before()
	runtime.GC()
	after()
	pprof.Lookup("allocs").WriteTo(os.Stdout, 1)
}
