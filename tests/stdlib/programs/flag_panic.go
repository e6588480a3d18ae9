package main

import (
	"flag"
	"fmt"
)

func main() {
	fs := flag.NewFlagSet("p", flag.PanicOnError)
	fs.Int("n", 0, "a number")
	fmt.Println(fs.Parse([]string{"-n", "1"}))
	fs.Parse([]string{"-n", "one"})
}
