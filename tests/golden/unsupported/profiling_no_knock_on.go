package main

import "runtime"

// Valid Go 1.23; runtime's block and mutex profiles come later in gomem's profiling layer
// (MemProfile is there). Each use of an identifier gomem lacks is one error at that
// identifier; what uses it gets none.
func main() {
	var p []runtime.BlockProfileRecord
	runtime.SetBlockProfileRate(1)
	n, ok := runtime.BlockProfile(p)
	if ok {
		println(n)
	}
	for _, r := range p {
		var pcs []uintptr
		for _, s := range r.Stack0 {
			pcs = append(pcs, s)
		}
		println(len(pcs), r.Count, r.Cycles)
	}
}
