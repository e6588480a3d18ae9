package main

import "runtime"

// Valid Go 1.23; runtime's profiling functions come with gomem's profiling layer. Each use of
// an identifier gomem lacks is one error at that identifier; what uses it gets none.
func main() {
	var p []runtime.MemProfileRecord
	n, ok := runtime.MemProfile(p, true)
	if ok {
		println(n)
	}
	for _, r := range p {
		var pcs []uintptr
		for _, s := range r.Stack0 {
			pcs = append(pcs, s)
		}
		println(len(pcs), r.InUseBytes())
	}
}
