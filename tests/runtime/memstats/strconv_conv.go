// strconv: results of 16 bytes or more are one allocation each; Itoa of 0..99 returns a
// substring of a constant; Append* into spare capacity allocates nothing.
package main

import (
	"fmt"
	"runtime"
	"strconv"
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
	ssink string
	bsink []byte
	ival  = -1234567890123456789
	small = 42
	fval  = 3.14159265358979
)

func main() {
	begin()
	for i := 0; i < 100; i++ {
		ssink = strconv.Itoa(small)
	}
	end("Itoa(42) x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = strconv.Itoa(ival)
	}
	end("Itoa(20 chars) x100")

	begin()
	for i := 0; i < 100; i++ {
		ssink = strconv.FormatInt(int64(ival), 2)
	}
	end("FormatInt base 2")

	begin()
	for i := 0; i < 100; i++ {
		ssink = strconv.FormatFloat(fval, 'g', -1, 64)
	}
	end("FormatFloat 16 chars")

	begin()
	for i := 0; i < 100; i++ {
		ssink = strconv.Quote("a string to be quoted\n")
	}
	end("Quote x100")

	buf := make([]byte, 0, 4000)
	begin()
	for i := 0; i < 100; i++ {
		buf = strconv.AppendInt(buf, int64(ival), 10)
	}
	end("AppendInt spare cap")
	bsink = buf

	begin()
	for i := 0; i < 100; i++ {
		n, _ := strconv.Atoi("123456789")
		small = n
	}
	end("Atoi x100")

	begin()
	for i := 0; i < 100; i++ {
		f, _ := strconv.ParseFloat("2.718281828", 64)
		fval = f
	}
	end("ParseFloat x100")
}
