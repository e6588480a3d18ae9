package main

import (
	"fmt"
	"os"
)

// After os.Stdout.Close, writes to it fail (fmt.Println included: it writes to os.Stdout).
func main() {
	fmt.Println("before close")
	if err := os.Stdout.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "close:", err)
	}
	n, err := fmt.Println("after close")
	fmt.Fprintln(os.Stderr, "Println:", n, err)
	n, err = fmt.Printf("%d\n", 42)
	fmt.Fprintln(os.Stderr, "Printf:", n, err)
	_, err = os.Stdout.WriteString("x\n")
	fmt.Fprintln(os.Stderr, "WriteString:", err)
	err = os.Stdout.Close()
	fmt.Fprintln(os.Stderr, "second close:", err)
	os.Stdout = os.Stderr
	fmt.Println("to stderr now")
}
