// One cycle, then the program sleeps longer than the forcegc period (shortened by the test):
// sysmon's forced cycle runs meanwhile; NumForcedGC counts only runtime.GC.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GC()
	time.Sleep(300 * time.Millisecond)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println(m.NumGC >= 2, m.NumForcedGC)
	c := make(chan int)
	<-c // deadlock: the forcegc helper does not keep the program alive
}
