// runtime, runtime/debug, os and a pointerful array of slices.
package main

import (
	"os"
	"runtime"
	"runtime/debug"
)

var live [128][]byte

func main() {
	debug.SetGCPercent(50)
	for i := 0; i < 10000; i++ {
		live[i%len(live)] = make([]byte, 256)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if ms.NumGC == 0 {
		os.Exit(1)
	}
	os.Stdout.WriteString("ok\n")
}
