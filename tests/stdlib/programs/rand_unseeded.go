package main

import (
	"fmt"
	"math/rand"
)

// The top-level functions are seeded randomly: only their ranges can be compared with Go.
func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if n := rand.Intn(10); n < 0 || n >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int63() < 0 || rand.Int31n(5) >= 5 || rand.Int63n(3) >= 3 {
			ok = false
		}
	}
	p := rand.Perm(20)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	b := make([]byte, 9)
	n, err := rand.Read(b)
	fmt.Println(ok, len(p), len(seen), n, err)
}
