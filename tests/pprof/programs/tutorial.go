// The tutorial's heap profile: Person values allocated with new in main.allocate, some kept,
// some dropped, a collection, then WriteHeapProfile into mem.prof and the debug=1 text on
// stdout. MemProfileRate = 1 records every allocation, so the counts are Go's exactly.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

type Person struct {
	Name string
	Age  int
}

var kept []*Person
var buffers [][]byte

func allocate(n int) {
	for i := 0; i < n; i++ {
		p := new(Person)
		p.Name = "gopher"
		p.Age = i
		if i%4 == 0 {
			kept = append(kept, p)
		}
	}
}

func buffer(n int) {
	for i := 0; i < n; i++ {
		b := make([]byte, 10000)
		if i%2 == 0 {
			buffers = append(buffers, b)
		}
	}
}

func main() {
	runtime.MemProfileRate = 1
	allocate(1000)
	buffer(6)
	runtime.GC()
	f, err := os.Create("mem.prof")
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		fmt.Println(err)
	}
	f.Close()
	pprof.Lookup("heap").WriteTo(os.Stdout, 1)
	fmt.Println("kept", len(kept), len(buffers))
}
