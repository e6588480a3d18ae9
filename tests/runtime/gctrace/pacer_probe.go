// Records, after each GC cycle, the pacer's inputs and the goal real Go derived from them
// (tests/runtime/gctrace: gomem's pacer must derive the same goal from the same inputs).
// One JSON object per line: the marked heap, the stack and globals bytes scanned, GOGC, the
// memory limit, the memory MemStats reports, and NextGC.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
)

var samples = []metrics.Sample{
	{Name: "/gc/cycles/total:gc-cycles"},
	{Name: "/gc/heap/live:bytes"},
	{Name: "/gc/scan/stack:bytes"},
	{Name: "/gc/scan/globals:bytes"},
	{Name: "/gc/heap/goal:bytes"},
	{Name: "/gc/gogc:percent"},
	{Name: "/gc/gomemlimit:bytes"},
}

var lastCycles uint64

func report(label string) {
	metrics.Read(samples)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	// (read, not asked of SetGCPercent: setting it would commit the pacer again)
	gogc := int64(samples[5].Value.Uint64())
	if gogc == 0 && debug.SetGCPercent(0) < 0 { // GOGC=off reads as 0 in the metric
		gogc = -1
		debug.SetGCPercent(-1)
	}
	limit := samples[6].Value.Uint64()
	fmt.Printf(`{"label": %q, "numgc": %d, "live": %d, "stack": %d, "globals": %d, "gogc": %d, "limit": %d, "sys": %d, "heap_idle": %d, "heap_released": %d, "heap_alloc": %d, "next_gc": %d, "metrics_goal": %d}`+"\n",
		label, m.NumGC, samples[1].Value.Uint64(), samples[2].Value.Uint64(), samples[3].Value.Uint64(),
		gogc, limit, m.Sys, m.HeapIdle, m.HeapReleased, m.HeapAlloc, m.NextGC, samples[4].Value.Uint64())
}

// poll reports once per new cycle
func poll(label string) {
	metrics.Read(samples[:1])
	if c := samples[0].Value.Uint64(); c != lastCycles {
		lastCycles = c
		report(label)
	}
}

type node struct {
	next *node
	data [56]byte
}

var keep *node
var sink []byte
var big [][]byte

func main() {
	scenario := os.Args[1]
	n, _ := strconv.Atoi(os.Args[2])
	switch scenario {
	case "grow": // a growing live list and garbage, automatic cycles
		for i := 0; i < n; i++ {
			keep = &node{next: keep}
			sink = make([]byte, 256)
			poll("auto")
		}
	case "forced": // live heaps of growing size, a forced cycle at each
		for i := 0; i < n; i++ {
			for j := 0; j < 20000; j++ {
				keep = &node{next: keep}
			}
			runtime.GC()
			report("forced")
		}
	case "setgcpercent": // after a forced cycle (sweeping done), SetGCPercent's goal
		for j := 0; j < 100000; j++ {
			keep = &node{next: keep}
		}
		runtime.GC()
		report("forced")
		for _, p := range []int{50, 200, 0, 1000, -1, 100} {
			debug.SetGCPercent(p)
			report(fmt.Sprintf("setgcpercent %d", p))
		}
	case "limit": // churn with a live heap under the memory limit (GOMEMLIMIT in the environment)
		for i := 0; i < n; i++ {
			if i%8 == 0 {
				big = append(big, make([]byte, 64<<10))
				if len(big) > 100 {
					big = big[1:]
				}
			}
			sink = make([]byte, 4096)
			poll("auto")
		}
	}
}
