// alloc: allocation throughput. Each round allocates one object of each of six
// kinds (pointer-free and pointer-holding, from the tiny allocator to 128 bytes)
// and stores it into a ring of 1024 slots, so every object escapes to the heap
// and most die young, as in typical programs.
package main

import (
	"fmt"
	"os"
	"strconv"
)

// Point is 16 bytes without pointers (size class 16, noscan).
type Point struct{ x, y int64 }

// Pair is 16 bytes with a pointer (size class 16, scan).
type Pair struct {
	next *Pair
	v    int64
}

// Rec is 48 bytes without pointers.
type Rec struct{ a, b, c, d, e, f int64 }

// Node is 40 bytes with pointers (size class 48, scan).
type Node struct {
	left, right *Node
	key         int64
	name        string
}

const ringSize = 1024

var (
	points [ringSize]*Point
	pairs  [ringSize]*Pair
	recs   [ringSize]*Rec
	nodes  [ringSize]*Node
	smalls [ringSize]*int32
	bufs   [ringSize][]int64
)

func problemSize(def int) int {
	if len(os.Args) > 1 {
		n, err := strconv.Atoi(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad size:", os.Args[1])
			os.Exit(2)
		}
		return n
	}
	return def
}

func main() {
	n := problemSize(500000)
	names := []string{"a", "bb", "ccc"}
	var prev *Pair
	var last *Node
	for i := 0; i < n; i++ {
		slot := i & (ringSize - 1)
		k := int64(i)
		points[slot] = &Point{k, k + 1}
		if slot == 0 {
			prev = nil // keep the chains short: the ring holds the live objects
			last = nil
		}
		prev = &Pair{prev, k}
		pairs[slot] = prev
		recs[slot] = &Rec{k, k, k, k, k, k}
		last = &Node{left: last, key: k, name: names[i%3]}
		nodes[slot] = last
		p := new(int32)
		*p = int32(i)
		smalls[slot] = p
		b := make([]int64, 16)
		b[slot&15] = k
		bufs[slot] = b
	}
	var sum int64
	for i := 0; i < ringSize; i++ {
		sum += points[i].x + pairs[i].v + recs[i].f + nodes[i].key + int64(*smalls[i]) + bufs[i][i&15]
	}
	fmt.Println("objects:", 6*n)
	fmt.Println("checksum:", sum)
}
