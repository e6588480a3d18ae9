package main

import (
	"errors"
	"fmt"
	"os"
	"time"
)

func run(argv []string, attr *os.ProcAttr) *os.ProcessState {
	p, err := os.StartProcess(argv[0], argv, attr)
	if err != nil {
		fmt.Println("start error:", err)
		return nil
	}
	st, err := p.Wait() // (printing only after Wait: the child's output may come first)
	fmt.Println("started", p.Pid > 0)
	fmt.Println("wait error:", err)
	return st
}

func show(st *os.ProcessState) {
	fmt.Println(st.String(), st.ExitCode(), st.Exited(), st.Success(), st.Pid() > 0)
	fmt.Println(st.UserTime() >= 0, st.SystemTime() >= 0, st.SysUsage() != nil)
	fmt.Printf("%v %T\n", st.Sys(), st.Sys())
	fmt.Println(st)
}

func main() {
	std := &os.ProcAttr{Files: []*os.File{os.Stdin, os.Stdout, os.Stderr}}
	fmt.Println("-- exit 3")
	show(run([]string{"/bin/sh", "-c", "exit 3"}, std))
	fmt.Println("-- true")
	show(run([]string{"/bin/true"}, std))
	fmt.Println("-- output")
	show(run([]string{"/bin/sh", "-c", "echo child says hi; echo to stderr >&2"}, std))
	fmt.Println("-- dir and env")
	show(run([]string{"/bin/sh", "-c", "pwd; echo $GOMEM_X"}, &os.ProcAttr{Dir: "/tmp", Env: []string{"GOMEM_X=42"}, Files: std.Files}))
	fmt.Println("-- no stdout")
	show(run([]string{"/bin/sh", "-c", "echo lost"}, &os.ProcAttr{Files: []*os.File{os.Stdin, nil, os.Stderr}}))
	fmt.Println("-- missing program")
	run([]string{"/nonexistent/prog"}, std)
	_, err := os.StartProcess("/nonexistent/prog", nil, std)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, errors.Is(err, os.ErrNotExist))
	_, err = os.StartProcess("/tmp", []string{"/tmp"}, std)
	fmt.Println(err)

	fmt.Println("-- killed")
	p, err := os.StartProcess("/bin/sleep", []string{"sleep", "10"}, std)
	if err != nil {
		panic(err)
	}
	start := time.Now()
	fmt.Println(p.Kill())
	st, err := p.Wait()
	fmt.Println(err, time.Since(start) < 5*time.Second)
	show(st)
	fmt.Println("kill after wait:", p.Kill(), errors.Is(p.Kill(), os.ErrProcessDone))
	fmt.Println("signal after wait:", p.Signal(os.Interrupt))
	_, err = p.Wait()
	fmt.Println("wait again:", err)

	fmt.Println("-- interrupt")
	p, _ = os.StartProcess("/bin/sleep", []string{"sleep", "10"}, std)
	fmt.Println(p.Signal(os.Interrupt))
	st, _ = p.Wait()
	show(st)

	fmt.Println("-- find and signal from a goroutine")
	p, _ = os.StartProcess("/bin/sleep", []string{"sleep", "10"}, std)
	q, err := os.FindProcess(p.Pid)
	fmt.Println(err, q.Pid == p.Pid)
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("goroutine kills:", q.Signal(os.Kill))
	}()
	st, _ = p.Wait()
	fmt.Println(st)

	fmt.Println("-- release")
	p, _ = os.StartProcess("/bin/true", []string{"true"}, std)
	fmt.Println(p.Release())
	fmt.Println(p.Pid)
	fmt.Println(p.Kill())
	_, err = p.Wait()
	fmt.Println(err)

	fmt.Println("-- signals")
	fmt.Println(os.Interrupt, os.Kill)
	fmt.Printf("%v %d %T %q\n", os.Kill, os.Kill, os.Interrupt, os.Interrupt.String())
	var s os.Signal = os.Kill
	fmt.Println(s == os.Kill, s == os.Interrupt)
	var nilst *os.ProcessState
	fmt.Println(nilst.String())
}
