package main

// The CPU profile's test program: heavy and light burn CPU in a 3:1 ratio, interleaved (so
// a drift of the machine's speed hits both alike); a goroutine burns in worker to show
// goroutine stacks ending at runtime.goexit. A second StartCPUProfile is refused.

import (
	"fmt"
	"os"
	"runtime/pprof"
)

var sink int

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (s >> 3)
	}
	return s
}

func heavy(n int) { sink += spin(3 * n) }

func light(n int) { sink += spin(n) }

func worker(n int, done chan bool) {
	sink += spin(n)
	done <- true
}

func main() {
	n := 150000
	if len(os.Args) > 1 {
		fmt.Sscan(os.Args[1], &n)
	}
	f, err := os.Create("cpu.prof")
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	fmt.Println(pprof.StartCPUProfile(f))
	for k := 0; k < 40; k++ {
		heavy(n)
		light(n)
	}
	done := make(chan bool)
	go worker(4*n, done)
	<-done
	pprof.StopCPUProfile()
	pprof.StopCPUProfile() // (a second stop does nothing)
	f.Close()
	fmt.Println("done")
}
