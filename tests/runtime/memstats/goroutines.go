// go statements: a new goroutine takes a g (a 448-byte object allocated when no exited goroutine's
// g can be reused: the first one, then two more for three at once) and, when the call has
// non-constant arguments, a receiver or a function value, one closure holding them.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

var m0, m1 runtime.MemStats

func begin() { runtime.ReadMemStats(&m0) }

func end(label string) {
	runtime.ReadMemStats(&m1)
	fmt.Printf("%-22s Mallocs +%d Frees +%d TotalAlloc +%d HeapObjects +%d HeapAlloc +%d\n", label,
		m1.Mallocs-m0.Mallocs, m1.Frees-m0.Frees, m1.TotalAlloc-m0.TotalAlloc,
		m1.HeapObjects-m0.HeapObjects, m1.HeapAlloc-m0.HeapAlloc)
}

var wg sync.WaitGroup

type T struct{ a, b int64 }

func (t T) M(x int)  { wg.Done() }
func (t *T) P(x int) { wg.Done() }

func work(n int, s string) { wg.Done() }

func work3(a, b, c int64) { wg.Done() }

func noargs() { wg.Done() }

var fv = func(x int) { wg.Done() }

func main() {
	begin()
	wg.Add(1)
	go noargs()
	wg.Wait()
	end("first go f()")

	begin()
	wg.Add(3)
	go noargs()
	go noargs()
	go noargs()
	wg.Wait()
	end("3 at once after it")

	for i := 0; i < 10; i++ {
		wg.Add(1)
		go noargs()
		wg.Wait()
	}
	s := "abc"
	t := T{1, 2}
	p := &t

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go noargs()
		wg.Wait()
	}
	end("go f() x100")

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go work(1, "constant")
		wg.Wait()
	}
	end("go f(consts) x100")

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go work(i, s)
		wg.Wait()
	}
	end("go work(i, s) x100")

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go work3(int64(i), 1, 2)
		wg.Wait()
	}
	end("go work3(i, 1, 2)")

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go t.M(i)
		wg.Wait()
	}
	end("go t.M(i) x100")

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go p.P(i)
		wg.Wait()
	}
	end("go p.P(i) x100")

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go fv(i)
		wg.Wait()
	}
	end("go fv(i) x100")

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(x int) { wg.Done() }(i)
		wg.Wait()
	}
	end("go func(x){}(i) x100")

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			wg.Done()
		}()
		wg.Wait()
	}
	end("go func(){}() x100")

	begin()
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			_ = i
			wg.Done()
		}()
		wg.Wait()
	}
	end("go func(){i}() x100")
}
