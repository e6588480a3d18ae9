// main blocks forever in select {} while a goroutine serves: not a deadlock while the
// listener is open (Go just waits).
package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "still here")
	})
	go func() {
		fmt.Println(http.ListenAndServe("127.0.0.1:"+os.Args[1], nil))
		os.Exit(3)
	}()
	select {}
}
