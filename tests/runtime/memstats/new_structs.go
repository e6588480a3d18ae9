// new(T) and &T{} of structs of several sizes, with and without pointers: each is one heap
// object charged at its size-class slot (scan objects over 512 bytes carry an 8-byte header).
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

type s16 struct{ a, b int64 }
type s33 struct{ a [33]byte }
type s33p struct {
	p *int
	a [25]byte
}
type s100 struct{ a [100]byte }
type s512p struct {
	p *int
	a [504]byte
}
type s520p struct {
	p *int
	a [512]byte
}
type s1000 struct{ a [1000]byte }
type s1000p struct {
	a [992]byte
	p *int
}

var (
	k16    *s16
	k33    *s33
	k33p   *s33p
	k100   *s100
	k512p  *s512p
	k520p  *s520p
	k1000  *s1000
	k1000p *s1000p
	kp     **int
)

func main() {
	begin()
	for i := 0; i < 1000; i++ {
		k33 = new(s33)
	}
	end("new 33B x1000")

	begin()
	for i := 0; i < 1000; i++ {
		k33p = &s33p{a: [25]byte{1}}
	}
	end("&T{} 33B scan x1000")

	begin()
	for i := 0; i < 1000; i++ {
		k16 = &s16{int64(i), 2}
	}
	end("&T{} 16B x1000")

	begin()
	for i := 0; i < 500; i++ {
		kp = new(*int)
	}
	end("new(*int) x500")

	begin()
	for i := 0; i < 300; i++ {
		k100 = new(s100)
	}
	end("new 100B x300")

	begin()
	for i := 0; i < 100; i++ {
		k512p = new(s512p)
	}
	end("new 512B scan x100")

	begin()
	for i := 0; i < 100; i++ {
		k520p = new(s520p)
	}
	end("new 520B scan x100")

	begin()
	for i := 0; i < 100; i++ {
		k1000 = new(s1000)
	}
	end("new 1000B x100")

	begin()
	for i := 0; i < 100; i++ {
		k1000p = new(s1000p)
	}
	end("new 1000B scan x100")
}
