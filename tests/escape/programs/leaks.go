package main

type Pair struct{ L, R *int }

var sink *int

//go:noinline
func leakHeap(p *int) { sink = p }

//go:noinline
func leakContent(pp **int) { sink = *pp }

//go:noinline
func pass(p *int) *int { return p }

//go:noinline
func right(q *Pair) *int { return q.R }

//go:noinline
func both(p *int) (*int, *int) { sink = *&p; return p, p }

//go:noinline
func reads(p *Pair, n int) int { return *p.L + *p.R + n }

//go:noinline
func addrOfParam(x int) *int { return &x }

func main() {
	a, b, c := 1, 2, 3
	leakHeap(&a)
	pb := &b
	leakContent(&pb)
	_ = pass(&c)
	_ = right(&Pair{&a, &c})
	_, _ = both(&c)
	println(reads(&Pair{&b, &c}, 4), *addrOfParam(5))
}
