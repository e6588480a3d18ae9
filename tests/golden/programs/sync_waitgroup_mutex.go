package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("total")
				if j%10 == 0 {
					c.Inc(fmt.Sprintf("g%d", i%3))
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("total"), c.Value("g0"), c.Value("g1"), c.Value("g2"))

	// collecting results from goroutines under a mutex, then sorting
	var mu sync.Mutex
	var results []int
	var wg2 sync.WaitGroup
	wg2.Add(10)
	for i := 0; i < 10; i++ {
		go func(n int) {
			defer wg2.Done()
			sq := n * n
			mu.Lock()
			results = append(results, sq)
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	sort.Ints(results)
	fmt.Println(results)

	// RWMutex
	var rw sync.RWMutex
	shared := map[int]int{}
	var wg3 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			rw.Lock()
			shared[i] = i * 2
			rw.Unlock()
		}()
	}
	wg3.Wait()
	rw.RLock()
	sum := 0
	for _, v := range shared {
		sum += v
	}
	rw.RUnlock()
	fmt.Println("sum", sum, len(shared))

	// TryLock
	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()
	fmt.Println(m.TryLock())
}
