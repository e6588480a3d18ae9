// fmt links package os, whose init sets finalizers on os.Stdin/Stdout/Stderr: the finalizer
// goroutine starts before main as 5, so the first go statement gets 6. runtime.Stack(buf,
// true) lists the program's goroutines only. A later SetFinalizer creates nothing.
package main

import (
	"fmt"
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
	go func() { fmt.Println("first go:", id()); done <- 1 }()
	<-done
	runtime.SetFinalizer(&T{}, func(*T) {})
	go func() { fmt.Println("after SetFinalizer:", id()); done <- 1 }()
	<-done
	fmt.Println("NumGoroutine:", runtime.NumGoroutine())
	go func() { <-done }()
	buf := make([]byte, 1<<16)
	n := runtime.Stack(buf, true)
	for _, line := range strings.Split(string(buf[:n]), "\n") {
		if strings.HasPrefix(line, "goroutine ") {
			fmt.Println(line)
		}
	}
	go func() { panic("in a goroutine") }()
	<-done
}
