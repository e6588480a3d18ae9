// Conversions, concatenations and maps that do not escape use memory in the frame: a 32-byte
// buffer for a []byte, []rune or string result that fits (a longer one is allocated as
// usual), an exact-size array for []byte of a constant, the hmap and first bucket of a map
// made with at most 8 entries. The capacities show which buffer a slice got.
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
	total int
	short = "abcdefghij"
	long  = "abcdefghijabcdefghijabcdefghijabcdefghij"
	sink  []byte
)

//go:noinline
func written(s string) (int, int) { b := []byte(s); b[0] = 'x'; return len(b), cap(b) }

//go:noinline
func readOnly(s string) (int, int) { b := []byte(s); return len(b), cap(b) }

//go:noinline
func runes(s string) (int, int) { r := []rune(s); r[0] = 'x'; return len(r), cap(r) }

//go:noinline
func fromBytes(b []byte) int { s := string(b); return len(s) }

//go:noinline
func concat(a, b string) int { s := a + b; return len(s) }

//go:noinline
func constBytes() (int, int) { b := []byte("abcde"); b[0] = 1; return len(b), cap(b) }

//go:noinline
func smallMap(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return len(m)
}

//go:noinline
func mapLit() int { m := map[string]int{"a": 1, "b": 2, "c": 3}; return len(m) + m["b"] }

func main() {
	fmt.Println(written(short))
	fmt.Println(written(long))
	fmt.Println(readOnly(short))
	fmt.Println(runes(short))
	fmt.Println(runes(long))
	fmt.Println(constBytes())
	sink = []byte("abc")
	fmt.Println(len(sink), cap(sink))

	begin()
	for i := 0; i < 1000; i++ {
		total += fromBytes([]byte(short))
	}
	end("string(b) local 10B")

	begin()
	for i := 0; i < 1000; i++ {
		total += concat(short, long)
	}
	end("a + b local 50B")

	begin()
	for i := 0; i < 1000; i++ {
		a, b := constBytes()
		total += a + b
	}
	end("[]byte(const) local")

	begin()
	for i := 0; i < 1000; i++ {
		total += smallMap(8)
	}
	end("map local 8 entries")

	begin()
	for i := 0; i < 1000; i++ {
		total += mapLit()
	}
	end("map literal local")
	fmt.Println(total)
}
