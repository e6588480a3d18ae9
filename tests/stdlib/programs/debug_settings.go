// runtime/debug: the GC settings, limits and statistics with Go's return values and
// validation, and Stack's text (offsets and directories removed: gomem has no machine code).
package main

import (
	"fmt"
	"math"
	"runtime/debug"
	"strings"
	"time"
)

func frames(b []byte) {
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, " +0x"); i >= 0 {
			line = line[:i]
		}
		if j := strings.LastIndex(line, ".go:"); j >= 0 && strings.HasPrefix(line, "\t") {
			line = "\tline" + line[j+3:] // (the program's file name differs between runs)
		}
		fmt.Printf("%q\n", line)
	}
}

//go:noinline
func inner() []byte { return debug.Stack() }

func main() {
	// GOGC: 100 unless the environment says otherwise; negative means off (-1)
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(-5))
	fmt.Println(debug.SetGCPercent(200))
	fmt.Println(debug.SetGCPercent(1 << 40)) // taken as an int32: 0
	fmt.Println(debug.SetGCPercent(1<<32 + 7))
	fmt.Println(debug.SetGCPercent(100))

	// the memory limit: MaxInt64 by default; a negative limit only asks
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64)
	fmt.Println(debug.SetMemoryLimit(1 << 30))
	fmt.Println(debug.SetMemoryLimit(-1))
	fmt.Println(debug.SetMemoryLimit(math.MinInt64))
	fmt.Println(debug.SetMemoryLimit(0))
	fmt.Println(debug.SetMemoryLimit(math.MaxInt64))

	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(debug.SetMaxStack(1000000000))
	fmt.Println(debug.SetMaxThreads(20000))
	fmt.Println(debug.SetMaxThreads(3000000000)) // capped at MaxInt32
	fmt.Println(debug.SetMaxThreads(10000))

	// per goroutine
	fmt.Println(debug.SetPanicOnFault(true))
	fmt.Println(debug.SetPanicOnFault(true))
	done := make(chan bool)
	go func() { done <- debug.SetPanicOnFault(false) }()
	fmt.Println(<-done)
	fmt.Println(debug.SetPanicOnFault(false))

	// no collection has run yet
	var s debug.GCStats
	debug.ReadGCStats(&s)
	fmt.Println(s.NumGC, s.PauseTotal, len(s.Pause), cap(s.Pause), len(s.PauseEnd), cap(s.PauseEnd))
	fmt.Println(s.LastGC.IsZero(), s.LastGC.UnixNano(), s.PauseQuantiles == nil)
	s.PauseQuantiles = make([]time.Duration, 5)
	s.PauseQuantiles[2] = time.Second
	debug.ReadGCStats(&s)
	fmt.Println(s.PauseQuantiles)

	debug.SetTraceback("single")
	frames(debug.Stack())
	frames(inner())
	func() { frames(debug.Stack()) }()
}
