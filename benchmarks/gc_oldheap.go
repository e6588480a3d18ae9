// gc_oldheap: a large long-lived tree (262,143 nodes, 8 MiB) built first, then short-lived
// garbage made around it: the case a generational collector is for (benchmarks/gc_policies.py).
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Node struct {
	left, right *Node
	v           int
}

func build(d int) *Node {
	if d == 0 {
		return &Node{v: 1}
	}
	return &Node{left: build(d - 1), right: build(d - 1), v: 1}
}

func (n *Node) sum() int {
	if n == nil {
		return 0
	}
	return n.v + n.left.sum() + n.right.sum()
}

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	long := build(17) // 262143 long-lived nodes (8 MiB)
	total := 0
	for i := 0; i < n; i++ {
		total += build(3).sum() // short-lived garbage
	}
	fmt.Println(long.sum(), total)
}
