// A package variable's initializer converts a pointer to an interface (sync.NewCond(&mu)
// takes a sync.Locker; a Stringer variable holds a *T): the method tables for those dynamic
// types must exist although no function body converts them.
package main

import (
	"fmt"
	"sync"
)

type counter struct{ n int }

func (c *counter) String() string { return fmt.Sprintf("counter(%d)", c.n) }

var (
	mu     sync.Mutex
	cond   = sync.NewCond(&mu)
	shown  fmt.Stringer = &counter{n: 7}
	signal = make(chan bool)
)

func main() {
	go func() {
		mu.Lock()
		signal <- true
		cond.Wait()
		mu.Unlock()
		signal <- true
	}()
	<-signal
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	<-signal
	fmt.Println("woken;", shown.String(), shown)
}
