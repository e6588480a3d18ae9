// runtime/debug imports os: its finalizer goroutine takes 5, the first go statement 6; the
// deadlock report lists goroutine 1 and the program's own.
package main

import (
	"runtime"
	"runtime/debug"
	"strings"
)

func id() string {
	buf := make([]byte, 64)
	n := runtime.Stack(buf, false)
	return strings.Fields(string(buf[:n]))[1]
}

func main() {
	debug.SetGCPercent(100)
	done := make(chan int)
	go func() { println("> first go:", id()); done <- 1 }()
	<-done
	go func() { done <- 2 }()
	go func() { done <- 3 }()
	select {}
}
