// Inlined calls in stacks: gc inlines newNode into pair and pair (with its newNode calls) into
// build, newNode into single, wait into park, mid into outer; the profiles, runtime.Callers and
// a goroutine's traceback show each inlined call as a frame of its own inside its caller's code
// (one Location with several Lines in the proto, `f(...)` in a traceback).
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
)

type Node struct {
	val  int
	next *Node
}

var kept []*Node

func newNode(v int) *Node {
	return &Node{val: v}
}

func pair(v int) *Node {
	n := newNode(v)
	n.next = newNode(v + 1)
	return n
}

//go:noinline
func build(k int) {
	for i := 0; i < k; i++ {
		kept = append(kept, pair(i))
	}
}

//go:noinline
func single(k int) {
	for i := 0; i < k; i++ {
		kept = append(kept, newNode(i))
	}
}

func wait(c chan int) int {
	return <-c
}

//go:noinline
func park(c chan int) {
	wait(c)
}

func leaf() {
	pc := make([]uintptr, 10)
	n := runtime.Callers(0, pc)
	frames := runtime.CallersFrames(pc[:n])
	for {
		f, more := frames.Next()
		fn := runtime.FuncForPC(f.PC)
		fmt.Println(f.Function, f.Line, f.Func == nil, f.Entry == fn.Entry(), fn.Name())
		if !more {
			break
		}
	}
	p, _, line, ok := runtime.Caller(1)
	fn := runtime.FuncForPC(p)
	_, fline := fn.FileLine(p)
	fmt.Println("caller", fn.Name(), line, fline, ok)
}

func mid() {
	leaf()
}

//go:noinline
func outer() {
	mid()
}

func main() {
	runtime.MemProfileRate = 0 // (fmt's allocations differ in gomem: not profiled)
	fmt.Println("--- callers")
	outer()
	// (a first wait, so that park's finds a sudog in the cache: not an allocation of the
	// profile, as it would be in Go)
	done := make(chan int)
	go func() { done <- 1 }()
	<-done
	runtime.MemProfileRate = 1
	build(10)
	single(5)
	c := make(chan int)
	go park(c)
	runtime.Gosched()
	runtime.GC()
	f, _ := os.Create("mem.prof")
	pprof.WriteHeapProfile(f)
	f.Close()
	var b strings.Builder
	pprof.Lookup("heap").WriteTo(&b, 1)
	fmt.Println("--- heap debug=1")
	fmt.Print(b.String())
	var b2 strings.Builder
	pprof.Lookup("heap").WriteTo(&b2, 2)
	fmt.Println("--- heap debug=2")
	fmt.Print(b2.String())
	g := pprof.Lookup("goroutine")
	fmt.Println("--- goroutine debug=1")
	g.WriteTo(os.Stdout, 1)
	fmt.Println("--- goroutine debug=2")
	g.WriteTo(os.Stdout, 2)
	c <- 1
}
