package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct{ p *int }

func main() {
	runtime.SetFinalizer(&T{}, func(t *T) { panic("boom") })
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("not reached")
}
