package main

import (
	"fmt"
	"os"
	"strings"
)

type mySignal struct{}

func (mySignal) String() string { return "mine" }
func (mySignal) Signal()        {}

func main() {
	// the child reads the file given as its stdin and writes to a pipe given as fd 3
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	in, err := os.CreateTemp("", "gomem-proc")
	if err != nil {
		panic(err)
	}
	defer os.Remove(in.Name())
	in.WriteString("line one\nline two\n")
	in.Seek(0, 0)
	attr := &os.ProcAttr{Files: []*os.File{in, os.Stdout, os.Stderr, w},
		Env: []string{"A=1", "B=2", "A=3"}}
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "wc -l >&3; echo A=$A B=$B >&3; exit 7"}, attr)
	if err != nil {
		panic(err)
	}
	w.Close()
	st, err := p.Wait()
	fmt.Println(st, err, st.ExitCode())
	buf := make([]byte, 100)
	n, _ := r.Read(buf)
	fmt.Printf("%q\n", strings.TrimSpace(string(buf[:n])))
	fmt.Printf("%T %T\n", st.SysUsage(), st.Sys())
	fmt.Println(p.Signal(mySignal{}))
	fmt.Println(p.Signal(nil))

	// a missing directory is reported before starting
	_, err = os.StartProcess("/bin/true", []string{"true"}, &os.ProcAttr{Dir: "/nonexistent/dir"})
	fmt.Println(err)

	// a process that does not exist is found, already finished
	q, err := os.FindProcess(0x3fffffff)
	fmt.Println(err, q.Pid, q.Kill())
	_, err = q.Wait()
	fmt.Println(err)

	var none *os.ProcessState
	fmt.Println(none.ExitCode(), none.String())
}
