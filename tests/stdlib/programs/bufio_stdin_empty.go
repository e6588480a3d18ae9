// bufio over an empty stdin (/dev/null): no tokens, io.EOF from the Reader, and the
// Writer's unflushed data is lost when the program exits through os.Exit.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	fmt.Println(sc.Scan(), sc.Err(), sc.Text() == "")
	r := bufio.NewReader(os.Stdin)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	line, isPrefix, err := r.ReadLine()
	fmt.Println(line == nil, isPrefix, err)
	p, err := r.Peek(1)
	fmt.Println(len(p), err)

	errw := bufio.NewWriter(os.Stderr)
	fmt.Fprintln(errw, "to stderr, flushed")
	errw.Flush()
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "flushed")
	w.Flush()
	fmt.Fprintln(w, "never flushed")
	os.Exit(3)
}
