package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred calls do not run when a signal kills the program")
	fmt.Println("before")
	runtime.Breakpoint()
	fmt.Println("after")
}
