package main

import (
	"fmt"
	"sort"
)

type P struct {
	key, id int
}

type byKey []P

func (a byKey) Len() int           { return len(a) }
func (a byKey) Less(i, j int) bool { calls++; return a[i].key < a[j].key }
func (a byKey) Swap(i, j int)      { swaps++; a[i], a[j] = a[j], a[i] }

var calls, swaps int

type rng struct{ s uint64 }

func (r *rng) next() int {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return int(r.s >> 33)
}

func checksum(a []P) int {
	h := 0
	for i, p := range a {
		h = (h*31 + p.id*7 + i) % 1000000007
	}
	return h
}

func mk(n, pattern int, r *rng) []P {
	a := make([]P, n)
	for i := range a {
		var k int
		switch pattern {
		case 0:
			k = r.next() % 10
		case 1:
			k = i
		case 2:
			k = n - i
		case 3:
			k = 5
		case 4:
			k = i % 7
		case 5:
			k = r.next() % (n + 1)
		case 6:
			if i%10 == 0 {
				k = r.next() % 100
			} else {
				k = i
			}
		}
		a[i] = P{k, i}
	}
	return a
}

func main() {
	r := &rng{88172645463325252}
	sizes := []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 5000}
	for _, n := range sizes {
		for pattern := 0; pattern < 7; pattern++ {
			a := mk(n, pattern, r)
			calls = 0
			sort.Slice(a, func(i, j int) bool { calls++; return a[i].key < a[j].key })
			c1 := calls
			b := mk(n, pattern, r)
			calls, swaps = 0, 0
			sort.Sort(byKey(b))
			c2, s2 := calls, swaps
			c := mk(n, pattern, r)
			sort.SliceStable(c, func(i, j int) bool { return c[i].key < c[j].key })
			d := mk(n, pattern, r)
			sort.Stable(byKey(d))
			e := mk(n, pattern, r)
			sort.Sort(sort.Reverse(byKey(e)))
			fmt.Println(n, pattern, checksum(a), c1, checksum(b), c2, s2, checksum(c), checksum(d), checksum(e), sort.IsSorted(byKey(b)))
		}
	}
	fs := []float64{3, -0.0, 0, 1, -0.0, 0, 2}
	for i := 0; i < 30; i++ {
		fs = append(fs, float64(r.next()%5)-2, 0, -0.0)
	}
	sort.Float64s(fs)
	fmt.Println(fs)
}
