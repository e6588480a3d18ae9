// debug.PrintStack writes the running goroutine's stack to standard error, as runtime.Stack
// formats it, with runtime/debug's own two frames on top.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
)

type T struct{}

func (T) m() { debug.PrintStack() }

func main() {
	fmt.Fprintln(os.Stderr, "before")
	debug.PrintStack()
	T{}.m()
	go func() {
		debug.PrintStack()
		os.Exit(3)
	}()
	select {}
}
