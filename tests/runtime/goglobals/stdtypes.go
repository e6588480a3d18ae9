// Package variables of standard types: their sizes and whether they hold pointers are Go's
// (sync's and time.Duration's hold none; the others do).
package main

import (
	"bufio"
	"bytes"
	"container/list"
	"math/rand"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

var (
	buf     bytes.Buffer
	sb      strings.Builder
	started time.Time
	queue   list.List
	latest  atomic.Value
	rng     *rand.Rand
	reader  *bufio.Reader
	mu      sync.Mutex
	rw      sync.RWMutex
	wg      sync.WaitGroup
	once    sync.Once
	hits    atomic.Int64
	timeout time.Duration
	seen    sync.Map
	sr      strings.Reader
)

func main() {
	buf.WriteString("x")
	sb.WriteString("y")
	started = time.Now()
	queue.PushBack(1)
	latest.Store(2)
	rng = rand.New(rand.NewSource(1))
	reader = bufio.NewReader(&buf)
	mu.Lock()
	mu.Unlock()
	rw.RLock()
	rw.RUnlock()
	wg.Add(1)
	wg.Done()
	once.Do(func() {})
	hits.Add(1)
	timeout = time.Second
	seen.Store("k", 1)
	sr.Reset("z")
	println(buf.Len(), sb.Len(), started.IsZero(), queue.Len(), latest.Load() != nil, rng.Intn(3), reader.Size(),
		hits.Load(), timeout, sr.Len())
}
