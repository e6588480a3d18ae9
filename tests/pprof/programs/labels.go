package main

// The profiler labels' test program: the label API, goroutines that inherit their creator's
// labels (pprof.Do, SetGoroutineLabels) in the goroutine profile, and labelled CPU samples.

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"time"
)

func waiter(c chan int) {
	<-c
}

func spawn(c chan int, n int) {
	for i := 0; i < n; i++ {
		go waiter(c)
	}
}

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i % 7
	}
	return s
}

// busy uses about d of CPU
func busy(d time.Duration) int {
	s := 0
	for start := time.Now(); time.Since(start) < d; {
		s += spin(1000)
	}
	return s
}

func sorted(ctx context.Context) []string {
	var kv []string
	pprof.ForLabels(ctx, func(k, v string) bool {
		kv = append(kv, k+"="+v)
		return true
	})
	sort.Strings(kv)
	return kv
}

func main() {
	bg := context.Background()
	ctx := pprof.WithLabels(bg, pprof.Labels("role", "waiter", "shard", "0"))
	fmt.Println(ctx, sorted(ctx))
	v, ok := pprof.Label(ctx, "shard")
	fmt.Println(v, ok)

	c := make(chan int)
	spawn(c, 1) // no labels
	pprof.Do(ctx, pprof.Labels(), func(ctx context.Context) {
		spawn(c, 2)
		pprof.Do(ctx, pprof.Labels("shard", "1"), func(ctx context.Context) {
			fmt.Println(sorted(ctx))
			spawn(c, 1)
		})
	})
	pprof.SetGoroutineLabels(pprof.WithLabels(bg, pprof.Labels("role", "other")))
	spawn(c, 1)
	go func() {
		spawn(c, 1) // inherits from a goroutine that inherited
		waiter(c)
	}()
	pprof.SetGoroutineLabels(bg)
	func() {
		defer func() { recover() }()
		pprof.Do(bg, pprof.Labels("role", "panicked"), func(context.Context) {
			panic("the labels are restored all the same")
		})
	}()
	go func() {
		pprof.Do(ctx, pprof.Labels("role", "inside"), func(context.Context) {
			waiter(c) // labelled while in Do: Do's frame is on its stack
		})
	}()
	for i := 0; i < 10; i++ {
		runtime.Gosched()
	}
	p := pprof.Lookup("goroutine")
	f, _ := os.Create("goroutine.prof")
	p.WriteTo(f, 0)
	f.Close()
	fmt.Println("--- debug=1")
	p.WriteTo(os.Stdout, 1)
	fmt.Println("--- debug=2")
	p.WriteTo(os.Stdout, 2)

	f, _ = os.Create("cpu.prof")
	pprof.StartCPUProfile(f)
	for _, phase := range []string{"load", "store"} {
		pprof.Do(bg, pprof.Labels("phase", phase), func(ctx context.Context) {
			busy(300 * time.Millisecond)
		})
	}
	pprof.StopCPUProfile()
	f.Close()
}
