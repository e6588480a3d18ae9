package main

import "runtime"

// Valid Go 1.23; runtime's BlockProfile records API is not in gomem (SetBlockProfileRate and
// runtime/pprof's block profile are). Each use of an identifier gomem lacks is one error at that
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
