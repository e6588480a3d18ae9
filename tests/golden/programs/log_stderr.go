package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.Println("starting")
	fmt.Println("stdout: working")
	log.Printf("value=%d", 42)
	log.Print("no newline needed")

	log.SetPrefix("[app] ")
	log.Println("with prefix")

	l := log.New(os.Stdout, "custom: ", 0)
	l.Println("to stdout via logger")
	l.Printf("%s and %s", "a", "b")
	l.SetPrefix("changed: ")
	l.Print("x")

	fmt.Println("flags:", log.Flags(), "prefix:", log.Prefix())
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix flag")

	// log.Panicf logs, then panics with the same message
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("panic %d", 7)
	}()
	fmt.Println("done")
}
