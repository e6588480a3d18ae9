// No package os: the runtime's goroutines are the forcegc helper (2), the background sweeper
// (3) and the scavenger (4); the first go statement gets 5. None of them is counted by
// NumGoroutine or listed in the deadlock report.
package main

import "runtime"

func id() int {
	buf := make([]byte, 64)
	n := runtime.Stack(buf, false)
	v := 0
	for _, c := range buf[len("goroutine "):n] {
		if c < '0' || c > '9' {
			break
		}
		v = v*10 + int(c-'0')
	}
	return v
}

func main() {
	done := make(chan int)
	go func() { println("> first go:", id()); done <- 1 }()
	<-done
	println("> NumGoroutine:", runtime.NumGoroutine())
	go func() { println("> second go:", id()); done <- 1 }()
	<-done
	go func() { <-done }()
	go func() { select {} }()
	var never chan int
	<-never
}
