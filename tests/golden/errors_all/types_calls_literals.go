package main

import "sync"

type T struct {
	Name  string
	value int
	next  *T
}
type E1 struct{ F int }
type E2 struct{ F int }
type Both struct {
	E1
	E2
}
type V interface{ val() int }

func (*T) ptr() {}

func two() ([]int, []int) { return nil, nil }
func pair() ([]int, int)  { return nil, 1 }
func f1(int)              {}
func f2(int, string)      {}

func main() {
	s := make([]int, 2)
	var i int
	_ = append()
	_ = append(i, 1)
	_ = append(nil, 1)
	_ = append(s...)
	_ = append(s, 2, s...)
	_ = append(two())
	_ = append(pair())      // valid: pair's results are append's arguments
	_ = len()
	_ = len(s, s)
	copy(s, "hi")
	copy(s, []float64{})
	copy(1, s)
	f1()
	f2(1)
	f2(1, "a", true)
	_ = T{name: "x"}        // letter case
	_ = T{_: 1}
	_ = T{Name: "a", next: {}}
	_ = T{"a", 1, {}}
	_ = T{sync.Mutex: 1}
	_ = sync.Mutex{1, 2}
	_ = sync.Mutex{state: 1}
	_ = []T{{}, {Name: "b"}}
	var b Both
	_ = b.F                 // ambiguous
	_ = Both.F
	_ = T.ptr
	_ = (*V).val
	var pv *V
	_ = pv.val
	_ = [3]int{1, 2, 3}[:]
	_ = two()[:]
	_ = 301[:]
	_ = &T{} == T{}
}
