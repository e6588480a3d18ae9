package main

var v int

type S struct {
	err foo.Bar
	a   v.X
	sync.Mutex
}

type T x.T

type _ interface{ sync.Locker }

func main() {
	s := S{}
	_ = s.a
}
