// sync, time, math/rand and fmt: workers.
package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

var (
	mu      sync.Mutex
	results []int
)

func main() {
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			n := rand.Intn(100)
			time.Sleep(time.Millisecond)
			mu.Lock()
			results = append(results, i+n*0)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(len(results), time.Since(start) > 0)
}
