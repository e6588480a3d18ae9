package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	os.Args = []string{"helper", "-help"}
	flag.String("mode", "fast", "the `mode` to run in")
	flag.Bool("q", false, "quiet")
	flag.Parse()
	fmt.Println("not reached")
}
