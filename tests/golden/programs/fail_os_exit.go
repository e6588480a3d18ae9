package main

import (
	"fmt"
	"os"
)

// os.Exit terminates immediately with the given status; deferred calls do not run.
// Output written before it (stdout and stderr) must still appear.

func validate(args []string) int {
	if len(args) < 2 {
		fmt.Fprintln(os.Stderr, "error: something went wrong")
		return 3
	}
	return 0
}

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	fmt.Println("validating", len(os.Args)-1, "arguments")
	if code := validate(os.Args); code != 0 {
		fmt.Println("exiting with status", code)
		os.Exit(code)
	}
	fmt.Println("unreachable")
}
