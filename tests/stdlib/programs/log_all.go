package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type counter struct{ n, bytes int }

func (c *counter) Write(p []byte) (int, error) {
	c.n++
	c.bytes += len(p)
	return len(p), nil
}

func main() {
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "", log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	log.SetFlags(0)
	log.Print("print", 1, 2, "x", "y")
	log.Println("println", 1, 2)
	log.Printf("printf %d %q", 3, "s")
	log.Print("ends with newline\n")
	log.Print("")
	log.SetPrefix("pfx: ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	fmt.Println(log.Output(1, "via Output"))

	var sb strings.Builder
	l := log.New(&sb, "[sb] ", 0)
	l.Println("one")
	l.Printf("two %v", []int{1, 2})
	l.SetPrefix("[new] ")
	l.SetFlags(log.Lmsgprefix)
	l.Print("three")
	fmt.Print(sb.String())
	fmt.Println(l.Flags(), l.Prefix(), l.Writer() == io.Writer(&sb))

	c := &counter{}
	l2 := log.New(c, "", 0)
	l2.Println("a", "b")
	l2.Print("c")
	fmt.Println(c.n, c.bytes)
	l2.SetOutput(io.Discard)
	l2.Println("dropped")
	fmt.Println(c.n, c.bytes, l2.Writer() == io.Discard)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("")
	log.Println("to stdout now")
	fmt.Println(log.Writer() == io.Writer(os.Stdout), log.Default().Prefix() == "")
	log.SetOutput(os.Stderr)

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %q %T\n", r, r)
		}()
		log.Panicln("panic", "ln")
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %q\n", r)
		}()
		l.Panic("logger panic ", 42)
	}()
	fmt.Print(sb.String())
	defer fmt.Println("deferred: not printed")
	log.Fatalf("fatal %s", "error")
}
