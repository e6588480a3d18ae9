// Finalizers run on the finalizer goroutine once runtime.GC finds their objects unreachable,
// newest first; an object still referenced, one whose finalizer was cancelled, one kept by
// runtime.KeepAlive and a package variable (ignored by SetFinalizer) are not finalized.
// One P, so that the finalizers' output interleaves with main's deterministically.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct {
	name string
	next *T
}

func (t *T) String() string { return "T(" + t.name + ")" }

var global T

var kept *T

func drop() {
	for i := 0; i < 4; i++ {
		runtime.SetFinalizer(&T{name: fmt.Sprint("p", i)}, func(t *T) { fmt.Println("finalized", t.name) })
	}
	runtime.SetFinalizer(&T{name: "iface"}, func(s fmt.Stringer) { fmt.Println("finalized as Stringer", s) })
	runtime.SetFinalizer(&T{name: "any"}, func(x any) { fmt.Println("finalized as any", x.(*T).name) })
	runtime.SetFinalizer(&T{name: "result"}, func(t *T) int { fmt.Println("finalized with a result", t.name); return 1 })
	c := &T{name: "cancelled"}
	runtime.SetFinalizer(c, func(t *T) { fmt.Println("finalized", t.name) })
	runtime.SetFinalizer(c, nil)
}

func main() {
	runtime.GOMAXPROCS(1)
	fmt.Println("goroutines", runtime.NumGoroutine())
	runtime.SetFinalizer(&global, func(t *T) { fmt.Println("finalized global") })
	kept = &T{name: "kept"}
	runtime.SetFinalizer(kept, func(t *T) { fmt.Println("finalized", t.name) })
	drop()
	fmt.Println("goroutines", runtime.NumGoroutine())
	runtime.GC()
	fmt.Println("after GC")
	runtime.Gosched()
	time.Sleep(time.Millisecond)

	x := &T{name: "x"}
	runtime.SetFinalizer(x, func(t *T) { fmt.Println("finalized", t.name) })
	runtime.GC()
	fmt.Println("x alive")
	runtime.KeepAlive(x)
	runtime.GC()
	fmt.Println("after the last GC, goroutines", runtime.NumGoroutine())
	time.Sleep(time.Millisecond)
	fmt.Println(kept.name)
}
