package main

// A custom profile (pprof.NewProfile) of open connections: Add with skip 1 (the stack starts
// in open) and 0 (it starts in Add itself, as Go's runtime.Callers(skip+1) gives it), Remove,
// Count, Lookup, Profiles, the panics of misuse, the debug=1 text and proto (custom.prof).

import (
	"fmt"
	"os"
	"runtime/pprof"
)

var conns = pprof.NewProfile("example.com/conns")

type conn struct{ id int }

func open(id int) *conn {
	c := &conn{id}
	conns.Add(c, 1)
	return c
}

func openHere(id int) *conn {
	c := &conn{id}
	conns.Add(c, 0)
	return c
}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	a := open(1)
	open(2)
	openHere(3)
	conns.Add("x", 0)
	conns.Remove(a)
	conns.Remove("nothing")
	try(func() { conns.Add("x", 0) })
	try(func() { pprof.NewProfile("example.com/conns") })
	try(func() { pprof.NewProfile("heap") })
	try(func() { pprof.NewProfile("") })
	try(func() { pprof.Lookup("heap").Add(1, 0) })
	try(func() { conns.Add([]int{1}, 0) })
	fmt.Println(conns.Count(), conns.Name(), pprof.Lookup("example.com/conns") == conns)
	for _, p := range pprof.Profiles() {
		fmt.Print(p.Name(), " ")
	}
	fmt.Println()
	f, _ := os.Create("custom.prof")
	conns.WriteTo(f, 0)
	f.Close()
	fmt.Println("--- debug=1")
	conns.WriteTo(os.Stdout, 1)
}
