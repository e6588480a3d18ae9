// context: cancellation reaching children and goroutines waiting in select, causes,
// deadlines and timeouts, WithoutCancel, AfterFunc, contexts of the program's own.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, results chan<- string) {
	ticks := 0
	for {
		select {
		case <-ctx.Done():
			results <- fmt.Sprintf("worker %d stopped: %v (cause %v)", id, ctx.Err(), context.Cause(ctx))
			return
		default:
			ticks++
			time.Sleep(time.Millisecond)
		}
	}
}

// a Context of the program's own: not one of context's types
type custom struct {
	context.Context
	done chan struct{}
}

func (c *custom) Done() <-chan struct{} { return c.done }
func (c *custom) Err() error {
	select {
	case <-c.done:
		return errors.New("custom done")
	default:
		return nil
	}
}

type afterer struct {
	context.Context
	done chan struct{}
	fs   []func()
}

func (a *afterer) Done() <-chan struct{} { return a.done }
func (a *afterer) Err() error {
	select {
	case <-a.done:
		return context.DeadlineExceeded
	default:
		return nil
	}
}

func (a *afterer) AfterFunc(f func()) func() bool {
	fmt.Println("afterer.AfterFunc called")
	a.fs = append(a.fs, f)
	return func() bool { fmt.Println("afterer stop called"); return true }
}

func main() {
	// cancellation reaches every descendant
	root, cancel := context.WithCancelCause(context.Background())
	mid, midCancel := context.WithCancel(root)
	defer midCancel()
	leafA := context.WithValue(mid, "k", "v")
	leafB, bCancel := context.WithTimeout(mid, time.Hour)
	defer bCancel()
	results := make(chan string)
	go worker(leafA, 1, results)
	go worker(leafB, 2, results)
	time.Sleep(5 * time.Millisecond)
	cancel(errors.New("shutdown"))
	got := []string{<-results, <-results}
	if got[0] > got[1] {
		got[0], got[1] = got[1], got[0]
	}
	fmt.Println(got[0])
	fmt.Println(got[1])
	fmt.Println(mid.Err(), context.Cause(mid), leafB.Err(), context.Cause(leafB))

	// a child canceled first keeps its own cause; the parent is untouched
	p, pc := context.WithCancelCause(context.Background())
	ch, cc := context.WithCancelCause(p)
	cc(errors.New("child first"))
	pc(errors.New("parent later"))
	fmt.Println(context.Cause(ch), context.Cause(p), ch.Err(), p.Err())

	// a child of a canceled parent is born canceled
	dead, dc := context.WithCancel(context.Background())
	dc()
	born, bc := context.WithCancel(dead)
	fmt.Println(born.Err())
	bc()
	born2, bc2 := context.WithTimeout(dead, time.Hour)
	fmt.Println(born2.Err(), context.Cause(born2))
	bc2()

	// timeouts: the earlier deadline wins
	outer, oc := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer oc()
	inner, ic := context.WithTimeout(outer, time.Hour)
	defer ic()
	od, _ := outer.Deadline()
	id, _ := inner.Deadline()
	fmt.Println(od.Equal(id))
	fmt.Printf("%T\n", inner)
	start := time.Now()
	<-inner.Done()
	el := time.Since(start)
	fmt.Println(inner.Err(), outer.Err(), el >= 20*time.Millisecond, el < time.Second)

	// WithTimeoutCause
	tc, tcc := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	<-tc.Done()
	fmt.Println(tc.Err(), context.Cause(tc))
	tcc()
	fmt.Println(tc.Err(), context.Cause(tc))

	// WithoutCancel survives its parent
	wp, wpc := context.WithCancel(context.WithValue(context.Background(), "a", 1))
	w := context.WithoutCancel(wp)
	wc, wcc := context.WithCancel(w)
	wpc()
	fmt.Println(wp.Err(), w.Err(), wc.Err(), w.Value("a"), context.Cause(w), context.Cause(wc))
	wcc()
	fmt.Println(wc.Err(), wc)

	// AfterFunc
	var wg sync.WaitGroup
	af, afc := context.WithCancel(context.Background())
	wg.Add(1)
	stop := context.AfterFunc(af, func() { fmt.Println("after func ran"); wg.Done() })
	stop2 := context.AfterFunc(af, func() { fmt.Println("never") })
	fmt.Println("stop2:", stop2(), stop2())
	afc()
	wg.Wait()
	fmt.Println("stop after run:", stop())
	wg.Add(1)
	context.AfterFunc(af, func() { fmt.Println("after func on done ctx"); wg.Done() })
	wg.Wait()

	// custom parent: a goroutine watches it
	cu := &custom{context.Background(), make(chan struct{})}
	cch, ccc := context.WithCancel(cu)
	defer ccc()
	fmt.Println(cch)
	close(cu.done)
	<-cch.Done()
	fmt.Println(cch.Err(), context.Cause(cch))

	// parent with an AfterFunc method
	a := &afterer{Context: context.Background(), done: make(chan struct{})}
	ac, acc := context.WithCancel(a)
	fmt.Println(ac)
	fmt.Println(len(a.fs))
	fmt.Println(ac.Err())
	close(a.done)
	a.fs[0]()
	fmt.Println(ac.Err(), context.Cause(ac))
	acc()

	// Done is one channel, made once
	d1, dd := context.WithCancel(context.Background())
	fmt.Println(d1.Done() == d1.Done())
	dd()
	fmt.Println(d1.Done() == d1.Done())
	_, ok := <-d1.Done()
	fmt.Println(ok)
}
