package main

// runtime.Caller, Callers, CallersFrames, FuncForPC and Stack: function names and lines (file
// names differ between the Go build directory and gomem's, so only base-less facts print).

import (
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{ n int }

func (t T) Value() string { return where(1) }
func (t *T) Ptr() string  { return where(1) }

func where(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("%s:%d abs=%v same=%v", runtime.FuncForPC(pc).Name(), line,
		filepath.IsAbs(file), strings.HasSuffix(file, ".go"))
}

var initName = func() string { return where(1) }()

func init() {
	fmt.Println("init:", where(1), func() string { return where(1) }())
}

func init() { fmt.Println("second init:", where(1)) }

func depth(n int) []string {
	if n > 0 {
		return depth(n - 1)
	}
	pcs := make([]uintptr, 32)
	k := runtime.Callers(0, pcs)
	frames := runtime.CallersFrames(pcs[:k])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			out = append(out, fmt.Sprintf("%s:%d entry<=pc=%v func=%v", f.Function, f.Line,
				f.Entry <= f.PC, f.Func != nil && f.Func.Name() == f.Function))
		} else {
			out = append(out, f.Function)
		}
		if !more {
			break
		}
	}
	return out
}

func main() {
	fmt.Println("var init:", initName)
	fmt.Println(where(0))
	fmt.Println(T{}.Value())
	fmt.Println((&T{}).Ptr())
	func() {
		fmt.Println(where(0))
		func() { fmt.Println(where(0)) }()
	}()
	for _, s := range depth(2) {
		fmt.Println(s)
	}
	// skipping past the bottom of the stack
	_, file, line, ok := runtime.Caller(1)
	fmt.Println(filepath.Base(file), line > 0, ok)
	_, _, _, ok = runtime.Caller(2)
	fmt.Println(ok)
	_, file, line, ok = runtime.Caller(3)
	fmt.Printf("%q %d %v\n", file, line, ok)
	pcs := make([]uintptr, 2)
	fmt.Println(runtime.Callers(1, pcs), runtime.Callers(100, pcs))
	fmt.Println(runtime.FuncForPC(0) == nil)
	pc, _, line, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	_, fl := f.FileLine(pc)
	fmt.Println(f.Name(), fl == line, f.Entry() < pc)

	done := make(chan string)
	go func() {
		pcs := make([]uintptr, 10)
		n := runtime.Callers(1, pcs)
		fr := runtime.CallersFrames(pcs[:n])
		var names []string
		for {
			f, more := fr.Next()
			names = append(names, f.Function)
			if !more {
				break
			}
		}
		done <- strings.Join(names, " <- ")
	}()
	fmt.Println(<-done)

	buf := make([]byte, 1024)
	n := runtime.Stack(buf, false)
	lines := strings.Split(string(buf[:n]), "\n")
	fmt.Println(lines[0], lines[1], strings.HasSuffix(strings.Fields(lines[2])[0], ":104"))
	fmt.Println(runtime.Stack(buf[:10], false), string(buf[:10]))

	defer func() {
		r := recover()
		var pe *runtime.PanicNilError
		fmt.Println(errors.As(r.(error), &pe), r, where(0))
		var re runtime.Error = pe
		re.RuntimeError()
	}()
	panic(nil)
}
