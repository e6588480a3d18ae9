package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{ a, b int }

var sink []*T

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, strings.HasPrefix(runtime.Version(), "go1.23"))
	fmt.Println(runtime.NumGoroutine(), runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(prev)

	done := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) {
			runtime.Gosched()
			done <- i
		}(i)
	}
	fmt.Println(runtime.NumGoroutine())
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-done
	}
	fmt.Println("sum", sum)

	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before, total := m.Mallocs, m.TotalAlloc
	for i := 0; i < 1000; i++ {
		sink = append(sink, &T{i, i})
	}
	runtime.ReadMemStats(&m)
	fmt.Println(m.Mallocs-before >= 1000, m.TotalAlloc-total >= 16000, m.HeapAlloc > 0, m.HeapObjects > 0, m.EnableGC)
	fmt.Println(len(m.PauseNs), len(m.PauseEnd), len(m.BySize), m.DebugGC)
	runtime.GC()
	runtime.KeepAlive(sink)

	x := &T{1, 2}
	runtime.SetFinalizer(x, func(t *T) { fmt.Println("finalized") })
	runtime.SetFinalizer(x, nil)

	fin := make(chan bool)
	go func() {
		defer func() { fin <- true }()
		defer fmt.Println("goexit runs deferred calls")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-fin

	func() {
		defer func() {
			r := recover()
			err, ok := r.(runtime.Error)
			fmt.Println("runtime.Error:", ok, err)
		}()
		var arr []int
		idx := 5
		fmt.Println(arr[idx])
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("error:", ok, err)
			_, isRT := r.(runtime.Error)
			fmt.Println(isRT)
		}()
		var i any = "str"
		fmt.Println(i.(int))
	}()
	func() {
		defer func() {
			r := recover()
			_, isRT := r.(runtime.Error)
			fmt.Println("plain panic is runtime.Error:", isRT, r)
		}()
		panic("plain")
	}()
}
