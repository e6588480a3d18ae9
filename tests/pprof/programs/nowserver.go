// net/http/pprof's heap profile as of the last GC, and with gomem's now=1 the heap now:
// before's objects are allocated before the program's runtime.GC, after's after it.
package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
	"os"
	"runtime"
)

type item struct {
	next *item
	n    [5]int
}

var keep *item

func before() {
	for i := 0; i < 300; i++ {
		keep = &item{next: keep}
	}
}

func after() {
	for i := 0; i < 200; i++ {
		keep = &item{next: keep}
	}
}

func main() {
	before()
	runtime.GC()
	after()
	log.Println(http.ListenAndServe("localhost:"+os.Args[1], nil))
}
