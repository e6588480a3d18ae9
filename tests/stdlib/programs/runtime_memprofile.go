// runtime.MemProfile and MemProfileRecord at MemProfileRate = 1: the record of main.build's
// allocations, as of the runtime.GC that freed half of them; the rate without runtime/pprof
// is 0 until the program sets it (Go's linker rule), and MemProfile itself counts as reading
// a profile, so here it starts at 512 KiB.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b [4]int }

var keep []*T

func build() {
	for i := 0; i < 100; i++ {
		t := &T{}
		if i%2 == 0 {
			keep = append(keep, t)
		}
	}
}

func main() {
	fmt.Println("rate at start", runtime.MemProfileRate)
	runtime.MemProfileRate = 1
	build()
	runtime.GC()
	n, ok := runtime.MemProfile(nil, true)
	fmt.Println("fits in nil:", ok, n > 0)
	p := make([]runtime.MemProfileRecord, n+10)
	n, ok = runtime.MemProfile(p, true)
	fmt.Println(ok)
	for _, r := range p[:n] {
		frames := runtime.CallersFrames(r.Stack())
		f, more := frames.Next()
		if f.Function == "main.build" && r.AllocBytes == 6400 {
			g, _ := frames.Next()
			fmt.Println(f.Function, f.Line, g.Function, g.Line, more)
			fmt.Println(r.AllocObjects, r.AllocBytes, r.FreeObjects, r.FreeBytes, r.InUseObjects(), r.InUseBytes())
		}
	}
}
