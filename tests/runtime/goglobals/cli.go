// flag, log, strconv, path/filepath, errors.
package main

import (
	"errors"
	"flag"
	"log"
	"path/filepath"
	"strconv"
)

var (
	verbose = flag.Bool("v", false, "verbose")
	count   = flag.Int("n", 3, "count")
	errBad  = errors.New("bad input")
)

func main() {
	flag.Parse()
	log.SetFlags(0)
	for i := 0; i < *count; i++ {
		log.Println(filepath.Join("dir", strconv.Itoa(i)), *verbose)
	}
	if errors.Is(errBad, errBad) {
		log.Printf("%v", errBad)
	}
}
