// Conversions between strings and rune slices, and string(rune).
package main

import (
	"fmt"
	"runtime"
)

var m0, m1 runtime.MemStats

func begin() { runtime.ReadMemStats(&m0) }

func end(label string) {
	runtime.ReadMemStats(&m1)
	fmt.Printf("%-22s Mallocs +%d Frees +%d TotalAlloc +%d HeapObjects +%d HeapAlloc +%d\n", label,
		m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees, m1.TotalAlloc-m0.TotalAlloc,
		m1.HeapObjects-m0.HeapObjects, m1.HeapAlloc-m0.HeapAlloc)
}

var (
	rsink []rune
	ssink string
	ascii = "hello, world, this is ascii text of some length!!"
	wide  = "héllo wörld ünïcode ☺☺☺"
)

func main() {
	begin()
	for i := 0; i < 100; i++ {
		rsink = []rune(ascii)
	}
	end("[]rune(49 ascii) x100")
	fmt.Println("  len", len(rsink), "cap", cap(rsink))

	begin()
	for i := 0; i < 100; i++ {
		rsink = []rune(wide)
	}
	end("[]rune(wide) x100")
	fmt.Println("  len", len(rsink), "cap", cap(rsink))

	r := []rune(wide)
	begin()
	for i := 0; i < 100; i++ {
		ssink = string(r)
	}
	end("string([]rune) x100")

	begin()
	for i := 0; i < 100; i++ {
		for range wide {
		}
	}
	end("range over string x100")
}
