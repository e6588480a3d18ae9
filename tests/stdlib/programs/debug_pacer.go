// The pacer before any collection: MemStats.NextGC for each GOGC (debug.SetGCPercent), with
// GOGC=off, and under memory limits (debug.SetMemoryLimit), where Go derives the goal from the
// memory MemStats reports: the limit less the memory that is not heap objects and less what is
// already over the limit, less max(3%, 1 MiB) of headroom. And the GC statistics of a program
// that has not collected yet (MemStats' GC fields, debug.ReadGCStats).
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"time"
)

func limitGoal(m *runtime.MemStats, limit uint64) uint64 {
	nonHeap := m.Sys - m.HeapIdle - m.HeapAlloc
	var overage uint64
	if mapped := m.Sys - m.HeapReleased; mapped > limit {
		overage = mapped - limit
	}
	if nonHeap+overage >= limit {
		return 0 // the marked heap: nothing marked yet
	}
	goal := limit - (nonHeap + overage)
	headroom := max(goal/100*3, 1<<20)
	if goal < 2*headroom {
		return headroom
	}
	return goal - headroom
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("GOGC=100:", m.NextGC)
	for _, p := range []int{50, 200, 1000, 25, 100} {
		prev := debug.SetGCPercent(p)
		runtime.ReadMemStats(&m)
		fmt.Println("GOGC", prev, "->", p, m.NextGC)
	}

	debug.SetGCPercent(-1)
	runtime.ReadMemStats(&m)
	fmt.Println("GOGC=off:", m.NextGC == limitGoal(&m, math.MaxInt64), m.NextGC > 8_900_000_000_000_000_000)
	for _, limit := range []int64{1 << 40, 64 << 20, 16 << 20, 12 << 20, 8 << 20} {
		debug.SetMemoryLimit(limit)
		runtime.ReadMemStats(&m)
		fmt.Println("GOGC=off limit", limit, m.NextGC == limitGoal(&m, uint64(limit)))
	}
	debug.SetGCPercent(100)
	for _, limit := range []int64{1 << 40, 64 << 20, 16 << 20} {
		debug.SetMemoryLimit(limit)
		runtime.ReadMemStats(&m)
		fmt.Println("GOGC=100 limit", limit, m.NextGC == min(4<<20, limitGoal(&m, uint64(limit))), m.NextGC)
	}
	debug.SetMemoryLimit(math.MaxInt64)

	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC, m.NumForcedGC, m.PauseTotalNs, m.LastGC, m.GCCPUFraction, m.EnableGC, m.DebugGC,
		m.PauseNs[0], m.PauseEnd[255])
	var s debug.GCStats
	s.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&s)
	fmt.Println(s.NumGC, s.PauseTotal, len(s.Pause), len(s.PauseEnd), s.PauseQuantiles, s.LastGC.UnixNano())
}
