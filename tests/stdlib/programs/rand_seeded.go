package main

import (
	"fmt"
	"math/rand"
)

// counting is a user Source without Uint64: Rand must combine two Int63 values for Uint64.
type counting struct{ n int64 }

func (c *counting) Int63() int64    { c.n += 0x1234567890ABCDE; return c.n & (1<<63 - 1) }
func (c *counting) Seed(seed int64) { c.n = seed }

// wide is a user Source64: Rand's Uint64 must use its Uint64.
type wide struct{ x uint64 }

func (w *wide) Uint64() uint64   { w.x = w.x*6364136223846793005 + 1442695040888963407; return w.x }
func (w *wide) Int63() int64     { return int64(w.Uint64() >> 1) }
func (w *wide) Seed(seed int64)  { w.x = uint64(seed) }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	for _, seed := range []int64{0, 1, 42, -1, 89482311, 1 << 31, 2147483647, -2147483647, 1<<63 - 1, -1 << 63} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int(), r.Intn(100), r.Int31(), r.Int31n(7), r.Int63(), r.Int63n(1000000007), r.Uint32(), r.Uint64())
		fmt.Println(" ", r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64(), r.Intn(1<<40), r.Int63n(1<<62+1), r.Int31n(1<<30))
	}
	r := rand.New(rand.NewSource(99))
	for i := 0; i < 5; i++ {
		fmt.Println(r.Perm(i), r.Perm(12))
	}
	sum, sumExp := 0.0, 0.0
	for i := 0; i < 20000; i++ {
		sum += r.NormFloat64()
		sumExp += r.ExpFloat64()
	}
	fmt.Println(sum, sumExp)
	buf := make([]byte, 5)
	for i := 0; i < 4; i++ {
		n, err := r.Read(buf)
		fmt.Println(n, err, buf)
	}
	r.Seed(99)
	fmt.Println(r.Intn(1000))
	r.Read(buf[:3])
	r.Seed(5)
	r.Read(buf)
	fmt.Println(buf)
	letters := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	r.Shuffle(len(letters), func(i, j int) { letters[i], letters[j] = letters[j], letters[i] })
	fmt.Println(letters)
	var calls []int
	r.Shuffle(6, func(i, j int) { calls = append(calls, i, j) })
	fmt.Println(calls)
	r.Shuffle(0, func(i, j int) { panic("no") })
	r.Shuffle(1, func(i, j int) { panic("no") })
	src := rand.NewSource(7)
	fmt.Println(src.Int63(), src.(rand.Source64).Uint64())
	src.Seed(7)
	fmt.Println(src.Int63())
	c := rand.New(&counting{})
	fmt.Println(c.Uint64(), c.Int63(), c.Intn(10), c.Float64(), c.Int31())
	c.Seed(3)
	fmt.Println(c.Int63())
	wr := rand.New(&wide{1})
	fmt.Println(wr.Uint64(), wr.Int63(), wr.Intn(1000), wr.Float64(), wr.Perm(6), wr.NormFloat64())
	wr.Seed(1)
	fmt.Println(wr.Uint64())
	var zr rand.Rand
	try("zero Rand", func() { zr.Intn(3) })
	try("New(nil)", func() { rand.New(nil).Int63() })
	z := rand.NewZipf(rand.New(rand.NewSource(1)), 1.1, 1, 1000)
	counts := map[uint64]int{}
	for i := 0; i < 2000; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println(counts[0], counts[1], counts[2], counts[10], len(counts))
	z2 := rand.NewZipf(rand.New(rand.NewSource(2)), 3, 5, 10)
	for i := 0; i < 10; i++ {
		fmt.Print(z2.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
	try("Intn(0)", func() { r.Intn(0) })
	try("Int63n(-1)", func() { r.Int63n(-1) })
	try("Int31n(0)", func() { r.Int31n(0) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { r.Perm(-1) })
	try("top Intn(-5)", func() { rand.Intn(-5) })
	var nz *rand.Zipf
	try("nil Zipf", func() { nz.Uint64() })
	// The top-level functions after Seed follow the seeded generator.
	rand.Seed(42)
	fmt.Println(rand.Intn(100), rand.Int63(), rand.Float64(), rand.Perm(5), rand.Uint32(), rand.Uint64(), rand.Int31n(10), rand.Int63n(10), rand.Int31(), rand.Int())
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64(), rand.Float32())
	rand.Read(buf)
	fmt.Println(buf)
	rand.Seed(42)
	fmt.Println(rand.Intn(100))
	s := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	r.Intn(-3)
}
