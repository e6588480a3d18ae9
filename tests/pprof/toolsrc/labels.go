package main

// Real Go only (gomem has no package context yet): a CPU profile whose samples carry
// string labels (pprof.Do) and a goroutine profile of labelled goroutines, for the label
// lines of `gomem tool pprof -traces`. Writes labels_cpu.pb.gz and labels_goroutine.pb.gz.

import (
	"context"
	"os"
	"runtime/pprof"
	"time"
)

var sink int

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (s >> 3)
	}
	return s
}

func parked(ch chan int) { <-ch }

func main() {
	f, err := os.Create("labels_cpu.pb.gz")
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	deadline := time.Now().Add(200 * time.Millisecond)
	for time.Now().Before(deadline) {
		pprof.Do(context.Background(), pprof.Labels("phase", "burn", "worker", "a"), func(context.Context) { sink += spin(300000) })
		pprof.Do(context.Background(), pprof.Labels("phase", "cool"), func(context.Context) { sink += spin(100000) })
	}
	pprof.StopCPUProfile()
	f.Close()

	ch := make(chan int)
	for i := 0; i < 2; i++ {
		go pprof.Do(context.Background(), pprof.Labels("role", "waiter"), func(context.Context) { parked(ch) })
	}
	time.Sleep(10 * time.Millisecond)
	g, err := os.Create("labels_goroutine.pb.gz")
	if err != nil {
		panic(err)
	}
	pprof.Lookup("goroutine").WriteTo(g, 0)
	g.Close()
}
