// The tutorial's server: a goroutine allocating in a loop, net/http/pprof on the default mux.
package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
	"os"
	"time"
)

var keep [][]byte

func allocate() {
	for i := 0; ; i++ {
		keep = append(keep, make([]byte, 64<<10))
		if len(keep) > 64 {
			keep = keep[1:]
		}
		time.Sleep(time.Millisecond)
	}
}

func main() {
	go allocate()
	log.Println(http.ListenAndServe("localhost:"+os.Args[1], nil))
}
