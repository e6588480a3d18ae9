// The background scavenger with GOGC=100 (set by the program; the corpus runs with GOGC=off
// so that no automatic cycle runs while it allocates): it keeps the retained heap at 1.1 x
// the heap in use at the last mark termination, scaled by how the goal moved, but leaves a
// 4 MiB chunk alone for a cycle after it was dense. Released memory is counted in MiB
// (Go releases 4 KiB physical pages, gomem whole 8 KiB pages).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

type chunk struct{ a [1 << 17]int } // 1 MiB, a large object

var big []*chunk

// mib is b - a in MiB, rounded to the nearest
func mib(a, b uint64) int64 {
	d := int64(b) - int64(a)
	if d < 0 {
		return -((-d + 1<<19) >> 20)
	}
	return (d + 1<<19) >> 20
}

var base runtime.MemStats

func show(label string) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("%-36s HeapInuse %d MiB, HeapReleased %+d MiB, idle not released %d MiB\n", label,
		mib(0, m.HeapInuse), mib(base.HeapReleased, m.HeapReleased), mib(m.HeapReleased, m.HeapIdle))
}

// released waits up to 3 s for the scavenger to leave at most 256 KiB of idle memory unreleased
func released() bool {
	var m runtime.MemStats
	for i := 0; i < 60; i++ {
		time.Sleep(50 * time.Millisecond)
		runtime.ReadMemStats(&m)
		if m.HeapIdle-m.HeapReleased <= 256<<10 {
			return true
		}
	}
	return false
}

func main() {
	for i := 0; i < 24; i++ {
		big = append(big, new(chunk))
	}
	debug.SetGCPercent(100)
	runtime.GC()
	runtime.ReadMemStats(&base)
	show("24 MiB live, GC")
	big = nil
	runtime.GC()
	show("dropped, GC")
	time.Sleep(300 * time.Millisecond)
	show("300 ms later (its chunks were dense)")
	runtime.GC()
	fmt.Println("next GC: released within 3 s:", released())
	show("then")
	debug.FreeOSMemory()
	show("debug.FreeOSMemory")
}
