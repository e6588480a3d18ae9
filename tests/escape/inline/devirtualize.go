package p

// Interface calls on values whose concrete type is static become direct calls.

type I interface{ M() int }
type T struct{ n int }

func (t T) M() int { return t.n }

type P struct{ n int }

func (p *P) M() int { return p.n }

type Emb struct{ I }
type Outer struct{ T }

func mk(n int) I { return T{n} }

func mk2(n int) I {
	if n > 0 {
		return T{n}
	}
	return T{0}
}

func use(i I) int {
	x := mk(1)
	y := mk2(2)
	var s I = T{3}
	var p I = &P{4}
	var e I = Emb{i}
	var o I = Outer{T{5}}
	var j I = s
	return x.M() + y.M() + s.M() + p.M() + e.M() + o.M() + j.M() + i.M()
}
