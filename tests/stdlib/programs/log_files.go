package main

// log's Lshortfile and Llongfile: the caller's file and line (the file name itself differs
// between Go's build directory and gomem's, so a writer replaces it by "FILE").

import (
	"log"
	"os"
	"path/filepath"
	"strings"
)

type fileless struct{}

func (fileless) Write(p []byte) (int, error) {
	s := string(p)
	if i := strings.Index(s, ".go:"); i >= 0 {
		j := strings.LastIndexAny(s[:i], " /") + 1
		dir := s[:j]
		if filepath.IsAbs(strings.TrimSpace(dir) + "x") {
			dir = "ABS/"
		}
		s = dir + "FILE" + s[i+3:]
	}
	os.Stdout.WriteString(s)
	return len(p), nil
}

func helper(l *log.Logger) {
	l.Output(2, "from helper, reported at its caller")
	l.Output(1, "from helper itself")
}

func main() {
	log.SetOutput(fileless{})
	log.SetFlags(log.Lshortfile)
	log.Println("short")
	log.Printf("%d", 42)
	log.Print("print")
	log.SetFlags(log.Llongfile | log.Lmsgprefix)
	log.SetPrefix("pre: ")
	log.Println("long")
	log.Output(1, "output 1")
	log.Output(2, "output 2")
	log.Output(4, "output 4")

	l := log.New(fileless{}, "[l] ", log.Lshortfile|log.Llongfile)
	l.Println("both flags: short wins")
	helper(l)
	func() { l.Print("in a closure") }()
	done := make(chan bool)
	go func() {
		l.Print("in a goroutine")
		l.Output(3, "past the goroutine's bottom")
		done <- true
	}()
	<-done
	defer func() {
		recover()
		l.Print("in a deferred call")
	}()
	l.Panicln("panicking")
}
