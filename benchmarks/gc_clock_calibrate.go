package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

type obj struct {
	next *obj
	data [120]byte
}
type node struct {
	next *node
	data [56]byte
}
type small struct {
	next *small
	v    int
}

var sinkB []byte
var sinkO *obj
var sinkN *node
var sinkS *small
var keepO *obj
var keepS *small
var keepP []*obj

func ns(d time.Duration, n int) float64 { return float64(d.Nanoseconds()) / float64(n) }

func gcTime() float64 {
	best := 1e18
	for r := 0; r < 7; r++ {
		t := time.Now()
		runtime.GC()
		if x := float64(time.Since(t).Nanoseconds()); x < best {
			best = x
		}
	}
	return best
}

func main() {
	debug.SetGCPercent(-1)
	const N = 200000
	for _, sz := range []int{8, 16, 64, 256, 1000, 4096, 32768} {
		n := N
		if sz > 1000 {
			n = N / 20
		}
		best := 1e18
		for r := 0; r < 5; r++ {
			t := time.Now()
			for i := 0; i < n; i++ {
				sinkB = make([]byte, sz)
			}
			if x := ns(time.Since(t), n); x < best {
				best = x
			}
			runtime.GC()
		}
		fmt.Printf("alloc noscan %d B: %.1f ns\n", sz, best)
	}
	for _, kind := range []string{"small16", "node64", "obj128"} {
		best := 1e18
		for r := 0; r < 5; r++ {
			t := time.Now()
			for i := 0; i < N; i++ {
				switch kind {
				case "small16":
					sinkS = &small{}
				case "node64":
					sinkN = &node{}
				case "obj128":
					sinkO = &obj{}
				}
			}
			if x := ns(time.Since(t), N); x < best {
				best = x
			}
			runtime.GC()
		}
		fmt.Printf("alloc %s: %.1f ns\n", kind, best)
	}
	// loop back-edge cost
	{
		t := time.Now()
		s := 0
		for i := 0; i < 100000000; i++ {
			s += i ^ (s >> 3)
		}
		fmt.Printf("loop iteration: %.2f ns (%d)\n", ns(time.Since(t), 100000000), s&1)
	}
	base := gcTime()
	fmt.Printf("empty GC: %.0f ns\n", base)
	const M = 1000000
	for i := 0; i < M; i++ {
		keepO = &obj{next: keepO}
	}
	g := gcTime()
	fmt.Printf("mark obj128 list: %.1f ns/object\n", (g-base)/M)
	keepO = nil
	runtime.GC()
	for i := 0; i < M; i++ {
		keepS = &small{next: keepS}
	}
	g = gcTime()
	fmt.Printf("mark small16 list: %.1f ns/object\n", (g-base)/M)
	keepS = nil
	runtime.GC()
	keepP = make([]*obj, 4*M)
	g = gcTime()
	fmt.Printf("scan nil pointer array: %.3f ns/byte\n", (g-base)/(8*4*M))
	keepP = nil
	runtime.GC()
	big := make([][]byte, M)
	for i := range big {
		big[i] = make([]byte, 1000)
	}
	g = gcTime()
	fmt.Printf("mark 1M noscan 1000B objects from one array: %.1f ns/object\n", (g-base-8*M*(0))/M)
	runtime.KeepAlive(big)
}
