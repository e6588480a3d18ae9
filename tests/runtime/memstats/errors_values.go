// errors.New and error values: errors.New allocates its 16-byte errorString; converting a
// struct error value to the error interface boxes it.
package main

import (
	"errors"
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

type codeErr struct {
	code int64
	msg  string
}

func (e codeErr) Error() string { return e.msg }

type ptrErr struct{ msg string }

func (e *ptrErr) Error() string { return e.msg }

var (
	esink error
	msgs  = []string{"first failure", "second failure"}
)

func main() {
	begin()
	for i := 0; i < 100; i++ {
		esink = errors.New(msgs[i%2])
	}
	end("errors.New x100")

	begin()
	for i := 0; i < 100; i++ {
		esink = codeErr{int64(i), msgs[0]}
	}
	end("struct -> error x100")

	begin()
	for i := 0; i < 100; i++ {
		esink = &ptrErr{msgs[1]}
	}
	end("&ptrErr{} x100")

	// (not errors.Is: Go's type-assertion caches grow at random moments)
	begin()
	for i := 0; i < 100; i++ {
		_ = esink.Error()
	}
	end("Error() x100")
}
