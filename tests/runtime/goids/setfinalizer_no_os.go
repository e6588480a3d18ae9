// Without package os the finalizer goroutine starts at the first SetFinalizer (Go's
// createfing), taking the next id: the go statements before it get 5, after it 7.
package main

import (
	"runtime"
	"strings"
)

type T struct{ a, b *int }

func id() string {
	buf := make([]byte, 64)
	n := runtime.Stack(buf, false)
	return strings.Fields(string(buf[:n]))[1]
}

func main() {
	done := make(chan int)
	go func() { println("> before:", id()); done <- 1 }()
	<-done
	runtime.SetFinalizer(&T{}, func(*T) {})
	go func() { println("> after:", id()); done <- 1 }()
	<-done
	println("> NumGoroutine:", runtime.NumGoroutine())
	runtime.SetFinalizer(&T{}, func(*T) {})
	go func() { println("> after another:", id()); done <- 1 }()
	<-done
}
