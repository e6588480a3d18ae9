// A server with net/http/pprof and one handler of its own, on the port given as argument.
package main

import (
	"fmt"
	"log"
	"net/http"
	_ "net/http/pprof"
	"os"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "root %s\n", r.URL.Path)
	})
	log.Println(http.ListenAndServe("127.0.0.1:"+os.Args[1], nil))
}
