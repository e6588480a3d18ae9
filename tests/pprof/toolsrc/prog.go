package main

// The program whose profiles `gomem tool pprof` is tested on (tests/pprof/test_tool.py):
// run by real Go and by gomem (tool_regen.py), it writes heap.pb.gz (every allocation
// sampled), cpu.pb.gz, block.pb.gz and goroutine.pb.gz into the current directory.

import (
	"os"
	"runtime"
	"runtime/pprof"
	"sync"
	"time"
)

var keep [][]byte

func small(n int) {
	for i := 0; i < n; i++ {
		keep = append(keep, make([]byte, 64))
	}
}

func large(n int) {
	for i := 0; i < n; i++ {
		keep = append(keep, make([]byte, 4096))
	}
}

func churn(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 1024)
		total += len(b)
	}
	return total
}

var sink int

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (s >> 3)
	}
	return s
}

func burn(n int) { sink += spin(3 * n) }

func idle(n int) { sink += spin(n) }

func write(name string, p *pprof.Profile) {
	f, err := os.Create(name)
	if err != nil {
		panic(err)
	}
	if err := p.WriteTo(f, 0); err != nil {
		panic(err)
	}
	f.Close()
}

func main() {
	runtime.MemProfileRate = 1
	runtime.SetBlockProfileRate(1)
	small(100)
	large(20)
	sink += churn(50)

	f, err := os.Create("cpu.pb.gz")
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	deadline := time.Now().Add(300 * time.Millisecond)
	for time.Now().Before(deadline) {
		burn(200000)
		idle(200000)
	}
	pprof.StopCPUProfile()
	f.Close()

	var mu sync.Mutex
	var wg sync.WaitGroup
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ch <- 1
			mu.Unlock()
		}()
	}
	for i := 0; i < 3; i++ {
		time.Sleep(2 * time.Millisecond)
		<-ch
	}
	wg.Wait()

	runtime.GC()
	write("heap.pb.gz", pprof.Lookup("heap"))
	write("block.pb.gz", pprof.Lookup("block"))
	write("goroutine.pb.gz", pprof.Lookup("goroutine"))
}
