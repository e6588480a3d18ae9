// The first cycle starts one background mark worker per P (Go's gcBgMarkStartWorkers): with
// GOMAXPROCS=1 it takes the next id, so a go statement after runtime.GC skips one; later
// cycles create none.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func id() string {
	buf := make([]byte, 64)
	n := runtime.Stack(buf, false)
	return strings.Fields(string(buf[:n]))[1]
}

func main() {
	done := make(chan int)
	go func() { fmt.Println("first go:", id()); done <- 1 }()
	<-done
	runtime.GC()
	go func() { fmt.Println("after the first GC:", id()); done <- 1 }()
	<-done
	runtime.GC()
	go func() { fmt.Println("after the second GC:", id()); done <- 1 }()
	<-done
	fmt.Println("NumGoroutine:", runtime.NumGoroutine())
}
