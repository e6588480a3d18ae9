package main

// runtime.Stack(buf, true): every goroutine's header (id masked: Go's first ids differ from
// gomem's) and the main package's frames of each.

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func wait(c chan int) { <-c }

func main() {
	c := make(chan int)
	go wait(c)
	go func() { time.Sleep(time.Hour) }()
	go func() { select {} }()
	runtime.Gosched()
	buf := make([]byte, 8192)
	n := runtime.Stack(buf, true)
	for _, line := range strings.Split(string(buf[:n]), "\n") {
		if strings.HasPrefix(line, "goroutine ") {
			f := strings.Fields(line)
			fmt.Println(f[0], "N", strings.Join(f[2:], " "))
		} else if strings.HasPrefix(line, "main.") || line == "" {
			fmt.Println(line)
		}
	}
}
